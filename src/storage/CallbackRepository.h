#pragma once

#include "CallbackTask.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace hotline {

class Database;

class CallbackRepository
{
public:
    explicit CallbackRepository(const Database &db) : m_db(db) {}

    // R18: one task per visit completed (fixed) in [from, to), due at `due`; a visit that
    // already has its task gets none (unique index), whoever runs this and however often.
    int produceVisitFollowUps(const QDateTime &from, const QDateTime &to, const QDateTime &due,
                              const QDateTime &now) const;
    // R19: remote fixes with no follow-up task yet, with when their call ended.
    QList<QPair<qint64, QDateTime>> remoteFixesWithoutFollowUp() const;

    // Open tasks due before `until`, by due time then priority.
    QList<CallbackTask> open(const QDateTime &until) const;
    std::optional<CallbackTask> task(qint64 id) const;

    // Takes the task for `actor` unless someone else holds it and took it after `staleBefore`.
    bool claim(qint64 taskId, const QString &actor, const QDateTime &now, const QDateTime &staleBefore) const;
    // Ends or reschedules the task if `actor` holds it at `version`; the claim is released.
    bool settle(qint64 taskId, int version, const QString &actor, const QString &state, const QString &outcome,
                const QDateTime &nextDue, int attempts, const QDateTime &now) const;

    void addAttempt(qint64 taskId, const QDateTime &at, const QString &actor, const QString &outcome,
                    const QString &note) const;
    void addMessage(qint64 ticketId, const QString &phone, const QString &text, const QDateTime &at,
                    const QString &by) const;
    int messagesFor(qint64 ticketId) const;
    void setRatings(qint64 ticketId, int unit, int engineer) const;
    qint64 addComplaint(qint64 ticketId, qint64 customerId, const QDateTime &at, const QString &by,
                        const QString &what, const QString &feels, const QString &offered, bool escalated) const;
    QList<Complaint> complaints(bool openOnly) const;
    // R24: the resolution, kept in writing; false when it was already resolved.
    bool resolveComplaint(qint64 id, const QString &resolution, const QDateTime &at, const QString &by) const;

private:
    const Database &m_db;
};

} // namespace hotline
