#pragma once

#include "Catalogue.h"

#include <QList>

#include <optional>

namespace hotline {

class Database;

// Product models and fee schedules (R4).
class CatalogueRepository
{
public:
    explicit CatalogueRepository(const Database &db) : m_db(db) {}

    void addFeeSchedule(const FeeSchedule &fee) const;
    qint64 addModel(const ProductModel &model) const;
    std::optional<ProductModel> modelByCode(const QString &code) const;
    std::optional<ProductModel> model(qint64 id) const;
    QList<ProductModel> models() const;

private:
    const Database &m_db;
};

} // namespace hotline
