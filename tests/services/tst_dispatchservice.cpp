// The dispatch service on both backends: assignments checked (R11), overrides only by a
// supervisor and recorded, R14 agreement on a new time, and two supervisors never
// overwriting each other.
#include "DispatchFixture.h"
#include "TestDatabase.h"
#include "VisitRepository.h"

using namespace hotline;

class DispatchServiceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void assignsAQueuedVisit();
    void refusedUnlessASupervisorOverridesWithAReason();
    void rescheduleNeedsTheCustomer();
    void unassignReturnsToTheQueue();
    void secondSupervisorGetsAConflict();
    void commitmentCountsWorkingTime();
    void urgentVisitsLeadTheQueue();
    void visitResultRoutesTheTicket_data();
    void visitResultRoutesTheTicket();

private:
    QDateTime at(int h, int m = 0) const { return QDateTime(test::DispatchFixture::kDay, QTime(h, m)); }
    bool historyHas(qint64 ticket, const QString &action, const QString &value = {});
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
    test::DispatchFixture m_fx;
};

void DispatchServiceTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    HOTLINE_REQUIRE_DATABASE(*m_tdb);
    m_centre = Centre::open(m_tdb->spec());
    m_centre->setClock([] { return QDateTime(test::DispatchFixture::kDay, QTime(8, 0)); });
    m_fx.build(*m_centre);
}

void DispatchServiceTest::cleanup()
{
    m_centre.reset();
    m_tdb.reset();
}

bool DispatchServiceTest::historyHas(qint64 ticket, const QString &action, const QString &value)
{
    for (const auto &h : IntakeService(*m_centre).history(ticket)) {
        if (h.action == action && (value.isEmpty() || h.newValue == value))
            return true;
    }
    return false;
}

void DispatchServiceTest::assignsAQueuedVisit()
{
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    DispatchService dispatch(*m_centre);
    const auto r = dispatch.move({v.id, v.version, m_fx.wang, at(10), 90, {}, true, {}});
    QVERIFY2(r.applied, qPrintable(r.message));
    const DispatchDay day = dispatch.day(test::DispatchFixture::kDay);
    QCOMPARE(day.visits.size(), 1);
    QCOMPARE(day.visits[0].engineerId, m_fx.wang);
    QCOMPARE(day.visits[0].start, at(10));
    QCOMPARE(day.visits[0].end, at(11, 30));
    QCOMPARE(day.visits[0].assignedAt, at(8)); // R16: the ready-to-leave clock starts now
    QVERIFY(day.queue.isEmpty());
    QCOMPARE(IntakeService(*m_centre).ticket(v.ticketId)->state, TicketState::Scheduled);
    QVERIFY(historyHas(v.ticketId, QStringLiteral("assigned")));
}

void DispatchServiceTest::refusedUnlessASupervisorOverridesWithAReason()
{
    // R11: a printer engineer in another district.
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    DispatchService dispatch(*m_centre);
    auto r = dispatch.move({v.id, v.version, m_fx.li, at(10), 90, {}, true, {}});
    QVERIFY(!r.applied);
    QCOMPARE(r.problems.size(), 2);
    QVERIFY(r.message.contains(QStringLiteral("李工")));

    m_centre->setActor({0, QStringLiteral("接线员"), Role::Operator});
    QVERIFY_THROWS_EXCEPTION(CentreError,
                             dispatch.move({v.id, v.version, m_fx.li, at(10), 90, QStringLiteral("急"), true, {}}));
    QCOMPARE(dispatch.day(test::DispatchFixture::kDay).visits.size(), 0);

    m_centre->setActor({0, QStringLiteral("主管"), Role::Supervisor});
    r = dispatch.move({v.id, v.version, m_fx.li, at(10), 90, QStringLiteral("王工病假，客户同意"), true, {}});
    QVERIFY(r.applied);
    QVERIFY(historyHas(v.ticketId, QStringLiteral("override"), QStringLiteral("王工病假，客户同意")));
}

