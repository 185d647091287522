// The SLA clocks as the centre keeps them, on both backends (R13, R27): pauses recorded and
// resumed by supervisors, a ticket waiting for parts sent back to the queue when they are in,
// warnings at the centre's thresholds told in working time, breaches recorded once.
#include "CallbackService.h"
#include "CentreSettings.h"
#include "DispatchFixture.h"
#include "SlaRepository.h"
#include "SlaService.h"
#include "TestDatabase.h"

#include <algorithm>

using namespace hotline;

class SlaServiceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pauseAndResumeAreRecorded();
    void pauseIsRefusedWithAReason_data();
    void pauseIsRefusedWithAReason();
    void partsPauseSendsTheTicketBackWhenResumed();
    void watchWarnsAtTheThresholds();
    void watchRecordsABreachOnce();
    void anOperatorsWatchShowsButRecordsNothing();
    void aVisitBookedInTimeSettlesTheVisitClock();
    void pausedClocksAreWatchedNotBreached();
    void takenInKeepsTheClocksRunning();
    void aReopenedTicketCountsFromItsReopening();

private:
    // Monday 23 November 2026 and the days after it.
    static QDateTime at(int dayOffset, int h, int m = 0)
    {
        return QDateTime(test::DispatchFixture::kDay.addDays(dayOffset), QTime(h, m));
    }
    // A visit for 张伟 at Monday 10:00, its result recorded at 11:30.
    BoardVisit visitedWith(DispatchService::VisitOutcome outcome, const QString &parts = {});
    const SlaAlert *alertOf(const QList<SlaAlert> &alerts, qint64 ticketId) const;
    QList<TicketHistoryEntry> historyOf(qint64 ticket, const QString &action) const;

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
    test::DispatchFixture m_fx;
    QDateTime m_now;
};

void SlaServiceTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    HOTLINE_REQUIRE_DATABASE(*m_tdb);
    m_centre = Centre::open(m_tdb->spec());
    m_now = at(0, 8, 30);
    m_centre->setClock([this] { return m_now; });
    m_fx.build(*m_centre);
}

void SlaServiceTest::cleanup()
{
    m_centre.reset();
    m_tdb.reset();
}

BoardVisit SlaServiceTest::visitedWith(DispatchService::VisitOutcome outcome, const QString &parts)
{
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    DispatchService dispatch(*m_centre);
    const auto moved = dispatch.move({v.id, v.version, m_fx.wang, at(0, 10), 90, {}, true, {}});
    if (!moved.applied)
        qFatal("not assigned: %s", qPrintable(moved.message));
    m_now = at(0, 11, 30);
    DispatchService::VisitReport report;
    report.visitId = v.id;
    report.expectedVersion = moved.version;
    report.outcome = outcome;
    report.parts = parts;
    if (!dispatch.recordResult(report).applied)
        qFatal("no result");
    return v;
}

const SlaAlert *SlaServiceTest::alertOf(const QList<SlaAlert> &alerts, qint64 ticketId) const
{
    for (const SlaAlert &a : alerts) {
        if (a.ticketId == ticketId)
            return &a;
    }
    return nullptr;
}

QList<TicketHistoryEntry> SlaServiceTest::historyOf(qint64 ticket, const QString &action) const
{
    QList<TicketHistoryEntry> found;
    for (const TicketHistoryEntry &h : IntakeService(*m_centre).history(ticket)) {
        if (h.action == action)
            found.append(h);
    }
    return found;
}

