// The SLA watch on the dispatch board (R13, R27): warnings at the centre's thresholds,
// breaches, and the clocks that stand while a ticket waits for parts or for the customer.
#include "DispatchWorkplace.h"

#include "Centre.h"
#include "DispatchBoard.h"
#include "DispatchQueueModel.h"
#include "SlaPauseDialog.h"
#include "SlaWatchModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScopeGuard>
#include <QShortcut>
#include <QVBoxLayout>

namespace hotline {

void DispatchWorkplace::buildSlaUi(QBoxLayout *column)
{
    m_alertTitle = new QLabel(tr("SLA alerts"), this);
    m_alertTitle->setObjectName(QStringLiteral("panelTitle"));
    column->addWidget(m_alertTitle);
    m_alerts = new SlaWatchModel(this);
    m_alertView = new QListView(this);
    m_alertView->setObjectName(QStringLiteral("slaAlerts"));
    m_alertView->setModel(m_alerts);
    m_alertView->setAlternatingRowColors(true);
    m_alertView->setSpacing(1);
    m_alertView->setWordWrap(true);
    m_alertView->setTextElideMode(Qt::ElideRight);
    m_alertView->setMinimumHeight(170);
    m_alertView->setMinimumWidth(340);
    m_alertView->setMaximumWidth(340); // as wide as the queue above it
    column->addWidget(m_alertView, 1);
    auto *buttons = new QHBoxLayout;
    m_pauseButton = new QPushButton(tr("Pause clocks… (W)"), this);
    m_pauseButton->setObjectName(QStringLiteral("pauseClocks"));
    m_pauseButton->setToolTip(tr("The selected ticket waits for parts or for the customer: its 24 h / 48 h "
                                 "clocks stand until resumed"));
    m_resumeButton = new QPushButton(tr("Resume clocks"), this);
    m_resumeButton->setObjectName(QStringLiteral("resumeClocks"));
    m_resumeButton->setToolTip(tr("The wait is over; a ticket that waited for parts goes back to the queue"));
    // The buttons act on the alert or visit last chosen: clicking them must not move focus.
    m_pauseButton->setFocusPolicy(Qt::NoFocus);
    m_resumeButton->setFocusPolicy(Qt::NoFocus);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_resumeButton);
    buttons->addStretch(1);
    column->addLayout(buttons);
    const bool supervisor = m_centre.may(Permission::Assign); // R26
    m_pauseButton->setEnabled(supervisor);
    m_resumeButton->setEnabled(supervisor);
    connect(m_pauseButton, &QPushButton::clicked, this, &DispatchWorkplace::pauseClocks);
    connect(m_resumeButton, &QPushButton::clicked, this, &DispatchWorkplace::resumeClocks);
    // Choosing an alert shows its visit: selected on the board, or current in the queue.
    connect(m_alertView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                const qint64 visitId = index.data(SlaWatchModel::VisitIdRole).toLongLong();
                const BoardVisit *v = m_day.visit(visitId);
                const auto chosen = qScopeGuard([this, index] { m_clocksOfAlert = index.isValid(); });
                if (!v)
                    return; // waiting for parts: no visit to show
                if (v->engineerId) {
                    m_board->selectVisit(v->id);
                } else {
                    for (int row = 0; row < m_queue->rowCount(); ++row) {
                        if (m_queue->visitAt(row)->id == v->id)
                            m_queueView->setCurrentIndex(m_queue->index(row, 0));
                    }
                }
                showDetails(v->id);
            });
    if (supervisor) {
        // The clocks run without anyone changing a row; the status bar shows the count
        // wherever the supervisor works.
        m_alertTimer.setInterval(60 * 1000);
        connect(&m_alertTimer, &QTimer::timeout, this, &DispatchWorkplace::refreshAlerts);
        m_alertTimer.start();
    }
}

