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
    void anOutgoingCallIsAnsweredByTheCustomer();
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
    // R5: the outgoing call is followed to its end, the hang-up of the operator's channel.
    // In this recording extension 100 plays a message: no customer is dialled, so none
    // answers (see anOutgoingCallIsAnsweredByTheCustomer).
    QCOMPARE(seen.dials[0].callId, QByteArray("1795470987.2"));
    QCOMPARE(seen.ended.size(), 1);
    QCOMPARE(seen.ended[0].callId, QByteArray("1795470987.2"));
    QCOMPARE(seen.ended[0].number, QStringLiteral("100"));
    QVERIFY(!seen.ended[0].answeredAt.isValid());
    QVERIFY(seen.ended[0].endedAt.isValid());
    QCOMPARE(seen.ended[0].talkSeconds, 0);
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
    const QDateTime dropped(QDate(2026, 11, 24), QTime(9, 30));
    tracker.reset(dropped);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results[0].actionId, QByteArray("console-1"));
    QCOMPARE(results[0].outcome, CallTracker::DialOutcome::LinkLost);
    tracker.reset(dropped); // told once
    QCOMPARE(results.size(), 1);
}

namespace {
AmiMessage message(std::initializer_list<QPair<QByteArray, QByteArray>> fields)
{
    AmiMessage m;
    m.fields = fields;
    return m;
}
} // namespace

// R5: an outgoing call is answered when the customer picks up (the DialEnd from the
// operator's channel), not when the operator's own phone does; it ends at the hang-up.
void CallTrackerTest::anOutgoingCallIsAnsweredByTheCustomer()
{
    CallTracker tracker;
    tracker.setInterface("PJSIP/agent1");
    QList<CallTracker::Ended> ended;
    tracker.onEnded = [&ended](const CallTracker::Ended &e) { ended.append(e); };
    tracker.expectOriginate("console-7");
    const QDateTime t0(QDate(2026, 11, 24), QTime(9, 0));
    tracker.feed(message({{"Event", "OriginateResponse"}, {"ActionID", "console-7"}, {"Response", "Success"},
                          {"Channel", "PJSIP/agent1-00000009"}, {"Exten", "13800138000"}, {"Reason", "4"},
                          {"Uniqueid", "1795471100.9"}}),
                 t0);
    tracker.feed(message({{"Event", "DialEnd"}, {"Channel", "PJSIP/agent1-00000009"}, {"DestChannel", "PJSIP/trunk-0000000a"},
                          {"Linkedid", "1795471100.9"}, {"DialStatus", "ANSWER"}}),
                 t0.addSecs(12));
    tracker.feed(message({{"Event", "Hangup"}, {"Channel", "PJSIP/agent1-00000009"}, {"Linkedid", "1795471100.9"}}),
                 t0.addSecs(100));
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended[0].number, QStringLiteral("13800138000"));
    QCOMPARE(ended[0].answeredAt, t0.addSecs(12));
    QCOMPARE(ended[0].talkSeconds, 88);

    // A refused Originate (an Error response, no OriginateResponse) is a failed dial.
    QList<CallTracker::DialResult> dials;
    tracker.onDial = [&dials](const CallTracker::DialResult &r) { dials.append(r); };
    tracker.expectOriginate("console-8");
    tracker.feed(message({{"Response", "Error"}, {"ActionID", "console-8"}, {"Message", "Originate failed"}}), t0);
    QCOMPARE(dials.size(), 1);
    QCOMPARE(dials[0].outcome, CallTracker::DialOutcome::Failed);

    // A dropped link ends a connected call where it stood: no line is left open.
    tracker.expectOriginate("console-9");
    tracker.feed(message({{"Event", "OriginateResponse"}, {"ActionID", "console-9"}, {"Response", "Success"},
                          {"Channel", "PJSIP/agent1-0000000b"}, {"Exten", "13900139000"}, {"Reason", "4"},
                          {"Uniqueid", "1795471200.11"}}),
                 t0);
    tracker.reset(t0.addSecs(30));
    QCOMPARE(ended.size(), 2);
    QCOMPARE(ended[1].callId, QByteArray("1795471200.11"));
    QCOMPARE(ended[1].endedAt, t0.addSecs(30));
    QVERIFY(!ended[1].answeredAt.isValid());
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
