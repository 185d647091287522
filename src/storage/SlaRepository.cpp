#include "SlaRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>
#include <QStringBuilder>

namespace hotline {

namespace {

const QString kPauseSelect = QStringLiteral(
    "SELECT id, ticket_id, reason, note, started_at, ended_at, started_by, ended_by FROM sla_pauses ");

SlaPause readPause(const QSqlQuery &q)
{
    SlaPause p;
    p.id = q.value(0).toLongLong();
    p.ticketId = q.value(1).toLongLong();
    p.reason = q.value(2).toString();
    p.note = q.value(3).toString();
    p.from = sql::momentFrom(q.value(4));
    p.to = sql::momentFrom(q.value(5));
    p.startedBy = q.value(6).toString();
    p.endedBy = q.value(7).toString();
    return p;
}

QString idList(const QList<qint64> &ids)
{
    QStringList list;
    for (qint64 id : ids)
        list.append(QString::number(id)); // numbers: no quoting needed
    return list.join(u',');
}

} // namespace

qint64 SlaRepository::startPause(const SlaPause &pause) const
{
    // Two consoles at once: the partial unique index lets one in, the other gets 0.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO sla_pauses (ticket_id, reason, note, started_at, started_by) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING RETURNING id"));
    q.addBindValue(pause.ticketId);
    q.addBindValue(pause.reason);
    q.addBindValue(pause.note);
    q.addBindValue(sql::moment(pause.from));
    q.addBindValue(pause.startedBy);
    m_db.run(q, "pause the ticket's service clocks");
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

bool SlaRepository::endPause(qint64 ticketId, const QDateTime &at, const QString &by) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE sla_pauses SET ended_at = ?, ended_by = ? WHERE ticket_id = ? AND ended_at IS NULL"));
    q.addBindValue(sql::moment(at));
    q.addBindValue(by);
    q.addBindValue(ticketId);
    m_db.run(q, "resume the ticket's service clocks");
    return q.numRowsAffected() > 0;
}

std::optional<SlaPause> SlaRepository::openPause(qint64 ticketId) const
{
    QSqlQuery q = m_db.prepare(kPauseSelect % u"WHERE ticket_id = ? AND ended_at IS NULL");
    q.addBindValue(ticketId);
    m_db.run(q, "read the ticket's pause");
    if (!q.next())
        return std::nullopt;
    return readPause(q);
}

QList<SlaPause> SlaRepository::pauses(qint64 ticketId) const
{
    return pauses(QList<qint64>{ticketId}).value(ticketId);
}

QHash<qint64, QList<SlaPause>> SlaRepository::pauses(const QList<qint64> &ticketIds) const
{
    QHash<qint64, QList<SlaPause>> found;
    if (ticketIds.isEmpty())
        return found;
    QSqlQuery q = m_db.prepare(kPauseSelect % u"WHERE ticket_id IN (" % idList(ticketIds) % u") ORDER BY started_at");
    m_db.run(q, "read the tickets' pauses");
    while (q.next()) {
        SlaPause p = readPause(q);
        found[p.ticketId].append(p);
    }
    return found;
}

QList<OpenClockTicket> SlaRepository::openClockTickets() const
{
    QSqlQuery q = m_db.prepare(
        u"WITH open_tickets AS ("
        u" SELECT t.id, t.state, t.priority, t.customer_id, " % sql::requestedAt(QStringLiteral("t")) % u" AS requested_at"
        " FROM tickets t WHERE t.state IN ('awaiting_dispatch', 'scheduled', 'awaiting_parts', 'reopened')) "
        "SELECT o.id, o.state, o.priority, o.requested_at, c.name, "
        // "status || ''" keeps SQLite from reading every completed visit through visits_status
        // for each open ticket (minutes at 3 M tickets): a ticket's own few visits are the way.
        "(SELECT MIN(v.starts_at) FROM visits v WHERE v.ticket_id = o.id "
        " AND v.status || '' IN ('scheduled', 'completed') AND v.starts_at >= o.requested_at), "
        "(SELECT MAX(v.id) FROM visits v WHERE v.ticket_id = o.id AND v.status IN ('queued', 'scheduled')) "
        "FROM open_tickets o JOIN customers c ON c.id = o.customer_id ORDER BY o.requested_at, o.id");
    m_db.run(q, "read the tickets whose service clocks run");
    QList<OpenClockTicket> list;
    while (q.next()) {
        OpenClockTicket t;
        t.ticketId = q.value(0).toLongLong();
        t.state = TicketTypes::stateFromCode(q.value(1).toString());
        t.priority = TicketTypes::priorityFromCode(q.value(2).toString());
        t.requestedAt = sql::momentFrom(q.value(3));
        t.customerName = q.value(4).toString();
        t.firstVisitAt = sql::momentFrom(q.value(5));
        t.openVisitId = q.value(6).toLongLong();
        list.append(t);
    }
    return list;
}

QHash<qint64, QStringList> SlaRepository::recordedBreaches(const QList<qint64> &ticketIds) const
{
    QHash<qint64, QStringList> found;
    if (ticketIds.isEmpty())
        return found;
    QSqlQuery q = m_db.prepare(u"SELECT ticket_id, commitment FROM sla_breaches WHERE ticket_id IN ("
                               % idList(ticketIds) % u")");
    m_db.run(q, "read the breaches recorded");
    while (q.next())
        found[q.value(0).toLongLong()].append(q.value(1).toString());
    return found;
}

bool SlaRepository::recordBreach(const SlaBreach &breach) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO sla_breaches (ticket_id, commitment, due_at, recorded_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING"));
    q.addBindValue(breach.ticketId);
    q.addBindValue(breach.commitment);
    q.addBindValue(sql::moment(breach.dueAt));
    q.addBindValue(sql::moment(breach.recordedAt));
    m_db.run(q, "record a breached commitment");
    return q.numRowsAffected() == 1;
}

QList<SlaBreach> SlaRepository::breaches(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT ticket_id, commitment, due_at, recorded_at FROM sla_breaches WHERE due_at >= ? AND due_at < ? "
        "ORDER BY due_at, ticket_id"));
    q.addBindValue(sql::moment(from));
    q.addBindValue(sql::moment(to));
    m_db.run(q, "read the breached commitments");
    QList<SlaBreach> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), sql::momentFrom(q.value(2)),
                     sql::momentFrom(q.value(3))});
    return list;
}

} // namespace hotline