void SlaServiceTest::pauseAndResumeAreRecorded()
{
    m_now = at(0, 10);
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    SlaService sla(*m_centre);
    m_now = at(0, 11);
    sla.pause(v.ticketId, SlaPause::kCustomer, QStringLiteral("出差到周二"));
    // R5: on the ticket, with the reason and the note.
    const auto paused = historyOf(v.ticketId, QStringLiteral("sla_paused"));
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused[0].oldValue, SlaPause::kCustomer);
    QCOMPARE(paused[0].newValue, QStringLiteral("出差到周二"));
    QCOMPARE(paused[0].actor, QStringLiteral("主管"));
    QVERIFY_THROWS_EXCEPTION(CentreInputError, sla.pause(v.ticketId, SlaPause::kParts, {})); // one at a time

    // The board shows the clock standing, and a paused visit waits behind running ones.
    const BoardVisit other = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("李娜"));
    DispatchService dispatch(*m_centre);
    DispatchDay day = dispatch.day(test::DispatchFixture::kDay);
    QCOMPARE(day.queue.size(), 2);
    QCOMPARE(day.queue[0].ticketId, other.ticketId);
    Commitment c = dispatch.commitment(day.queue[1]);
    QVERIFY(c.paused());
    QCOMPARE(c.pausedFor, SlaPause::kCustomer);
    QVERIFY(!c.visitDue.isValid());

    // Tuesday 10:00: 6.5 h of Monday and 1.5 h of Tuesday stood still.
    m_now = at(1, 10);
    sla.resume(v.ticketId, QStringLiteral("客户回来了"));
    const auto resumed = historyOf(v.ticketId, QStringLiteral("sla_resumed"));
    QCOMPARE(resumed.size(), 1);
    QCOMPARE(resumed[0].oldValue, QStringLiteral("480")); // 11:00–17:30 and 08:30–10:00, in minutes
    QCOMPARE(resumed[0].newValue, QStringLiteral("客户回来了"));
    QVERIFY_THROWS_EXCEPTION(CentreInputError, sla.resume(v.ticketId, {}));
    day = dispatch.day(test::DispatchFixture::kDay);
    c = dispatch.commitment(*day.visit(v.id));
    QVERIFY(!c.paused());
    // Unpaused, Monday 10:00 is due Wednesday 16:00; 8 working hours later is Thursday 15:00.
    QCOMPARE(c.visitDue, at(3, 15));
    const auto pauses = sla.pauses(v.ticketId);
    QCOMPARE(pauses.size(), 1);
    QCOMPARE(pauses[0].from, at(0, 11));
    QCOMPARE(pauses[0].to, at(1, 10));
    QCOMPARE(pauses[0].endedBy, QStringLiteral("主管"));
}

void SlaServiceTest::pauseIsRefusedWithAReason_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("an operator") << "operator";
    QTest::newRow("an unknown reason") << "reason";
    QTest::newRow("a ticket still in triage") << "triage";
    QTest::newRow("no such ticket") << "missing";
}

void SlaServiceTest::pauseIsRefusedWithAReason()
{
    QFETCH(QString, who);
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    SlaService sla(*m_centre);
    try {
        if (who == u"operator") {
            m_centre->setActor({0, QStringLiteral("接线员"), Role::Operator});
            sla.pause(v.ticketId, SlaPause::kParts, {});
        } else if (who == u"reason") {
            sla.pause(v.ticketId, QStringLiteral("lunch"), {});
        } else if (who == u"triage") {
            IntakeDraft d;
            d.name = QStringLiteral("赵敏");
            d.address = QStringLiteral("上海市浦东新区张江路1号");
            d.district = QStringLiteral("浦东新区");
            d.phones = {{QStringLiteral("13911112222"), true}};
            d.modelCode = QStringLiteral("WM-D8012");
            d.fault = QStringLiteral("不脱水");
            sla.pause(IntakeService(*m_centre).save(d).ticketId, SlaPause::kCustomer, {});
        } else {
            sla.pause(999999, SlaPause::kCustomer, {});
        }
        QFAIL("paused");
    } catch (const CentreInputError &e) {
        QVERIFY(who != u"operator");
        QVERIFY(!e.message().isEmpty());
    } catch (const CentreError &) {
        QCOMPARE(who, QStringLiteral("operator")); // R26: refused, not a typing mistake
    }
    QVERIFY(SlaRepository(m_centre->database()).pauses(v.ticketId).isEmpty());
}

