#pragma once

#include "DayPlanner.h"
#include "DispatchService.h"
#include "SlotSuggester.h"

#include <QCoreApplication>
#include <QHash>

namespace hotline {

class Centre;

// The supervisor's planning assistant on the dispatch board: where a queued visit could go
// (best first, with reasons), a whole day planned for review, and the pins that keep a visit
// where the customer was promised it. Suggestions and plans only propose: a suggestion is taken
// as an ordinary board move, a plan is applied as one step that can be taken back.
class PlanningService
{
    Q_DECLARE_TR_FUNCTIONS(PlanningService)
public:
    explicit PlanningService(Centre &centre);

    QList<SlotSuggestion> suggest(const DispatchDay &day, const BoardVisit &visit, int count = 5) const;
    DayPlan plan(const DispatchDay &day) const;

    // One visit's place before or after a plan: engineer 0 is the queue.
    struct Placement
    {
        qint64 visitId = 0;
        int expectedVersion = 0;
        qint64 engineerId = 0;
        QDateTime start;
        QDateTime end;
    };
    struct ApplyResult
    {
        bool applied = false;
        QString message;
        QHash<qint64, int> versions; // each visit's version afterwards
    };
    // Puts every visit where `placements` say, all or nothing, recorded on each ticket (R5).
    // `checked`: the day afterwards must pass the assignment check for every visit placed
    // (R11), else nothing changes; undoing a plan restores the board as it was, unchecked.
    // A visit changed by someone else meanwhile refuses the whole step. Supervisors only (R26).
    ApplyResult apply(const QList<Placement> &placements, const QString &why, bool checked);

    // Pinned visits keep their engineer and time when the day is planned.
    DispatchService::MoveResult setPinned(qint64 visitId, int expectedVersion, bool pinned);

private:
    Centre &m_centre;
    DispatchService m_dispatch;
};

} // namespace hotline
