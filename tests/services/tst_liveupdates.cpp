// Live updates between consoles: a change made on one console reaches another within one
// second, on both backends (PostgreSQL NOTIFY; SQLite data_version and the change log).
#include "CallbackService.h"
#include "Centre.h"
#include "DemoCentre.h"
#include "DispatchService.h"
#include "IntakeService.h"
#include "LiveUpdates.h"
#include "TestDatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace hotline;

Q_DECLARE_METATYPE(hotline::ChangeTopic)

class LiveUpdatesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aNewTicketReachesTheOtherConsole();
    void aBoardMoveReachesTheOtherConsole();
    void aTakenCallbackReachesTheOtherConsole();
    void ownChangesAreNotRepeated();

private:
    // Waits up to one second for `spy` to hold a change of `topic` about `id`.
    static bool arrives(QSignalSpy &spy, ChangeTopic topic, qint64 id);
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_here;  // where the change is made
    std::unique_ptr<Centre> m_there; // the console that should see it
    std::unique_ptr<LiveUpdates> m_updates;
};

void LiveUpdatesTest::initTestCase()
{
    qRegisterMetaType<ChangeTopic>();
}

void LiveUpdatesTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    HOTLINE_REQUIRE_DATABASE(*m_tdb);
    m_here = Centre::open(m_tdb->spec());
    DemoCentre::seed(*m_here, 6);
    QVERIFY(m_here->logInDemoSupervisor());
    m_there = Centre::open(m_tdb->spec());
    m_updates = std::make_unique<LiveUpdates>(*m_there);
    QCOMPARE(m_updates->pushed(), m_tdb->isPostgres());
}

void LiveUpdatesTest::cleanup()
{
    m_updates.reset();
    m_there.reset();
    m_here.reset();
    m_tdb.reset();
}

bool LiveUpdatesTest::arrives(QSignalSpy &spy, ChangeTopic topic, qint64 id)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 1000) {
        for (const QList<QVariant> &signal : std::as_const(spy)) {
            if (signal.at(0).value<ChangeTopic>() == topic && signal.at(1).toLongLong() == id)
                return true;
        }
        QTest::qWait(20);
    }
    return false;
}

void LiveUpdatesTest::aNewTicketReachesTheOtherConsole()
{
    QSignalSpy spy(m_updates.get(), &LiveUpdates::changed);
    IntakeDraft d;
    d.name = QStringLiteral("欧阳修");
    d.phones = {{QStringLiteral("139 1888 2233"), true}};
    d.address = QStringLiteral("上海市徐汇区漕溪北路 88 号 3 楼 301 室");
    d.fault = QStringLiteral("洗衣机脱水时噪音很大");
    const auto saved = IntakeService(*m_here).save(d);
    QVERIFY(saved.saved);
    QVERIFY(arrives(spy, ChangeTopic::Ticket, saved.ticketId));
}

void LiveUpdatesTest::aBoardMoveReachesTheOtherConsole()
{
    QSignalSpy spy(m_updates.get(), &LiveUpdates::changed);
    DispatchService dispatch(*m_here);
    const DispatchDay day = dispatch.day(m_here->today());
    QVERIFY(!day.visits.isEmpty());
    const BoardVisit v = day.visits.first();
    QVERIFY(dispatch.move({v.id, v.version, 0, {}, 90, {}, true, {}}).applied); // back to the queue
    QVERIFY(arrives(spy, ChangeTopic::Visit, v.id));
    QVERIFY(arrives(spy, ChangeTopic::Ticket, v.ticketId));
}

void LiveUpdatesTest::aTakenCallbackReachesTheOtherConsole()
{
    QSignalSpy spy(m_updates.get(), &LiveUpdates::changed);
    CallbackService callbacks(*m_here);
    const QList<CallbackTask> queue = callbacks.queue();
    QVERIFY(!queue.isEmpty());
    QVERIFY(callbacks.take(queue.first().id));
    QVERIFY(arrives(spy, ChangeTopic::Callback, queue.first().id));
}

void LiveUpdatesTest::ownChangesAreNotRepeated()
{
    // The watching console makes a change, then the other one does: only the other's arrives.
    LiveUpdates mine(*m_here);
    QSignalSpy spy(&mine, &LiveUpdates::changed);
    CallbackService here(*m_here);
    const QList<CallbackTask> queue = here.queue();
    QVERIFY(queue.size() >= 2);
    QVERIFY(here.take(queue[0].id));
    m_there->setActor({0, QStringLiteral("回访员乙"), Role::Operator});
    QVERIFY(CallbackService(*m_there).take(queue[1].id));
    QVERIFY(arrives(spy, ChangeTopic::Callback, queue[1].id));
    QTest::qWait(2 * LiveUpdates::kPollMilliseconds);
    for (const QList<QVariant> &signal : std::as_const(spy))
        QVERIFY2(signal.at(1).toLongLong() != queue[0].id, "this console's own change came back");
}

QTEST_GUILESS_MAIN(LiveUpdatesTest)
#include "tst_liveupdates.moc"
