// The callback queue on both backends (R18–R23, R27): production after a weekend and a
// holiday, twice and from two consoles at once; claims; every outcome's routing.
#include "CallbackRepository.h"
#include "CallbackService.h"
#include "CentreSettings.h"
#include "DispatchFixture.h"
#include "ReportRepository.h"
#include "TestDatabase.h"
#include "Database.h"
#include "VisitRepository.h"

#include <QSqlQuery>

#include <QThread>

using namespace hotline;

namespace {
CallbackService::Report of(CallbackService::Outcome outcome)
{
    CallbackService::Report r;
    r.outcome = outcome;
    return r;
}
} // namespace

class CallbackServiceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void producedTheNextWorkingMorning_data();
    void producedTheNextWorkingMorning();
    void producingTwiceOrFromTwoConsolesMakesNoDuplicates();
    void remoteFixWithoutFollowUpGetsOne();
    void aTakenCallIsOneOperatorsUntilItGoesStale();
    void satisfiedClosesWithRatings();
    void notFixedReopensIntoTheDispatchQueue();
    void noAnswerRetriesThenSendsAMessage();
    void busyCallsBackWhenAsked();
    void complaintIsRecorded();

private:
    // A visit fixed on site at `completed`; returns its ticket id.
    qint64 completedVisit(const QDateTime &completed);
    qint64 takeFirst(CallbackService &callbacks);
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
    test::DispatchFixture m_fx;
    QDateTime m_now;
};

void CallbackServiceTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    HOTLINE_REQUIRE_DATABASE(*m_tdb);
    m_centre = Centre::open(m_tdb->spec());
    m_now = QDateTime(QDate(2026, 11, 20), QTime(9, 0)); // Friday
    m_centre->setClock([this] { return m_now; });
    m_fx.build(*m_centre);
    m_centre->setActor({0, QStringLiteral("回访员甲"), Role::Operator});
}

void CallbackServiceTest::cleanup()
{
    m_centre.reset();
    m_tdb.reset();
}

qint64 CallbackServiceTest::completedVisit(const QDateTime &completed)
{
    return m_fx.completedVisit(*m_centre, m_now, completed, QStringLiteral("客户"));
}

qint64 CallbackServiceTest::takeFirst(CallbackService &callbacks)
{
    const auto queue = callbacks.queue();
    if (queue.isEmpty())
        return 0;
    return callbacks.take(queue.first().id) ? queue.first().id : 0;
}

void CallbackServiceTest::producedTheNextWorkingMorning_data()
{
    QTest::addColumn<QDate>("completed");
    QTest::addColumn<QDate>("callDay");
    QTest::addColumn<QString>("holidays");
    // R18 + R27, Saturday and Sunday off.
    QTest::newRow("Tuesday after Monday") << QDate(2026, 11, 23) << QDate(2026, 11, 24) << QString();
    QTest::newRow("Monday after a weekend") << QDate(2026, 11, 20) << QDate(2026, 11, 23) << QString();
    QTest::newRow("after a holiday") << QDate(2026, 12, 31) << QDate(2027, 1, 4) << QStringLiteral("2027-01-01");
}

void CallbackServiceTest::producedTheNextWorkingMorning()
{
    QFETCH(QDate, completed);
    QFETCH(QDate, callDay);
    QFETCH(QString, holidays);
    if (!holidays.isEmpty()) {
        const Actor caller = m_centre->actor();
        m_centre->setActor({0, QStringLiteral("主管"), Role::Supervisor}); // R26: settings are theirs
        m_centre->setSetting(CentreSettings::kHolidays, holidays);
        m_centre->setActor(caller);
    }
    const qint64 ticket = completedVisit(QDateTime(completed, QTime(15, 0)));
    m_now = QDateTime(callDay.addDays(-1), QTime(20, 0));
    CallbackService callbacks(*m_centre);
    // The day before the call day (a working day, or a rest day: no calls are due on those)
    // produces nothing for this visit...
    QCOMPARE(callbacks.produce(callDay.addDays(-1)).visitFollowUps, 0);
    // ...the call day does, due at the start of work.
    const auto p = callbacks.produce(callDay);
    QCOMPARE(p.visitFollowUps, 1);
    QCOMPARE(p.completionDay, completed);
    const auto tasks = VisitRepository(m_centre->database()).callbackTasks(ticket);
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks[0].dueAt, QDateTime(callDay, QTime(8, 30)));
}

