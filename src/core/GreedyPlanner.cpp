#include "DayPlanner.h"

#include "PlanningBoard.h"

namespace hotline {

DayPlan GreedyPlanner::plan(const DayPlanRequest &request)
{
    PlanningBoard board(request);
    // Booked visits that no longer fit come first (they are first in the request), then the
    // queue in its own order.
    for (int v = 0; v < board.size(); ++v) {
        const PlanVisit &pv = board.visit(v);
        if (pv.pinned || pv.engineer >= 0)
            continue;
        if (const std::optional<PlanPlace> p = board.firstPlace(v))
            board.place(v, p->engineer, p->start);
    }
    return board.result();
}

} // namespace hotline
