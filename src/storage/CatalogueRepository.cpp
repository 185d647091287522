#include "CatalogueRepository.h"

#include "Database.h"

namespace hotline {

namespace {

const QString kModelColumns = QStringLiteral(
    "id, code, name, brand, category, warranty_months, COALESCE(fee_schedule, '')");

ProductModel readModel(const QSqlQuery &q)
{
    ProductModel m;
    m.id = q.value(0).toLongLong();
    m.code = q.value(1).toString();
    m.name = q.value(2).toString();
    m.brand = q.value(3).toString();
    m.category = q.value(4).toString();
    m.warrantyMonths = q.value(5).toInt();
    m.feeSchedule = q.value(6).toString();
    return m;
}

} // namespace

void CatalogueRepository::addFeeSchedule(const FeeSchedule &fee) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO fee_schedules (code, name, call_out_fee_fen, labour_per_hour_fen) "
        "VALUES (?, ?, ?, ?)"));
    q.addBindValue(fee.code);
    q.addBindValue(fee.name);
    q.addBindValue(fee.callOutFeeFen);
    q.addBindValue(fee.labourPerHourFen);
    m_db.run(q, "add a fee schedule");
}

qint64 CatalogueRepository::addModel(const ProductModel &m) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO product_models (code, name, brand, category, warranty_months, fee_schedule) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(m.code);
    q.addBindValue(m.name);
    q.addBindValue(m.brand);
    q.addBindValue(m.category);
    q.addBindValue(m.warrantyMonths);
    q.addBindValue(m.feeSchedule.isEmpty() ? QVariant()
                                           : QVariant(m.feeSchedule));
    return m_db.insertReturningId(q, "add a product model");
}

std::optional<ProductModel> CatalogueRepository::modelByCode(const QString &code) const
{
    QSqlQuery q = m_db.prepare(u"SELECT " % kModelColumns
                               % u" FROM product_models WHERE UPPER(code) = UPPER(?)");
    q.addBindValue(code.trimmed());
    m_db.run(q, "find a product model");
    if (!q.next())
        return std::nullopt;
    return readModel(q);
}

std::optional<ProductModel> CatalogueRepository::model(qint64 id) const
{
    QSqlQuery q = m_db.prepare(u"SELECT " % kModelColumns % u" FROM product_models WHERE id = ?");
    q.addBindValue(id);
    m_db.run(q, "read a product model");
    if (!q.next())
        return std::nullopt;
    return readModel(q);
}

QList<ProductModel> CatalogueRepository::models() const
{
    QSqlQuery q = m_db.prepare(u"SELECT " % kModelColumns % u" FROM product_models ORDER BY code");
    m_db.run(q, "list product models");
    QList<ProductModel> list;
    while (q.next())
        list.append(readModel(q));
    return list;
}

} // namespace hotline
