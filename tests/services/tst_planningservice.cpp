// The planning assistant through the service, on both backends: suggestions the check accepts
// (R11), the customer's availability read from the preferred time typed at intake (R1),
// a plan applied as one step and taken back, each placement recorded on its ticket (R5),
// a booked visit at a new time only with its customer's agreement (R14), pinned visits
// kept, and a plan refused whole when the board changed under it.
#include "DispatchFixture.h"
#include "PlanningService.h"
#include "TestDatabase.h"

using namespace hotline;

class PlanningServiceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void suggestionsAreAcceptedByTheCheck();
    void availabilityComesFromThePreferredTime();
    void planAppliesAsOneStepAndIsTakenBack();
    void pinnedVisitStaysWhereItIs();
    void planRefusedWholeWhenTheBoardChanged();
    void planRefusedWholeWhenAnotherVisitTookItsPlace();
    void bookedVisitAtANewTimeOnlyWithTheCustomersAgreement();
    void takingBackAPlanNeedsItsOldPlacesFree();
    void operatorMayNotApplyAPlanNorPin();

private:
    QDateTime at(int h, int m = 0) const { return QDateTime(test::DispatchFixture::kDay, QTime(h, m)); }
    BoardVisit queued(const QString &name, const QString &preferredTime = {});
    static QList<PlanningService::Placement> placementsOf(const DayPlan &plan, const DispatchDay &day,
                                                         bool customersAgreed = true);
    bool historyHas(qint64 ticket, const QString &action, const QString &value = {});
    DispatchDay board() { return DispatchService(*m_centre).day(test::DispatchFixture::kDay); }
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
    test::DispatchFixture m_fx;
};

void PlanningServiceTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    HOTLINE_REQUIRE_DATABASE(*m_tdb);
    m_centre = Centre::open(m_tdb->spec());
    m_centre->setClock([] { return QDateTime(test::DispatchFixture::kDay, QTime(8, 0)); });
    m_fx.build(*m_centre);
}

void PlanningServiceTest::cleanup()
{
    m_centre.reset();
    m_tdb.reset();
}

BoardVisit PlanningServiceTest::queued(const QString &name, const QString &preferredTime)
{
    IntakeDraft d;
    d.name = name;
    d.address = QStringLiteral("上海市浦东新区张江路100弄5号1202室");
    d.district = QStringLiteral("浦东新区");
    d.phones = {{QStringLiteral("13912345678"), true}};
    d.modelCode = QStringLiteral("WM-D8012");
    d.fault = QStringLiteral("脱水时剧烈晃动并停机");
    d.preferredTime = preferredTime;
    const qint64 ticket = IntakeService(*m_centre).save(d).ticketId;
    TriageService(*m_centre).finish(ticket, {TriageOutcome::Visit, {}, {}, {}, false});
    for (const BoardVisit &v : DispatchService(*m_centre).day(test::DispatchFixture::kDay).queue) {
        if (v.ticketId == ticket)
            return v;
    }
    qFatal("queued visit not found");
}

QList<PlanningService::Placement> PlanningServiceTest::placementsOf(const DayPlan &plan, const DispatchDay &day,
                                                                   bool customersAgreed)
{
    QList<PlanningService::Placement> list;
    for (const PlannedMove &m : plan.moves)
        list.append({*day.visit(m.visitId), m.toEngineerId, m.start, m.end, m.reason, customersAgreed});
    return list;
}

bool PlanningServiceTest::historyHas(qint64 ticket, const QString &action, const QString &value)
{
    for (const auto &h : IntakeService(*m_centre).history(ticket)) {
        if (h.action == action && (value.isEmpty() || h.newValue == value || h.oldValue == value))
            return true;
    }
    return false;
}