void DispatchServiceTest::rescheduleNeedsTheCustomer()
{
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    DispatchService dispatch(*m_centre);
    QVERIFY(dispatch.move({v.id, v.version, m_fx.wang, at(10), 90, {}, true, {}}).applied);
    // R14: the same engineer, another time, the customer did not agree.
    auto r = dispatch.move({v.id, v.version + 1, m_fx.wang, at(14), 90, {}, false, QStringLiteral("工程师堵车")});
    QVERIFY(!r.applied);
    QVERIFY(r.message.contains(QStringLiteral("another engineer")));
    QCOMPARE(dispatch.day(test::DispatchFixture::kDay).visits[0].start, at(10));
    r = dispatch.move({v.id, v.version + 1, m_fx.wang, at(14), 90, {}, true, QStringLiteral("客户要求改到下午")});
    QVERIFY(r.applied);
    QCOMPARE(dispatch.day(test::DispatchFixture::kDay).visits[0].start, at(14));
    QVERIFY(historyHas(v.ticketId, QStringLiteral("rescheduled"), QStringLiteral("客户要求改到下午")));
    // R14 holds when the engineer changes too, and a reason is always needed.
    m_centre->setActor({0, QStringLiteral("主管"), Role::Supervisor});
    r = dispatch.move({v.id, v.version + 2, m_fx.li, at(15), 90, QStringLiteral("李工顶班"), false, QStringLiteral("改派")});
    QVERIFY(!r.applied);
    r = dispatch.move({v.id, v.version + 2, m_fx.wang, at(15), 90, {}, true, {}});
    QVERIFY(!r.applied);
    QCOMPARE(dispatch.day(test::DispatchFixture::kDay).visits[0].start, at(14));
}

void DispatchServiceTest::unassignReturnsToTheQueue()
{
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    DispatchService dispatch(*m_centre);
    QVERIFY(dispatch.move({v.id, v.version, m_fx.wang, at(10), 90, {}, true, {}}).applied);
    QVERIFY(dispatch.move({v.id, v.version + 1, 0, {}, 90, {}, true, {}}).applied);
    const DispatchDay day = dispatch.day(test::DispatchFixture::kDay);
    QVERIFY(day.visits.isEmpty());
    QCOMPARE(day.queue.size(), 1);
    QCOMPARE(IntakeService(*m_centre).ticket(v.ticketId)->state, TicketState::AwaitingDispatch);
}

void DispatchServiceTest::secondSupervisorGetsAConflict()
{
    // Two consoles, two connections, the same visit seen at the same version.
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    auto other = Centre::open(m_tdb->spec());
    other->setActor({0, QStringLiteral("另一位主管"), Role::Supervisor});
    DispatchService mine(*m_centre), theirs(*other);
    QVERIFY(mine.move({v.id, v.version, m_fx.wang, at(10), 90, {}, true, {}}).applied);
    const auto r = theirs.move({v.id, v.version, m_fx.wang, at(13), 90, {}, true, {}});
    QVERIFY(!r.applied);
    QVERIFY(r.conflict);
    QVERIFY(!r.message.isEmpty());
    // Nothing was overwritten.
    QCOMPARE(theirs.day(test::DispatchFixture::kDay).visits[0].start, at(10));
}

void DispatchServiceTest::urgentVisitsLeadTheQueue()
{
    // R12: a fault that stops the customer's work comes first, even when reported later.
    const BoardVisit earlier = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("先报修"));
    IntakeDraft d;
    d.name = QStringLiteral("后报修");
    d.phones = {{QStringLiteral("13912345679"), true}};
    d.fault = QStringLiteral("打印机完全无法开机，整个办公室停工");
    d.priority = Priority::Urgent;
    m_centre->setClock([] { return QDateTime(test::DispatchFixture::kDay, QTime(8, 30)); });
    const qint64 urgent = IntakeService(*m_centre).save(d).ticketId;
    TriageService(*m_centre).finish(urgent, {TriageOutcome::Visit, {}, {}, {}, false});
    const DispatchDay day = DispatchService(*m_centre).day(test::DispatchFixture::kDay);
    QCOMPARE(day.queue.size(), 2);
    QCOMPARE(day.queue[0].ticketId, urgent);
    QCOMPARE(day.queue[1].ticketId, earlier.ticketId);
}

