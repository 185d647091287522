#pragma once

#include "Workplace.h"

#include "DispatchService.h"
#include "PlanningService.h"
#include "SlaService.h"

#include <QTimer>

#include <functional>
#include <optional>

class QBoxLayout;
class QDateEdit;
class QLabel;
class QListView;
class QPushButton;
class QUndoStack;

namespace hotline {

class Centre;
class DispatchBoard;
class DispatchQueueModel;
class PlanPreviewDialog;
class SlaWatchModel;

// The supervisor's workplace (R10–R16): the day's board beside the queue, every change
// checked (R11), explained, undoable, and safe against a second supervisor.
class DispatchWorkplace final : public Workplace
{
    Q_OBJECT
public:
    DispatchWorkplace(Centre &centre, QWidget *parent = nullptr);
    ~DispatchWorkplace() override;

    DispatchBoard *board() const { return m_board; }
    DispatchQueueModel *queueModel() const { return m_queue; }
    QUndoStack *undoStack() const { return m_undo; }
    const DispatchDay &day() const { return m_day; }
    const DispatchService &dispatch() const { return m_dispatch; }
    QString message() const;

    // The questions a move may raise; dialogs by default, replaceable in tests.
    // R11: a refused drop: the override reason, or nullopt to cancel.
    std::function<std::optional<QString>(const QStringList &reasons)> askOverride;
    // R14: a new time: did the customer agree, and why did it move (nullopt: cancel).
    std::function<std::optional<std::pair<bool, QString>>()> askReschedule;
    // R17: the visit's result, or nullopt to cancel.
    std::function<std::optional<DispatchService::VisitReport>(const BoardVisit &)> askResult;
    // The planned day shown for review: true to apply it.
    std::function<bool(PlanPreviewDialog &)> askApplyPlan;
    // R13: why the selected ticket's clocks stand: (reason, note), or nullopt to cancel.
    std::function<std::optional<std::pair<QString, QString>>(const QString &customer)> askPause;

    SlaWatchModel *alertModel() const { return m_alerts; }

public Q_SLOTS:
    void showDate(const QDate &date);
    void reload();
    // Live updates: reloads the day, after the move in hand if there is one.
    void followChanges();
    void requestMove(qint64 visitId, int version, qint64 engineerId, const QDateTime &start);
    void requestUnassign(qint64 visitId, int version);
    void recordResult(qint64 visitId);
    // Shows the first queued visit as if dragged onto the first engineer at `at` (docs, demos).
    void previewDrag(const QTime &at);

    // The planning assistant (PlanningService). S: the best slots for the selected visit (on
    // the board or in the queue) as ghost blocks; 1–5 takes one as an ordinary, undoable move.
    void suggestSlots();
    void suggestFor(const BoardVisit &visit);
    // The same for the first visit in the queue (docs, demos).
    void suggestForFirstQueued();
    void takeSuggestion(int index);
    // P: pin or unpin the selected visit (kept where it is when the day is planned).
    void togglePin();
    // Ctrl+Shift+P: plan every queued visit of the day, shown for review, applied as one step.
    void planDay();

    // The SLA watch (R13, R27): read again on every reload and each minute.
    void refreshAlerts();
    void focusAlerts();
    // W: pause the selected ticket's clocks (it waits for parts or for the customer), or
    // resume them. The selection is the alert in the watch list when it has focus, else the
    // visit on the board or in the queue.
    void pauseClocks();
    void resumeClocks();
    void toggleClocks();

Q_SIGNALS:
    void visitCompleted(qint64 visitId);
    // The watch was read: how many commitments are warned and breached (not paused).
    void alertsChanged(int warnings, int breaches);

protected:
    void reloadOnShow() override { reload(); }

private:
    void buildUi();
    void buildPlanningUi(QLayout *bar);
    void addPlanningKeys();
    void buildSlaUi(QBoxLayout *column);
    void addSlaKeys(); // after the board exists
    qint64 ticketForClocks(QString *customer) const;
    qint64 visitToPlace() const;
    void say(const QString &text, const char *kind);
    void showDetails(qint64 visitId);

    Centre &m_centre;
    QTimer m_followLater;
    DispatchService m_dispatch;
    PlanningService m_planning;
    SlaService m_sla;
    DispatchDay m_day;
    DispatchBoard *m_board = nullptr;
    DispatchQueueModel *m_queue = nullptr;
    QListView *m_queueView = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_details = nullptr;
    QUndoStack *m_undo = nullptr;
    SlaWatchModel *m_alerts = nullptr;
    QListView *m_alertView = nullptr;
    QLabel *m_alertTitle = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QTimer m_alertTimer;
    bool m_clocksOfAlert = false; // W and the buttons act on the chosen alert, not a visit
};

} // namespace hotline
