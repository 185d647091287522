// The planning assistant on the dispatch board: suggestions, pins and the planned day.
#include "DispatchWorkplace.h"

#include "ApplyPlanCommand.h"
#include "Centre.h"
#include "DispatchBoard.h"
#include "DispatchQueueModel.h"
#include "PlanPreviewDialog.h"

#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QShortcut>
#include <QToolButton>
#include <QUndoStack>

namespace hotline {

void DispatchWorkplace::buildPlanningUi(QLayout *bar)
{
    auto *suggest = new QToolButton(this);
    suggest->setObjectName(QStringLiteral("suggestSlots"));
    suggest->setText(tr("Suggest (S)"));
    suggest->setToolTip(tr("The best engineers and times for the selected visit, with their reasons; "
                           "1–5 takes one"));
    auto *plan = new QToolButton(this);
    plan->setObjectName(QStringLiteral("planDay"));
    plan->setText(tr("Plan the day…"));
    plan->setToolTip(tr("Place every queued visit of the day, for you to review (Ctrl+Shift+P); "
                        "pinned visits (P) stay where they are"));
    bar->addWidget(suggest);
    bar->addWidget(plan);
    connect(suggest, &QToolButton::clicked, this, &DispatchWorkplace::suggestSlots);
    connect(plan, &QToolButton::clicked, this, &DispatchWorkplace::planDay);
}

void DispatchWorkplace::addPlanningKeys()
{
    // Letters and digits only where no text is typed: the board and the queue.
    for (QWidget *w : {static_cast<QWidget *>(m_board), static_cast<QWidget *>(m_queueView)}) {
        connect(new QShortcut(QKeySequence(Qt::Key_S), w, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, this, &DispatchWorkplace::suggestSlots);
        connect(new QShortcut(QKeySequence(Qt::Key_P), w, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, this, &DispatchWorkplace::togglePin);
        for (int n = 1; n <= 5; ++n) {
            connect(new QShortcut(QKeySequence(Qt::Key_0 + n), w, nullptr, nullptr, Qt::WidgetShortcut),
                    &QShortcut::activated, this, [this, n] { takeSuggestion(n - 1); });
        }
    }
    auto *planKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
    connect(planKey, &QShortcut::activated, this, &DispatchWorkplace::planDay);
}

qint64 DispatchWorkplace::visitToPlace() const
{
    if (m_queueView->hasFocus() || !m_board->selectedVisit()) {
        if (const BoardVisit *v = m_queue->visitAt(m_queueView->currentIndex().row()))
            return v->id;
    }
    return m_board->selectedVisit();
}

void DispatchWorkplace::suggestSlots()
{
    const BoardVisit *v = m_day.visit(visitToPlace());
    if (!v) {
        say(tr("Select a visit in the queue or on the board first."), "verify");
        return;
    }
    suggestFor(*v);
}

void DispatchWorkplace::suggestFor(const BoardVisit &visit)
{
    const BoardVisit *v = &visit;
    QList<SlotSuggestion> slots;
    try {
        slots = m_planning.suggest(m_day, *v);
    } catch (const CentreError &e) {
        say(e.message(), "impossible");
        return;
    }
    m_board->setSuggestions(v->id, slots);
    if (slots.isEmpty()) {
        say(tr("No engineer can take %1 on %2 without breaking a rule: try another day.")
                .arg(v->customerName, m_day.date.toString(Qt::ISODate)),
            "verify");
        m_details->clear();
        return;
    }
    // The best one with all its reasons; the others in a line each (their reasons in the
    // board's ghost and in the same ranking).
    QString html = tr("<b>Suggestions for %1</b> (press 1–%2 to take one):").arg(v->customerName.toHtmlEscaped()).arg(slots.size());
    html += QStringLiteral("<ol style=\"margin-left:-20px\">");
    for (qsizetype i = 0; i < slots.size(); ++i) {
        const SlotSuggestion &s = slots.at(i);
        const Engineer *engineer = m_day.engineer(s.engineerId);
        const QString head = QStringLiteral("<b>%1 %2</b>").arg(engineer ? engineer->name.toHtmlEscaped() : QString(),
                                                                s.start.toString(QStringLiteral("HH:mm")));
        const QString brief = tr("+%n min travel", nullptr, s.travelMinutesAdded) + QStringLiteral(" · ")
                              + (s.meetsVisitCommitment ? tr("meets 24 h") : tr("late for 24 h")) + QStringLiteral(" · ")
                              + tr("%n min booked", nullptr, s.engineerLoadMinutes);
        html += i == 0 ? QStringLiteral("<li>%1<br>%2</li>").arg(head, s.reasons.join(QStringLiteral("; ")).toHtmlEscaped())
                       : QStringLiteral("<li>%1 · %2</li>").arg(head, brief);
    }
    html += QStringLiteral("</ol>");
    m_details->setText(html);
    say(tr("%n suggestion(s) on the board, best first.", nullptr, int(slots.size())), "ok");
}

void DispatchWorkplace::suggestForFirstQueued()
{
    for (int row = 0; row < m_queue->rowCount(); ++row) {
        m_queueView->setCurrentIndex(m_queue->index(row, 0));
        m_queueView->setFocus();
        suggestSlots();
        if (!m_board->suggestions().isEmpty())
            return;
    }
}

void DispatchWorkplace::takeSuggestion(int index)
{
    const QList<SlotSuggestion> slots = m_board->suggestions();
    const BoardVisit *v = m_day.visit(m_board->suggestionsFor());
    if (!v || index < 0 || index >= slots.size())
        return;
    const SlotSuggestion s = slots.at(index);
    const qint64 visitId = v->id;
    const int version = v->version;
    m_board->clearSuggestions();
    requestMove(visitId, version, s.engineerId, s.start);
}

void DispatchWorkplace::togglePin()
{
    const BoardVisit *v = m_day.visit(m_board->selectedVisit());
    if (!v || !v->engineerId) {
        say(tr("Select a visit on the board to pin it."), "verify");
        return;
    }
    const bool pin = !v->pinned;
    const QString name = v->customerName;
    DispatchService::MoveResult r;
    try {
        r = m_dispatch.setPinned(v->id, v->version, pin);
    } catch (const CentreError &e) {
        say(e.message(), "impossible");
        return;
    }
    if (!r.applied) {
        say(r.message, "impossible");
        reload();
        return;
    }
    say(pin ? tr("%1 is pinned: planning the day keeps it where it is.").arg(name)
            : tr("%1 is no longer pinned.").arg(name),
        "ok");
    reload();
}

void DispatchWorkplace::planDay()
{
    if (!m_centre.may(Permission::Assign)) {
        say(tr("Planning the day needs the supervisor role."), "impossible");
        return;
    }
    reload(); // plan the board as it is now
    // The board as planned: live updates may replace m_day while the preview is open, and
    // the plan must neither take their versions nor undo to their places.
    const DispatchDay planned = m_day;
    DayPlan plan;
    try {
        plan = m_planning.plan(planned);
    } catch (const CentreError &e) {
        say(e.message(), "impossible");
        return;
    }
    if (plan.moves.isEmpty()) {
        say(plan.unplaced.isEmpty() ? tr("Nothing to plan: the queue is empty.")
                                    : tr("No queued visit fits this day: %1").arg(plan.unplaced.first().reason),
            "verify");
        return;
    }
    PlanPreviewDialog dialog(plan, planned, this);
    if (!askApplyPlan(dialog)) {
        say(tr("Plan discarded: nothing changed."), "ok");
        return;
    }
    const QSet<qint64> agreed = dialog.agreedVisits();
    QList<PlanningService::Placement> to;
    QList<PlanningService::Placement> from;
    const auto add = [&](qint64 visitId, qint64 engineerId, const QDateTime &start, const QDateTime &end,
                         const QString &reason) {
        const BoardVisit *v = planned.visit(visitId);
        if (!v)
            return;
        to.append({*v, engineerId, start, end, reason, agreed.contains(visitId)});
        from.append({*v, v->engineerId, v->start, v->end, QStringLiteral("plan taken back"), true});
    };
    for (const PlannedMove &m : std::as_const(plan.moves))
        add(m.visitId, m.toEngineerId, m.start, m.end, m.reason);
    // A booked visit the plan takes off its engineer goes back to the queue, as the preview says.
    for (const Unplaced &u : std::as_const(plan.unplaced)) {
        if (u.fromEngineerId)
            add(u.visitId, 0, {}, {}, u.reason);
    }
    const int placed = int(plan.moves.size());
    m_undo->push(new ApplyPlanCommand(m_planning, to, from, tr("Plan the day (%n visit(s))", nullptr, placed),
                                      [this, placed](bool applied, const QString &message) {
                                          if (applied)
                                              say(tr("Plan applied: %n visit(s) placed. Ctrl+Z takes it back.", nullptr,
                                                     placed),
                                                  "ok");
                                          else
                                              say(message, "impossible");
                                          reload();
                                      }));
}

} // namespace hotline
