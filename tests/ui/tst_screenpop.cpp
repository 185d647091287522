// R3 screen pop in the console, from a PBX replaying a real inbound SIP call on loopback:
// the intake opens with the caller's number and record; a call the operator is still
// typing is never wiped by the next ring; the status bar shows the phone link.
#include "AmiReplayServer.h"
#include "CallLogService.h"
#include "Centre.h"
#include "DemoCentre.h"
#include "DraftStore.h"
#include "IntakeWorkplace.h"
#include "MainWindow.h"
#include "PhoneLink.h"
#include "TestDatabase.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace hotline;

class ScreenPopTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aRingingCallOpensTheIntake();
    void aCallBeingTypedIsNotWiped();
    void aCallSetAsideIsNotLinked();

private:
    void openWindow();
    std::unique_ptr<test::AmiReplayServer> m_pbx;
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
    std::unique_ptr<QTemporaryDir> m_drafts; // each test its own: no call recovered from the last
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void ScreenPopTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the phone settings go to a scratch folder
}

void ScreenPopTest::init()
{
    m_pbx = std::make_unique<test::AmiReplayServer>(QStringLiteral(HOTLINE_AMI_DATA "/inbound-sip-call-to-agent.server.bin"),
                                                    "manual");
    PhoneLink::Settings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = m_pbx->serverPort();
    s.user = QStringLiteral("hotline");
    s.secret = QStringLiteral("secret");
    s.agentInterface = QStringLiteral("PJSIP/agent1");
    PhoneLink::save(s);
    QCOMPARE(QFile::permissions(PhoneLink::secretFile()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    m_tdb = std::make_unique<test::TestDatabase>();
    m_centre = Centre::open(m_tdb->spec());
    DemoCentre::seed(*m_centre, 3);
    QVERIFY(m_centre->logInDemoSupervisor());
    m_drafts = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_drafts->path());
}

void ScreenPopTest::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_centre, *m_store);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void ScreenPopTest::cleanup()
{
    m_window.reset();
    m_centre.reset();
    m_tdb.reset();
    m_pbx.reset();
}

void ScreenPopTest::aRingingCallOpensTheIntake()
{
    openWindow();
    auto *phone = m_window->findChild<QLabel *>(QStringLiteral("phoneLinkLabel"));
    QVERIFY(phone);
    QTRY_VERIFY2_WITH_TIMEOUT(phone->text().contains(QStringLiteral("PJSIP/agent1")), qPrintable(phone->text()), 3000); // linked
    m_pbx->sendRest(); // the customer calls
    QTRY_COMPARE_WITH_TIMEOUT(m_window->intake()->draft().preferredPhone(), QStringLiteral("5551234"), 3000);

    // R5: the call is logged and linked to the ticket saved for it, with its end from the PBX.
    QSignalSpy saved(m_window->intake(), &IntakeWorkplace::ticketSaved);
    QVERIFY(m_window->intake()->save());
    QCOMPARE(saved.size(), 1);
    const qint64 ticket = saved.first().at(0).toLongLong();
    QList<CallRecord> calls;
    QTRY_VERIFY_WITH_TIMEOUT((calls = CallLogService(*m_centre).calls(ticket)).size() == 1 && calls[0].endedAt.isValid(), 3000);
    QVERIFY(calls[0].inbound);
    QCOMPARE(calls[0].number, QStringLiteral("5551234"));
    QCOMPARE(calls[0].operatorName, m_centre->actor().name);
    QVERIFY(calls[0].answeredAt.isValid());
}

void ScreenPopTest::aCallBeingTypedIsNotWiped()
{
    openWindow();
    m_window->intake()->startCall(QStringLiteral("13900001111"));
    IntakeDraft typing = m_window->intake()->draft();
    QVERIFY(m_window->intake()->isTakingCall());
    auto *phone = m_window->findChild<QLabel *>(QStringLiteral("phoneLinkLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(phone->text().contains(QStringLiteral("PJSIP/agent1")), 3000);
    m_pbx->sendRest();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QStringLiteral("5551234")), 3000);
    QCOMPARE(m_window->intake()->draft().preferredPhone(), QStringLiteral("13900001111"));
}

void ScreenPopTest::aCallSetAsideIsNotLinked()
{
    openWindow();
    auto *phone = m_window->findChild<QLabel *>(QStringLiteral("phoneLinkLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(phone->text().contains(QStringLiteral("PJSIP/agent1")), 3000);
    m_pbx->sendRest();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->intake()->draft().preferredPhone(), QStringLiteral("5551234"), 3000);
    // The operator clears the form (Ctrl+N) and takes down another call by hand.
    m_window->intake()->newCall();
    m_window->intake()->startCall(QStringLiteral("13900002222"));
    QSignalSpy saved(m_window->intake(), &IntakeWorkplace::ticketSaved);
    QVERIFY(m_window->intake()->save());
    QCOMPARE(saved.size(), 1);
    QVERIFY(CallLogService(*m_centre).calls(saved.first().at(0).toLongLong()).isEmpty());
}

QTEST_MAIN(ScreenPopTest)
#include "tst_screenpop.moc"
