#include "DayPlanner.h"

#include "PlanningBoard.h"


namespace hotline {

namespace {

// Takes the visit off and puts it in its best slot elsewhere when the plan is better for it:
// the visit meets its 24-hour commitment (R13), or a moved visit goes back to where it was
// booked (R14), or there is less travel. Otherwise it stays.
bool relocate(PlanningBoard &board, int v)
{
    const PlanVisit &pv = board.visit(v);
    const int engineer = pv.engineer;
    const int start = pv.start;
    const PlanScore before = board.score();
    board.unplace(v);
    const std::optional<PlanPlace> best = board.bestPlace(v);
    if (best && (best->engineer != engineer || best->start != start)) {
        board.place(v, best->engineer, best->start);
        const PlanScore after = board.score();
        if (after.betterThan(before)) {
            if (after.urgentMet + after.normalMet > before.urgentMet + before.normalMet)
                board.setWhy(v,
                             DayPlanner::tr("meets the 24-hour visit commitment that way (R13)"));
            else if (after.reschedules < before.reschedules)
                board.setWhy(v, DayPlanner::tr("back to its booked time (R14)"));
            else
                board.setWhy(
                    v, DayPlanner::tr("saves %1 min of travel").arg(before.travel - after.travel));
            return true;
        }
        board.unplace(v);
    }
    board.place(v, engineer, start);
    return false;
}

// Places a visit the first pass could not: in a free slot if one has opened, else in the slot
// of one movable visit of an engineer who can serve it, that visit going to its best slot
// elsewhere, or back to the supervisor when the plan is still better so (an urgent visit
// before a normal one, R12; a commitment met, R13). The best such exchange is taken.
bool placeOrMakeRoom(PlanningBoard &board, int u)
{
    if (const std::optional<PlanPlace> free = board.bestPlace(u)) {
        board.place(u, free->engineer, free->start);
        return true;
    }
    struct Exchange
    {
        int engineer = -1;
        int taken = -1;
        int start = -1;
        std::optional<PlanPlace> elsewhere;
    };
    std::optional<Exchange> best;
    PlanScore bestScore = board.score();
    for (const int e : board.visit(u).engineers) {
        QList<int> onIt;
        for (const RouteStop &s : board.route(e).stops())
            onIt.append(s.visit);
        for (const int w : std::as_const(onIt)) {
            const PlanVisit &pw = board.visit(w);
            if (pw.pinned)
                continue;
            const int wStart = pw.start;
            board.unplace(w);
            if (const std::optional<PlanPlace> there = board.bestPlace(u, e)) {
                board.place(u, e, there->start);
                const std::optional<PlanPlace> elsewhere = board.bestPlace(w);
                if (elsewhere)
                    board.place(w, elsewhere->engineer, elsewhere->start);
                if (board.score().betterThan(bestScore)) {
                    bestScore = board.score();
                    best = Exchange{e, w, there->start, elsewhere};
                }
                if (elsewhere)
                    board.unplace(w);
                board.unplace(u);
            }
            board.place(w, e, wStart);
        }
    }
    if (!best)
        return false;

    board.unplace(best->taken);
    board.place(u, best->engineer, best->start);
    const PlanVisit &pu = board.visit(u);
    const bool forUrgent = pu.urgent && !board.visit(best->taken).urgent;
    if (best->elsewhere) {
        board.place(best->taken, best->elsewhere->engineer, best->elsewhere->start);
        board.setWhy(best->taken,
                     forUrgent
                         ? DayPlanner::tr("makes room for urgent visit %1 (R12)").arg(pu.source->id)
                         : DayPlanner::tr("makes room for visit %1").arg(pu.source->id));
    } else {
        board.setWhy(
            best->taken,
            forUrgent ? DayPlanner::tr("taken off to make room for urgent visit %1 (R12)")
                            .arg(pu.source->id)
                      : DayPlanner::tr("taken off to make room for visit %1").arg(pu.source->id));
    }
    return true;
}

} // namespace

DayPlan DayPlanner::plan(const DayPlanRequest &request)
{
    PlanningBoard board(request);
    const QList<int> order = board.byUrgency();

    // Cheapest insertion (SlotRank), the most urgent visits first (R12), then by 24-hour due.
    for (const int v : order) {
        if (board.visit(v).engineer < 0) {
            if (const std::optional<PlanPlace> p = board.bestPlace(v))
                board.place(v, p->engineer, p->start);
        }
    }

    // Improvement, in the same order: every step makes the plan strictly better, so it ends.
    for (int round = 0; round < kImprovementRounds; ++round) {
        bool improved = false;
        for (const int v : order) {
            const bool placed = board.visit(v).engineer >= 0;
            improved = (placed ? relocate(board, v) : placeOrMakeRoom(board, v)) || improved;
        }
        if (!improved)
            break;
    }

    return board.result();
}

} // namespace hotline
