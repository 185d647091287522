// A whole repair call driven from the keyboard, as an operator takes it: intake, guided
// triage with a correction, remote fix. Then the database is checked: ticket state, the
// recorded steps (R6) and the single follow-up call (R7a, R19).
#include "Centre.h"
#include "Database.h"
#include "DemoCentre.h"
#include "DraftStore.h"
#include "IntakeService.h"
#include "IntakeWorkplace.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "TypeText.h"
#include "TestTriageTree.h"
#include "TriagePanel.h"
#include "TriageService.h"
#include "VisitRepository.h"

#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hotline;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(10, 0)); // Monday morning
}

class PhoneCallTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void intakeTriageRemoteFix();
    void refusalIsOneKey();
    void forbiddenPhraseWarnsBeforeSaving();

private:
    void takeCall();
    void press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, mods);
    }
    void type(QWidget *w, const QString &text) { test::typeText(w, text); }
    template<typename T> T *field(const char *name) const
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ticket = 0;
};

void PhoneCallTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void PhoneCallTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    m_centre = Centre::open(m_tdb->spec());
    m_centre->setClock([] { return kNow; });
    DemoCentre::seed(*m_centre, 2);
    QVERIFY(m_centre->logInDemoSupervisor());
    // This test's own script for washing machines, newer than anything shipped.
    QVERIFY(TriageService(*m_centre).importTree(test::washerTree(900), QStringLiteral("test.json")).imported);
    m_dir = std::make_unique<QTemporaryDir>();
    m_drafts = std::make_unique<DraftStore>(m_dir->path());
    m_window = std::make_unique<MainWindow>(*m_centre, *m_drafts);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void PhoneCallTest::cleanup()
{
    m_window.reset();
    m_drafts.reset();
    m_dir.reset();
    m_centre.reset();
    m_tdb.reset();
}

void PhoneCallTest::takeCall()
{
    QSignalSpy saved(m_window->intake(), &IntakeWorkplace::ticketSaved);
    type(field<QLineEdit>("phoneEdit"), QStringLiteral("139 1777 2233"));
    type(field<QLineEdit>("nameEdit"), QStringLiteral("欧阳明"));
    type(field<QLineEdit>("addressEdit"), QStringLiteral("上海市静安区南京西路1266号2座1203室"));
    type(field<QComboBox>("modelCombo")->lineEdit(), QStringLiteral("WM-D8012"));
    type(field<QLineEdit>("purchaseDateEdit"), QStringLiteral("2025-08-01"));
    type(field<QPlainTextEdit>("faultEdit"), QStringLiteral("脱水时晃得很厉害，还会停下来"));
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    m_ticket = saved.first().first().toLongLong();
    QCOMPARE(m_window->intake()->ticketInTriage(), m_ticket);
}

void PhoneCallTest::intakeTriageRemoteFix()
{
    takeCall();
    TriagePanel *panel = m_window->intake()->triagePanel();
    QCOMPARE(panel->currentNodeId(), QStringLiteral("q_start")); // the model's category
    press(Qt::Key_1);          // does not spin
    QCOMPARE(panel->currentNodeId(), QStringLiteral("i_rebalance"));
    press(Qt::Key_Backspace);  // the operator misheard: back
    QCOMPARE(panel->currentNodeId(), QStringLiteral("q_start"));
    press(Qt::Key_1);
    press(Qt::Key_1);          // works now
    QCOMPARE(panel->currentNodeId(), QStringLiteral("fix_rebalance"));
    press(Qt::Key_Return, Qt::ControlModifier); // close as resolved by phone
    QVERIFY(panel->isFinished());

    IntakeService intake(*m_centre);
    const auto ticket = intake.ticket(m_ticket);
    QCOMPARE(ticket->state, TicketState::ResolvedByPhone);
    QCOMPARE(ticket->triageOutcome, QStringLiteral("remote_fix"));
    // R6: every step and answer, and the correction, with time.
    const auto steps = TriageService(*m_centre).steps(m_ticket);
    QStringList trail;
    for (const TriageStep &s : steps)
        trail.append(TriageStep::kindCode(s.kind) + u':' + s.nodeId);
    QCOMPARE(trail, (QStringList{
                        QStringLiteral("shown:q_start"), QStringLiteral("answered:q_start"),
                        QStringLiteral("shown:i_rebalance"), QStringLiteral("stepped_back:i_rebalance"),
                        QStringLiteral("answered:q_start"), QStringLiteral("shown:i_rebalance"),
                        QStringLiteral("answered:i_rebalance"), QStringLiteral("shown:fix_rebalance")}));
    for (const TriageStep &s : steps)
        QCOMPARE(s.at, kNow);
    // R7a + R19: exactly one follow-up, two hours later.
    const auto tasks = VisitRepository(m_centre->database()).callbackTasks(m_ticket);
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks[0].dueAt, kNow.addSecs(2 * 3600));
    QVERIFY(field<QLabel>("triageResult")->text().contains(TicketSummary::displayNumber(m_ticket)));
    // Confirming again does nothing more.
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(VisitRepository(m_centre->database()).callbackTasks(m_ticket).size(), 1);
    // Next call.
    press(Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_window->intake()->ticketInTriage(), 0);
}

void PhoneCallTest::refusalIsOneKey()
{
    takeCall();
    press(Qt::Key_F8); // R8: the customer insists on a visit
    const auto ticket = IntakeService(*m_centre).ticket(m_ticket);
    QCOMPARE(ticket->state, TicketState::AwaitingDispatch);
    QVERIFY(ticket->markers.contains(QStringLiteral("refused_guidance")));
    // R9: the hand-off clock is visible.
    QVERIFY(field<QLabel>("handoffClock")->text().contains(QStringLiteral("5:00")));
}

void PhoneCallTest::forbiddenPhraseWarnsBeforeSaving()
{
    takeCall();
    press(Qt::Key_4); // will not start
    press(Qt::Key_1); // door was open
    TriagePanel *panel = m_window->intake()->triagePanel();
    QCOMPARE(panel->currentNodeId(), QStringLiteral("fix_door"));
    auto *note = field<QPlainTextEdit>("customerNote");
    note->clear();
    type(note, QStringLiteral("门没关好，下次read the manual"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!panel->isFinished()); // R25: warned first
    QVERIFY(field<QLabel>("noteWarning")->isVisible());
    QVERIFY(field<QLabel>("noteWarning")->text().contains(QStringLiteral("read the manual")));
    press(Qt::Key_Return, Qt::ControlModifier); // saved as it is, knowingly
    QVERIFY(panel->isFinished());
}

QTEST_MAIN(PhoneCallTest)
#include "tst_phonecall.moc"
