// R5: every call is logged with time and operator, linked to its ticket, with its end.
#include "CallLogService.h"
#include "Centre.h"
#include "DemoCentre.h"
#include "IntakeService.h"
#include "TestDatabase.h"

#include <QTest>

using namespace hotline;

class CallLogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aPoppedCallIsLinkedAndEnded();
};

void CallLogTest::aPoppedCallIsLinkedAndEnded()
{
    test::TestDatabase tdb;
    HOTLINE_REQUIRE_DATABASE(tdb);
    auto centre = Centre::open(tdb.spec());
    QDateTime now(QDate(2026, 11, 24), QTime(10, 0));
    centre->setClock([&now] { return now; });
    DemoCentre::seed(*centre, 2);
    centre->setActor({0, QStringLiteral("李娜"), Role::Operator});
    CallLogService log(*centre);
    const qint64 call = log.started(true, QStringLiteral("13800138000"), QStringLiteral("1795470974.0"));
    IntakeDraft d;
    d.name = QStringLiteral("来电测试");
    d.phones = {{QStringLiteral("13800138000"), true}};
    d.fault = QStringLiteral("冰箱不制冷");
    now = now.addSecs(90);
    const qint64 ticket = IntakeService(*centre).save(d).ticketId;
    log.linkTicket(call, ticket);
    // A queue rang another operator's phone too: the same PBX id, a line of their own.
    centre->setActor({0, QStringLiteral("王芳"), Role::Operator});
    const qint64 theirs = log.started(true, QStringLiteral("13800138000"), QStringLiteral("1795470974.0"));
    centre->setActor({0, QStringLiteral("李娜"), Role::Operator});
    log.ended(theirs, {}, now, 0); // their phone stopped ringing: ours is still on
    log.ended(call, QDateTime(QDate(2026, 11, 24), QTime(10, 0, 5)), QDateTime(QDate(2026, 11, 24), QTime(10, 3)), 175);
    now = now.addSecs(3600);
    const qint64 followUp = log.started(false, QStringLiteral("13800138000"), {}, ticket); // the follow-up, dialled
    const qint64 retry = log.started(false, QStringLiteral("13800138000"), {}, ticket);   // and dialled again
    now = now.addSecs(20);
    log.dialFailed(followUp); // the operator's phone was offline
    log.dialConnected(retry, QStringLiteral("1795470987.2"));
    log.ended(retry, now, now.addSecs(64), 64);

    const QList<CallRecord> calls = log.calls(ticket);
    QCOMPARE(calls.size(), 3);
    QVERIFY(calls[0].inbound);
    QCOMPARE(calls[0].operatorName, QStringLiteral("李娜"));
    QCOMPARE(calls[0].startedAt, QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
    QCOMPARE(calls[0].endedAt, QDateTime(QDate(2026, 11, 24), QTime(10, 3)));
    QCOMPARE(calls[0].talkSeconds, 175);
    QVERIFY(!calls[1].inbound);
    QCOMPARE(calls[1].endedAt, now);
    QVERIFY(!calls[1].answeredAt.isValid());
    QCOMPARE(calls[1].talkSeconds, 0);
    QVERIFY(!calls[2].inbound);
    QCOMPARE(calls[2].pbxCallId, QStringLiteral("1795470987.2"));
    QCOMPARE(calls[2].answeredAt, now);
    QCOMPARE(calls[2].endedAt, now.addSecs(64));
    QCOMPARE(calls[2].talkSeconds, 64);
}

QTEST_GUILESS_MAIN(CallLogTest)
#include "tst_calllog.moc"