void SlaServiceTest::partsPauseSendsTheTicketBackWhenResumed()
{
    m_now = at(0, 9);
    const BoardVisit v = visitedWith(DispatchService::VisitOutcome::NeedsParts, QStringLiteral("排水泵"));
    DispatchService dispatch(*m_centre);
    // R13: the clocks stand from the result on, with the part as the note.
    SlaService sla(*m_centre);
    const auto pauses = sla.pauses(v.ticketId);
    QCOMPARE(pauses.size(), 1);
    QVERIFY(pauses[0].ongoing());
    QCOMPARE(pauses[0].reason, SlaPause::kParts);
    QCOMPARE(pauses[0].note, QStringLiteral("排水泵"));
    QCOMPARE(pauses[0].from, at(0, 11, 30));
    QVERIFY(dispatch.day(test::DispatchFixture::kDay).queue.isEmpty());

    // Two days later the part is in: the ticket goes back to the supervisor's queue.
    m_now = at(2, 9);
    sla.resume(v.ticketId, QStringLiteral("到货"));
    QCOMPARE(IntakeService(*m_centre).ticket(v.ticketId)->state, TicketState::AwaitingDispatch);
    const DispatchDay day = dispatch.day(test::DispatchFixture::kDay.addDays(2));
    QCOMPARE(day.queue.size(), 1);
    QCOMPARE(day.queue[0].ticketId, v.ticketId);
    QVERIFY(!historyOf(v.ticketId, QStringLiteral("state")).isEmpty());
}

void SlaServiceTest::watchWarnsAtTheThresholds()
{
    // Requested Monday 08:30: 75 % of 24 working hours at Tuesday's close, told on Wednesday
    // at opening (R27); 90 % on Wednesday at 12:06.
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    SlaService sla(*m_centre);
    m_now = at(1, 12);
    QVERIFY(!alertOf(sla.watch(), v.ticketId));
    m_now = at(1, 17, 45);
    QVERIFY(!alertOf(sla.watch(), v.ticketId));
    m_now = at(2, 8, 30);
    const SlaAlert *a = nullptr;
    QList<SlaAlert> alerts = sla.watch();
    QVERIFY(a = alertOf(alerts, v.ticketId));
    QCOMPARE(a->percent, 75);
    QCOMPARE(a->commitment, SlaCommitment::Visit);
    QCOMPARE(a->due, at(2, 14, 30));
    QCOMPARE(a->secondsLeft, qint64(6 * 3600));
    QCOMPARE(a->visitId, v.id);
    m_now = at(2, 12, 6);
    alerts = sla.watch();
    QCOMPARE(alertOf(alerts, v.ticketId)->percent, 90);

    // The centre's own thresholds: 50 % (12 h) is Tuesday 11:30.
    m_centre->actAsCommandLine();
    m_centre->setSetting(CentreSettings::kSlaWarnings, QStringLiteral("50"));
    QVERIFY_THROWS_EXCEPTION(CentreError, m_centre->setSetting(CentreSettings::kSlaWarnings, QStringLiteral("90,50")));
    m_now = at(1, 11, 29);
    QVERIFY(!alertOf(sla.watch(), v.ticketId));
    m_now = at(1, 11, 30);
    alerts = sla.watch();
    QCOMPARE(alertOf(alerts, v.ticketId)->percent, 50);
}

void SlaServiceTest::watchRecordsABreachOnce()
{
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    const BoardVisit later = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("李娜"));
    m_now = at(2, 14, 30);
    SlaService sla(*m_centre);
    QList<SlaAlert> alerts = sla.watch();
    QVERIFY(alertOf(alerts, v.ticketId)->breached());
    QCOMPARE(alerts.first().ticketId, v.ticketId);
    alerts = sla.watch(); // a second look, or a second console
    QCOMPARE(historyOf(v.ticketId, QStringLiteral("sla_breached")).size(), 1);
    const auto breaches = SlaRepository(m_centre->database()).breaches(at(0, 0), at(7, 0));
    QCOMPARE(breaches.size(), 2); // both tickets, the visit commitment only
    for (const SlaBreach &b : breaches) {
        QCOMPARE(b.commitment, QStringLiteral("visit"));
        QCOMPARE(b.dueAt, at(2, 14, 30));
    }
    QVERIFY(later.ticketId != v.ticketId);
    // The 48-hour repair commitment follows the Monday after, at 11:30 (five days of nine
    // hours, then three).
    m_now = at(7, 11, 29);
    sla.watch();
    QCOMPARE(SlaRepository(m_centre->database()).breaches(at(0, 0), at(8, 0)).size(), 2);
    m_now = at(7, 11, 30);
    sla.watch();
    QCOMPARE(SlaRepository(m_centre->database()).breaches(at(0, 0), at(8, 0)).size(), 4);
}

