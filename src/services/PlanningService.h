#pragma once

#include "DayPlanner.h"
#include "DispatchService.h"
#include "SlotSuggester.h"

#include <QCoreApplication>
#include <QHash>

namespace hotline {

class Centre;

// The supervisor's planning assistant on the dispatch board: where a queued visit could go
// (best first, with reasons) and a whole day planned for review. Suggestions and plans only
// propose: a suggestion is taken as an ordinary board move (DispatchService::move), a plan
// is applied as one step that can be taken back. Pins: DispatchService::setPinned.
class PlanningService
{
    Q_DECLARE_TR_FUNCTIONS(PlanningService)
public:
    PlanningService(Centre &centre, const DispatchService &dispatch);

    QList<SlotSuggestion> suggest(const DispatchDay &day, const BoardVisit &visit, int count = 5) const;
    DayPlan plan(const DispatchDay &day) const;

    // One visit's place in a plan (or back where it was, to take a plan back).
    struct Placement
    {
        BoardVisit visit;           // as the board showed it when planned; its version is expected
        qint64 engineerId = 0;      // 0: the queue
        QDateTime start;
        QDateTime end;
        QString reason;             // recorded on the ticket
        bool customerAgreed = true; // R14: a booked visit at a new time; if not, it goes to the queue
    };
    // What the day must pass once the placements are made: every rule for a plan (R11), and
    // for taking one back only that each old place is still free (the board as it was may
    // itself have held a forced assignment).
    enum class Check { Rules, PlaceStillFree };
    struct ApplyResult
    {
        bool applied = false;
        QString message;
        QHash<qint64, BoardVisit> after; // each visit placed, as it now stands (version included)
    };
    // Puts every visit where `placements` say, all or nothing, recorded on each ticket (R5,
    // R14). A visit changed by someone else meanwhile, or a day that fails `check`
    // afterwards, refuses the whole step. Supervisors only (R26).
    ApplyResult apply(const QList<Placement> &placements, Check check);

private:
    QString problemAfter(const QList<Placement> &placements, Check check) const;

    Centre &m_centre;
    const DispatchService &m_dispatch;
};

} // namespace hotline
