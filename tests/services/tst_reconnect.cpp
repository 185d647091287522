// The PostgreSQL server restarted in the middle of a shift (scripts/test stops and starts
// its throwaway cluster): a write while it is down is refused with a clear message and not
// applied; the console notices, reconnects by itself, and the same write then goes through
// exactly once; another console that was never told reconnects on its next call and its
// changes are live again.
#include "CallbackService.h"
#include "Centre.h"
#include "DemoCentre.h"
#include "IntakeService.h"
#include "LiveUpdates.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace hotline;

Q_DECLARE_METATYPE(hotline::ChangeTopic)

class ReconnectTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverRestartMidShift();

private:
    static void server(const char *verb);
};

void ReconnectTest::server(const char *verb)
{
    const int code = QProcess::execute(qEnvironmentVariable("HOTLINE_PG_SERVER"), {QString::fromLatin1(verb)});
    QVERIFY2(code == 0, verb);
}

void ReconnectTest::serverRestartMidShift()
{
    qRegisterMetaType<ChangeTopic>();
    if (qEnvironmentVariableIsEmpty("HOTLINE_PG_SERVER")) {
        if (qEnvironmentVariableIsSet("HOTLINE_NO_SKIPS"))
            QFAIL("HOTLINE_PG_SERVER is not set: scripts/test sets it to stop and start its cluster");
        QSKIP("needs HOTLINE_PG_SERVER (scripts/test)");
    }
    test::TestDatabase tdb;
    HOTLINE_REQUIRE_DATABASE(tdb);
    auto here = Centre::open(tdb.spec());
    DemoCentre::seed(*here, 12);
    QVERIFY(here->logInDemoSupervisor());
    auto there = Centre::open(tdb.spec());
    there->setActor({0, QStringLiteral("回访员乙"), Role::Operator});
    LiveUpdates live(*here);
    QSignalSpy link(&live, &LiveUpdates::connectionChanged);
    QSignalSpy changes(&live, &LiveUpdates::changed);

    IntakeDraft d;
    d.name = QStringLiteral("重连测试");
    d.phones = {{QStringLiteral("139 1666 0001"), true}};
    d.address = QStringLiteral("上海市徐汇区漕溪北路 88 号 3 楼 301 室");
    d.fault = QStringLiteral("洗衣机不排水，显示 E21");
    IntakeService intake(*here);
    // The other console has looked a caller up: its screen-pop statements are kept, prepared
    // on a connection that the restart ends.
    IntakeService theirIntake(*there);
    const QString demoCaller = IntakeService(*here).returningCustomer(1)->customer.phones.first().typed;
    QCOMPARE(theirIntake.findCaller(demoCaller).size(), 1);

    server("stop");
    struct StartAgain // the rest of the suite needs the server, whatever happens here
    {
        ~StartAgain() { QProcess::execute(qEnvironmentVariable("HOTLINE_PG_SERVER"), {QStringLiteral("start")}); }
    } startAgain;
    try {
        intake.save(d);
        QFAIL("saved while the server was down");
    } catch (const CentreError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("cannot be reached")), qPrintable(e.message()));
    }
    // The status bar's source: the link is reported down.
    QTRY_VERIFY_WITH_TIMEOUT(!link.isEmpty() && !link.last().at(0).toBool(), 3 * LiveUpdates::kHealthMilliseconds);

    server("start"); // (starting a running server again at the end is a harmless refusal)
    QTRY_VERIFY_WITH_TIMEOUT(link.last().at(0).toBool(), 5 * LiveUpdates::kHealthMilliseconds);
    const auto saved = intake.save(d);
    QVERIFY(saved.saved);
    QCOMPARE(intake.findCaller(QStringLiteral("13916660001")).size(), 1);
    QCOMPARE(intake.findCaller(QStringLiteral("13916660001")).first().tickets.size(), 1); // once, not twice

    // The other console reconnects on its next call, a lookup through kept statements; what
    // it does is live here again.
    QCOMPARE(theirIntake.findCaller(demoCaller).size(), 1);
    QCOMPARE(theirIntake.findCaller(QStringLiteral("13916660001")).size(), 1);
    CallbackService theirs(*there);
    const QList<CallbackTask> queue = theirs.queue();
    QVERIFY(!queue.isEmpty());
    QVERIFY(theirs.take(queue.first().id));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(changes.cbegin(), changes.cend(),
                    [&](const QList<QVariant> &c) {
                        return c.at(0).value<ChangeTopic>() == ChangeTopic::Callback
                               && c.at(1).toLongLong() == queue.first().id;
                    }),
        1000);
}

QTEST_GUILESS_MAIN(ReconnectTest)
#include "tst_reconnect.moc"
