#pragma once

#include "DispatchService.h"

#include <QUndoCommand>

#include <functional>

namespace hotline {

// One board change (assign, reschedule, reassign, unassign) as an undoable step. Redo and
// undo both go through the dispatch service, with the visit's version, so the checks and the
// concurrency rule apply to undo too.
class MoveVisitCommand final : public QUndoCommand
{
public:
    using Report = std::function<void(const DispatchService::MoveResult &)>;

    MoveVisitCommand(DispatchService &dispatch, DispatchService::Move to, DispatchService::Move from,
                     const QString &text, Report report);

    void redo() override;
    void undo() override;

private:
    DispatchService &m_dispatch;
    DispatchService::Move m_to;
    DispatchService::Move m_from;
    Report m_report;
    int m_version = 0;
};

} // namespace hotline