void SlaServiceTest::anOperatorsWatchShowsButRecordsNothing()
{
    // R5: a breach goes into the ticket's history and the reports under the name of someone
    // who answers for it. An operator's console shows it, and leaves it to the supervisor's
    // watch (or the watch job) to record.
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    m_now = at(2, 14, 30);
    const Actor supervisor = m_centre->actor();
    m_centre->setActor({0, QStringLiteral("接线员"), Role::Operator});
    const QList<SlaAlert> seen = SlaService(*m_centre).watch();
    QVERIFY(alertOf(seen, v.ticketId) && alertOf(seen, v.ticketId)->breached());
    QVERIFY(historyOf(v.ticketId, QStringLiteral("sla_breached")).isEmpty());
    QVERIFY(SlaRepository(m_centre->database()).breaches(at(0, 0), at(7, 0)).isEmpty());

    m_centre->setActor(supervisor);
    SlaService(*m_centre).watch();
    QCOMPARE(historyOf(v.ticketId, QStringLiteral("sla_breached")).size(), 1);
    QCOMPARE(SlaRepository(m_centre->database()).breaches(at(0, 0), at(7, 0)).size(), 1);
}

void SlaServiceTest::aVisitBookedInTimeSettlesTheVisitClock()
{
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    const BoardVisit late = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("李娜"));
    DispatchService dispatch(*m_centre);
    m_now = at(1, 9);
    QVERIFY(dispatch.move({v.id, v.version, m_fx.wang, at(2, 9), 90, {}, true, {}}).applied);
    // Booked after its due time (Wednesday 14:30): the visit clock still presses.
    QVERIFY(dispatch.move({late.id, late.version, m_fx.wang, at(2, 15), 90, {}, true, {}}).applied);
    m_now = at(2, 8, 30);
    SlaService sla(*m_centre);
    const QList<SlaAlert> alerts = sla.watch();
    QVERIFY(!alertOf(alerts, v.ticketId));
    QVERIFY(alertOf(alerts, late.ticketId));
    QCOMPARE(alertOf(alerts, late.ticketId)->commitment, SlaCommitment::Visit);
    // Friday: the repair commitment of the visited ticket is warned in its turn (75 % of 48 h
    // is 36 working hours: Thursday 17:30, told on Friday morning).
    m_now = at(4, 8, 30);
    const SlaAlert *repair = alertOf(sla.watch(), v.ticketId);
    QVERIFY(repair);
    QCOMPARE(repair->commitment, SlaCommitment::Repair);
    QCOMPARE(repair->percent, 75);
}

void SlaServiceTest::pausedClocksAreWatchedNotBreached()
{
    const BoardVisit v = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    SlaService sla(*m_centre);
    m_now = at(0, 12, 30);
    sla.pause(v.ticketId, SlaPause::kCustomer, {});
    m_now = at(8, 12); // a week later, still waiting
    const QList<SlaAlert> alerts = sla.watch();
    const SlaAlert *a = alertOf(alerts, v.ticketId);
    QVERIFY(a);
    QVERIFY(a->pause);
    QCOMPARE(a->percent, 0);
    QVERIFY(!a->due.isValid());
    QCOMPARE(a->secondsLeft, qint64(20 * 3600));
    QVERIFY(SlaRepository(m_centre->database()).breaches(at(0, 0), at(30, 0)).isEmpty());
}

