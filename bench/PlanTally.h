#pragma once

#include "DayPlanner.h"

#include <QStringList>

#include <tuple>

namespace hotline::bench {

// What a day plan achieves, counted the same way for the day planner, its greedy baseline and
// the exact optimum: from the request and the plan alone, whatever each planner counted itself.
// Visits kept or pinned count as placed; `moved` is R14's count, booked visits the plan moved
// or took off.
struct PlanTally
{
    int urgentPlaced = 0;
    int urgentMet = 0; // R13: placed to start by the 24-hour visit due time
    int normalPlaced = 0;
    int normalMet = 0;
    int moved = 0;
    int travel = 0; // minutes, every engineer's day from the home district on

    static PlanTally of(const DayPlanRequest &request, const DayPlan &plan);

    int placed() const { return urgentPlaced + normalPlaced; }
    int met() const { return urgentMet + normalMet; }
    // The planner's order (DayPlanner): true when this plan is the better one or as good.
    bool atLeast(const PlanTally &o) const
    {
        return std::tuple(urgentPlaced, urgentMet, normalPlaced, normalMet, -moved)
               >= std::tuple(o.urgentPlaced, o.urgentMet, o.normalPlaced, o.normalMet, -o.moved);
    }
    // e.g. "placed 24 (urgent 3), met 20 (urgent 3), moved 1, travel 360 min"
    QString text() const;
};

// The request's day as the plan leaves it: every visit on an engineer, at its planned time.
QList<BoardVisit> plannedDay(const DayPlanRequest &request, const DayPlan &plan);

// R11 made sure of: what AssignmentCheck refuses in the planned day, visit by visit; empty
// when every visit passes against the others on its engineer's day.
QStringList refusals(const DayPlanRequest &request, const DayPlan &plan);

} // namespace hotline::bench
