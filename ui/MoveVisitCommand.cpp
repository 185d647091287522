#include "MoveVisitCommand.h"

#include "Centre.h"

namespace hotline {

MoveVisitCommand::MoveVisitCommand(DispatchService &dispatch, DispatchService::Move to,
                                   DispatchService::Move from, const QString &text, Report report)
    : QUndoCommand(text)
    , m_dispatch(dispatch)
    , m_to(std::move(to))
    , m_from(std::move(from))
    , m_report(std::move(report))
    , m_version(m_to.expectedVersion)
{}

void MoveVisitCommand::redo()
{
    DispatchService::Move move = m_to;
    move.expectedVersion = m_version;
    DispatchService::MoveResult r;
    try {
        r = m_dispatch.move(move);
    } catch (const CentreError &e) {
        r.message = e.message();
    }
    if (r.applied) {
        m_version = r.version;
        // Later redos re-apply what was decided the first time, without asking again.
        m_to.customerAgreed = true;
    } else {
        setObsolete(true); // nothing changed: nothing to undo
    }
    m_report(r);
}

void MoveVisitCommand::undo()
{
    DispatchService::Move back = m_from;
    back.expectedVersion = m_version;
    back.customerAgreed = true;
    back.rescheduleReason = QStringLiteral("undo");
    // Undo is checked like any move (R11): if the old place is taken meanwhile, it is refused
    // with its reasons and nothing changes.
    DispatchService::MoveResult r;
    try {
        r = m_dispatch.move(back);
    } catch (const CentreError &e) {
        r.message = e.message();
    }
    if (r.applied)
        m_version = r.version;
    else
        setObsolete(true);
    m_report(r);
}

} // namespace hotline
