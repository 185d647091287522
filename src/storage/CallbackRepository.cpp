#include "CallbackRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace hotline {

namespace {

const QString kTaskSelect = QStringLiteral(
    "SELECT k.id, k.ticket_id, COALESCE(k.visit_id, 0), t.customer_id, k.reason, k.due_at, k.attempts, "
    "k.claimed_by, k.claimed_at, k.version, c.name, t.contact_phone, COALESCE(m.code, u.model_typed), "
    "t.fault, t.priority, COALESCE(e.name, ''), COALESCE(v.result, ''), COALESCE(v.parts_used, ''), "
    "COALESCE(v.charge_fen, 0), v.completed_at "
    "FROM callback_tasks k JOIN tickets t ON t.id = k.ticket_id JOIN customers c ON c.id = t.customer_id "
    "JOIN units u ON u.id = t.unit_id LEFT JOIN product_models m ON m.id = u.model_id "
    "LEFT JOIN visits v ON v.id = k.visit_id LEFT JOIN engineers e ON e.id = v.engineer_id ");

CallbackTask readTask(const QSqlQuery &q)
{
    CallbackTask t;
    t.id = q.value(0).toLongLong();
    t.ticketId = q.value(1).toLongLong();
    t.visitId = q.value(2).toLongLong();
    t.customerId = q.value(3).toLongLong();
    t.reason = q.value(4).toString();
    t.dueAt = sql::momentFrom(q.value(5));
    t.attempts = q.value(6).toInt();
    t.claimedBy = q.value(7).toString();
    t.claimedAt = sql::momentFrom(q.value(8));
    t.version = q.value(9).toInt();
    t.customerName = q.value(10).toString();
    t.phone = q.value(11).toString();
    t.modelCode = q.value(12).toString();
    t.fault = q.value(13).toString();
    t.priority = TicketTypes::priorityFromCode(q.value(14).toString());
    t.engineerName = q.value(15).toString();
    t.visitResult = q.value(16).toString();
    t.partsUsed = q.value(17).toString();
    t.chargeFen = q.value(18).toLongLong();
    t.completedAt = sql::momentFrom(q.value(19));
    return t;
}

} // namespace

int CallbackRepository::produceVisitFollowUps(const QDateTime &from, const QDateTime &to, const QDateTime &due,
                                              const QDateTime &now) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO callback_tasks (ticket_id, visit_id, reason, due_at, state, created_at) "
        "SELECT v.ticket_id, v.id, 'visit_follow_up', ?, 'open', ? FROM visits v "
        "WHERE v.completed_at >= ? AND v.completed_at < ? "
        // Years of completed visits share one status; the day's range is what narrows.
        "AND v.status || '' = 'completed' AND v.result = 'fixed_on_site' "
        "ON CONFLICT DO NOTHING"));
    q.addBindValue(sql::moment(due));
    q.addBindValue(sql::moment(now));
    q.addBindValue(sql::moment(from));
    q.addBindValue(sql::moment(to));
    m_db.run(q, "produce the follow-up calls");
    return q.numRowsAffected();
}

QList<QPair<qint64, QDateTime>> CallbackRepository::remoteFixesWithoutFollowUp() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT t.id, t.updated_at FROM tickets t WHERE t.state = 'resolved_by_phone' "
        "AND t.triage_outcome = 'remote_fix' AND NOT EXISTS (SELECT 1 FROM callback_tasks k "
        // visit_id IS NULL: the once-per-ticket index holds only these; without it, a scan of every call.
        "WHERE k.ticket_id = t.id AND k.reason = 'remote_fix_follow_up' AND k.visit_id IS NULL)"));
    m_db.run(q, "find remote fixes without a follow-up");
    QList<QPair<qint64, QDateTime>> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), sql::momentFrom(q.value(1))});
    return list;
}

QList<CallbackTask> CallbackRepository::open(const QDateTime &until) const
{
    QSqlQuery q = m_db.prepare(kTaskSelect
                               % u"WHERE k.state = 'open' AND k.due_at < ? "
                                 u"ORDER BY k.due_at, CASE t.priority WHEN 'urgent' THEN 0 ELSE 1 END, k.id");
    q.addBindValue(sql::moment(until));
    m_db.run(q, "read the callback queue");
    QList<CallbackTask> list;
    while (q.next())
        list.append(readTask(q));
    return list;
}

std::optional<CallbackTask> CallbackRepository::task(qint64 id) const
{
    QSqlQuery q = m_db.prepare(kTaskSelect % u"WHERE k.id = ?");
    q.addBindValue(id);
    m_db.run(q, "read a follow-up call");
    if (!q.next())
        return std::nullopt;
    return readTask(q);
}

