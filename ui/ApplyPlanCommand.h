#pragma once

#include "PlanningService.h"

#include <QUndoCommand>

#include <functional>

namespace hotline {

// A planned day accepted as one undoable step: redo puts every visit where the plan says
// (checked on the day as it then stands, R11), undo puts each back where it was if that
// place is still free. Either is refused whole if another supervisor changed one of the
// visits meanwhile.
class ApplyPlanCommand final : public QUndoCommand
{
public:
    using Report = std::function<void(bool applied, const QString &message)>;

    ApplyPlanCommand(PlanningService &planning, QList<PlanningService::Placement> to,
                     QList<PlanningService::Placement> from, const QString &text, Report report);

    void redo() override;
    void undo() override;

private:
    void run(const QList<PlanningService::Placement> &placements, PlanningService::Check check);

    PlanningService &m_planning;
    QList<PlanningService::Placement> m_to;
    QList<PlanningService::Placement> m_from;
    Report m_report;
};

} // namespace hotline
