#pragma once

#include "DayPlanner.h"
#include "PlanningBoard.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hotline::bench {

// The day planner's problem as a mixed-integer program, to measure the planner against its
// exact optimum on small days (issue #9). One binary variable per way to serve a visit: an
// engineer who can, and a start on the planners' 15-minute grid where the visit fits that
// engineer's day around the pinned visits (the planners' own route rules, PlanningBoard::
// starts: hours, R16 leaving time, the customer's availability, travel and the early-arrival
// margin), which AssignmentCheck (R11) also accepts there; a booked visit may also keep its
// booked time, as the planners let it. Pinned visits are fixed and are not variables.
//
// Constraints: each visit served at most once; two ways on one engineer that AssignmentCheck
// refuses together (overlap, or travel plus the early-arrival margin short), one day holding
// just the other, exclude each other. Most such pairs are covered by one row per moment of an
// engineer's day (the ways whose time, stretched by the least travel plus margin, covers it:
// at most one), which CBC's relaxation handles far better than pairs; the rest get a row each.
// Deciding pairs alone is exact when a visit between two others can never make them fit
// (travel from A to C at most A to B, plus B's length and margin, plus B to C: true of every
// travel table a centre would use).
//
// The objective weighs the planner's order exactly: urgent visits placed, then urgent visits
// meeting the 24-hour commitment (R12, R13), normal placed, normal meeting it, then fewer booked
// visits moved (R14); each level outweighs everything below it. Travel, the planner's last
// criterion, depends on the order of the visits and is left out: the optimum's travel is
// whatever its plan happens to need.
class ExactDayModel
{
public:
    // One way to serve a visit.
    struct Choice
    {
        int visit = -1; // the PlanningBoard's index
        int engineer = -1;
        int start = 0; // minutes of the day
        int end = 0;
        bool booked = false; // the engineer and time the visit is booked for: not a move (R14)
        qint64 weight = 0;   // what choosing it adds to the objective
    };

    explicit ExactDayModel(const DayPlanRequest &request);

    const QList<Choice> &choices() const { return m_choices; }
    qsizetype rows() const { return m_rows.size(); }
    // Why the model does not hold for this request; empty when it does.
    QString error() const { return m_error; }

    // The model in CPLEX LP format; variable xN is choice N.
    QString lpText() const;
    // The choices a solution takes: the variables at 1.
    QList<int> chosen(const QHash<QString, double> &values) const;
    // The plan those choices make, in the planners' terms.
    DayPlan plan(const QList<int> &chosen) const;
    // Whether the model has this visit at this engineer and time among its choices, or holds it
    // pinned there: what a planner places must be, or the two do not read the rules alike.
    bool offers(const BoardVisit &placed) const;

private:
    BoardVisit visitAt(const Choice &c) const;
    void addChoices(int v, const QList<QList<BoardVisit>> &pinnedDays);
    void addConflicts(int engineer);

    const DayPlanRequest &m_request;
    PlanningBoard m_board;
    QList<Choice> m_choices;
    QList<BoardVisit> m_at;   // each choice as the visit on the engineer's day
    QList<QList<int>> m_rows; // each: at most one of these choices
    QList<BoardVisit> m_pinned;
    qint64 m_placedWeight[2] = {}; // [urgent]
    qint64 m_metWeight[2] = {};
    QString m_error;
};

} // namespace hotline::bench
