#include "ChangeRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace hotline {

ChangeLine ChangeRepository::fromPayload(const QString &payload)
{
    const QStringList parts = payload.split(u' ');
    if (parts.size() != 4)
        return {};
    return {parts[3].toLongLong(), parts[0], parts[1].toLongLong(), parts[2]};
}

void ChangeRepository::record(const QString &topic, qint64 entityId, const QString &origin, const QDateTime &at) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO change_log (at, topic, entity_id, origin) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(sql::moment(at));
    q.addBindValue(topic);
    q.addBindValue(entityId);
    q.addBindValue(origin);
    // PostgreSQL: the change_log trigger (migration 11) sends the NOTIFY at commit.
    const qint64 id = m_db.insertReturningId(q, "record a change for other consoles");
    if (id % 500 == 0) {
        // Consoles read the log within seconds; a day's lines are plenty.
        QSqlQuery prune = m_db.prepare(QStringLiteral("DELETE FROM change_log WHERE at < ?"));
        prune.addBindValue(sql::moment(at.addDays(-1)));
        m_db.run(prune, "prune the change log");
    }
}

qint64 ChangeRepository::lastId() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM change_log"));
    m_db.run(q, "read the change log");
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<ChangeLine> ChangeRepository::since(qint64 id) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, topic, entity_id, origin FROM change_log WHERE id > ? ORDER BY id LIMIT 1000"));
    q.addBindValue(id);
    m_db.run(q, "read the change log");
    QList<ChangeLine> lines;
    while (q.next())
        lines.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return lines;
}

qint64 ChangeRepository::dataVersion() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("PRAGMA data_version"));
    m_db.run(q, "check for changes");
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace hotline
