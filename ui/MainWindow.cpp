#include "MainWindow.h"

#include "FieldHint.h"
#include "CallLogService.h"
#include "Centre.h"
#include "ArchiveService.h"
#include "ArchiveWorkplace.h"
#include "CallbacksWorkplace.h"
#include "CommandKeys.h"
#include "DashboardWorkplace.h"
#include "DispatchWorkplace.h"
#include "IntakeService.h"
#include "IntakeWorkplace.h"
#include "LiveUpdates.h"
#include "PhoneLink.h"
#include "PhoneSettingsDialog.h"
#include "PlaceholderWorkplace.h"
#include "TriageQueueWorkplace.h"
#include "TriageService.h"

#include <QApplication>
#include <QToolButton>

#include <memory>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hotline {

MainWindow::MainWindow(Centre &centre, DraftStore &drafts, QWidget *parent)
    : QMainWindow(parent)
    , m_centre(centre)
    , m_intakeService(std::make_unique<IntakeService>(centre))
    , m_triageService(std::make_unique<TriageService>(centre))
    , m_archiveService(std::make_unique<ArchiveService>(centre))
{
    setWindowTitle(tr("Hotline: after-sales service console"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    if (centre.isDemo()) {
        auto *banner = new QLabel(tr("Demo data: every customer, ticket and engineer here is invented. "
                                     "Logged in as %1 (%2).")
                                      .arg(centre.actor().name, Centre::roleLabel(centre.actor().role)),
                                  central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        layout->addWidget(banner);
    }

    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_intake = new IntakeWorkplace(*m_intakeService, *m_triageService, drafts, m_tabs);
    m_tabs->addTab(m_intake, tr("&1 Intake"));
    m_triageQueue = new TriageQueueWorkplace(*m_triageService, m_tabs);
    m_tabs->addTab(m_triageQueue, tr("&2 Triage"));
    connect(m_triageQueue, &TriageQueueWorkplace::resumeRequested, this, [this](qint64 id) {
        showView(View::Intake);
        m_intake->openTicket(id);
    });
    m_dispatch = new DispatchWorkplace(centre, m_tabs);
    m_tabs->addTab(m_dispatch, tr("&3 Dispatch"));
    m_callbacks = new CallbacksWorkplace(centre, *m_intakeService, m_tabs);
    m_tabs->addTab(m_callbacks, tr("&4 Callbacks"));
    m_archive = new ArchiveWorkplace(*m_archiveService, m_tabs);
    m_tabs->addTab(m_archive, tr("&5 Archive"));
    m_dashboard = new DashboardWorkplace(centre, *m_archiveService, m_tabs);
    m_tabs->addTab(m_dashboard, tr("&6 Dashboard"));
    connect(m_dashboard, &DashboardWorkplace::openRequested, this, [this](qint64 id) {
        showView(View::Intake);
        m_intake->openTicket(id);
    });
    connect(m_archive, &ArchiveWorkplace::openRequested, this, [this](qint64 id) {
        showView(View::Intake);
        m_intake->openTicket(id);
    });
    // R18: a completed visit's follow-up is produced for the next working morning at once.
    connect(m_dispatch, &DispatchWorkplace::visitCompleted, this, [this] {
        m_callbacks->produce(m_centre.calendar().nextWorkingDay(m_centre.today()));
    });
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    // R3: a call ringing this operator's phone opens the intake with the caller's record.
    m_phone = new PhoneLink([this] { return m_centre.now(); }, this);
    connect(m_phone, &PhoneLink::ringing, this, [this](const QString &number, const QString &name, const QString &callId) {
        // R5: every call is logged; it is linked to the ticket the operator saves for it.
        qint64 logged = 0;
        logCalls([&](CallLogService &log) { logged = log.started(true, number, callId); });
        if (logged)
            m_calls.insert(callId, logged);
        if (m_intake->isTakingCall()) {
            statusBar()->showMessage(tr("☎ %1 %2 is calling: save or clear this call first (Ctrl+N).").arg(number, name), 15000);
            return;
        }
        showView(View::Intake);
        m_intake->startCall(number, logged);
        raise();
        activateWindow();
    });
    connect(m_phone, &PhoneLink::callEnded, this,
            [this](const QString &callId, const QDateTime &answered, const QDateTime &ended, qint64 talk) {
                if (const qint64 logged = m_calls.take(callId))
                    logCalls([&](CallLogService &log) { log.ended(logged, answered, ended, talk); });
            });
    connect(m_intake, &IntakeWorkplace::ticketSaved, this, [this](qint64 ticketId) {
        if (const qint64 call = m_intake->takeCallLogId())
            logCalls([&](CallLogService &log) { log.linkTicket(call, ticketId); });
    });
    connect(m_callbacks, &CallbacksWorkplace::dialRequested, this, &MainWindow::dial);
    connect(m_intake, &IntakeWorkplace::dialRequested, this, &MainWindow::dial);
    connect(m_archive, &ArchiveWorkplace::dialRequested, this, &MainWindow::dial);
    connect(m_phone, &PhoneLink::dialFinished, this,
            [this](const QByteArray &dialId, bool connected, const QString &pbxCallId, const QString &text) {
                statusBar()->showMessage(QStringLiteral("☎ ") + text, 15000);
                const qint64 logged = m_dialling.take(dialId);
                if (!logged)
                    return;
                logCalls([&](CallLogService &log) {
                    if (connected && !pbxCallId.isEmpty()) {
                        log.dialConnected(logged, pbxCallId); // its end comes with callEnded
                        m_calls.insert(pbxCallId, logged);
                    } else
                        log.dialFailed(logged); // or connected under no id: its end is never heard
                });
            });

    m_live = new LiveUpdates(centre, this);
    connect(m_live, &LiveUpdates::changed, this, [this](ChangeTopic topic, qint64) { noteChange(topic); });
    m_follow.setSingleShot(true);
    m_follow.setInterval(100);
    connect(&m_follow, &QTimer::timeout, this, &MainWindow::followChanges);

    buildMenus();
    buildStatusBar();
    new CommandKeys(this, {CommandKeys::dial(), CommandKeys::useCustomer()});
    connect(m_intake, &IntakeWorkplace::ticketSaved, this, [this](qint64 id) {
        statusBar()->showMessage(tr("Ticket %1 saved").arg(TicketSummary::displayNumber(id)), 8000);
    });
    resize(1440, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newCall = file->addAction(tr("&New call"), QKeySequence::New, m_intake,
                                       &IntakeWorkplace::newCall);
    newCall->setStatusTip(tr("Clear the intake form for the next call"));
    file->addAction(tr("&Save ticket"), QKeySequence::Save, this, [this] {
        showView(View::Intake);
        m_intake->save();
    });
    file->addAction(tr("&Phone settings…"), this, [this] {
        PhoneSettingsDialog dialog(PhoneLink::load(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        PhoneLink::save(dialog.settings());
        m_phone->start(dialog.settings());
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QPair<QString, View>> views = {{tr("&Intake"), View::Intake},
                                               {tr("&Triage"), View::Triage},
                                               {tr("&Dispatch"), View::Dispatch},
                                               {tr("&Callbacks"), View::Callbacks},
                                               {tr("&Archive"), View::Archive},
                                               {tr("D&ashboard"), View::Dashboard}};
    for (qsizetype i = 0; i < views.size(); ++i) {
        const View v = views[i].second;
        view->addAction(views[i].first, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this,
                        [this, v] { showView(v); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Hotline"), this, [this] {
        QMessageBox::about(this, tr("About Hotline"),
                           tr("<b>Hotline %1</b><br>After-sales service hotline console.<br>"
                              "Database: %2")
                               .arg(QStringLiteral(HOTLINE_VERSION), m_centre.location().toHtmlEscaped()));
    });
}

void MainWindow::dial(const QString &number, qint64 ticketId)
{
    const QByteArray dialId = m_phone->dial(number);
    if (dialId.isEmpty()) {
        statusBar()->showMessage(tr("☎ No phone link: dial %1 by hand.").arg(number), 15000);
        return;
    }
    qint64 logged = 0;
    if (!logCalls([&](CallLogService &log) { logged = log.started(false, number, {}, ticketId); }))
        return;
    m_dialling.insert(dialId, logged);
    statusBar()->showMessage(tr("☎ Calling %1: your phone rings first…").arg(number), 15000);
}

bool MainWindow::logCalls(const std::function<void(CallLogService &)> &write)
{
    // The call log never stands in the way of a call: a failure to write it is shown.
    try {
        CallLogService log(m_centre);
        write(log);
        return true;
    } catch (const CentreError &e) {
        statusBar()->showMessage(e.message(), 15000);
        return false;
    }
}

void MainWindow::noteChange(ChangeTopic topic)
{
    m_changed.insert(topic);
    if (!m_follow.isActive())
        m_follow.start();
}

void MainWindow::followChanges()
{
    // Only the workplace on screen reloads; the others read their data when they are next
    // shown (Workplace), so a busy centre does not keep hidden tabs querying.
    const QSet<ChangeTopic> changed = std::exchange(m_changed, {});
    const bool tickets = changed.contains(ChangeTopic::Ticket);
    const QWidget *shown = m_tabs->currentWidget();
    if (tickets && shown == m_intake)
        m_intake->followChanges();
    if (tickets && shown == m_triageQueue)
        m_triageQueue->refresh();
    if ((tickets || changed.contains(ChangeTopic::Visit)) && shown == m_dispatch)
        m_dispatch->followChanges();
    if ((tickets || changed.contains(ChangeTopic::Callback)) && shown == m_callbacks)
        m_callbacks->followChanges();
    if (changed.contains(ChangeTopic::Complaint))
        m_callbacks->followComplaints(); // the complaints dialog, when it is open
    if (shown == m_dashboard)
        m_dashboard->refresh(); // every change moves some figure
}

void MainWindow::buildStatusBar()
{
    const Actor &actor = m_centre.actor();
    auto *who = new QLabel(tr("Signed in: %1 (%2)").arg(actor.name, Centre::roleLabel(actor.role)), this);
    who->setObjectName(QStringLiteral("actorLabel"));
    auto *where = new QLabel(m_centre.location(), this);
    where->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(who);
    if (m_centre.may(Permission::Assign))
        buildSlaStatus();
    if (m_centre.isPostgres()) {
        // The shared server: its link is shown, and never blocks the operator (drafts keep
        // what is typed while it is away).
        auto *link = new QLabel(this);
        link->setObjectName(QStringLiteral("connectionLabel"));
        auto show = [link](bool up) {
            link->setText(up ? tr("● Server connected") : tr("● Reconnecting to the server…"));
            FieldHint::setState(link, up ? "ok" : "impossible");
        };
        show(m_live->connected());
        connect(m_live, &LiveUpdates::connectionChanged, link, show);
        statusBar()->addPermanentWidget(link);
    }
    auto *phone = new QLabel(this);
    phone->setObjectName(QStringLiteral("phoneLinkLabel"));
    connect(m_phone, &PhoneLink::linkChanged, phone, [phone](bool up, const QString &text) {
        phone->setText(text);
        FieldHint::setState(phone, up ? "ok" : "");
    });
    statusBar()->addPermanentWidget(phone);
    m_phone->start(PhoneLink::load()); // never blocks: the link is made on its own thread
    statusBar()->addPermanentWidget(where);
}

void MainWindow::buildSlaStatus()
{
    // R13, R27: the supervisors see the warnings wherever they work; a click opens the watch.
    auto *sla = new QToolButton(this);
    sla->setObjectName(QStringLiteral("slaStatus"));
    sla->setAutoRaise(true);
    sla->setToolTip(tr("Commitments warned at the centre's thresholds and breached: open the dispatch board's SLA alerts"));
    auto show = [this, sla, last = std::make_shared<int>(0)](int warnings, int breaches) {
        sla->setText(warnings + breaches ? tr("⚠ SLA: %1 breached, %2 warned").arg(breaches).arg(warnings)
                                         : tr("SLA: on track"));
        FieldHint::setState(sla, breaches ? "impossible" : warnings ? "verify" : "ok");
        if (warnings + breaches > *last)
            QApplication::alert(this); // a new warning: the taskbar says so when the console is behind
        *last = warnings + breaches;
    };
    connect(m_dispatch, &DispatchWorkplace::alertsChanged, sla, show);
    connect(sla, &QToolButton::clicked, this, [this] {
        showView(View::Dispatch);
        m_dispatch->focusAlerts();
    });
    statusBar()->addPermanentWidget(sla);
    m_dispatch->refreshAlerts();
}

void MainWindow::showView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("intake"), QStringLiteral("triage"), QStringLiteral("dispatch"),
            QStringLiteral("callbacks"), QStringLiteral("archive"), QStringLiteral("dashboard")};
}

std::optional<MainWindow::View> MainWindow::viewFromName(const QString &name)
{
    const qsizetype i = viewNames().indexOf(name.toLower());
    if (i < 0)
        return std::nullopt;
    return View(i);
}

} // namespace hotline
