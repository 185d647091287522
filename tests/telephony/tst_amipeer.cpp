// The AMI client against a real AMI peer process (npm asterisk-ami-test-server): log in,
// a wrong secret refused, Ping answered (also as the keepalive), and the peer killed and
// started again: the client reconnects by itself.
#include "AmiClient.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace hotline;

class AmiPeerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void logsInAndPings();
    void aWrongSecretIsRefused();
    void reconnectsWhenThePeerComesBack();

private:
    void startPeer();
    AmiClient::Settings settings(const QString &secret = QStringLiteral("test")) const;
    std::unique_ptr<QProcess> m_peer;
    quint16 m_port = 0;
};

void AmiPeerTest::initTestCase()
{
    qRegisterMetaType<AmiClient::State>();
    QTcpServer probe; // a free port
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_port = probe.serverPort();
}

void AmiPeerTest::startPeer()
{
    m_peer = std::make_unique<QProcess>();
    m_peer->setProcessChannelMode(QProcess::MergedChannels);
    // Its launcher reads only --port; the account is its built-in test/test.
    m_peer->start(QStringLiteral("node"), {QStringLiteral(HOTLINE_AMI_PEER), QStringLiteral("--port"), QString::number(m_port)});
    QVERIFY2(m_peer->waitForStarted(), "node did not start (scripts/setup installs the npm test peers)");
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += m_peer->readAll()).contains("listening"),
                              qPrintable(QString::fromUtf8(said) + QStringLiteral(" / state %1").arg(m_peer->state())), 10000);
}

void AmiPeerTest::cleanup()
{
    if (m_peer) {
        m_peer->kill();
        m_peer->waitForFinished();
        m_peer.reset();
    }
}

AmiClient::Settings AmiPeerTest::settings(const QString &secret) const
{
    AmiClient::Settings s;
    s.port = m_port;
    s.user = QStringLiteral("test");
    s.secret = secret;
    s.keepaliveMs = 200;
    s.firstRetryMs = 100;
    s.maxRetryMs = 400;
    s.actionTimeoutMs = 2000;
    return s;
}

void AmiPeerTest::logsInAndPings()
{
    startPeer();
    AmiClient client;
    QSignalSpy received(&client, &AmiClient::received);
    client.start(settings());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AmiClient::State::Connected, 5000);
    const QByteArray id = client.send("Ping", {});
    auto answered = [&received](const QByteArray &actionId) {
        for (const QList<QVariant> &r : std::as_const(received)) {
            const auto m = r.at(0).value<AmiMessage>();
            if (m.actionId() == actionId && m.value("Ping") == "Pong")
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered(id), 3000);
    // The keepalive pings on its own every 200 ms here.
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(received.cbegin(), received.cend(),
                                           [](const QList<QVariant> &r) {
                                               return r.at(0).value<AmiMessage>().value("Ping") == "Pong";
                                           })
                                 >= 3,
                             3000);
    QCOMPARE(client.state(), AmiClient::State::Connected);
}

void AmiPeerTest::aWrongSecretIsRefused()
{
    startPeer();
    AmiClient client;
    QSignalSpy states(&client, &AmiClient::stateChanged);
    client.start(settings(QStringLiteral("wrong")));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AmiClient::State::Refused, 5000);
    QVERIFY(states.last().at(1).toString().contains(QStringLiteral("Authentication failed")));
}

void AmiPeerTest::reconnectsWhenThePeerComesBack()
{
    startPeer();
    AmiClient client;
    client.start(settings());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AmiClient::State::Connected, 5000);
    m_peer->kill(); // the PBX goes away
    m_peer->waitForFinished();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AmiClient::State::Connecting, 5000);
    startPeer(); // and comes back on the same port
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AmiClient::State::Connected, 10000);
}

QTEST_GUILESS_MAIN(AmiPeerTest)
#include "tst_amipeer.moc"
