#pragma once

#include "AssignmentCheck.h"
#include "Catalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

namespace hotline {

class Centre;

// R13: the service commitments of one visit, counted in working time (R27) without the
// time the ticket's clocks stood paused.
struct Commitment
{
    QDateTime visitDue;  // 24 working hours after the request; invalid while paused
    QDateTime repairDue; // 48 working hours after the request; invalid while paused
    qint64 visitSecondsLeft = 0; // negative: breached
    int warningPercent = 0;      // the centre's threshold the visit clock reached (75, 90); 100: breached
    QString pausedFor;           // while paused: "parts", "customer"

    bool paused() const { return !pausedFor.isEmpty(); }
    bool aboutToBreach() const { return warningPercent > 0; }
};

// One stop on an engineer's job sheet: everything needed at the door (R17's service record).
struct JobSheetStop
{
    BoardVisit visit;
    QString address;
    QStringList phones;
    QDate purchaseDate;
    QString warranty;       // in_warranty, expired, unknown
    bool chargeConsent = false;
    QString findings;       // what the guided call concluded (R7)
    QStringList partsToBring;
};

struct DispatchDay
{
    QDate date;
    QList<Engineer> engineers;
    QList<BoardVisit> visits; // scheduled that day
    QList<BoardVisit> queue;  // waiting for an engineer

    // On the day or in the queue; nullptr when neither.
    const BoardVisit *visit(qint64 id) const;
    const Engineer *engineer(qint64 id) const;
};

// The supervisor's dispatch board (R10–R16): the day, the queue, the checks, and the moves.
class DispatchService
{
    Q_DECLARE_TR_FUNCTIONS(DispatchService)
public:
    explicit DispatchService(Centre &centre);

    DispatchDay day(const QDate &date) const;
    // The engineers and what is scheduled on `date`, without the queue: what the checks read.
    DispatchDay scheduledDay(const QDate &date) const;
    const TravelTimes &travel() const { return m_travel; }
    Commitment commitment(const BoardVisit &visit) const;
    // The day's stops of one engineer, in order. R26: supervisors only.
    QList<JobSheetStop> jobSheet(const DispatchDay &day, qint64 engineerId) const;
    // Every engineer's stops that day, by engineer id, for printing to `destination`; the
    // export is recorded in the audit trail (R26).
    QMap<qint64, QList<JobSheetStop>> exportJobSheets(const DispatchDay &day, const QString &destination) const;
    QDateTime now() const;

    // R11: what is wrong with putting `visit` on `engineer` at `start` (same duration).
    QList<AssignmentProblem> check(const DispatchDay &day, const BoardVisit &visit, qint64 engineerId,
                                   const QDateTime &start) const;

    struct Move
    {
        qint64 visitId = 0;
        int expectedVersion = 0;
        qint64 engineerId = 0;      // 0: back to the queue
        QDateTime start;            // ignored for the queue
        int minutes = BoardVisit::kDefaultMinutes;
        QString overrideReason;     // R11: a refused assignment, forced knowingly
        bool customerAgreed = true; // R14: asked when a scheduled time changes
        QString rescheduleReason;   // R14
    };
    struct MoveResult
    {
        bool applied = false;
        bool conflict = false; // someone else changed the visit first: reload the board
        QList<AssignmentProblem> problems;
        int version = 0;       // the visit's version after the move
        QString message;
    };
    // Checks and applies one board change, recorded on the ticket (R5). A refused change is
    // applied only with an override reason, and only by a supervisor (throws CentreError for
    // anyone else). R14: moving a scheduled visit to another time on the same engineer needs
    // the customer's agreement and a reason.
    MoveResult move(const Move &move);
    // Inside the caller's transaction, unchecked: puts `visit` (as the board showed it, its
    // version expected) where `move` says, moves the ticket's state and records both on the
    // ticket (R5), with the reschedule's agreement and reason when one is given (R14).
    // False when the visit changed meanwhile (nothing is written then).
    bool place(const BoardVisit &visit, const Move &move) const;
    // Pinned visits keep their engineer and time when the day is planned (PlanningService).
    MoveResult setPinned(qint64 visitId, int expectedVersion, bool pinned);

    // R17: what happened at the visit, recorded by the supervisor for the engineer.
    enum class VisitOutcome { FixedOnSite, NeedsParts, TakenIn, SecondVisit, CustomerAbsent };
    struct VisitReport
    {
        qint64 visitId = 0;
        int expectedVersion = 0;
        VisitOutcome outcome = VisitOutcome::FixedOnSite;
        bool testedOnSite = true;
        QString parts;      // used, or needed
        qint64 chargeFen = 0;
        bool customerSigned = false;
        int ratingQuality = 0;  // 1–5, 0 not rated
        int ratingAttitude = 0; // 1–5, 0 not rated
        QString note;
    };
    // Completes the visit and routes the ticket: fixed → awaiting its follow-up call (R18; a
    // fix not tested on the spot also gets the two-hour follow-up, R19); parts or taken in →
    // awaiting parts; second visit → back in the queue marked repeat; customer absent → back
    // in the queue to rebook.
    MoveResult recordResult(const VisitReport &report);
    static QString outcomeCode(VisitOutcome o);

private:
    // Two supervisors, one visit: the second is told, and nothing is overwritten.
    static MoveResult conflicted();

    // R13: the day's visits with the pauses of their tickets' clocks.
    void readPauses(QList<BoardVisit> &visits) const;

    Centre &m_centre;
    TravelTimes m_travel;
    mutable SlaThresholds m_thresholds; // read with the day: the board asks for every block
};

} // namespace hotline