// A unit taken into the workshop is the centre's own work: the 48 hours go on counting.
void SlaServiceTest::takenInKeepsTheClocksRunning()
{
    const BoardVisit v = visitedWith(DispatchService::VisitOutcome::TakenIn);
    SlaService sla(*m_centre);
    QVERIFY(sla.pauses(v.ticketId).isEmpty());
    m_now = at(7, 11, 30); // 48 working hours after Monday 08:30
    const SlaAlert *a = alertOf(sla.watch(), v.ticketId);
    QVERIFY(a);
    QCOMPARE(a->commitment, SlaCommitment::Repair);
    QVERIFY(a->breached());
    // The supervisor may still stop it by hand when a part is missing, and resuming sends the
    // unit's ticket back to the queue.
    sla.pause(v.ticketId, SlaPause::kParts, QStringLiteral("主板"));
    sla.resume(v.ticketId, {});
    QCOMPARE(IntakeService(*m_centre).ticket(v.ticketId)->state, TicketState::AwaitingDispatch);
}

// R20: a ticket reopened by its follow-up call is a new request: its clocks start at the
// reopening, and the visit made before it does not settle the new visit commitment.
void SlaServiceTest::aReopenedTicketCountsFromItsReopening()
{
    const BoardVisit v = visitedWith(DispatchService::VisitOutcome::FixedOnSite);
    m_now = at(1, 10);
    m_centre->setActor({0, QStringLiteral("回访员"), Role::Operator});
    CallbackService callbacks(*m_centre);
    callbacks.produce(m_now.date());
    qint64 task = 0;
    for (const CallbackTask &t : callbacks.queue()) {
        if (t.ticketId == v.ticketId)
            task = t.id;
    }
    QVERIFY(task);
    QVERIFY(callbacks.take(task));
    QVERIFY(callbacks.record(task, {CallbackService::Outcome::NotFixed, 0, 0, {}, QStringLiteral("还是晃"), {}, {}, {}, false})
                .applied);
    QCOMPARE(IntakeService(*m_centre).ticket(v.ticketId)->state, TicketState::Reopened);
    m_centre->setActor({0, QStringLiteral("主管"), Role::Supervisor});

    // Monday after, 11:30: 48 working hours since the first call, 37.5 since the reopening.
    m_now = at(7, 11, 30);
    SlaService sla(*m_centre);
    const SlaAlert *a = alertOf(sla.watch(), v.ticketId);
    QVERIFY(a);
    QCOMPARE(a->commitment, SlaCommitment::Visit);
    QCOMPARE(a->due, at(3, 16)); // Tuesday 10:00 plus 24 working hours
    QVERIFY(a->breached());
    const auto breaches = SlaRepository(m_centre->database()).breaches(at(0, 0), at(30, 0));
    QCOMPARE(breaches.size(), 1);
    QCOMPARE(breaches[0].commitment, QStringLiteral("visit"));

    // Its new visit placed on the board: still counted from the reopening, by the watch and
    // by the board (and so the planner) alike, not from the first call, whose visit was done.
    DispatchService dispatch(*m_centre);
    const DispatchDay day = dispatch.day(at(7, 0).date());
    const auto queued = std::find_if(day.queue.cbegin(), day.queue.cend(),
                                     [&](const BoardVisit &q) { return q.ticketId == v.ticketId; });
    QVERIFY(queued != day.queue.cend());
    const QDateTime reopenedAt = at(1, 10);
    QCOMPARE(queued->requestedAt, reopenedAt);
    QVERIFY(dispatch.move({queued->id, queued->version, m_fx.wang, at(7, 14), 90, {}, true, {}}).applied);
    QCOMPARE(IntakeService(*m_centre).ticket(v.ticketId)->state, TicketState::Scheduled);
    const SlaAlert *placed = alertOf(sla.watch(), v.ticketId);
    QVERIFY(placed);
    QCOMPARE(placed->commitment, SlaCommitment::Visit);
    QCOMPARE(placed->due, at(3, 16));
    const DispatchDay after = dispatch.day(at(7, 0).date());
    const BoardVisit *onBoard = after.visit(queued->id);
    QVERIFY(onBoard);
    QCOMPARE(onBoard->requestedAt, reopenedAt);
}

QTEST_GUILESS_MAIN(SlaServiceTest)
#include "tst_slaservice.moc"