void CallbackServiceTest::producingTwiceOrFromTwoConsolesMakesNoDuplicates()
{
    const qint64 ticket = completedVisit(QDateTime(QDate(2026, 11, 20), QTime(15, 0)));
    const QDate monday(2026, 11, 23);
    // Two consoles, two connections, producing at once.
    auto second = Centre::open(m_tdb->spec());
    second->setClock([this] { return m_now; });
    int made = 0;
    QThread *worker = QThread::create([&] {
        auto centre = Centre::open(m_tdb->spec());
        made += CallbackService(*centre).produce(monday).visitFollowUps;
    });
    worker->start();
    made += CallbackService(*second).produce(monday).visitFollowUps;
    worker->wait();
    delete worker;
    made += CallbackService(*m_centre).produce(monday).visitFollowUps;
    QCOMPARE(made, 1);
    QCOMPARE(VisitRepository(m_centre->database()).callbackTasks(ticket).size(), 1);
}

void CallbackServiceTest::remoteFixWithoutFollowUpGetsOne()
{
    // R19: a remote fix whose follow-up was never booked (older data) gets it on production.
    IntakeDraft d;
    d.name = QStringLiteral("王芳");
    d.phones = {{QStringLiteral("13800138000"), true}};
    d.fault = QStringLiteral("空调只吹风不制冷");
    const qint64 ticket = IntakeService(*m_centre).save(d).ticketId;
    TriageService(*m_centre).finish(ticket, {TriageOutcome::RemoteFix, {}, {}, {}, false});
    QSqlQuery q = m_centre->database().prepare(QStringLiteral("DELETE FROM callback_tasks WHERE ticket_id = ?"));
    q.addBindValue(ticket);
    m_centre->database().run(q, "forget the follow-up");
    CallbackService callbacks(*m_centre);
    QCOMPARE(callbacks.produce(QDate(2026, 11, 20)).remoteFixFollowUps, 1);
    QCOMPARE(callbacks.produce(QDate(2026, 11, 20)).remoteFixFollowUps, 0);
    QCOMPARE(VisitRepository(m_centre->database()).callbackTasks(ticket)[0].dueAt,
             QDateTime(QDate(2026, 11, 20), QTime(11, 0)));
}

void CallbackServiceTest::aTakenCallIsOneOperatorsUntilItGoesStale()
{
    completedVisit(QDateTime(QDate(2026, 11, 19), QTime(15, 0)));
    CallbackService(*m_centre).produce(QDate(2026, 11, 20));
    auto other = Centre::open(m_tdb->spec());
    other->setClock([this] { return m_now; });
    other->setActor({0, QStringLiteral("回访员乙"), Role::Operator});
    CallbackService mine(*m_centre), theirs(*other);
    const qint64 task = mine.queue().first().id;
    QVERIFY(mine.take(task));
    QVERIFY(!theirs.take(task)); // two operators never call the same customer
    QVERIFY(!theirs.record(task, {}).applied);
    m_now = m_now.addSecs((mine.policy().claimTimeoutMinutes + 1) * 60);
    QVERIFY(theirs.take(task)); // left untouched: back in the pool
    QVERIFY(!mine.record(task, {}).applied);
}

void CallbackServiceTest::satisfiedClosesWithRatings()
{
    const qint64 ticket = completedVisit(QDateTime(QDate(2026, 11, 19), QTime(15, 0)));
    CallbackService callbacks(*m_centre);
    callbacks.produce(QDate(2026, 11, 20));
    const qint64 task = takeFirst(callbacks);
    QVERIFY(task);
    CallbackService::Report r;
    r.outcome = CallbackService::Outcome::Satisfied;
    r.ratingUnit = 5;
    r.ratingEngineer = 4;
    const auto result = callbacks.record(task, r);
    QVERIFY(result.applied);
    QVERIFY(result.done);
    QCOMPARE(IntakeService(*m_centre).ticket(ticket)->state, TicketState::Closed); // R22
    QVERIFY(callbacks.queue().isEmpty());
}

