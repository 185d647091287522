#include "SearchRepository.h"

#include "Database.h"

namespace hotline {

QString SearchRepository::documentSelect() const
{
    // Name, every number as typed and as its lookup key, address, model, serial, fault.
    return QStringLiteral(
        "SELECT t.id, c.name || ' ' || COALESCE((SELECT string_agg_placeholder FROM customer_phones p "
        "WHERE p.customer_id = t.customer_id), '') || ' ' || COALESCE(a.text, '') || ' ' || "
        "COALESCE(m.code, u.model_typed) || ' ' || COALESCE(m.name, '') || ' ' || u.serial || ' ' || t.fault "
        "FROM tickets t JOIN customers c ON c.id = t.customer_id JOIN units u ON u.id = t.unit_id "
        "LEFT JOIN product_models m ON m.id = u.model_id LEFT JOIN addresses a ON a.id = t.address_id ")
        .replace(QStringLiteral("string_agg_placeholder"),
                 m_db.isPostgres() ? QStringLiteral("string_agg(p.typed || ' ' || p.lookup_key, ' ')")
                                   : QStringLiteral("group_concat(p.typed || ' ' || p.lookup_key, ' ')"));
}

void SearchRepository::index(qint64 ticketId) const
{
    QSqlQuery del = m_db.prepare(m_db.isPostgres() ? QStringLiteral("DELETE FROM ticket_search WHERE ticket_id = ?")
                                                   : QStringLiteral("DELETE FROM ticket_search WHERE rowid = ?"));
    del.addBindValue(ticketId);
    m_db.run(del, "update the search index");
    QSqlQuery q = m_db.prepare(
        (m_db.isPostgres() ? QStringLiteral("INSERT INTO ticket_search (ticket_id, body) ")
                           : QStringLiteral("INSERT INTO ticket_search (rowid, body) "))
        + documentSelect() + QStringLiteral("WHERE t.id = ?"));
    q.addBindValue(ticketId);
    m_db.run(q, "update the search index");
}

qint64 SearchRepository::indexMissing() const
{
    QSqlQuery q = m_db.prepare(
        (m_db.isPostgres() ? QStringLiteral("INSERT INTO ticket_search (ticket_id, body) ")
                           : QStringLiteral("INSERT INTO ticket_search (rowid, body) "))
        + documentSelect()
        + (m_db.isPostgres() ? QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM ticket_search s WHERE s.ticket_id = t.id)")
                             : QStringLiteral("WHERE t.id NOT IN (SELECT rowid FROM ticket_search)")));
    m_db.run(q, "build the search index");
    return q.numRowsAffected();
}

QList<qint64> SearchRepository::find(const QStringList &parts, int limit) const
{
    QList<qint64> ids;
    if (parts.isEmpty())
        return ids;
    QString where;
    for (qsizetype i = 0; i < parts.size(); ++i)
        where += (i ? QStringLiteral(" AND ") : QString())
                 + (m_db.isPostgres() ? QStringLiteral("body ILIKE ? ESCAPE '\\'") : QStringLiteral("body LIKE ? ESCAPE '\\'"));
    QSqlQuery q = m_db.prepare(
        (m_db.isPostgres() ? QStringLiteral("SELECT ticket_id FROM ticket_search WHERE ")
                           : QStringLiteral("SELECT rowid FROM ticket_search WHERE "))
        + where + (m_db.isPostgres() ? QStringLiteral(" ORDER BY ticket_id DESC LIMIT ?") : QStringLiteral(" ORDER BY rowid DESC LIMIT ?")));
    for (QString part : parts) {
        part.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        q.addBindValue(QString(u'%' + part + u'%'));
    }
    q.addBindValue(limit);
    m_db.run(q, "search the archive");
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace hotline
