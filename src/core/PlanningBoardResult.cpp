#include "PlanningBoard.h"

// Writing the plan: the final check of every engineer's day, the moves and what was left
// out, each with its reason in words.

namespace hotline {

namespace {

QString clock(const QDateTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QString stamp(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

DayPlan PlanningBoard::result()
{
    // R11, made sure of: whatever the plan placed or kept passes the check on its final day.
    for (int e = 0; e < m_routes.size(); ++e) {
        for (bool again = true; again;) {
            again = false;
            const QList<BoardVisit> day = dayOf(e);
            const QList<RouteStop> stops = m_routes[e].stops();
            for (const RouteStop &s : stops) {
                if (m_visits[s.visit].pinned)
                    continue;
                const QList<AssignmentProblem> problems = AssignmentCheck::check(
                    m_request.engineers[e], day, placed(s.visit), m_request.travel);
                if (!problems.isEmpty()) {
                    unplace(s.visit);
                    m_visits[s.visit].why = tr("the check refused the planned slot: %1")
                                                .arg(problems.first().message);
                    again = true;
                    break;
                }
            }
        }
    }

    DayPlan plan;
    for (int v = 0; v < m_visits.size(); ++v) {
        const PlanVisit &pv = m_visits[v];
        const BoardVisit &source = *pv.source;
        if (pv.engineer >= 0) {
            const BoardVisit b = placed(v);
            if (pv.due.isValid())
                ++(b.start <= pv.due ? plan.commitmentsMet : plan.commitmentsAtRisk);
            if (!pv.atOrigin())
                plan.moves.append({source.id,
                                   pv.booked ? source.engineerId : 0,
                                   pv.booked ? source.start : QDateTime(),
                                   b.engineerId,
                                   b.start,
                                   b.end,
                                   moveReason(v)});
        } else if (!pv.pinned) {
            if (pv.due.isValid() && pv.due.date() <= m_request.day)
                ++plan.commitmentsAtRisk;
            plan.unplaced.append({source.id, pv.booked ? source.engineerId : 0, unplacedReason(v)});
        }
    }
    plan.travelMinutes = m_score.travel;
    return plan;
}

QString PlanningBoard::moveReason(int v) const
{
    const PlanVisit &pv = m_visits[v];
    const Engineer &to = m_request.engineers[pv.engineer];
    const BoardVisit b = placed(v);
    QStringList parts;
    if (pv.booked)
        parts.append(tr("Moved from %1 at %2 to %3 at %4–%5")
                         .arg(pv.origin >= 0 ? m_request.engineers[pv.origin].name
                                             : tr("an engineer not on the plan"),
                              clock(pv.source->start),
                              to.name,
                              clock(b.start),
                              clock(b.end)));
    else
        parts.append(tr("To %1 at %2–%3").arg(to.name, clock(b.start), clock(b.end)));
    if (pv.urgent)
        parts.append(tr("urgent: the fault stops the customer's work (R12)"));
    if (!pv.due.isValid())
        parts.append(tr("no 24-hour visit clock: the request time is not recorded"));
    else if (b.start <= pv.due)
        parts.append(tr("meets the 24-hour visit commitment, due %1 (R13)").arg(stamp(pv.due)));
    else
        parts.append(
            tr("misses the 24-hour visit commitment, due %1: no earlier slot was free (R13)")
                .arg(stamp(pv.due)));
    if (!pv.why.isEmpty())
        parts.append(pv.why);

    // The detour this visit makes in the engineer's day.
    const QList<RouteStop> &stops = m_routes[pv.engineer].stops();
    const qsizetype at = std::find_if(stops.cbegin(),
                                      stops.cend(),
                                      [v](const RouteStop &s) { return s.visit == v; })
                         - stops.cbegin();
    const int from = at > 0 ? stops[at - 1].district : m_routes[pv.engineer].home();
    int detour = m_travel.minutes(from, pv.needs.district);
    if (at + 1 < stops.size())
        detour += m_travel.minutes(pv.needs.district, stops[at + 1].district)
                  - m_travel.minutes(from, stops[at + 1].district);
    parts.append(tr("adds %1 min of travel").arg(std::max(0, detour)));
    if (pv.booked)
        parts.append(tr("the customer must agree to the new time (R14)"));
    return parts.join(QStringLiteral("; "));
}

QString PlanningBoard::unplacedReason(int v) const
{
    const PlanVisit &pv = m_visits[v];
    const BoardVisit &source = *pv.source;
    const QString day = m_request.day.toString(QStringLiteral("yyyy-MM-dd"));

    QStringList parts;
    // R4, R7e: held before anyone is sent; the check words it.
    for (const AssignmentProblem &p : AssignmentCheck::holds(source))
        parts.append(p.message);
    const bool held = !parts.isEmpty();
    if (held) {
        // the hold says it all
    } else if (!m_open) {
        parts.append(tr("The service centre does not work on %1 (R27)").arg(day));
    } else if (m_firstStart >= DayMinutes::kEndOfDay) {
        parts.append(tr("%1 is already over").arg(day));
    } else if (pv.engineers.isEmpty()) {
        parts.append(tr("No engineer on the plan is trained for %1 and works in %2 (R11)")
                         .arg(TicketTypes::categoryLabel(source.category), source.district));
    } else if (pv.needs.spans.isEmpty()) {
        parts.append(tr("The customer cannot receive the engineer on %1 (%2)")
                         .arg(day, source.availability.description()));
    } else if (source.availability.isEmpty()) {
        parts.append(tr("No free %1-minute slot with the %n engineer(s) who could go",
                        nullptr,
                        int(pv.engineers.size()))
                         .arg(pv.needs.minutes));
    } else {
        parts.append(
            tr("No free %1-minute slot with the %n engineer(s) who could go, inside the customer's "
               "availability (%2)",
               nullptr,
               int(pv.engineers.size()))
                .arg(pv.needs.minutes)
                .arg(source.availability.description()));
    }
    if (!pv.why.isEmpty())
        parts.append(pv.why);
    if (pv.booked)
        parts.append(tr("back to the supervisor (R14)"));
    return parts.join(QStringLiteral("; "));
}

} // namespace hotline
