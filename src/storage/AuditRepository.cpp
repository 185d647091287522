#include "AuditRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace hotline {

void AuditRepository::add(const AuditEntry &e) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, actor, actor_user_id, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sql::moment(e.at));
    q.addBindValue(e.actor);
    q.addBindValue(sql::nullableId(e.actorUserId));
    q.addBindValue(e.action);
    q.addBindValue(e.subject);
    q.addBindValue(e.detail);
    m_db.run(q, "write the audit trail");
}

QList<AuditEntry> AuditRepository::recent(int limit, const QString &action) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT at, actor, actor_user_id, action, subject, detail FROM audit_log ")
        + (action.isEmpty() ? QString() : QStringLiteral("WHERE action = ? "))
        + QStringLiteral("ORDER BY id DESC LIMIT ?"));
    if (!action.isEmpty())
        q.addBindValue(action);
    q.addBindValue(limit);
    m_db.run(q, "read the audit trail");
    QList<AuditEntry> list;
    while (q.next())
        list.append({sql::momentFrom(q.value(0)), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return list;
}

} // namespace hotline
