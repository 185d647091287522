#pragma once

#include "Customer.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace hotline {

class Database;

class CustomerRepository
{
public:
    explicit CustomerRepository(const Database &db) : m_db(db) {}

    qint64 addCustomer(const QString &name, const QDateTime &createdAt) const;
    void rename(qint64 customerId, const QString &name) const;
    qint64 addPhone(qint64 customerId, const CustomerPhone &phone) const;
    void setPreferredPhone(qint64 customerId, qint64 phoneId) const;
    qint64 addAddress(qint64 customerId, const Address &address) const;
    qint64 addUnit(qint64 customerId, const Unit &unit) const;

    // R3: customers who have any of these lookup keys, most recently created first.
    QList<qint64> customersWithPhoneKeys(const QStringList &keys, int limit = 20) const;
    std::optional<Customer> customer(qint64 id) const;
    qint64 count() const;

private:
    const Database &m_db;
};

} // namespace hotline