// R10, R11: every suggestion is a slot the assignment check accepts, and taking one is an
// ordinary move.
void PlanningServiceTest::suggestionsAreAcceptedByTheCheck()
{
    const BoardVisit v = queued(QStringLiteral("张伟"));
    DispatchService dispatch(*m_centre);
    PlanningService planning(*m_centre, dispatch);
    const DispatchDay day = dispatch.day(test::DispatchFixture::kDay);
    const QList<SlotSuggestion> slots = planning.suggest(day, v);
    QVERIFY(!slots.isEmpty());
    for (const SlotSuggestion &s : slots) {
        QCOMPARE(s.engineerId, m_fx.wang); // 李工 repairs printers only (R11 skill)
        QVERIFY2(dispatch.check(day, v, s.engineerId, s.start).isEmpty(), qPrintable(s.start.toString()));
        QVERIFY(!s.reasons.isEmpty());
    }
    const auto moved = dispatch.move({v.id, v.version, slots.first().engineerId, slots.first().start,
                                      int(slots.first().start.secsTo(slots.first().end) / 60), {}, true, {}});
    QVERIFY2(moved.applied, qPrintable(moved.message));
}

// R1 + R11: "周一、周三 14:00-16:00" typed as the preferred time binds the suggestions and
// the check; free words stay a note and leave the day open.
void PlanningServiceTest::availabilityComesFromThePreferredTime()
{
    const BoardVisit bound = queued(QStringLiteral("李娜"), QStringLiteral("周一、周三 14:00-16:00"));
    const BoardVisit free = queued(QStringLiteral("王芳"), QStringLiteral("越快越好"));
    QVERIFY(!bound.availability.isEmpty());
    QVERIFY(free.availability.isEmpty());
    QCOMPARE(free.preferredTime, QStringLiteral("越快越好"));

    DispatchService dispatch(*m_centre);
    PlanningService planning(*m_centre, dispatch);
    const DispatchDay day = dispatch.day(test::DispatchFixture::kDay);
    const QList<SlotSuggestion> slots = planning.suggest(day, bound);
    QVERIFY(!slots.isEmpty());
    for (const SlotSuggestion &s : slots) {
        QVERIFY(s.start.time() >= QTime(14, 0));
        QVERIFY(s.end.time() <= QTime(16, 0));
    }
    const QList<AssignmentProblem> refused = dispatch.check(day, bound, m_fx.wang, at(9));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().kind, AssignmentProblem::Kind::Availability);
    QVERIFY(dispatch.check(day, free, m_fx.wang, at(9)).isEmpty());
}

// R10: the whole day planned and accepted as one step; the board afterwards passes the
// check for every visit; taking it back puts every visit where it was.
void PlanningServiceTest::planAppliesAsOneStepAndIsTakenBack()
{
    for (const char *name : {"赵一", "钱二", "孙三", "李四"})
        queued(QString::fromUtf8(name));
    DispatchService dispatch(*m_centre);
    PlanningService planning(*m_centre, dispatch);
    const DispatchDay before = dispatch.day(test::DispatchFixture::kDay);
    QCOMPARE(before.queue.size(), 4);
    const DayPlan plan = planning.plan(before);
    QCOMPARE(plan.moves.size(), 4);
    QVERIFY(plan.unplaced.isEmpty());

    const auto applied = planning.apply(placementsOf(plan, before), PlanningService::Check::Rules);
    QVERIFY2(applied.applied, qPrintable(applied.message));
    const DispatchDay after = dispatch.day(test::DispatchFixture::kDay);
    QCOMPARE(after.queue.size(), 0);
    QCOMPARE(after.visits.size(), 4);
    for (const BoardVisit &v : after.visits) {
        QVERIFY2(dispatch.check(after, v, v.engineerId, v.start).isEmpty(), qPrintable(v.customerName));
        // R5: on the ticket, where it went and the planner's reason.
        QVERIFY(historyHas(v.ticketId, QStringLiteral("assigned")));
        QVERIFY(std::any_of(plan.moves.cbegin(), plan.moves.cend(), [&](const PlannedMove &m) {
            return m.visitId == v.id && historyHas(v.ticketId, QStringLiteral("planned"), m.reason);
        }));
        QCOMPARE(applied.after.value(v.id).version, v.version);
    }

    QList<PlanningService::Placement> back;
    for (const BoardVisit &v : before.queue)
        back.append({applied.after.value(v.id), 0, {}, {}, QStringLiteral("plan taken back"), true});
    QVERIFY(planning.apply(back, PlanningService::Check::PlaceStillFree).applied);
    QCOMPARE(dispatch.day(test::DispatchFixture::kDay).queue.size(), 4);
}

