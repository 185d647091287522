#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace hotline {

class Database;

// One line of the audit trail (R5, R26): who did what to what, and when.
struct AuditEntry
{
    QDateTime at;
    QString actor;
    qint64 actorUserId = 0;
    QString action;  // user_added, password_set, user_disabled, logged_in, login_refused, exported, …
    QString subject; // the user, the file, the setting
    QString detail;
};

class AuditRepository
{
public:
    explicit AuditRepository(const Database &db) : m_db(db) {}

    void add(const AuditEntry &entry) const;
    // Newest first; `action` empty for every kind.
    QList<AuditEntry> recent(int limit, const QString &action = {}) const;

private:
    const Database &m_db;
};

} // namespace hotline
