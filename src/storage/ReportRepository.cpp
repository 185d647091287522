#include "ReportRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QHash>

namespace hotline {

namespace {

void bindPeriod(QSqlQuery &q, const QDateTime &from, const QDateTime &to)
{
    q.addBindValue(sql::moment(from));
    q.addBindValue(sql::moment(to));
}

} // namespace

QList<ReportRepository::Call> ReportRepository::calls(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        // The guided call's outcome as its history recorded it: handoff_at restarts when a
        // ticket goes back to the queue (R20), which says nothing about the call (R9).
        "SELECT t.id, t.created_at, COALESCE(t.triage_outcome, ''), o.at, "
        "(SELECT MAX(s.at) FROM triage_steps s WHERE s.ticket_id = t.id AND (o.at IS NULL OR s.at <= o.at)) "
        "FROM tickets t LEFT JOIN (SELECT ticket_id, MIN(at) AS at FROM ticket_history "
        "WHERE action = 'triage_outcome' GROUP BY ticket_id) o ON o.ticket_id = t.id "
        "WHERE t.created_at >= ? AND t.created_at < ? ORDER BY t.id"));
    bindPeriod(q, from, to);
    m_db.run(q, "read the period's calls");
    QList<Call> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), sql::momentFrom(q.value(1)), q.value(2).toString(),
                     sql::momentFrom(q.value(3)), sql::momentFrom(q.value(4))});
    return list;
}

QList<ReportRepository::Timing> ReportRepository::firstVisits(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT t.id, t.created_at, MIN(v.starts_at) AS first_start FROM visits v "
        "JOIN tickets t ON t.id = v.ticket_id WHERE v.starts_at IS NOT NULL "
        "GROUP BY t.id, t.created_at HAVING MIN(v.starts_at) >= ? AND MIN(v.starts_at) < ? ORDER BY t.id"));
    bindPeriod(q, from, to);
    m_db.run(q, "read the period's first visits");
    QList<Timing> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), sql::momentFrom(q.value(1)), sql::momentFrom(q.value(2))});
    return list;
}

QList<ReportRepository::Timing> ReportRepository::repairs(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT t.id, t.created_at, v.completed_at FROM visits v JOIN tickets t ON t.id = v.ticket_id "
        "WHERE v.completed_at >= ? AND v.completed_at < ? AND v.result = 'fixed_on_site' ORDER BY t.id"));
    bindPeriod(q, from, to);
    m_db.run(q, "read the period's repairs");
    QList<Timing> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), sql::momentFrom(q.value(1)), sql::momentFrom(q.value(2))});
    return list;
}

QList<qint64> ReportRepository::reopened(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT ticket_id FROM ticket_history WHERE at >= ? AND at < ? AND action = 'reopened' "
        "ORDER BY ticket_id"));
    bindPeriod(q, from, to);
    m_db.run(q, "read the period's reopened tickets");
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<ReportRepository::Rating> ReportRepository::ratings(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, rating_unit, rating_engineer FROM tickets WHERE closed_at >= ? AND closed_at < ? "
        "AND (rating_unit > 0 OR rating_engineer > 0) ORDER BY id"));
    bindPeriod(q, from, to);
    m_db.run(q, "read the period's ratings");
    QList<Rating> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt()});
    return list;
}

QList<qint64> ReportRepository::complaintTicketsOpened(const QDateTime &from, const QDateTime &to, int *count) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT COALESCE(ticket_id, 0) FROM complaints WHERE opened_at >= ? AND opened_at < ? ORDER BY id"));
    bindPeriod(q, from, to);
    m_db.run(q, "read the period's complaints");
    QList<qint64> ids;
    *count = 0;
    while (q.next()) {
        ++*count;
        if (const qint64 id = q.value(0).toLongLong())
            ids.append(id);
    }
    return ids;
}

int ReportRepository::complaintsResolved(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM complaints WHERE state = 'resolved' AND resolved_at >= ? AND resolved_at < ?"));
    bindPeriod(q, from, to);
    m_db.run(q, "count resolved complaints");
    return q.next() ? q.value(0).toInt() : 0;
}

int ReportRepository::complaintsOpenNow() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM complaints WHERE state = 'open'"));
    m_db.run(q, "count open complaints");
    return q.next() ? q.value(0).toInt() : 0;
}

QList<ReportRepository::Load> ReportRepository::load(const QDateTime &from, const QDateTime &to) const
{
    QList<Load> list;
    QHash<qint64, qsizetype> index;
    QSqlQuery e = m_db.prepare(QStringLiteral("SELECT id, name FROM engineers WHERE active = 1 ORDER BY name"));
    m_db.run(e, "list engineers");
    while (e.next()) {
        index.insert(e.value(0).toLongLong(), list.size());
        list.append({e.value(0).toLongLong(), e.value(1).toString(), 0, 0, {}});
    }
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT engineer_id, ticket_id, status FROM visits WHERE engineer_id IS NOT NULL "
        "AND starts_at >= ? AND starts_at < ? ORDER BY starts_at"));
    bindPeriod(q, from, to);
    m_db.run(q, "read the engineers' visits");
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        Load &l = list[*it];
        ++l.visits;
        l.completed += q.value(2).toString() == u"completed" ? 1 : 0;
        l.tickets.append(q.value(1).toLongLong());
    }
    return list;
}

} // namespace hotline
