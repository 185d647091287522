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

void ApplyPlanCommand::run(QList<PlanningService::Placement> &placements, bool checked, const QString &why)
{
    PlanningService::ApplyResult r;
    try {
        r = m_planning.apply(placements, why, checked);
    } catch (const CentreError &e) {
        r.message = e.message();
    }
    m_applied = r.applied;
    if (r.applied) {
        // The versions now on the board, for the step back (or forward again).
        for (QList<PlanningService::Placement> *list : {&m_to, &m_from}) {
            for (PlanningService::Placement &p : *list)
                p.expectedVersion = r.versions.value(p.visitId, p.expectedVersion);
        }
    } else {
        setObsolete(true); // nothing changed: nothing to take back
    }
    m_report(r.applied, r.message);
}

void ApplyPlanCommand::redo()
{
    run(m_to, true, QStringLiteral("day planned"));
}

void ApplyPlanCommand::undo()
{
    run(m_from, false, QStringLiteral("plan taken back"));
}

} // namespace hotline