// A pinned visit keeps its engineer and time, even when planning would rather move it.
void PlanningServiceTest::pinnedVisitStaysWhereItIs()
{
    const BoardVisit v = queued(QStringLiteral("周五"));
    DispatchService dispatch(*m_centre);
    PlanningService planning(*m_centre, dispatch);
    // Late in the day, where the planner would bring it earlier if it could.
    const auto moved = dispatch.move({v.id, v.version, m_fx.wang, at(15), 90, {}, true, {}});
    QVERIFY(moved.applied);
    const auto pinned = dispatch.setPinned(v.id, moved.version, true);
    QVERIFY(pinned.applied);
    QVERIFY(historyHas(v.ticketId, QStringLiteral("pinned")));
    for (int i = 0; i < 3; ++i)
        queued(QStringLiteral("排队%1").arg(i));
    const DispatchDay day = dispatch.day(test::DispatchFixture::kDay);
    const auto shown = std::find_if(day.visits.cbegin(), day.visits.cend(), [&](const BoardVisit &b) { return b.id == v.id; });
    QVERIFY(shown != day.visits.cend());
    QVERIFY(shown->pinned);
    const DayPlan plan = planning.plan(day);
    QVERIFY(!plan.moves.isEmpty());
    for (const PlannedMove &m : plan.moves)
        QVERIFY(m.visitId != v.id);
    // A stale version is refused: two supervisors, one visit.
    QVERIFY(dispatch.setPinned(v.id, moved.version, false).conflict);
    // Back in the queue, a pin has nothing left to keep.
    QVERIFY(dispatch.move({v.id, pinned.version, 0, {}, 90, {}, true, {}}).applied);
    QVERIFY(!board().visit(v.id)->pinned);
}

// The board changed between planning and accepting: nothing of the plan is applied.
void PlanningServiceTest::planRefusedWholeWhenTheBoardChanged()
{
    const BoardVisit a = queued(QStringLiteral("甲"));
    queued(QStringLiteral("乙"));
    DispatchService dispatch(*m_centre);
    PlanningService planning(*m_centre, dispatch);
    const DispatchDay day = dispatch.day(test::DispatchFixture::kDay);
    const DayPlan plan = planning.plan(day);
    QCOMPARE(plan.moves.size(), 2);
    // Another supervisor puts 甲 on the board first.
    QVERIFY(dispatch.move({a.id, a.version, m_fx.wang, at(16), 60, {}, true, {}}).applied);
    const auto applied = planning.apply(placementsOf(plan, day), PlanningService::Check::Rules);
    QVERIFY(!applied.applied);
    QVERIFY(!applied.message.isEmpty());
    const DispatchDay now = dispatch.day(test::DispatchFixture::kDay);
    QCOMPARE(now.visits.size(), 1); // only the other supervisor's move
    QCOMPARE(now.queue.size(), 1);
}

// R11 at accepting time: a visit not in the plan took one of its places meanwhile (the
// plan's own visits are unchanged, so only the check on the day as it stands tells).
void PlanningServiceTest::planRefusedWholeWhenAnotherVisitTookItsPlace()
{
    queued(QStringLiteral("甲"));
    DispatchService dispatch(*m_centre);
    PlanningService planning(*m_centre, dispatch);
    const DispatchDay day = board();
    const DayPlan plan = planning.plan(day);
    QCOMPARE(plan.moves.size(), 1);
    const PlannedMove planned = plan.moves.first();
    const BoardVisit other = queued(QStringLiteral("丁"));
    QVERIFY(dispatch.move({other.id, other.version, planned.toEngineerId, planned.start, 60, {}, true, {}}).applied);
    const auto applied = planning.apply(placementsOf(plan, day), PlanningService::Check::Rules);
    QVERIFY(!applied.applied);
    QVERIFY2(applied.message.contains(QStringLiteral("丁")), qPrintable(applied.message));
    QVERIFY(board().visit(planned.visitId)->engineerId == 0); // still waiting
}

