#include "PlanningService.h"

#include "Centre.h"
#include "Database.h"
#include "StorageError.h"
#include "TicketRepository.h"

#include <QSet>

namespace hotline {

PlanningService::PlanningService(Centre &centre, const DispatchService &dispatch)
    : m_centre(centre)
    , m_dispatch(dispatch)
{}

QList<SlotSuggestion> PlanningService::suggest(const DispatchDay &day, const BoardVisit &visit, int count) const
{
    SlotRequest r;
    r.visit = visit;
    r.engineers = day.engineers;
    r.scheduled = day.visits;
    r.travel = m_dispatch.travel();
    r.calendar = m_centre.calendar();
    r.now = m_centre.now();
    r.day = day.date;
    r.count = count;
    return SlotSuggester::suggest(r);
}

DayPlan PlanningService::plan(const DispatchDay &day) const
{
    DayPlanRequest r;
    r.day = day.date;
    r.engineers = day.engineers;
    for (const BoardVisit &v : day.visits)
        r.assigned.append({v, v.pinned});
    r.queued = day.queue;
    r.travel = m_dispatch.travel();
    r.calendar = m_centre.calendar();
    r.now = m_centre.now();
    return DayPlanner::plan(r);
}

PlanningService::ApplyResult PlanningService::apply(const QList<Placement> &placements, Check check)
{
    m_centre.require(Permission::Assign); // R26
    ApplyResult r;
    const Database &db = m_centre.database();
    const Actor &actor = m_centre.actor();
    try {
        Transaction tx(db);
        const TicketRepository tickets(db);
        for (const Placement &p : placements) {
            DispatchService::Move m;
            m.visitId = p.visit.id;
            m.expectedVersion = p.visit.version;
            m.engineerId = p.engineerId;
            m.start = p.start;
            m.minutes = int(p.start.secsTo(p.end) / 60);
            // R14: a booked visit at a new time keeps the reason; without the customer's
            // agreement it goes back to the supervisor's queue.
            const bool newTime = p.visit.engineerId != 0 && p.engineerId != 0 && p.visit.start != p.start;
            if (newTime) {
                m.customerAgreed = p.customerAgreed;
                m.rescheduleReason = p.reason;
                if (!p.customerAgreed)
                    m.engineerId = 0;
            }
            if (!m_dispatch.place(p.visit, m)) {
                r.message = tr("Someone else changed the board meanwhile: nothing was changed. Plan the day again.");
                return r;
            }
            if (!newTime)
                tickets.appendHistory({0, p.visit.ticketId, m_centre.now(), actor.name, QStringLiteral("planned"),
                                       QStringLiteral("reason"), QString(), p.reason},
                                      actor.userId);
            BoardVisit now = p.visit;
            now.version = p.visit.version + 1;
            now.engineerId = m.engineerId;
            now.start = m.engineerId ? m.start : QDateTime();
            now.end = m.engineerId ? p.end : QDateTime();
            r.after.insert(now.id, now);
        }
        r.message = problemAfter(placements, check);
        if (!r.message.isEmpty()) {
            r.after.clear();
            return r;
        }
        tx.commit();
        r.applied = true;
    } catch (const StorageError &e) {
        throw CentreError(tr("The plan was not saved: %1").arg(e.message()));
    }
    return r;
}

// R11 on the days as they now stand, inside the transaction: a plan that no longer fits
// (the board changed between planning and accepting) changes nothing.
QString PlanningService::problemAfter(const QList<Placement> &placements, Check check) const
{
    QSet<qint64> placed;
    QList<QDate> days;
    for (const Placement &p : placements) {
        placed.insert(p.visit.id);
        if (p.engineerId != 0 && !days.contains(p.start.date()))
            days.append(p.start.date());
    }
    for (const QDate &date : std::as_const(days)) {
        const DispatchDay after = m_dispatch.scheduledDay(date);
        for (const Placement &p : placements) {
            const BoardVisit *v = after.visit(p.visit.id);
            if (!v || v->engineerId == 0 || v->start.date() != date)
                continue;
            for (const AssignmentProblem &problem : m_dispatch.check(after, *v, v->engineerId, v->start)) {
                const bool takenByAnother = problem.kind == AssignmentProblem::Kind::Overlap
                                            && !placed.contains(problem.otherVisit);
                if (check == Check::Rules || takenByAnother)
                    return tr("The plan no longer fits the board (%1): nothing was changed.").arg(problem.message);
            }
        }
    }
    return QString();
}

} // namespace hotline
