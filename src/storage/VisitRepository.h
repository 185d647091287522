#pragma once

#include "AssignmentCheck.h"

#include <QDateTime>
#include <QList>

#include <optional>
#include <QString>

namespace hotline {

class Database;

// R10/R17: a visit on an engineer's day, and its result once done.
struct NewVisit
{
    qint64 ticketId = 0;
    qint64 engineerId = 0; // 0: waiting in the dispatch queue
    QDateTime startsAt;
    QDateTime endsAt;
    QString status; // "queued", "scheduled", "completed"
    QString result; // R17: "fixed_on_site", "needs_parts", ...
    bool testedOnSite = true;
    QString partsUsed;
    qint64 chargeFen = 0;
    QDateTime completedAt;
};

// R18/R19: a follow-up call to make.
struct NewCallbackTask
{
    qint64 ticketId = 0;
    qint64 visitId = 0;
    QString reason; // "visit_follow_up", "remote_fix_follow_up", "untested_visit"
    QDateTime dueAt;
    QString state = QStringLiteral("open");
    QDateTime createdAt;
};

class VisitRepository
{
public:
    explicit VisitRepository(const Database &db) : m_db(db) {}

    qint64 addVisit(const NewVisit &visit) const;
    qint64 addCallbackTask(const NewCallbackTask &task) const;
    // R19: books the task unless the same one exists (same ticket and reason, or same visit
    // and reason), even when two consoles try at once. Returns the new id, or 0.
    qint64 addCallbackTaskOnce(const NewCallbackTask &task) const;
    QList<NewCallbackTask> callbackTasks(qint64 ticketId) const;
    qint64 countVisits(const QString &status) const;

    // R10: the scheduled visits whose start falls in [from, to), and the queue of visits
    // waiting for an engineer, with what the board shows of their tickets.
    QList<BoardVisit> scheduledBetween(const QDateTime &from, const QDateTime &to) const;
    QList<BoardVisit> queued() const;
    std::optional<BoardVisit> visit(qint64 id) const;
    // Moves the visit if it is still at `expectedVersion`; false when someone else changed it
    // first (nothing is written then).
    bool move(qint64 visitId, int expectedVersion, qint64 engineerId, const QDateTime &start,
              const QDateTime &end, const QString &status, const QDateTime &assignedAt) const;

    // Pinned visits keep their engineer and time when the day is planned; false when the
    // visit is no longer at `expectedVersion`.
    bool setPinned(qint64 visitId, int expectedVersion, bool pinned) const;

    // R17: the visit's result; false when the visit is no longer at `expectedVersion`.
    bool complete(qint64 visitId, int expectedVersion, const QString &result, bool testedOnSite,
                  const QString &parts, qint64 chargeFen, bool signedByCustomer, int ratingQuality,
                  int ratingAttitude, const QString &note, const QDateTime &completedAt) const;

    // What a job sheet needs of a ticket beyond the board's view of it.
    struct TicketDetails
    {
        QString address;
        QStringList phones;
        QDate purchaseDate;
        QString warranty;
        bool chargeConsent = false;
    };
    TicketDetails ticketDetails(qint64 ticketId) const;

    TravelTimes travelTimes() const;
    void setTravelTime(const QString &from, const QString &to, int minutes) const;
    qint64 countOpenCallbacks() const;

private:
    const Database &m_db;
};

} // namespace hotline