// R14: a booked visit the plan gives a new time keeps the reason on its ticket; without the
// customer's agreement it goes back to the queue, and says so.
void PlanningServiceTest::bookedVisitAtANewTimeOnlyWithTheCustomersAgreement()
{
    DispatchService dispatch(*m_centre);
    PlanningService planning(*m_centre, dispatch);
    for (bool agreed : {true, false}) {
        // Forced at 09:00 although the customer can only come later: the plan moves it.
        const QString window = agreed ? QStringLiteral("周一 14:00-16:00") : QStringLiteral("周一 10:30-13:00");
        const BoardVisit v = queued(agreed ? QStringLiteral("同意") : QStringLiteral("不同意"), window);
        const auto forced = dispatch.move({v.id, v.version, m_fx.wang, at(9), 90, QStringLiteral("customer asked"), true, {}});
        QVERIFY(forced.applied);
        const DispatchDay day = board();
        const DayPlan plan = planning.plan(day);
        const auto moved = std::find_if(plan.moves.cbegin(), plan.moves.cend(),
                                        [&](const PlannedMove &m) { return m.visitId == v.id; });
        QVERIFY(moved != plan.moves.cend());
        QVERIFY(v.availability.allows(moved->start, moved->end));
        const auto applied = planning.apply(placementsOf(plan, day, agreed), PlanningService::Check::Rules);
        QVERIFY2(applied.applied, qPrintable(applied.message));
        const BoardVisit *now = board().visit(v.id);
        QCOMPARE(now->engineerId, agreed ? moved->toEngineerId : 0);
        QVERIFY(historyHas(v.ticketId, QStringLiteral("rescheduled"), moved->reason));
        QVERIFY(historyHas(v.ticketId, QStringLiteral("rescheduled"),
                           agreed ? QStringLiteral("customer agreed") : QStringLiteral("customer did not agree")));
    }
}

// Taking a plan back needs each visit's old place free: a visit put there meanwhile refuses
// it whole; an old place that broke a rule (forced) does not.
void PlanningServiceTest::takingBackAPlanNeedsItsOldPlacesFree()
{
    DispatchService dispatch(*m_centre);
    PlanningService planning(*m_centre, dispatch);
    const BoardVisit v = queued(QStringLiteral("戊"), QStringLiteral("周一 14:00-16:00"));
    const auto forced = dispatch.move({v.id, v.version, m_fx.wang, at(9), 90, QStringLiteral("customer asked"), true, {}});
    QVERIFY(forced.applied);
    const DispatchDay day = board();
    const DayPlan plan = planning.plan(day);
    QCOMPARE(plan.moves.size(), 1);
    const auto applied = planning.apply(placementsOf(plan, day), PlanningService::Check::Rules);
    QVERIFY(applied.applied);
    const BoardVisit before = *day.visit(v.id);
    const QList<PlanningService::Placement> back = {
        {applied.after.value(v.id), before.engineerId, before.start, before.end, QStringLiteral("plan taken back"), true}};

    const BoardVisit other = queued(QStringLiteral("己"));
    const auto taken = dispatch.move({other.id, other.version, m_fx.wang, at(9), 60, {}, true, {}});
    QVERIFY(taken.applied);
    QVERIFY(!planning.apply(back, PlanningService::Check::PlaceStillFree).applied);
    QVERIFY(dispatch.move({other.id, taken.version, 0, {}, 60, {}, true, {}}).applied);
    QVERIFY(planning.apply(back, PlanningService::Check::PlaceStillFree).applied); // outside 14–16 again, as it was
    QCOMPARE(board().visit(v.id)->start, at(9));
}

// R26: applying a plan and pinning are board changes: supervisors only.
void PlanningServiceTest::operatorMayNotApplyAPlanNorPin()
{
    const BoardVisit v = queued(QStringLiteral("丙"));
    DispatchService dispatch(*m_centre);
    PlanningService planning(*m_centre, dispatch);
    const DispatchDay day = board();
    const DayPlan plan = planning.plan(day);
    m_centre->setActor({0, QStringLiteral("接线员"), Role::Operator});
    QVERIFY_THROWS_EXCEPTION(CentreError, planning.apply(placementsOf(plan, day), PlanningService::Check::Rules));
    QVERIFY_THROWS_EXCEPTION(CentreError, dispatch.setPinned(v.id, v.version, true));
}

QTEST_GUILESS_MAIN(PlanningServiceTest)
#include "tst_planningservice.moc"
