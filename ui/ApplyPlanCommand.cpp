#include "ApplyPlanCommand.h"

#include "Centre.h"

namespace hotline {

ApplyPlanCommand::ApplyPlanCommand(PlanningService &planning, QList<PlanningService::Placement> to,
                                   QList<PlanningService::Placement> from, const QString &text, Report report)
    : QUndoCommand(text)
    , m_planning(planning)
    , m_to(std::move(to))
    , m_from(std::move(from))
    , m_report(std::move(report))
{}

void ApplyPlanCommand::run(const QList<PlanningService::Placement> &placements, PlanningService::Check check)
{
    PlanningService::ApplyResult r;
    try {
        r = m_planning.apply(placements, check);
    } catch (const CentreError &e) {
        r.message = e.message();
    }
    if (r.applied) {
        // Each visit as it now stands (place and version), for the step back or forward again.
        for (QList<PlanningService::Placement> *list : {&m_to, &m_from}) {
            for (PlanningService::Placement &p : *list)
                p.visit = r.after.value(p.visit.id, p.visit);
        }
    } else {
        setObsolete(true); // nothing changed: nothing to take back
    }
    m_report(r.applied, r.message);
}

void ApplyPlanCommand::redo()
{
    run(m_to, PlanningService::Check::Rules);
}

void ApplyPlanCommand::undo()
{
    run(m_from, PlanningService::Check::PlaceStillFree);
}

} // namespace hotline
