#include "CallbacksWorkplace.h"

#include "CallbackQueueModel.h"
#include "Centre.h"
#include "CommandKeys.h"
#include "ComplaintsDialog.h"
#include "FieldHint.h"
#include "IntakeService.h"
#include "MorningList.h"
#include "RecordTable.h"
#include "ServicePhrases.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace hotline {

CallbacksWorkplace::CallbacksWorkplace(Centre &centre, IntakeService &intake, QWidget *parent)
    : Workplace(parent)
    , m_centre(centre)
    , m_intake(intake)
    , m_callbacks(centre)
{
    setObjectName(QStringLiteral("callbacksWorkplace"));
    buildUi();
}

void CallbacksWorkplace::reloadOnShow()
{
    const QDate today = m_centre.today();
    if (m_producedOn != today && m_centre.calendar().isWorkingDay(today)) {
        m_producedOn = today;
        produce(today);
    } else {
        refresh();
    }
}

void CallbacksWorkplace::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("panelTitle"));
    bar->addWidget(m_summary);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("callbackMessage"));
    bar->addWidget(m_message, 1);
    auto *reload = new QPushButton(tr("&Refresh (F5)"), this);
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    bar->addWidget(reload);
    auto *complaints = new QPushButton(tr("&Complaints…"), this);
    complaints->setToolTip(tr("Open complaints, escalated first, to resolve in writing (R24)"));
    bar->addWidget(complaints);
    connect(complaints, &QPushButton::clicked, this, [this] {
        ComplaintsDialog dialog(m_callbacks, this);
        m_complaints = &dialog;
        dialog.exec();
        m_complaints = nullptr;
    });
    auto *dial = new QPushButton(tr("&Dial (Ctrl+D)"), this);
    dial->setObjectName(QStringLiteral("dialButton"));
    dial->setToolTip(tr("Your phone rings first, then the customer's number is dialled"));
    dial->setShortcut(CommandKeys::dial());
    bar->addWidget(dial);
    connect(dial, &QPushButton::clicked, this, [this] {
        if (const CallbackTask *t = m_model->taskAt(m_view->currentIndex().row()))
            Q_EMIT dialRequested(t->phone, t->ticketId);
    });
    auto *exportButton = new QPushButton(tr("&Export list (PDF / CSV)…"), this);
    bar->addWidget(exportButton);
    exportButton->setEnabled(m_centre.may(Permission::ExportCustomerData)); // R26
    if (!exportButton->isEnabled())
        exportButton->setToolTip(tr("Exporting customer data needs the supervisor role."));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export the morning list"),
            QStringLiteral("callbacks-%1.pdf").arg(m_centre.today().toString(Qt::ISODate)),
            tr("PDF (*.pdf);;CSV (*.csv)"));
        if (file.isEmpty())
            return;
        try {
            const bool ok = MorningList::save(file, m_centre.today(), m_callbacks.exportQueue(file));
            say(ok ? tr("Saved %1").arg(file) : tr("Cannot write %1").arg(file), ok ? "ok" : "impossible");
        } catch (const CentreError &e) {
            say(e.message(), "impossible");
        }
    });
    layout->addLayout(bar);
    connect(reload, &QPushButton::clicked, this, &CallbacksWorkplace::refresh);

    auto *columns = new QHBoxLayout;
    m_model = new CallbackQueueModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("callbackQueue"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    columns->addWidget(m_view, 3);

    auto *side = new QVBoxLayout;
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("callbackDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    side->addWidget(m_details);
    m_phrases = new QLabel(this);
    m_phrases->setObjectName(QStringLiteral("sayPhrase"));
    m_phrases->setWordWrap(true);
    side->addWidget(m_phrases);
    auto *historyTitle = new QLabel(tr("Ticket history"), this);
    historyTitle->setObjectName(QStringLiteral("sectionLabel"));
    side->addWidget(historyTitle);
    m_history = new QListWidget(this);
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setWordWrap(true);
    side->addWidget(m_history, 1);

    auto *outcome = new QGroupBox(tr("Outcome: Enter takes the call, then one key"), this);
    auto *form = new QFormLayout(outcome);
    auto rating = [this]() {
        auto *s = new QSpinBox(this);
        s->setRange(1, 5);
        s->setValue(5);
        s->setSuffix(tr(" / 5"));
        return s;
    };
    m_ratingUnit = rating();
    m_ratingEngineer = rating();
    auto *ratings = new QHBoxLayout;
    ratings->addWidget(new QLabel(tr("unit"), this));
    ratings->addWidget(m_ratingUnit);
    ratings->addWidget(new QLabel(tr("engineer"), this));
    ratings->addWidget(m_ratingEngineer);
    form->addRow(tr("1  Fixed, satisfied:"), ratings);
    form->addRow(tr("2  Not fixed / new fault:"), new QLabel(tr("reopened as a repeat, to dispatch (R20)"), this));
    form->addRow(tr("3  No answer:"), new QLabel(tr("retry in %1 min; message after %2 tries (R21)")
                                                  .arg(m_callbacks.policy().spacingMinutes)
                                                  .arg(m_callbacks.policy().attempts), this));
    m_callBackAt = new QTimeEdit(this);
    m_callBackAt->setDisplayFormat(QStringLiteral("HH:mm"));
    form->addRow(tr("4  Busy, call back at:"), m_callBackAt);
    m_complaint = new QLineEdit(this);
    m_complaint->setObjectName(QStringLiteral("complaintWhat"));
    m_complaint->setPlaceholderText(tr("What happened, in the customer's words"));
    m_feels = new QLineEdit(this);
    m_feels->setPlaceholderText(tr("How the customer feels"));
    m_offered = new QLineEdit(this);
    m_offered->setPlaceholderText(tr("What was offered"));
    m_escalate = new QCheckBox(tr("Escalate to the supervisor now"), this);
    form->addRow(tr("5  Complaint:"), m_complaint);
    form->addRow(QString(), m_feels);
    form->addRow(QString(), m_offered);
    form->addRow(QString(), m_escalate);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Note (optional)"));
    form->addRow(tr("Note:"), m_note);
    side->addWidget(outcome);
    columns->addLayout(side, 2);
    layout->addLayout(columns, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CallbacksWorkplace::showTask);
    connect(m_view, &QTableView::activated, this, &CallbacksWorkplace::takeSelected);
    // One key per outcome, on the queue (so typing a note or a complaint is never an outcome).
    const CallbackService::Outcome outcomes[] = {CallbackService::Outcome::Satisfied, CallbackService::Outcome::NotFixed,
                                                 CallbackService::Outcome::NoAnswer, CallbackService::Outcome::Busy,
                                                 CallbackService::Outcome::Complaint};
    for (int i = 0; i < 5; ++i) {
        auto *key = new QShortcut(QKeySequence(Qt::Key(Qt::Key_1 + i)), m_view, nullptr, nullptr, Qt::WidgetShortcut);
        const auto o = outcomes[i];
        connect(key, &QShortcut::activated, this, [this, o] { record(o); });
    }
}

void CallbacksWorkplace::produce(const QDate &day)
{
    try {
        const auto p = m_callbacks.produce(day);
        if (p.visitFollowUps + p.remoteFixFollowUps > 0)
            say(tr("%n new follow-up call(s) produced", nullptr, p.visitFollowUps + p.remoteFixFollowUps), "ok");
    } catch (const CentreError &e) {
        say(e.message(), "impossible");
    }
    if (isVisible()) // hidden, the queue is read when it is next shown
        refresh();
}

void CallbacksWorkplace::refresh()
{
    const qint64 keep = selectedTask();
    QList<CallbackTask> tasks;
    try {
        tasks = m_callbacks.queue();
    } catch (const CentreError &e) {
        say(e.message(), "impossible");
        return;
    }
    const QDateTime now = m_centre.now();
    int overdue = 0, dueNow = 0;
    for (const CallbackTask &t : tasks) {
        overdue += t.dueAt < now.addSecs(-15 * 60) ? 1 : 0;
        dueNow += t.dueAt <= now ? 1 : 0;
    }
    m_model->setTasks(tasks, now, m_centre.actor().name);
    m_summary->setText(tr("%n call(s) today", nullptr, int(tasks.size())) + QStringLiteral(" · ")
                       + tr("%1 due now, %2 overdue").arg(dueNow).arg(overdue));
    const int row = qMax(0, m_model->rowOf(keep));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    showTask();
}

qint64 CallbacksWorkplace::selectedTask() const
{
    const CallbackTask *t = m_model->taskAt(m_view->currentIndex().row());
    return t ? t->id : 0;
}

void CallbacksWorkplace::followComplaints()
{
    if (m_complaints)
        m_complaints->reload();
}

void CallbacksWorkplace::followChanges()
{
    m_keepPanel = true;
    refresh();
    m_keepPanel = false;
}

void CallbacksWorkplace::showTask()
{
    const CallbackTask *t = m_model->taskAt(m_view->currentIndex().row());
    // A live refresh keeps what the operator set up for the call in hand.
    if (m_keepPanel && t && t->id == m_shownTask)
        return;
    m_shownTask = t ? t->id : 0;
    m_history->clear();
    if (!t) {
        m_details->setText(tr("No follow-up calls waiting."));
        m_phrases->clear();
        return;
    }
    QString text = QStringLiteral("<b>%1</b> · %2 · %3<br>%4 · %5")
                       .arg(t->customerName.toHtmlEscaped(), t->phone.toHtmlEscaped(),
                            TicketSummary::displayNumber(t->ticketId), t->modelCode.toHtmlEscaped(),
                            t->fault.toHtmlEscaped());
    if (t->visitId)
        text += u"<br>" + tr("Visit: %1, %2, parts: %3, charge ¥%4")
                              .arg(t->engineerName.toHtmlEscaped(),
                                   TicketTypes::visitResultLabel(t->visitResult).toHtmlEscaped(),
                                   t->partsUsed.isEmpty() ? tr("none") : t->partsUsed.toHtmlEscaped())
                              .arg(double(t->chargeFen) / 100, 0, 'f', 2);
    m_details->setText(text);
    // R25: the phrases for this call.
    m_phrases->setText(tr("Say: %1").arg(ServicePhrases::confirmIdentity(t->customerName)));
    m_callBackAt->setTime(m_centre.now().addSecs(qint64(m_callbacks.policy().busyMinutes) * 60).time());
    try {
        for (const TicketHistoryEntry &h : m_intake.history(t->ticketId))
            m_history->addItem(h.at.toString(QStringLiteral("MM-dd HH:mm  ")) + h.actor + QStringLiteral("  ")
                               + TicketTypes::historyText(h.action, h.oldValue, h.newValue));
    } catch (const CentreError &e) {
        m_history->addItem(e.message());
    }
}

bool CallbacksWorkplace::takeSelected()
{
    const qint64 id = selectedTask();
    if (!id)
        return false;
    bool taken = false;
    try {
        taken = m_callbacks.take(id);
    } catch (const CentreError &e) {
        say(e.message(), "impossible");
        return false;
    }
    say(taken ? tr("Yours: call %1 now, then press the outcome key.").arg(m_model->taskAt(m_view->currentIndex().row())->phone)
              : tr("Another operator is calling this customer."),
        taken ? "ok" : "verify");
    refresh();
    m_view->setFocus();
    return taken;
}

void CallbacksWorkplace::record(CallbackService::Outcome outcome)
{
    const CallbackTask *t = m_model->taskAt(m_view->currentIndex().row());
    if (!t)
        return;
    if (t->claimedBy != m_centre.actor().name && !takeSelected())
        return;
    CallbackService::Report r;
    r.outcome = outcome;
    r.ratingUnit = m_ratingUnit->value();
    r.ratingEngineer = m_ratingEngineer->value();
    r.note = m_note->text();
    if (outcome == CallbackService::Outcome::Busy) {
        QDateTime at = m_centre.now();
        at.setTime(m_callBackAt->time());
        r.callBackAt = at > m_centre.now() ? at : QDateTime();
    }
    r.whatHappened = m_complaint->text();
    r.customerFeels = m_feels->text();
    r.offered = m_offered->text();
    r.escalate = m_escalate->isChecked();
    CallbackService::Result result;
    try {
        result = m_callbacks.record(selectedTask(), r);
    } catch (const CentreError &e) {
        say(e.message(), "impossible");
        return;
    }
    if (!result.applied) {
        say(result.message, "verify");
        if (outcome == CallbackService::Outcome::Complaint)
            m_complaint->setFocus();
        return;
    }
    say(result.messageSent ? tr("No answer after the last try: a text message was sent and recorded.")
        : result.nextDue.isValid() ? tr("Next call at %1.").arg(result.nextDue.toString(QStringLiteral("HH:mm")))
                                   : tr("Recorded."),
        "ok");
    m_note->clear();
    m_complaint->clear();
    m_feels->clear();
    m_offered->clear();
    m_escalate->setChecked(false);
    refresh();
    m_view->setFocus();
}

QString CallbacksWorkplace::message() const
{
    return m_message->text();
}

void CallbacksWorkplace::say(const QString &text, const char *kind)
{
    m_message->setText(text);
    FieldHint::setState(m_message, kind);
}

} // namespace hotline
