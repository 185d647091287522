#include "PlanningService.h"

#include "Centre.h"
#include "Database.h"
#include "StorageError.h"
#include "TicketRepository.h"
#include "VisitRepository.h"


namespace hotline {

namespace {

QString where(qint64 engineer, const QDateTime &start)
{
    return engineer ? QStringLiteral("engineer %1 at %2").arg(engineer).arg(start.toString(Qt::ISODate))
                    : QStringLiteral("queue");
}

} // namespace

PlanningService::PlanningService(Centre &centre)
    : m_centre(centre)
    , m_dispatch(centre)
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
    r.timeLimitMs = 0; // the same day always gives the same plan
    return DayPlanner::plan(r);
}

PlanningService::ApplyResult PlanningService::apply(const QList<Placement> &placements, const QString &why,
                                                    bool checked)
{
    m_centre.require(Permission::Assign); // R26
    ApplyResult r;
    const Database &db = m_centre.database();
    const Actor &actor = m_centre.actor();
    const QDateTime now = m_centre.now();
    try {
        Transaction tx(db);
        const VisitRepository visits(db);
        const TicketRepository tickets(db);
        QList<QDate> days;
        for (const Placement &p : placements) {
            const auto current = visits.visit(p.visitId);
            const bool toQueue = p.engineerId == 0;
            if (!current || current->version != p.expectedVersion
                || !visits.move(p.visitId, p.expectedVersion, p.engineerId, toQueue ? QDateTime() : p.start,
                                toQueue ? QDateTime() : p.end,
                                toQueue ? QStringLiteral("queued") : QStringLiteral("scheduled"),
                                toQueue ? QDateTime() : now)) {
                r.message = tr("Someone else changed the board meanwhile: nothing was changed. Plan the day again.");
                return r;
            }
            r.versions.insert(p.visitId, p.expectedVersion + 1);
            tickets.setState(current->ticketId, toQueue ? TicketState::AwaitingDispatch : TicketState::Scheduled, now);
            tickets.appendHistory({0, current->ticketId, now, actor.name,
                                   toQueue ? QStringLiteral("unassigned") : QStringLiteral("assigned"),
                                   QStringLiteral("visit"), where(current->engineerId, current->start),
                                   where(p.engineerId, p.start)},
                                  actor.userId);
            tickets.appendHistory({0, current->ticketId, now, actor.name, QStringLiteral("planned"),
                                   QStringLiteral("reason"), QString(), why},
                                  actor.userId);
            m_centre.recordChange(ChangeTopic::Visit, p.visitId);
            m_centre.recordChange(ChangeTopic::Ticket, current->ticketId);
            if (!toQueue && !days.contains(p.start.date()))
                days.append(p.start.date());
        }
        if (checked) {
            // R11 on the day as it now stands, inside the transaction: a plan that no longer
            // fits (the board changed between planning and accepting) changes nothing.
            for (const QDate &date : std::as_const(days)) {
                const DispatchDay after = m_dispatch.day(date);
                for (const Placement &p : placements) {
                    if (p.engineerId == 0 || p.start.date() != date)
                        continue;
                    const auto placed = std::find_if(after.visits.cbegin(), after.visits.cend(),
                                                     [&](const BoardVisit &v) { return v.id == p.visitId; });
                    if (placed == after.visits.cend())
                        continue;
                    const QList<AssignmentProblem> problems = m_dispatch.check(after, *placed, p.engineerId, p.start);
                    if (!problems.isEmpty()) {
                        r.message = tr("The plan no longer fits the board (%1): nothing was changed. Plan the day again.")
                                        .arg(problems.first().message);
                        r.versions.clear();
                        return r;
                    }
                }
            }
        }
        tx.commit();
        r.applied = true;
    } catch (const StorageError &e) {
        throw CentreError(tr("The plan was not saved: %1").arg(e.message()));
    }
    return r;
}

DispatchService::MoveResult PlanningService::setPinned(qint64 visitId, int expectedVersion, bool pinned)
{
    m_centre.require(Permission::Assign); // R26
    DispatchService::MoveResult r;
    const Database &db = m_centre.database();
    const Actor &actor = m_centre.actor();
    try {
        Transaction tx(db);
        const VisitRepository visits(db);
        const auto current = visits.visit(visitId);
        if (!current || !visits.setPinned(visitId, expectedVersion, pinned)) {
            r.conflict = true;
            r.message = tr("Someone else changed this visit meanwhile: the board shows it as it is now");
            return r;
        }
        TicketRepository(db).appendHistory({0, current->ticketId, m_centre.now(), actor.name,
                                            pinned ? QStringLiteral("pinned") : QStringLiteral("unpinned"),
                                            QStringLiteral("visit"), QString(), QString()},
                                           actor.userId);
        m_centre.recordChange(ChangeTopic::Visit, visitId);
        tx.commit();
        r.applied = true;
        r.version = expectedVersion + 1;
    } catch (const StorageError &e) {
        throw CentreError(tr("The pin was not saved: %1").arg(e.message()));
    }
    return r;
}

} // namespace hotline