void DispatchServiceTest::commitmentCountsWorkingTime()
{
    // R13 + R27: requested Friday 16:00 → 24 working hours later is Wednesday 13:00
    // (Fri 1.5 h, Mon 9 h, Tue 9 h, Wed 4.5 h).
    DispatchService dispatch(*m_centre);
    BoardVisit v;
    v.requestedAt = QDateTime(QDate(2026, 11, 20), QTime(16, 0));
    const Commitment c = dispatch.commitment(v);
    QCOMPARE(c.visitDue, QDateTime(QDate(2026, 11, 25), QTime(13, 0)));
    QCOMPARE(c.repairDue, QDateTime(QDate(2026, 11, 30), QTime(10, 0))); // 1.5 + 5 × 9 + 1.5
    // Now is Monday 08:00: Monday to Wednesday 13:00 is 9 + 9 + 4.5 working hours.
    QCOMPARE(c.visitSecondsLeft, qint64(22.5 * 3600));
    QVERIFY(!c.aboutToBreach());
}

void DispatchServiceTest::visitResultRoutesTheTicket_data()
{
    using O = DispatchService::VisitOutcome;
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("tested");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<int>("queuedAfter");
    QTest::addColumn<int>("followUps");
    // R17 routing; R18 is produced by the callback queue from the completion time.
    QTest::newRow("fixed") << int(O::FixedOnSite) << true << int(TicketState::VisitCompleted) << QString() << 0 << 0;
    QTest::newRow("fixed, not tested (R19)") << int(O::FixedOnSite) << false << int(TicketState::VisitCompleted)
                                             << QString() << 0 << 1;
    QTest::newRow("needs parts") << int(O::NeedsParts) << true << int(TicketState::AwaitingParts)
                                 << QStringLiteral("parts") << 0 << 0;
    QTest::newRow("taken in") << int(O::TakenIn) << true << int(TicketState::AwaitingParts)
                              << QStringLiteral("parts") << 0 << 0;
    QTest::newRow("second visit") << int(O::SecondVisit) << true << int(TicketState::AwaitingDispatch)
                                  << QStringLiteral("repeat") << 1 << 0;
    QTest::newRow("customer absent") << int(O::CustomerAbsent) << true << int(TicketState::AwaitingDispatch)
                                     << QString() << 1 << 0;
}

void DispatchServiceTest::visitResultRoutesTheTicket()
{
    QFETCH(int, outcome);
    QFETCH(bool, tested);
    QFETCH(int, state);
    QFETCH(QString, marker);
    QFETCH(int, queuedAfter);
    QFETCH(int, followUps);
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    DispatchService dispatch(*m_centre);
    QVERIFY(dispatch.move({v.id, v.version, m_fx.wang, at(10), 90, {}, true, {}}).applied);
    DispatchService::VisitReport report;
    report.visitId = v.id;
    report.expectedVersion = v.version + 1;
    report.outcome = DispatchService::VisitOutcome(outcome);
    report.testedOnSite = tested;
    report.parts = QStringLiteral("排水泵");
    report.chargeFen = 18000;
    report.customerSigned = true;
    report.ratingQuality = 5;
    report.ratingAttitude = 4;
    const auto r = dispatch.recordResult(report);
    QVERIFY2(r.applied, qPrintable(r.message));
    const auto ticket = IntakeService(*m_centre).ticket(v.ticketId);
    QCOMPARE(int(ticket->state), state);
    QCOMPARE(ticket->markers.contains(marker), !marker.isEmpty());
    const DispatchDay day = dispatch.day(test::DispatchFixture::kDay);
    QVERIFY(day.visits.isEmpty()); // completed: off the board
    QCOMPARE(int(day.queue.size()), queuedAfter);
    const auto tasks = VisitRepository(m_centre->database()).callbackTasks(v.ticketId);
    QCOMPARE(int(tasks.size()), followUps);
    if (followUps) // R19: two working hours after the result, recorded at 08:00 on a working day
        QCOMPARE(tasks[0].dueAt, at(10));
    QVERIFY(historyHas(v.ticketId, QStringLiteral("visit_result")));
    // The same report twice (a second console) is a conflict, not a second result.
    QVERIFY(dispatch.recordResult(report).conflict);
}

QTEST_GUILESS_MAIN(DispatchServiceTest)
#include "tst_dispatchservice.moc"