void CallbackServiceTest::notFixedReopensIntoTheDispatchQueue()
{
    const qint64 ticket = completedVisit(QDateTime(QDate(2026, 11, 19), QTime(15, 0)));
    CallbackService callbacks(*m_centre);
    callbacks.produce(QDate(2026, 11, 20));
    const qint64 task = takeFirst(callbacks);
    QVERIFY(callbacks.record(task, of(CallbackService::Outcome::NotFixed)).applied);
    const auto t = IntakeService(*m_centre).ticket(ticket);
    QCOMPARE(t->state, TicketState::Reopened); // R20
    QVERIFY(t->markers.contains(QStringLiteral("repeat")));
    bool queued = false;
    for (const BoardVisit &v : DispatchService(*m_centre).day(QDate(2026, 11, 20)).queue)
        queued |= v.ticketId == ticket && v.markers.contains(QStringLiteral("repeat"));
    QVERIFY(queued);
}

void CallbackServiceTest::noAnswerRetriesThenSendsAMessage()
{
    const qint64 ticket = completedVisit(QDateTime(QDate(2026, 11, 19), QTime(15, 0)));
    CallbackService callbacks(*m_centre);
    callbacks.produce(QDate(2026, 11, 20));
    // R21: three attempts an hour apart, then a text message, recorded.
    for (int attempt = 1; attempt <= 3; ++attempt) {
        const qint64 task = takeFirst(callbacks);
        QVERIFY2(task, qPrintable(QString::number(attempt)));
        const auto r = callbacks.record(task, of(CallbackService::Outcome::NoAnswer));
        QVERIFY(r.applied);
        QCOMPARE(r.done, attempt == 3);
        QCOMPARE(r.messageSent, attempt == 3);
        if (attempt < 3)
            QCOMPARE(r.nextDue, m_now.addSecs(3600));
        m_now = m_now.addSecs(3600);
    }
    QVERIFY(callbacks.queue().isEmpty());
    QCOMPARE(CallbackRepository(m_centre->database()).messagesFor(ticket), 1);
}

void CallbackServiceTest::busyCallsBackWhenAsked()
{
    completedVisit(QDateTime(QDate(2026, 11, 19), QTime(15, 0)));
    CallbackService callbacks(*m_centre);
    callbacks.produce(QDate(2026, 11, 20));
    qint64 task = takeFirst(callbacks);
    auto r = callbacks.record(task, of(CallbackService::Outcome::Busy));
    QCOMPARE(r.nextDue, m_now.addSecs(30 * 60)); // R21 default
    QVERIFY(!r.done);
    task = takeFirst(callbacks);
    CallbackService::Report named = of(CallbackService::Outcome::Busy);
    named.callBackAt = QDateTime(QDate(2026, 11, 20), QTime(16, 15));
    r = callbacks.record(task, named);
    QCOMPARE(r.nextDue, named.callBackAt);
    QCOMPARE(callbacks.queue().first().dueAt, named.callBackAt);
}

void CallbackServiceTest::complaintIsRecorded()
{
    completedVisit(QDateTime(QDate(2026, 11, 19), QTime(15, 0)));
    CallbackService callbacks(*m_centre);
    callbacks.produce(QDate(2026, 11, 20));
    const qint64 task = takeFirst(callbacks);
    CallbackService::Report r = of(CallbackService::Outcome::Complaint);
    QVERIFY(!callbacks.record(task, r).applied); // R23: what happened comes first
    r.whatHappened = QStringLiteral("工程师迟到两小时且未提前告知");
    r.customerFeels = QStringLiteral("很生气");
    r.offered = QStringLiteral("道歉并减免上门费");
    r.escalate = true;
    QVERIFY(callbacks.record(task, r).applied);
    QCOMPARE(ReportRepository(m_centre->database()).complaintsOpenNow(), 1);
    // R24: supervisors see it, escalated first, and its resolution is kept in writing.
    const auto open = callbacks.complaints();
    QCOMPARE(open.size(), 1);
    QVERIFY(open[0].escalated);
    QCOMPARE(open[0].offered, QStringLiteral("道歉并减免上门费"));
    QVERIFY_THROWS_EXCEPTION(CentreError, callbacks.resolveComplaint(open[0].id, QStringLiteral("  ")));
    callbacks.resolveComplaint(open[0].id, QStringLiteral("主管致电道歉，免收上门费，客户接受"));
    QVERIFY(callbacks.complaints().isEmpty());
    QCOMPARE(callbacks.complaints(false).first().resolution, QStringLiteral("主管致电道歉，免收上门费，客户接受"));
    QVERIFY_THROWS_EXCEPTION(CentreError, callbacks.resolveComplaint(open[0].id, QStringLiteral("再次")));
}

QTEST_GUILESS_MAIN(CallbackServiceTest)
#include "tst_callbackservice.moc"
