// The planning assistant through the service, on both backends: suggestions the check accepts
// (R11), the customer's availability read from the preferred time typed at intake (R1),
// a plan applied as one step and taken back, pinned visits kept, and a plan refused whole
// when the board changed under it.
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
    void operatorMayNotApplyAPlan();

private:
    QDateTime at(int h, int m = 0) const { return QDateTime(test::DispatchFixture::kDay, QTime(h, m)); }
    BoardVisit queued(const QString &name, const QString &preferredTime = {});
    static QList<PlanningService::Placement> placementsOf(const DayPlan &plan, const DispatchDay &day);
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

QList<PlanningService::Placement> PlanningServiceTest::placementsOf(const DayPlan &plan, const DispatchDay &day)
{
    QList<PlanningService::Placement> list;
    for (const PlannedMove &m : plan.moves) {
        int version = 0;
        for (const QList<BoardVisit> *group : {&day.visits, &day.queue}) {
            for (const BoardVisit &v : *group) {
                if (v.id == m.visitId)
                    version = v.version;
            }
        }
        list.append({m.visitId, version, m.toEngineerId, m.start, m.end});
    }
    return list;
}

// R10, R11: every suggestion is a slot the assignment check accepts, and taking one is an
// ordinary move.
void PlanningServiceTest::suggestionsAreAcceptedByTheCheck()
{
    const BoardVisit v = queued(QStringLiteral("张伟"));
    PlanningService planning(*m_centre);
    DispatchService dispatch(*m_centre);
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

    PlanningService planning(*m_centre);
    DispatchService dispatch(*m_centre);
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
    PlanningService planning(*m_centre);
    DispatchService dispatch(*m_centre);
    const DispatchDay before = dispatch.day(test::DispatchFixture::kDay);
    QCOMPARE(before.queue.size(), 4);
    const DayPlan plan = planning.plan(before);
    QCOMPARE(plan.moves.size(), 4);
    QVERIFY(plan.unplaced.isEmpty());

    const auto applied = planning.apply(placementsOf(plan, before), QStringLiteral("plan"), true);
    QVERIFY2(applied.applied, qPrintable(applied.message));
    const DispatchDay after = dispatch.day(test::DispatchFixture::kDay);
    QCOMPARE(after.queue.size(), 0);
    QCOMPARE(after.visits.size(), 4);
    for (const BoardVisit &v : after.visits)
        QVERIFY2(dispatch.check(after, v, v.engineerId, v.start).isEmpty(), qPrintable(v.customerName));

    QList<PlanningService::Placement> back;
    for (const BoardVisit &v : before.queue)
        back.append({v.id, applied.versions.value(v.id), 0, {}, {}});
    QVERIFY(planning.apply(back, QStringLiteral("undo"), false).applied);
    QCOMPARE(dispatch.day(test::DispatchFixture::kDay).queue.size(), 4);
}

// A pinned visit keeps its engineer and time, even when planning would rather move it.
void PlanningServiceTest::pinnedVisitStaysWhereItIs()
{
    const BoardVisit v = queued(QStringLiteral("周五"));
    DispatchService dispatch(*m_centre);
    PlanningService planning(*m_centre);
    // Late in the day, where the planner would bring it earlier if it could.
    const auto moved = dispatch.move({v.id, v.version, m_fx.wang, at(15), 90, {}, true, {}});
    QVERIFY(moved.applied);
    const auto pinned = planning.setPinned(v.id, moved.version, true);
    QVERIFY(pinned.applied);
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
    QVERIFY(planning.setPinned(v.id, moved.version, false).conflict);
}

// The board changed between planning and accepting: nothing of the plan is applied.
void PlanningServiceTest::planRefusedWholeWhenTheBoardChanged()
{
    const BoardVisit a = queued(QStringLiteral("甲"));
    queued(QStringLiteral("乙"));
    PlanningService planning(*m_centre);
    DispatchService dispatch(*m_centre);
    const DispatchDay day = dispatch.day(test::DispatchFixture::kDay);
    const DayPlan plan = planning.plan(day);
    QCOMPARE(plan.moves.size(), 2);
    // Another supervisor puts 甲 on the board first.
    QVERIFY(dispatch.move({a.id, a.version, m_fx.wang, at(16), 60, {}, true, {}}).applied);
    const auto applied = planning.apply(placementsOf(plan, day), QStringLiteral("plan"), true);
    QVERIFY(!applied.applied);
    QVERIFY(!applied.message.isEmpty());
    const DispatchDay now = dispatch.day(test::DispatchFixture::kDay);
    QCOMPARE(now.visits.size(), 1); // only the other supervisor's move
    QCOMPARE(now.queue.size(), 1);
}

// R26: applying a plan is a board change: supervisors only.
void PlanningServiceTest::operatorMayNotApplyAPlan()
{
    queued(QStringLiteral("丙"));
    PlanningService planning(*m_centre);
    const DispatchDay day = DispatchService(*m_centre).day(test::DispatchFixture::kDay);
    const DayPlan plan = planning.plan(day);
    m_centre->setActor({0, QStringLiteral("接线员"), Role::Operator});
    QVERIFY_THROWS_EXCEPTION(CentreError, planning.apply(placementsOf(plan, day), QStringLiteral("plan"), true));
}

QTEST_GUILESS_MAIN(PlanningServiceTest)
#include "tst_planningservice.moc"