void DispatchWorkplace::addSlaKeys()
{
    if (!m_centre.may(Permission::Assign))
        return; // R26: nothing an operator types into the dialog would be kept
    for (QWidget *w : {static_cast<QWidget *>(m_board), static_cast<QWidget *>(m_queueView),
                       static_cast<QWidget *>(m_alertView)}) {
        connect(new QShortcut(QKeySequence(Qt::Key_W), w, nullptr, nullptr, Qt::WidgetShortcut),
                &QShortcut::activated, this, &DispatchWorkplace::toggleClocks);
    }
    // Choosing on the board or in the queue makes that visit the one W and the buttons act on.
    connect(m_board, &DispatchBoard::selectionChanged, this, [this] { m_clocksOfAlert = false; });
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_clocksOfAlert = false; });
}

void DispatchWorkplace::refreshAlerts()
{
    const qint64 current = m_alertView->currentIndex().data(SlaWatchModel::TicketIdRole).toLongLong();
    try {
        m_alerts->setAlerts(m_sla.watch());
    } catch (const CentreError &e) {
        say(e.message(), "impossible");
        return;
    }
    for (int row = 0; row < m_alerts->rowCount(); ++row) {
        if (m_alerts->alertAt(row)->ticketId == current) {
            const QSignalBlocker block(m_alertView->selectionModel());
            m_alertView->setCurrentIndex(m_alerts->index(row, 0));
        }
    }
    const int breaches = m_alerts->breaches();
    const int warnings = m_alerts->warnings();
    const int paused = m_alerts->rowCount() - breaches - warnings;
    m_alertTitle->setText(m_alerts->rowCount() ? tr("SLA alerts: %1 breached, %2 warned, %3 paused")
                                                     .arg(breaches)
                                                     .arg(warnings)
                                                     .arg(paused)
                                               : tr("SLA alerts: none"));
    Q_EMIT alertsChanged(warnings, breaches);
}

void DispatchWorkplace::focusAlerts()
{
    m_alertView->setFocus();
    if (!m_alertView->currentIndex().isValid() && m_alerts->rowCount())
        m_alertView->setCurrentIndex(m_alerts->index(0, 0));
}

qint64 DispatchWorkplace::ticketForClocks(QString *customer) const
{
    if (m_alertView->hasFocus() || m_clocksOfAlert) {
        if (const SlaAlert *a = m_alerts->alertAt(m_alertView->currentIndex().row())) {
            *customer = a->customerName;
            return a->ticketId;
        }
    }
    if (const BoardVisit *v = m_day.visit(visitToPlace())) {
        *customer = v->customerName;
        return v->ticketId;
    }
    return 0;
}

void DispatchWorkplace::pauseClocks()
{
    QString customer;
    const qint64 ticket = ticketForClocks(&customer);
    if (!ticket) {
        say(tr("Select a visit or an SLA alert first."), "verify");
        return;
    }
    const auto why = askPause(customer);
    if (!why)
        return;
    try {
        m_sla.pause(ticket, why->first, why->second);
    } catch (const CentreError &e) {
        say(e.message(), "impossible");
        return;
    }
    say(tr("SLA clocks of %1 paused: %2.").arg(customer, TicketTypes::pauseReasonLabel(why->first)), "ok");
    reload();
}

void DispatchWorkplace::resumeClocks()
{
    QString customer;
    const qint64 ticket = ticketForClocks(&customer);
    if (!ticket) {
        say(tr("Select a visit or an SLA alert first."), "verify");
        return;
    }
    try {
        const QList<SlaPause> pauses = m_sla.pauses(ticket);
        const bool parts = !pauses.isEmpty() && pauses.last().reason == SlaPause::kParts;
        m_sla.resume(ticket, {});
        say(parts ? tr("SLA clocks of %1 run again; a ticket that waited for parts is back in the queue.").arg(customer)
                  : tr("SLA clocks of %1 run again.").arg(customer),
            "ok");
    } catch (const CentreError &e) {
        say(e.message(), "impossible");
        return;
    }
    reload();
}

void DispatchWorkplace::toggleClocks()
{
    QString customer;
    const qint64 ticket = ticketForClocks(&customer);
    if (!ticket) {
        say(tr("Select a visit or an SLA alert first."), "verify");
        return;
    }
    bool paused = false;
    try {
        for (const SlaPause &p : m_sla.pauses(ticket))
            paused = paused || p.ongoing();
    } catch (const CentreError &e) {
        say(e.message(), "impossible");
        return;
    }
    paused ? resumeClocks() : pauseClocks();
}

} // namespace hotline
