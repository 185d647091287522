#include "DispatchWorkplace.h"

#include "DateBox.h"
#include "FieldHint.h"
#include "Centre.h"
#include "DispatchBoard.h"
#include "DispatchQueueModel.h"
#include "MoveVisitCommand.h"
#include "PlanPreviewDialog.h"
#include "SlaPauseDialog.h"
#include "JobSheet.h"
#include "VisitDeadlines.h"
#include "VisitResultDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hotline {

DispatchWorkplace::DispatchWorkplace(Centre &centre, QWidget *parent)
    : Workplace(parent)
    , m_centre(centre)
    , m_dispatch(centre)
    , m_planning(centre, m_dispatch)
    , m_sla(centre)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("dispatchWorkplace"));
    askOverride = [this](const QStringList &reasons) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Override a refused assignment"),
            tr("This assignment breaks the rules:\n• %1\n\nAssign it anyway? Give the reason:")
                .arg(reasons.join(QStringLiteral("\n• "))),
            QLineEdit::Normal, {}, &ok);
        if (!ok || reason.trimmed().isEmpty())
            return std::nullopt;
        return reason;
    };
    askReschedule = [this]() -> std::optional<std::pair<bool, QString>> {
        const auto agreed = QMessageBox::question(this, tr("New time"),
                                                  tr("Did the customer agree to the new time?"),
                                                  QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (agreed == QMessageBox::Cancel)
            return std::nullopt;
        bool ok = false;
        const QString why = QInputDialog::getText(this, tr("New time"), tr("Why does the visit move?"),
                                                  QLineEdit::Normal, {}, &ok);
        if (!ok || why.trimmed().isEmpty())
            return std::nullopt;
        return std::pair{agreed == QMessageBox::Yes, why};
    };
    askResult = [this](const BoardVisit &visit) -> std::optional<DispatchService::VisitReport> {
        VisitResultDialog dialog(visit, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.report();
    };
    askApplyPlan = [](PlanPreviewDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
    askPause = [this](const QString &customer) -> std::optional<std::pair<QString, QString>> {
        SlaPauseDialog dialog(customer, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return std::pair{dialog.reason(), dialog.note()};
    };
    m_followLater.setSingleShot(true);
    m_followLater.setInterval(500);
    connect(&m_followLater, &QTimer::timeout, this, &DispatchWorkplace::followChanges);
    buildUi();
    showDate(m_centre.today()); // read when first shown
    if (!m_centre.may(Permission::Assign)) {
        // R26: the service refuses an operator's board changes anyway; the board says so first.
        m_queueView->setDragEnabled(false);
        m_queueView->setAcceptDrops(false);
        m_board->setAcceptDrops(false);
        for (QToolButton *b : findChildren<QToolButton *>(QStringLiteral("planDay")))
            b->setEnabled(false);
        say(tr("View only: assigning visits needs the supervisor role."), "verify");
    }
}

DispatchWorkplace::~DispatchWorkplace() = default;

void DispatchWorkplace::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);

    auto *bar = new QHBoxLayout;
    auto *prev = new QToolButton(this);
    prev->setText(tr("◀ Previous day"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next day ▶"));
    m_date = new QDateEdit(this);
    fitDateBox(m_date, QStringLiteral("yyyy-MM-dd dddd"));
    auto *today = new QToolButton(this);
    today->setText(tr("Today"));
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QToolButton(this);
    undoButton->setDefaultAction(undo);
    auto *redoButton = new QToolButton(this);
    redoButton->setDefaultAction(redo);
    bar->addWidget(prev);
    bar->addWidget(m_date);
    bar->addWidget(next);
    bar->addWidget(today);
    bar->addSpacing(16);
    bar->addWidget(undoButton);
    bar->addWidget(redoButton);
    auto *sheets = new QToolButton(this);
    sheets->setText(tr("Job sheets (PDF)…"));
    sheets->setToolTip(tr("Save every engineer's job sheet for the day as one PDF (Ctrl+P)"));
    sheets->setShortcut(QKeySequence::Print);
    sheets->setEnabled(m_centre.may(Permission::ExportCustomerData)); // R26
    bar->addWidget(sheets);
    connect(sheets, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save job sheets"), QStringLiteral("job-sheets-%1.pdf").arg(m_day.date.toString(Qt::ISODate)),
            tr("PDF (*.pdf)"));
        if (file.isEmpty())
            return;
        int count = 0;
        try {
            if (!JobSheet::writePdf(file, m_day, m_dispatch, &count)) {
                say(tr("Cannot write %1").arg(file), "impossible");
                return;
            }
        } catch (const CentreError &e) {
            say(e.message(), "impossible");
            return;
        }
        say(tr("%n job sheet(s) saved to %1", nullptr, count).arg(file), "ok");
    });
    buildPlanningUi(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dispatchMessage"));
    m_message->setWordWrap(true);
    bar->addWidget(m_message, 1);
    layout->addLayout(bar);
    connect(prev, &QToolButton::clicked, this, [this] { showDate(m_day.date.addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { showDate(m_day.date.addDays(1)); });
    connect(today, &QToolButton::clicked, this, [this] { showDate(m_centre.today()); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (d != m_day.date)
            showDate(d);
    });

    auto *columns = new QHBoxLayout;
    auto *queueColumn = new QVBoxLayout;
    auto *queueTitle = new QLabel(tr("Waiting for an engineer"), this);
    queueTitle->setObjectName(QStringLiteral("panelTitle"));
    queueColumn->addWidget(queueTitle);
    m_queue = new DispatchQueueModel(this);
    m_queueView = new QListView(this);
    m_queueView->setObjectName(QStringLiteral("dispatchQueue"));
    m_queueView->setModel(m_queue);
    m_queueView->setDragEnabled(true);
    m_queueView->setAcceptDrops(true);
    m_queueView->setDropIndicatorShown(true);
    m_queueView->setDragDropMode(QAbstractItemView::DragDrop);
    m_queueView->setDefaultDropAction(Qt::MoveAction);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->setSpacing(2);
    m_queueView->setWordWrap(true);
    m_queueView->setTextElideMode(Qt::ElideRight);
    queueColumn->addWidget(m_queueView, 3);
    auto *hint = new QLabel(tr("Drag a visit onto an engineer and time, or select it and press Enter, "
                               "then place it with the arrow keys and Enter. Esc cancels, Ctrl+Z undoes."),
                            this);
    hint->setWordWrap(true);
    hint->setMaximumWidth(340);
    hint->setObjectName(QStringLiteral("placeholderText"));
    queueColumn->addWidget(hint);
    buildSlaUi(queueColumn);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("visitDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    queueColumn->addWidget(m_details);
    columns->addLayout(queueColumn, 0);
    m_queueView->setMinimumWidth(340);
    m_queueView->setMaximumWidth(340);

    m_board = new DispatchBoard(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_board);
    scroll->setWidgetResizable(false);
    columns->addWidget(scroll, 1);
    layout->addLayout(columns, 1);

    m_board->setChecker([this](const BoardVisit &v, qint64 engineer, const QDateTime &start) {
        return m_dispatch.check(m_day, v, engineer, start);
    });
    m_board->setCommitments([this](const BoardVisit &v) { return m_dispatch.commitment(v); });
    connect(m_board, &DispatchBoard::moveRequested, this, &DispatchWorkplace::requestMove);
    connect(m_board, &DispatchBoard::selectionChanged, this, &DispatchWorkplace::showDetails);
    connect(m_board, &DispatchBoard::resultRequested, this, &DispatchWorkplace::recordResult);
    connect(m_queue, &DispatchQueueModel::unassignRequested, this, &DispatchWorkplace::requestUnassign);
    connect(m_queueView, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const BoardVisit *v = m_queue->visitAt(index.row()))
            m_board->beginPlacing(*v);
    });
    auto *toQueue = new QShortcut(QKeySequence(Qt::Key_Delete), m_board, nullptr, nullptr, Qt::WidgetShortcut);
    connect(toQueue, &QShortcut::activated, this, [this] {
        if (const BoardVisit *v = m_day.visit(m_board->selectedVisit()); v && v->engineerId)
            requestUnassign(v->id, v->version);
    });
    addPlanningKeys();
    addSlaKeys();
}

void DispatchWorkplace::showDate(const QDate &date)
{
    m_day.date = date;
    const QSignalBlocker block(m_date);
    m_date->setDate(date);
    if (isVisible())
        reload();
}

void DispatchWorkplace::reload()
{
    const qint64 suggested = m_board->suggestionsFor();
    try {
        m_day = m_dispatch.day(m_day.date);
    } catch (const CentreError &e) {
        say(e.message(), "impossible");
        return;
    }
    m_board->setDay(m_day);
    m_queue->setQueue(m_day.queue, [this](const BoardVisit &v) { return m_dispatch.commitment(v); },
                      m_dispatch.now());
    refreshAlerts();
    // Suggestions on screen follow the board as it now is, while their visit still waits.
    if (const BoardVisit *v = m_day.visit(suggested); v && v->engineerId == 0)
        suggestFor(*v);
}

void DispatchWorkplace::followChanges()
{
    if (m_board->preview().active) {
        m_followLater.start(); // once, after the move in hand (restarted by each change)
        return;
    }
    reload(); // the board keeps its selection while the visit is still there
}

void DispatchWorkplace::recordResult(qint64 visitId)
{
    const BoardVisit *found = m_day.visit(visitId);
    if (!found || !found->engineerId)
        return;
    const BoardVisit visit = *found; // the dialog runs an event loop: live updates may reload
    const BoardVisit *v = &visit;
    const auto report = askResult(*v);
    if (!report)
        return;
    DispatchService::MoveResult r;
    try {
        r = m_dispatch.recordResult(*report);
    } catch (const CentreError &e) {
        say(e.message(), "impossible");
        return;
    }
    const QString customer = v->customerName;
    say(r.applied ? tr("Result recorded for %1.").arg(customer) : r.message, r.applied ? "ok" : "impossible");
    reload();
    if (r.applied)
        Q_EMIT visitCompleted(visitId);
}

void DispatchWorkplace::showDetails(qint64 visitId)
{
    const BoardVisit *v = m_day.visit(visitId);
    if (!v) {
        m_details->clear();
        return;
    }
    const Commitment c = m_dispatch.commitment(*v);
    QString text = QStringLiteral("<b>%1</b> · %2 · %3<br>%4<br>")
                       .arg(v->customerName.toHtmlEscaped(), v->district.toHtmlEscaped(),
                            v->modelCode.toHtmlEscaped(), v->fault.toHtmlEscaped());
    if (c.paused())
        text += tr("SLA clocks paused: %1 (R13)").arg(TicketTypes::pauseReasonLabel(c.pausedFor));
    else
        text += tr("Visit due by %1, repair by %2 (R13)").arg(c.visitDue.toString(QStringLiteral("MM-dd HH:mm")),
                                                              c.repairDue.toString(QStringLiteral("MM-dd HH:mm")));
    if (v->engineerId && v->start.isValid()) {
        const Engineer *engineer = m_day.engineer(v->engineerId);
        const VisitDeadlines d = VisitDeadlines::of(v->start, v->assignedAt, engineer ? engineer->workStart : QTime(8, 30));
        text += u"<br>" + tr("Leave by %1 (R16). If late, tell the customer by %2, or by %3 when "
                             "more than half a day late (R15).")
                              .arg(d.leaveBy.toString(QStringLiteral("HH:mm")),
                                   d.tellShortDelayBy.toString(QStringLiteral("HH:mm")),
                                   d.tellLongDelayBy.toString(QStringLiteral("HH:mm")));
    }
    m_details->setText(text);
}

QString DispatchWorkplace::message() const
{
    return m_message->text();
}

void DispatchWorkplace::say(const QString &text, const char *kind)
{
    m_message->setText(text);
    FieldHint::setState(m_message, kind);
}

void DispatchWorkplace::requestMove(qint64 visitId, int version, qint64 engineerId, const QDateTime &start)
{
    const BoardVisit *found = m_day.visit(visitId);
    if (!found) {
        reload();
        return;
    }
    // A copy: the questions below run event loops, and a live update may reload the day.
    const BoardVisit visit = *found;
    const BoardVisit *v = &visit;
    DispatchService::Move to;
    to.visitId = visitId;
    to.expectedVersion = version;
    to.engineerId = engineerId;
    to.start = start;
    to.minutes = v->bookedMinutes();
    if (v->engineerId == engineerId && v->start == start)
        return; // dropped where it was

    // R11: a refused assignment is forced only knowingly, by a supervisor, with a reason.
    const QList<AssignmentProblem> problems = m_dispatch.check(m_day, *v, engineerId, start);
    if (!problems.isEmpty()) {
        QStringList reasons;
        for (const AssignmentProblem &p : problems)
            reasons.append(p.message);
        if (!m_centre.may(Permission::OverrideCheck)) {
            say(tr("Refused: %1").arg(reasons.join(QStringLiteral("; "))), "impossible");
            return;
        }
        const auto reason = askOverride(reasons);
        if (!reason) {
            say(tr("Not assigned: %1").arg(reasons.first()), "verify");
            return;
        }
        to.overrideReason = *reason;
    }
    // R14: a scheduled visit moving to another time needs the customer's agreement.
    if (v->engineerId && v->start.isValid() && v->start != start) {
        const auto answer = askReschedule();
        if (!answer)
            return;
        to.customerAgreed = answer->first;
        to.rescheduleReason = answer->second;
        if (!to.customerAgreed) {
            say(tr("The customer did not agree: give the visit to another engineer or put it back in the queue."),
                "verify");
            return;
        }
    }
    DispatchService::Move from;
    from.visitId = visitId;
    from.engineerId = v->engineerId;
    from.start = v->start;
    from.minutes = to.minutes;
    const QString text = engineerId ? tr("Assign %1 at %2").arg(v->customerName, start.toString(QStringLiteral("HH:mm")))
                                    : tr("Unassign %1").arg(v->customerName);
    m_undo->push(new MoveVisitCommand(m_dispatch, to, from, text, [this](const DispatchService::MoveResult &r) {
        if (r.conflict)
            say(r.message, "impossible");
        else if (!r.applied)
            say(r.message, "impossible");
        else
            say(r.problems.isEmpty() ? tr("Saved.") : tr("Saved with an override (recorded)."), "ok");
        reload();
    }));
    m_board->selectVisit(visitId);
}

void DispatchWorkplace::previewDrag(const QTime &at)
{
    if (m_day.queue.isEmpty() || m_day.engineers.isEmpty())
        return;
    m_board->beginPlacing(m_day.queue.first());
    for (QTime t = m_day.engineers.first().workStart; t < at; t = t.addSecs(15 * 60)) {
        QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
        QCoreApplication::sendEvent(m_board, &right);
    }
}

void DispatchWorkplace::requestUnassign(qint64 visitId, int version)
{
    const BoardVisit *v = m_day.visit(visitId);
    if (!v || !v->engineerId)
        return;
    DispatchService::Move to;
    to.visitId = visitId;
    to.expectedVersion = version;
    to.engineerId = 0;
    DispatchService::Move from;
    from.visitId = visitId;
    from.engineerId = v->engineerId;
    from.start = v->start;
    from.minutes = v->minutes();
    to.minutes = from.minutes;
    m_undo->push(new MoveVisitCommand(m_dispatch, to, from, tr("Unassign %1").arg(v->customerName),
                                      [this](const DispatchService::MoveResult &r) {
                                          say(r.applied ? tr("Back in the queue.") : r.message,
                                              r.applied ? "ok" : "impossible");
                                          reload();
                                      }));
}

} // namespace hotline
