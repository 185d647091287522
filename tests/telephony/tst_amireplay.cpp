// The AMI client on a loopback socket that replays real PBX recordings byte for byte: it
// logs in, the inbound SIP call pops the operator's screen with the caller's number, a
// click-to-dial reports success or why it failed, and a dropped link is made again.
#include "AmiClient.h"
#include "AmiReplayServer.h"
#include "CallTracker.h"

#include <QSignalSpy>
#include <QTest>

using namespace hotline;

class AmiReplayTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void screenPopFromAnInboundCall();
    void clickToDial_data();
    void clickToDial();
    void reconnectsAfterADrop();
    void aWrongSecretIsReported();

private:
    static QString recording(const char *name)
    {
        return QStringLiteral(HOTLINE_AMI_DATA "/%1.server.bin").arg(QLatin1String(name));
    }
    static AmiClient::Settings settingsFor(const QTcpServer &server)
    {
        AmiClient::Settings s;
        s.port = server.serverPort();
        s.user = QStringLiteral("hotline");
        s.secret = QStringLiteral("secret");
        s.firstRetryMs = 50;
        s.actionTimeoutMs = 3000;
        return s;
    }
};

void AmiReplayTest::initTestCase()
{
    qRegisterMetaType<AmiClient::State>();
}

void AmiReplayTest::screenPopFromAnInboundCall()
{
    test::AmiReplayServer pbx(recording("inbound-sip-call-to-agent"));
    AmiClient client;
    CallTracker tracker;
    tracker.setInterface("PJSIP/agent1");
    QList<CallTracker::Pop> pops;
    QList<CallTracker::Ended> ended;
    tracker.onPop = [&pops](const CallTracker::Pop &p) { pops.append(p); };
    tracker.onEnded = [&ended](const CallTracker::Ended &e) { ended.append(e); };
    connect(&client, &AmiClient::received, this,
            [&tracker](const AmiMessage &m) { tracker.feed(m, QDateTime::currentDateTime()); });
    client.start(settingsFor(pbx));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AmiClient::State::Connected, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(pops.size(), 1, 3000);
    QCOMPARE(pops[0].number, QStringLiteral("5551234"));
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 3000);
    QVERIFY(pbx.lastAction().contains("Events: call")); // only call events are asked for
}

void AmiReplayTest::clickToDial_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("recordedId");
    QTest::addColumn<CallTracker::DialOutcome>("outcome");
    QTest::newRow("answered") << recording("click-to-dial-answered") << QByteArray("c2d-1")
                              << CallTracker::DialOutcome::Connected;
    QTest::newRow("agent phone offline") << recording("click-to-dial-agent-offline") << QByteArray("c2d-nophone")
                                         << CallTracker::DialOutcome::AgentUnreachable;
}

void AmiReplayTest::clickToDial()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, recordedId);
    QFETCH(CallTracker::DialOutcome, outcome);
    test::AmiReplayServer pbx(name, "Originate", recordedId);
    AmiClient client;
    CallTracker tracker;
    tracker.setInterface("PJSIP/agent1");
    QList<CallTracker::DialResult> results;
    int pops = 0;
    tracker.onDial = [&results](const CallTracker::DialResult &r) { results.append(r); };
    tracker.onPop = [&pops](const CallTracker::Pop &) { ++pops; };
    connect(&client, &AmiClient::received, this,
            [&tracker](const AmiMessage &m) { tracker.feed(m, QDateTime::currentDateTime()); });
    client.start(settingsFor(pbx));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AmiClient::State::Connected, 3000);
    const QByteArray id = client.originate("PJSIP/agent1", QStringLiteral("13800138000"), QStringLiteral("test"),
                                           QStringLiteral("\"Hotline\" <13800138000>"));
    tracker.expectOriginate(id);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 3000);
    QCOMPARE(results[0].actionId, id);
    QCOMPARE(results[0].outcome, outcome);
    QVERIFY(pbx.lastAction().contains("Exten: 13800138000"));
    QCOMPARE(pops, 0);
}

void AmiReplayTest::reconnectsAfterADrop()
{
    test::AmiReplayServer pbx(recording("originate-local-wait"));
    AmiClient client;
    QSignalSpy states(&client, &AmiClient::stateChanged);
    client.start(settingsFor(pbx));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AmiClient::State::Connected, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(pbx.connections() >= 1, 1000);
    const int before = pbx.connections();
    pbx.dropAll(); // the PBX restarts, or the network drops
    QTRY_VERIFY_WITH_TIMEOUT(pbx.connections() > before, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AmiClient::State::Connected, 3000);
    bool sawReconnecting = false;
    for (const QList<QVariant> &s : std::as_const(states))
        sawReconnecting |= s.at(0).value<AmiClient::State>() == AmiClient::State::Connecting;
    QVERIFY(sawReconnecting);
    client.stop();
    QCOMPARE(client.state(), AmiClient::State::Stopped);
}

void AmiReplayTest::aWrongSecretIsReported()
{
    // The recording's first answer after the banner is "Permission denied" to a Ping
    // before Login; a wrong secret then gets "Authentication failed".
    test::AmiReplayServer pbx(recording("edge-prelogin-and-bad-secret"));
    AmiClient client;
    QSignalSpy states(&client, &AmiClient::stateChanged);
    client.start(settingsFor(pbx));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AmiClient::State::Refused, 3000);
}

QTEST_GUILESS_MAIN(AmiReplayTest)
#include "tst_amireplay.moc"