bool CallbackRepository::claim(qint64 taskId, const QString &actor, const QDateTime &now,
                               const QDateTime &staleBefore) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE callback_tasks SET claimed_by = ?, claimed_at = ?, version = version + 1 "
        "WHERE id = ? AND state = 'open' AND (claimed_by = '' OR claimed_by = ? OR claimed_at < ?)"));
    q.addBindValue(actor);
    q.addBindValue(sql::moment(now));
    q.addBindValue(taskId);
    q.addBindValue(actor);
    q.addBindValue(sql::moment(staleBefore));
    m_db.run(q, "take a follow-up call");
    return q.numRowsAffected() == 1;
}

bool CallbackRepository::settle(qint64 taskId, int version, const QString &actor, const QString &state,
                                const QString &outcome, const QDateTime &nextDue, int attempts,
                                const QDateTime &now) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE callback_tasks SET state = ?, outcome = ?, due_at = COALESCE(?, due_at), attempts = ?, "
        "claimed_by = '', claimed_at = NULL, done_at = ?, version = version + 1 "
        "WHERE id = ? AND version = ? AND claimed_by = ?"));
    q.addBindValue(state);
    q.addBindValue(outcome);
    q.addBindValue(sql::moment(nextDue));
    q.addBindValue(attempts);
    q.addBindValue(state == u"open" ? QVariant() : sql::moment(now));
    q.addBindValue(taskId);
    q.addBindValue(version);
    q.addBindValue(actor);
    m_db.run(q, "record the follow-up call");
    return q.numRowsAffected() == 1;
}

void CallbackRepository::addAttempt(qint64 taskId, const QDateTime &at, const QString &actor,
                                    const QString &outcome, const QString &note) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO callback_attempts (task_id, at, actor, outcome, note) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(taskId);
    q.addBindValue(sql::moment(at));
    q.addBindValue(actor);
    q.addBindValue(outcome);
    q.addBindValue(note);
    m_db.run(q, "record a call attempt");
}

void CallbackRepository::addMessage(qint64 ticketId, const QString &phone, const QString &text,
                                    const QDateTime &at, const QString &by) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO customer_messages (ticket_id, phone, text, sent_at, sent_by) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(ticketId);
    q.addBindValue(phone);
    q.addBindValue(text);
    q.addBindValue(sql::moment(at));
    q.addBindValue(by);
    m_db.run(q, "record a text message");
}

int CallbackRepository::messagesFor(qint64 ticketId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM customer_messages WHERE ticket_id = ?"));
    q.addBindValue(ticketId);
    m_db.run(q, "count text messages");
    return q.next() ? q.value(0).toInt() : 0;
}

void CallbackRepository::setRatings(qint64 ticketId, int unit, int engineer) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE tickets SET rating_unit = ?, rating_engineer = ? WHERE id = ?"));
    q.addBindValue(unit);
    q.addBindValue(engineer);
    q.addBindValue(ticketId);
    m_db.run(q, "record the ratings");
}

qint64 CallbackRepository::addComplaint(qint64 ticketId, qint64 customerId, const QDateTime &at, const QString &by,
                                        const QString &what, const QString &feels, const QString &offered,
                                        bool escalated) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO complaints (ticket_id, customer_id, opened_at, opened_by, what_happened, customer_feels, "
        "offered, escalated) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(sql::nullableId(ticketId));
    q.addBindValue(customerId);
    q.addBindValue(sql::moment(at));
    q.addBindValue(by);
    q.addBindValue(what);
    q.addBindValue(feels);
    q.addBindValue(offered);
    q.addBindValue(escalated ? 1 : 0);
    return m_db.insertReturningId(q, "record a complaint");
}

QList<Complaint> CallbackRepository::complaints(bool openOnly) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT k.id, COALESCE(k.ticket_id, 0), c.name, k.opened_at, k.opened_by, k.what_happened, "
                       "k.customer_feels, k.offered, k.escalated, k.state, k.resolution "
                       "FROM complaints k JOIN customers c ON c.id = k.customer_id ")
        + (openOnly ? QStringLiteral("WHERE k.state = 'open' ") : QString())
        + QStringLiteral("ORDER BY k.escalated DESC, k.opened_at"));
    m_db.run(q, "list complaints");
    QList<Complaint> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     sql::momentFrom(q.value(3)), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString(), q.value(8).toInt() != 0,
                     q.value(9).toString(), q.value(10).toString()});
    return list;
}

bool CallbackRepository::resolveComplaint(qint64 id, const QString &resolution, const QDateTime &at,
                                          const QString &by) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE complaints SET state = 'resolved', resolution = ?, resolved_at = ?, resolved_by = ? "
        "WHERE id = ? AND state = 'open'"));
    q.addBindValue(resolution);
    q.addBindValue(sql::moment(at));
    q.addBindValue(by);
    q.addBindValue(id);
    m_db.run(q, "resolve a complaint");
    return q.numRowsAffected() == 1;
}

} // namespace hotline
