#include "CustomerRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace hotline {

namespace {

QString kindCode(NormalizedPhone::Kind k)
{
    switch (k) {
    case NormalizedPhone::Kind::Mobile: return QStringLiteral("mobile");
    case NormalizedPhone::Kind::Landline: return QStringLiteral("landline");
    case NormalizedPhone::Kind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

NormalizedPhone::Kind kindFrom(const QString &code)
{
    if (code == u"mobile")
        return NormalizedPhone::Kind::Mobile;
    if (code == u"landline")
        return NormalizedPhone::Kind::Landline;
    return NormalizedPhone::Kind::Unknown;
}

} // namespace

qint64 CustomerRepository::addCustomer(const QString &name, const QDateTime &createdAt) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO customers (name, created_at) VALUES (?, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(sql::moment(createdAt));
    return m_db.insertReturningId(q, "add a customer");
}

void CustomerRepository::rename(qint64 customerId, const QString &name) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE customers SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(customerId);
    m_db.run(q, "rename a customer");
}

qint64 CustomerRepository::addPhone(qint64 customerId, const CustomerPhone &p) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO customer_phones (customer_id, typed, lookup_key, kind, preferred) "
        "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(customerId);
    q.addBindValue(p.typed);
    q.addBindValue(p.lookupKey);
    q.addBindValue(kindCode(p.kind));
    q.addBindValue(p.preferred ? 1 : 0);
    return m_db.insertReturningId(q, "add a phone number");
}

void CustomerRepository::setPreferredPhone(qint64 customerId, qint64 phoneId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE customer_phones SET preferred = CASE WHEN id = ? THEN 1 ELSE 0 END "
        "WHERE customer_id = ?"));
    q.addBindValue(phoneId);
    q.addBindValue(customerId);
    m_db.run(q, "mark the preferred number");
}

qint64 CustomerRepository::addAddress(qint64 customerId, const Address &a) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO addresses (customer_id, text, district) VALUES (?, ?, ?) RETURNING id"));
    q.addBindValue(customerId);
    q.addBindValue(a.text);
    q.addBindValue(a.district);
    return m_db.insertReturningId(q, "add an address");
}

qint64 CustomerRepository::addUnit(qint64 customerId, const Unit &u) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO units (customer_id, model_id, model_typed, serial, purchase_date) "
        "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(customerId);
    q.addBindValue(sql::nullableId(u.modelId));
    q.addBindValue(u.modelCode);
    q.addBindValue(u.serial);
    q.addBindValue(sql::day(u.purchaseDate));
    return m_db.insertReturningId(q, "add a unit");
}

QList<qint64> CustomerRepository::customersWithPhoneKeys(const QStringList &keys, int limit) const
{
    QList<qint64> ids;
    if (keys.isEmpty())
        return ids;
    QString placeholders;
    for (qsizetype i = 0; i < keys.size(); ++i)
        placeholders += i ? QStringLiteral(", ?") : QStringLiteral("?");
    // The screen pop asks for one key on every call: that statement is kept.
    const QString sql = u"SELECT DISTINCT customer_id FROM customer_phones WHERE lookup_key IN ("
                        % placeholders % u") ORDER BY customer_id DESC LIMIT ?";
    Statement q = keys.size() == 1 ? m_db.statement(sql) : Statement(m_db.prepare(sql));
    for (const QString &k : keys)
        q->addBindValue(k);
    q->addBindValue(limit);
    m_db.run(q, "find customers by phone");
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

std::optional<Customer> CustomerRepository::customer(qint64 id) const
{
    Statement q = m_db.statement(QStringLiteral("SELECT id, name FROM customers WHERE id = ?"));
    q->addBindValue(id);
    m_db.run(q, "read a customer");
    if (!q->next())
        return std::nullopt;
    Customer c;
    c.id = q->value(0).toLongLong();
    c.name = q->value(1).toString();

    Statement p = m_db.statement(QStringLiteral(
        "SELECT id, typed, lookup_key, kind, preferred FROM customer_phones "
        "WHERE customer_id = ? ORDER BY preferred DESC, id"));
    p->addBindValue(id);
    m_db.run(p, "read a customer's numbers");
    while (p->next())
        c.phones.append({p->value(0).toLongLong(), p->value(1).toString(), p->value(2).toString(),
                         kindFrom(p->value(3).toString()), p->value(4).toInt() != 0});

    Statement a = m_db.statement(QStringLiteral(
        "SELECT id, text, district FROM addresses WHERE customer_id = ? ORDER BY id DESC"));
    a->addBindValue(id);
    m_db.run(a, "read a customer's addresses");
    while (a->next())
        c.addresses.append({a->value(0).toLongLong(), a->value(1).toString(), a->value(2).toString()});

    Statement u = m_db.statement(QStringLiteral(
        "SELECT u.id, COALESCE(u.model_id, 0), COALESCE(m.code, u.model_typed), "
        "COALESCE(m.name, ''), COALESCE(m.category, ''), u.serial, u.purchase_date "
        "FROM units u LEFT JOIN product_models m ON m.id = u.model_id "
        "WHERE u.customer_id = ? ORDER BY u.id DESC"));
    u->addBindValue(id);
    m_db.run(u, "read a customer's units");
    while (u->next()) {
        Unit unit;
        unit.id = u->value(0).toLongLong();
        unit.modelId = u->value(1).toLongLong();
        unit.modelCode = u->value(2).toString();
        unit.modelName = u->value(3).toString();
        unit.category = u->value(4).toString();
        unit.serial = u->value(5).toString();
        unit.purchaseDate = sql::dayFrom(u->value(6));
        c.units.append(unit);
    }
    return c;
}

qint64 CustomerRepository::count() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM customers"));
    m_db.run(q, "count customers");
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace hotline
