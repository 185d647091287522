// Click-to-dial from a ticket in the archive and from a customer's card beside the intake,
// through a loopback PBX replaying real Asterisk recordings: one key places the call, the
// status bar shows the PBX's answer, and the call is logged on the ticket (R5), followed to
// its end when connected and ended unanswered when the operator's phone is offline.
#include "AmiReplayServer.h"
#include "ArchiveWorkplace.h"
#include "CallLogService.h"
#include "Centre.h"
#include "DemoCentre.h"
#include "DraftStore.h"
#include "IntakeService.h"
#include "IntakeWorkplace.h"
#include "MainWindow.h"
#include "PhoneLink.h"
#include "TestDatabase.h"
#include "TicketListModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hotline;

namespace {
const QString kNumber = QStringLiteral("13812345678");
}

class ClickToDialTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fromATicketInTheArchive();
    void fromTheCustomersCardWithThePhoneOffline();
    void withoutALinkNothingIsLogged();

private:
    void open(const QString &recording, const QByteArray &recordedId);
    qint64 m_ticket = 0;
    std::unique_ptr<test::AmiReplayServer> m_pbx;
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
    std::unique_ptr<QTemporaryDir> m_drafts;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void ClickToDialTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the phone settings go to a scratch folder
}

void ClickToDialTest::open(const QString &recording, const QByteArray &recordedId)
{
    PhoneLink::Settings s;
    if (!recording.isEmpty()) {
        m_pbx = std::make_unique<test::AmiReplayServer>(QStringLiteral(HOTLINE_AMI_DATA "/") + recording
                                                            + QStringLiteral(".server.bin"),
                                                        "Originate", recordedId);
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_pbx->serverPort();
        s.user = QStringLiteral("hotline");
        s.secret = QStringLiteral("secret");
        s.agentInterface = QStringLiteral("PJSIP/agent1");
    }
    PhoneLink::save(s);
    m_tdb = std::make_unique<test::TestDatabase>();
    m_centre = Centre::open(m_tdb->spec());
    DemoCentre::seed(*m_centre, 2);
    QVERIFY(m_centre->logInDemoSupervisor());
    IntakeDraft d;
    d.name = QStringLiteral("欧阳拨号");
    d.phones = {{QStringLiteral("010-66778899"), false}, {kNumber, true}};
    d.fault = QStringLiteral("打印机卡纸");
    m_ticket = IntakeService(*m_centre).save(d).ticketId;
    m_drafts = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_drafts->path());
    m_window = std::make_unique<MainWindow>(*m_centre, *m_store);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    if (!recording.isEmpty()) {
        auto *phone = m_window->findChild<QLabel *>(QStringLiteral("phoneLinkLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(phone->text().contains(QStringLiteral("PJSIP/agent1")), 3000);
    }
}

void ClickToDialTest::cleanup()
{
    m_window.reset();
    m_centre.reset();
    m_tdb.reset();
    m_pbx.reset();
}

void ClickToDialTest::fromATicketInTheArchive()
{
    open(QStringLiteral("click-to-dial-answered"), "c2d-1");
    m_window->showView(MainWindow::View::Archive);
    ArchiveWorkplace *archive = m_window->archive();
    archive->searchBox()->setFocus();
    QTest::keyClicks(archive->searchBox(), QStringLiteral("010 6677 8899")); // the other number on file finds them
    QTest::keyClick(archive->searchBox(), Qt::Key_Return); // the results get the focus
    QCOMPARE(archive->results()->rowCount(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::ControlModifier);

    QTRY_VERIFY_WITH_TIMEOUT(m_pbx->lastAction().contains("Action: Originate"), 3000);
    QVERIFY2(m_pbx->lastAction().contains(QByteArray(QByteArray("Exten: ") + kNumber.toUtf8())), m_pbx->lastAction().constData());
    QVERIFY(m_pbx->lastAction().contains("Channel: PJSIP/agent1"));
    QList<CallRecord> calls;
    QTRY_VERIFY_WITH_TIMEOUT((calls = CallLogService(*m_centre).calls(m_ticket)).size() == 1 && calls[0].endedAt.isValid(),
                             3000);
    QVERIFY(!calls[0].inbound);
    QCOMPARE(calls[0].number, kNumber);
    QCOMPARE(calls[0].pbxCallId, QStringLiteral("1795470987.2")); // the id its hang-up came under
    QVERIFY2(!calls[0].answeredAt.isValid(), "the recorded extension plays a message: no customer answered");
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("pick it up")));
}

void ClickToDialTest::fromTheCustomersCardWithThePhoneOffline()
{
    open(QStringLiteral("click-to-dial-agent-offline"), "c2d-nophone");
    m_window->intake()->startCall(kNumber); // the card shows the returning customer
    auto *dial = m_window->intake()->findChild<QPushButton *>(QStringLiteral("callerDialButton"));
    QVERIFY(dial);
    QTRY_VERIFY_WITH_TIMEOUT(dial->isVisible(), 3000);
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);

    QList<CallRecord> calls;
    QTRY_VERIFY_WITH_TIMEOUT((calls = CallLogService(*m_centre).calls(m_ticket)).size() == 1 && calls[0].endedAt.isValid(),
                             3000);
    QCOMPARE(calls[0].number, kNumber); // the preferred number, not the first on file
    QVERIFY2(!calls[0].answeredAt.isValid(), "the operator's phone never answered");
    QCOMPARE(calls[0].talkSeconds, 0);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("PJSIP/agent1")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void ClickToDialTest::withoutALinkNothingIsLogged()
{
    open({}, {});
    m_window->showView(MainWindow::View::Archive);
    ArchiveWorkplace *archive = m_window->archive();
    archive->searchBox()->setText(kNumber);
    archive->search();
    QCOMPARE(archive->results()->rowCount(), 1);
    auto *view = archive->findChild<QTableView *>();
    view->setCurrentIndex(archive->results()->index(0, 0));
    archive->dialCurrent();
    QVERIFY(m_window->statusBar()->currentMessage().contains(kNumber)); // "dial it by hand"
    QVERIFY(CallLogService(*m_centre).calls(m_ticket).isEmpty());
}

QTEST_MAIN(ClickToDialTest)
#include "tst_clicktodial.moc"
