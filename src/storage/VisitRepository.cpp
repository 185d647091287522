#include "VisitRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace hotline {

qint64 VisitRepository::addVisit(const NewVisit &v) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO visits (ticket_id, engineer_id, starts_at, ends_at, status, result, "
        "tested_on_site, parts_used, charge_fen, completed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(v.ticketId);
    q.addBindValue(sql::nullableId(v.engineerId));
    q.addBindValue(v.startsAt.isValid() ? sql::moment(v.startsAt) : QVariant());
    q.addBindValue(v.endsAt.isValid() ? sql::moment(v.endsAt) : QVariant());
    q.addBindValue(v.status);
    q.addBindValue(v.result);
    q.addBindValue(v.testedOnSite ? 1 : 0);
    q.addBindValue(v.partsUsed);
    q.addBindValue(v.chargeFen);
    q.addBindValue(v.completedAt.isValid() ? sql::moment(v.completedAt)
                                           : QVariant());
    return m_db.insertReturningId(q, "add a visit");
}

qint64 VisitRepository::addCallbackTask(const NewCallbackTask &t) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO callback_tasks (ticket_id, visit_id, reason, due_at, state, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(t.ticketId);
    q.addBindValue(sql::nullableId(t.visitId));
    q.addBindValue(t.reason);
    q.addBindValue(sql::moment(t.dueAt));
    q.addBindValue(t.state);
    q.addBindValue(sql::moment(t.createdAt));
    return m_db.insertReturningId(q, "add a follow-up call");
}

qint64 VisitRepository::addCallbackTaskOnce(const NewCallbackTask &t) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO callback_tasks (ticket_id, visit_id, reason, due_at, state, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"));
    q.addBindValue(t.ticketId);
    q.addBindValue(sql::nullableId(t.visitId));
    q.addBindValue(t.reason);
    q.addBindValue(sql::moment(t.dueAt));
    q.addBindValue(t.state);
    q.addBindValue(sql::moment(t.createdAt));
    m_db.run(q, "book a follow-up call");
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

QList<NewCallbackTask> VisitRepository::callbackTasks(qint64 ticketId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT ticket_id, COALESCE(visit_id, 0), reason, due_at, state, created_at "
        "FROM callback_tasks WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    m_db.run(q, "read follow-up calls");
    QList<NewCallbackTask> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     sql::momentFrom(q.value(3)), q.value(4).toString(), sql::momentFrom(q.value(5))});
    return list;
}

qint64 VisitRepository::countVisits(const QString &status) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM visits WHERE status = ?"));
    q.addBindValue(status);
    m_db.run(q, "count visits");
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 VisitRepository::countOpenCallbacks() const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT COUNT(*) FROM callback_tasks WHERE state = 'open'"));
    m_db.run(q, "count follow-up calls");
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace hotline
