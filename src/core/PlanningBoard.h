#pragma once

#include "DayPlanner.h"
#include "DistrictTravel.h"
#include "EngineerRoute.h"
#include "SlotRank.h"

#include <QCoreApplication>

#include <optional>

namespace hotline {

// One visit as the planners see it.
struct PlanVisit
{
    const BoardVisit *source = nullptr;
    VisitNeeds needs;
    QDateTime due;       // R13: the visit is due by then; invalid without a request time
    int dueMinute = 0;   // the same in the day's minutes
    bool urgent = false; // R12
    bool pinned = false; // never moves
    bool booked = false; // was on an engineer's day before the plan
    int origin = -1;     // engineer index it was booked on; -1: queued, or not a planned engineer
    int originStart = -1;
    QList<int> engineers; // indices of the engineers who can serve it, in the request's order
    QList<int> fits;      // SlotRank::fitOf for each of them
    int engineer = -1;    // where the plan has it now; -1: not placed
    int start = -1;
    QString why; // why it moved or was left out, when the planner knows

    bool meetsAt(int minute) const { return due.isValid() && minute <= dueMinute; }
    bool atOrigin() const { return engineer >= 0 && engineer == origin && start == originStart; }
};

// What a plan is worth; see DayPlanner for the order in which the parts count.
struct PlanScore
{
    int urgentPlaced = 0;
    int urgentMet = 0;
    int normalPlaced = 0;
    int normalMet = 0;
    int reschedules = 0;
    int travel = 0;

    bool betterThan(const PlanScore &o) const;
    PlanScore &operator+=(const PlanScore &o);
    PlanScore &operator-=(const PlanScore &o);
};

struct PlanPlace
{
    int engineer = -1;
    int start = -1;
    SlotRank rank;
};

// The planners' working copy of one day's board: every engineer's route and every visit's
// place, with the plan's score kept up to date as visits are placed and taken off. Both the day
// planner and its greedy baseline work on it, and it writes both their plans.
class PlanningBoard
{
    Q_DECLARE_TR_FUNCTIONS(PlanningBoard)
public:
    explicit PlanningBoard(const DayPlanRequest &request);

    qsizetype size() const { return m_visits.size(); }
    const PlanVisit &visit(int v) const { return m_visits[v]; }
    const EngineerRoute &route(int engineer) const { return m_routes[engineer]; }
    PlanScore score() const { return m_score; }
    // The visits the plan may place or move: urgent first (R12), then by 24-hour due (R13),
    // request time and id.
    QList<int> byUrgency() const;

    // The best grid slot for the visit by SlotRank, on any engineer who can serve it or on one.
    std::optional<PlanPlace> bestPlace(int v, int onlyEngineer = -1) const;
    // The first engineer in the request's order with a slot, at its earliest.
    std::optional<PlanPlace> firstPlace(int v) const;
    // Every grid start where the visit fits on the engineer's route as it stands, by the same
    // rules (bestPlace() takes only the earliest of each gap), earliest first.
    QList<int> starts(int v, int engineer) const;
    void place(int v, int engineer, int start);
    void unplace(int v);
    void setWhy(int v, const QString &why) { m_visits[v].why = why; }

    // Checks every visit the plan placed or kept with AssignmentCheck (taking off any it
    // refuses), then writes the plan.
    DayPlan result();

private:
    PlanScore contribution(const PlanVisit &v) const;
    BoardVisit placed(int v) const;
    QList<BoardVisit> dayOf(int engineer) const;
    QString moveReason(int v) const;
    QString unplacedReason(int v) const;

    const DayPlanRequest &m_request;
    DistrictTravel m_travel;
    bool m_open = true; // R27: the centre works that day
    int m_firstStart = 0;
    QList<PlanVisit> m_visits;
    QList<EngineerRoute> m_routes;
    PlanScore m_score;
};

} // namespace hotline
