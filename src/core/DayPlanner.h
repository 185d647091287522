#pragma once

#include "AssignmentCheck.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hotline {

// A visit already on an engineer's day. A pinned visit never moves (the supervisor fixed it, or
// the customer was promised that time); the others may be re-planned, each move needing the
// customer's agreement (R14). A visit that has begun, or whose engineer has already left for it
// (R16), is treated as pinned.
struct AssignedVisit
{
    BoardVisit visit;
    bool pinned = false;
};

struct DayPlanRequest
{
    QDate day;
    QList<Engineer> engineers;
    QList<AssignedVisit> assigned; // on engineers that day
    QList<BoardVisit> queued;      // waiting for an engineer; the length is start–end if given
    TravelTimes travel;
    WorkingCalendar calendar;
    QDateTime now; // also the clock the planned times are given on
};

// A visit the plan puts on an engineer: from the queue, or moved from where it was.
struct PlannedMove
{
    qint64 visitId = 0;
    qint64 fromEngineerId = 0; // 0: it was in the queue
    QDateTime fromStart;       // invalid: it was in the queue
    qint64 toEngineerId = 0;
    QDateTime start;
    QDateTime end;
    QString reason; // translated
};

// A visit the plan could not place, and why.
struct Unplaced
{
    qint64 visitId = 0;
    qint64 fromEngineerId = 0; // the engineer it was taken from; 0: it was in the queue
    QString reason;            // translated
};

struct DayPlan
{
    QList<PlannedMove> moves;
    QList<Unplaced> unplaced;
    int commitmentsMet = 0;    // R13: visits of the day that start by their 24-hour due time
    int commitmentsAtRisk = 0; // those that start later, and unplaced visits due by the day's end
    int travelMinutes = 0;     // all engineers' days: home district to the first visit, then on
};

// Plans one day for the supervisor to review (R10): puts queued visits on engineers and may move
// visits that are not pinned. Every engineer's resulting day passes AssignmentCheck for each
// visit the plan placed or kept (overlap, travel with the early-arrival margin, hours, skill,
// district, the customer's availability).
//
// What counts, in this order: urgent visits placed, then urgent visits meeting the 24-hour
// visit commitment (R12 first, R13), then normal visits placed, then normal visits meeting it;
// then fewer visits moved from where they were booked (R14); then less travel. The same request
// always gives the same plan: the improvement pass is bounded by rounds (kImprovementRounds),
// not by the clock.
class DayPlanner
{
    Q_DECLARE_TR_FUNCTIONS(DayPlanner)
public:
    static constexpr int kImprovementRounds = 4;

    static DayPlan plan(const DayPlanRequest &request);
};

// The baseline the planner is measured against: queued visits in queue order, each on the first
// engineer (in the request's order) with a time that fits, at the earliest such time; visits
// already on the board stay where they are; no improvement.
class GreedyPlanner
{
public:
    static DayPlan plan(const DayPlanRequest &request);
};

} // namespace hotline
