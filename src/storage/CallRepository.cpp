#include "CallRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace hotline {

qint64 CallRepository::add(const CallRecord &c) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO calls (ticket_id, direction, number, pbx_call_id, operator, started_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(sql::nullableId(c.ticketId));
    q.addBindValue(c.inbound ? QStringLiteral("in") : QStringLiteral("out"));
    q.addBindValue(c.number);
    q.addBindValue(c.pbxCallId);
    q.addBindValue(c.operatorName);
    q.addBindValue(sql::moment(c.startedAt));
    return m_db.insertReturningId(q, "log the call");
}

void CallRepository::linkTicket(qint64 callId, qint64 ticketId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE calls SET ticket_id = ? WHERE id = ?"));
    q.addBindValue(ticketId);
    q.addBindValue(callId);
    m_db.run(q, "link the call to its ticket");
}

void CallRepository::end(qint64 callId, const QDateTime &answeredAt, const QDateTime &endedAt,
                         qint64 talkSeconds) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE calls SET answered_at = ?, ended_at = ?, talk_seconds = ? WHERE id = ? AND ended_at IS NULL"));
    q.addBindValue(answeredAt.isValid() ? sql::moment(answeredAt) : QVariant());
    q.addBindValue(sql::moment(endedAt));
    q.addBindValue(talkSeconds);
    q.addBindValue(callId);
    m_db.run(q, "record the end of the call");
}

void CallRepository::setPbxCallId(qint64 callId, const QString &pbxCallId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE calls SET pbx_call_id = ? WHERE id = ?"));
    q.addBindValue(pbxCallId);
    q.addBindValue(callId);
    m_db.run(q, "note the PBX's id of the call");
}

void CallRepository::endUnanswered(qint64 callId, const QDateTime &endedAt) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE calls SET answered_at = NULL, ended_at = ?, talk_seconds = 0 WHERE id = ? AND ended_at IS NULL"));
    q.addBindValue(sql::moment(endedAt));
    q.addBindValue(callId);
    m_db.run(q, "record the unanswered call");
}

QList<CallRecord> CallRepository::forTicket(qint64 ticketId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, ticket_id, direction, number, pbx_call_id, operator, started_at, answered_at, ended_at, talk_seconds "
        "FROM calls WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    m_db.run(q, "read the ticket's calls");
    QList<CallRecord> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString() == u"in",
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), sql::momentFrom(q.value(6)),
                     sql::momentFrom(q.value(7)), sql::momentFrom(q.value(8)), q.value(9).toLongLong()});
    return list;
}

} // namespace hotline
