// What the console learns from real PBX traffic (Asterisk 22 recordings): the screen pop for
// a SIP customer ringing the operator's phone, with the caller's number; the call's answer
// and end; and the outcome of a click-to-dial, answered or with the agent's phone offline.
#include "AmiParser.h"
#include "CallTracker.h"

#include <QFile>
#include <QTest>

using namespace hotline;

class CallTrackerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anInboundCallPopsOnlyTheRungOperator();
    void clickToDialAnswered();
    void clickToDialWithTheAgentPhoneOffline();
    void aDroppedLinkAnswersTheDialsInFlight();
    void reasonsInTheConsolesWords_data();
    void reasonsInTheConsolesWords();

private:
    struct Seen
    {
        QList<CallTracker::Pop> pops;
        QList<QByteArray> answered;
        QList<CallTracker::Ended> ended;
        QList<CallTracker::DialResult> dials;
    };
    static Seen replay(const QString &name, const QByteArray &agentInterface, const QByteArray &originateId = {});
};

CallTrackerTest::Seen CallTrackerTest::replay(const QString &name, const QByteArray &agentInterface,
                                              const QByteArray &originateId)
{
    QFile f(QStringLiteral(HOTLINE_AMI_DATA) + u'/' + name + QStringLiteral(".server.bin"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no recording %s", qPrintable(name));
    Seen seen;
    CallTracker tracker;
    tracker.setInterface(agentInterface);
    if (!originateId.isEmpty())
        tracker.expectOriginate(originateId);
    tracker.onPop = [&seen](const CallTracker::Pop &p) { seen.pops.append(p); };
    tracker.onAnswered = [&seen](const QByteArray &id) { seen.answered.append(id); };
    tracker.onEnded = [&seen](const CallTracker::Ended &e) { seen.ended.append(e); };
    tracker.onDial = [&seen](const CallTracker::DialResult &r) { seen.dials.append(r); };
    QDateTime clock(QDate(2026, 11, 24), QTime(9, 0));
    AmiParser parser([&](AmiMessage &&m) {
        clock = clock.addSecs(1); // one second per message: durations are countable
        tracker.feed(m, clock);
    });
    parser.feed(f.readAll());
    return seen;
}

void CallTrackerTest::anInboundCallPopsOnlyTheRungOperator()
{
    const Seen mine = replay(QStringLiteral("inbound-sip-call-to-agent"), "PJSIP/agent1");
    QCOMPARE(mine.pops.size(), 1);
    QCOMPARE(mine.pops[0].number, QStringLiteral("5551234"));
    QCOMPARE(mine.pops[0].name, QStringLiteral("Alice"));
    QCOMPARE(mine.answered, QList<QByteArray>{mine.pops[0].callId});
    QCOMPARE(mine.ended.size(), 1);
    QCOMPARE(mine.ended[0].number, QStringLiteral("5551234"));
    QVERIFY(mine.ended[0].answeredAt.isValid());
    QVERIFY(mine.ended[0].talkSeconds > 0);

    // Another operator's console, on another phone, does not pop.
    const Seen theirs = replay(QStringLiteral("inbound-sip-call-to-agent"), "PJSIP/agent2");
    QVERIFY(theirs.pops.isEmpty());
    QVERIFY(theirs.ended.isEmpty());
    // Nor does a prefix of another interface ("PJSIP/agent" is not "PJSIP/agent1").
    QVERIFY(replay(QStringLiteral("inbound-sip-call-to-agent"), "PJSIP/agent").pops.isEmpty());
}

void CallTrackerTest::clickToDialAnswered()
{
    const Seen seen = replay(QStringLiteral("click-to-dial-answered"), "PJSIP/agent1", "c2d-1");
    QCOMPARE(seen.dials.size(), 1);
    QCOMPARE(seen.dials[0].outcome, CallTracker::DialOutcome::Connected);
    QCOMPARE(seen.dials[0].reason, 4);
    QVERIFY2(seen.pops.isEmpty(), "the operator's own call does not pop their screen");
    // R5: the outgoing call is followed to its end: answered when the operator's phone
    // picked up (the OriginateResponse), ended at their channel's hang-up.
    QCOMPARE(seen.dials[0].callId, QByteArray("1795470987.2"));
    QCOMPARE(seen.ended.size(), 1);
    QCOMPARE(seen.ended[0].callId, QByteArray("1795470987.2"));
    QCOMPARE(seen.ended[0].number, QStringLiteral("100"));
    QVERIFY(seen.ended[0].answeredAt.isValid());
    QVERIFY(seen.ended[0].endedAt > seen.ended[0].answeredAt);
    QCOMPARE(seen.ended[0].talkSeconds, seen.ended[0].answeredAt.secsTo(seen.ended[0].endedAt));
}

void CallTrackerTest::clickToDialWithTheAgentPhoneOffline()
{
    const Seen seen = replay(QStringLiteral("click-to-dial-agent-offline"), "PJSIP/agent1", "c2d-nophone");
    QCOMPARE(seen.dials.size(), 1);
    QCOMPARE(seen.dials[0].outcome, CallTracker::DialOutcome::AgentUnreachable);
    QCOMPARE(seen.dials[0].reason, 3);
    QVERIFY2(seen.dials[0].callId.isEmpty() && seen.ended.isEmpty(), "no call was connected, so none ends");
    // Someone else's originate in the same stream is not reported to this console.
    QVERIFY(replay(QStringLiteral("click-to-dial-agent-offline"), "PJSIP/agent1", "another-id").dials.isEmpty());
}

void CallTrackerTest::aDroppedLinkAnswersTheDialsInFlight()
{
    CallTracker tracker;
    tracker.setInterface("PJSIP/agent1");
    QList<CallTracker::DialResult> results;
    tracker.onDial = [&results](const CallTracker::DialResult &r) { results.append(r); };
    tracker.expectOriginate("console-1");
    tracker.reset();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results[0].actionId, QByteArray("console-1"));
    QCOMPARE(results[0].outcome, CallTracker::DialOutcome::LinkLost);
    tracker.reset(); // told once
    QCOMPARE(results.size(), 1);
}

void CallTrackerTest::reasonsInTheConsolesWords_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<CallTracker::DialOutcome>("outcome");
    QTest::newRow("answered") << 4 << CallTracker::DialOutcome::Connected;
    QTest::newRow("busy") << 5 << CallTracker::DialOutcome::Busy;
    QTest::newRow("rang out or offline") << 3 << CallTracker::DialOutcome::AgentUnreachable;
    QTest::newRow("hung up") << 1 << CallTracker::DialOutcome::NoAnswer;
    QTest::newRow("congestion") << 8 << CallTracker::DialOutcome::Failed;
    QTest::newRow("not placed") << 0 << CallTracker::DialOutcome::Failed;
}

void CallTrackerTest::reasonsInTheConsolesWords()
{
    QFETCH(int, reason);
    QFETCH(CallTracker::DialOutcome, outcome);
    QCOMPARE(CallTracker::outcomeOfReason(reason), outcome);
}

QTEST_GUILESS_MAIN(CallTrackerTest)
#include "tst_calltracker.moc"
