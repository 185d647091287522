#pragma once

#include <QDateTime>
#include <QString>

namespace hotline {

// One line of the audit trail (R5, R26): who did what to what, and when. Ticket changes
// are in each ticket's history; this holds the rest (users, log-ins, exports, settings).
struct AuditEntry
{
    QDateTime at;
    QString actor;
    qint64 actorUserId = 0;
    QString action;  // user_added, password_set, user_disabled, logged_in, login_refused, exported, setting_changed
    QString subject; // the user, the file, the setting
    QString detail;
};

} // namespace hotline
