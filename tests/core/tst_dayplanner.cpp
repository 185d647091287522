// The day planner puts the queue on engineers for the supervisor to review (R10). Hard rules are
// never broken: every engineer's resulting day passes the R11 check for every visit (overlap,
// travel plus the early-arrival margin, hours, skill, district, the customer's availability).
// Pinned visits never move; visits that have begun stay. Urgent visits come first when there is
// not room for all (R12); then the 24-hour visit commitments (R13, in working time, R27); then
// fewer visits moved from their booked time (R14: each needs the customer's agreement); then
// less travel. What cannot be placed is reported with the reason. The same request gives the
// same plan, and the plan never places fewer visits than the greedy baseline.
#include "DayPlanner.h"
#include "PlanningInstance.h"

#include <QHash>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace hotline;

Q_DECLARE_METATYPE(hotline::DayPlanRequest)

namespace {

// November 2026: the 23rd is a Monday. Fixed dates only, never the real clock.
const QDate kMonday23(2026, 11, 23);
const QDate kWednesday18(2026, 11, 18);
const QDate kSunday29(2026, 11, 29);

const QString kPudong = QStringLiteral("浦东新区");
const QString kXuhui = QStringLiteral("徐汇区");
const QString kWashing = QStringLiteral("washing_machine");
const QString kPrinter = QStringLiteral("printer");
const QString kAirCon = QStringLiteral("air_conditioner");

QDateTime at(const QDate &day, const char *hhmm)
{
    const QTime t = QTime::fromString(QString::fromLatin1(hhmm), QStringLiteral("HH:mm"));
    Q_ASSERT(t.isValid());
    return QDateTime(day, t, QTimeZone::utc());
}

Engineer engineer(qint64 id, const QString &district, const char *until = "17:30",
                  const QStringList &skills = {kWashing})
{
    Engineer e;
    e.id = id;
    e.name = QStringLiteral("工程师%1").arg(id);
    e.district = district;
    e.workStart = QTime(8, 30);
    e.workEnd = QTime::fromString(QString::fromLatin1(until), QStringLiteral("HH:mm"));
    e.skills = skills;
    return e;
}

// A visit: on an engineer from–to, or (engineer 0) queued with the length to–from.
BoardVisit visit(qint64 id, qint64 engineerId, const char *from, const char *to, const QString &district = kPudong,
                 Priority priority = Priority::Normal, const QDateTime &requestedAt = at(kMonday23, "07:00"))
{
    BoardVisit v;
    v.id = id;
    v.ticketId = 1000 + id;
    v.engineerId = engineerId;
    v.start = at(kMonday23, from);
    v.end = at(kMonday23, to);
    v.district = district;
    v.category = kWashing;
    v.customerName = QStringLiteral("客户%1").arg(id);
    v.priority = priority;
    v.requestedAt = requestedAt;
    return v;
}

BoardVisit withAvailability(BoardVisit v, const char *availability)
{
    const std::optional<CustomerAvailability> a = CustomerAvailability::parse(QString::fromUtf8(availability));
    Q_ASSERT(a);
    v.availability = *a;
    return v;
}

DayPlanRequest request(const QList<Engineer> &engineers, const QList<AssignedVisit> &assigned,
                       const QList<BoardVisit> &queued)
{
    DayPlanRequest r;
    r.day = kMonday23;
    r.engineers = engineers;
    r.assigned = assigned;
    r.queued = queued;
    r.now = at(kMonday23, "07:00");
    return r;
}

// Every visit of the day where the plan leaves it.
QHash<qint64, BoardVisit> afterPlan(const DayPlanRequest &r, const DayPlan &plan)
{
    QHash<qint64, BoardVisit> visits;
    for (const AssignedVisit &a : r.assigned)
        visits.insert(a.visit.id, a.visit);
    for (const BoardVisit &q : r.queued)
        visits.insert(q.id, q);
    for (const PlannedMove &m : plan.moves) {
        BoardVisit &v = visits[m.visitId];
        v.engineerId = m.toEngineerId;
        v.start = m.start;
        v.end = m.end;
    }
    for (const Unplaced &u : plan.unplaced)
        visits[u.visitId].engineerId = 0;
    return visits;
}

// "id→engineer@HH:mm" for every visit on an engineer, sorted.
QStringList placements(const DayPlanRequest &r, const DayPlan &plan)
{
    QStringList list;
    for (const BoardVisit &v : afterPlan(r, plan)) {
        if (v.engineerId != 0)
            list.append(QStringLiteral("%1→%2@%3").arg(v.id).arg(v.engineerId).arg(v.start.toString(QStringLiteral("HH:mm"))));
    }
    list.sort();
    return list;
}

// R11, re-checked from outside: every visit on every engineer's final day passes the check.
QStringList refusals(const DayPlanRequest &r, const DayPlan &plan)
{
    const QHash<qint64, BoardVisit> visits = afterPlan(r, plan);
    QStringList problems;
    for (const Engineer &e : r.engineers) {
        QList<BoardVisit> day;
        for (const BoardVisit &v : visits) {
            if (v.engineerId == e.id)
                day.append(v);
        }
        for (const BoardVisit &v : std::as_const(day)) {
            for (const AssignmentProblem &p : AssignmentCheck::check(e, day, v, r.travel))
                problems.append(QStringLiteral("visit %1: %2").arg(v.id).arg(p.message));
        }
    }
    return problems;
}

// The whole plan as text, to compare two plans.
QString planText(const DayPlan &plan)
{
    QStringList lines;
    for (const PlannedMove &m : plan.moves)
        lines.append(QStringLiteral("move %1 %2 %3 → %4 %5 %6 %7")
                         .arg(m.visitId)
                         .arg(m.fromEngineerId)
                         .arg(m.fromStart.toString(Qt::ISODate))
                         .arg(m.toEngineerId)
                         .arg(m.start.toString(Qt::ISODate), m.end.toString(Qt::ISODate), m.reason));
    for (const Unplaced &u : plan.unplaced)
        lines.append(QStringLiteral("unplaced %1 %2 %3").arg(u.visitId).arg(u.fromEngineerId).arg(u.reason));
    lines.append(QStringLiteral("met %1 at risk %2 travel %3")
                     .arg(plan.commitmentsMet)
                     .arg(plan.commitmentsAtRisk)
                     .arg(plan.travelMinutes));
    return lines.join(u'\n');
}

// The rules every plan keeps, whatever the request.
void verifyPlan(const DayPlanRequest &r, const DayPlan &plan)
{
    const QStringList refused = refusals(r, plan);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join(u'\n')));
    for (const AssignedVisit &a : r.assigned) {
        if (!a.pinned)
            continue;
        for (const PlannedMove &m : plan.moves)
            QVERIFY2(m.visitId != a.visit.id, "a pinned visit moved");
        for (const Unplaced &u : plan.unplaced)
            QVERIFY2(u.visitId != a.visit.id, "a pinned visit was taken off");
    }
    for (const PlannedMove &m : plan.moves)
        QVERIFY(!m.reason.isEmpty());
    for (const Unplaced &u : plan.unplaced) {
        QVERIFY(!u.reason.isEmpty());
        // The planner's own model of the rules agrees with the check: it never had to take
        // back a slot the check refused.
        QVERIFY2(!u.reason.contains(QStringLiteral("the check refused the planned slot")), qPrintable(u.reason));
    }
}

} // namespace

class TestDayPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void figures();
    void beatsTheBaselineOnCommitments();
    void generatedCentre_data();
    void generatedCentre();
};

void TestDayPlanner::plan_data()
{
    QTest::addColumn<DayPlanRequest>("request");
    QTest::addColumn<QStringList>("placed");          // id→engineer@start, sorted
    QTest::addColumn<QList<qint64>>("unplaced");      // ids
    QTest::addColumn<QStringList>("fragments");       // each in one of the reasons

    using Ids = QList<qint64>;
    const auto urgent = Priority::Urgent;
    const auto normal = Priority::Normal;

    QTest::newRow("one visit, one engineer: the earliest slot")
        << request({engineer(1, kPudong)}, {}, {visit(100, 0, "00:00", "01:00")})
        << QStringList{QStringLiteral("100→1@08:30")} << Ids{}
        << QStringList{QStringLiteral("To 工程师1 at 08:30–09:30"), QStringLiteral("adds 15 min of travel")};

    // R12: room for one of two 90-minute visits; the urgent one goes, though asked for later.
    QTest::newRow("urgent first when capacity is short")
        << request({engineer(1, kPudong, "11:00")}, {},
                   {visit(100, 0, "00:00", "01:30", kPudong, normal, at(kMonday23, "06:00")),
                    visit(200, 0, "00:00", "01:30", kPudong, urgent, at(kMonday23, "07:00"))})
        << QStringList{QStringLiteral("200→1@08:30")} << Ids{100}
        << QStringList{QStringLiteral("urgent: the fault stops the customer's work (R12)"),
                       QStringLiteral("No free 90-minute slot with the 1 engineer(s) who could go")};

    // R12 over R14: a booked normal visit that is not pinned gives its place to an urgent one
    // when it fits nowhere else; it goes back to the supervisor.
    QTest::newRow("urgent takes the place of a movable normal visit")
        << request({engineer(1, kPudong, "10:30")}, {{visit(1, 1, "08:30", "10:00"), false}},
                   {visit(200, 0, "00:00", "01:30", kPudong, urgent)})
        << QStringList{QStringLiteral("200→1@08:30")} << Ids{1}
        << QStringList{QStringLiteral("taken off to make room for urgent visit 200 (R12)"),
                       QStringLiteral("back to the supervisor (R14)")};

    QTest::newRow("a pinned visit never moves, even for an urgent one")
        << request({engineer(1, kPudong, "10:30")}, {{visit(1, 1, "08:30", "10:00"), true}},
                   {visit(200, 0, "00:00", "01:30", kPudong, urgent)})
        << QStringList{QStringLiteral("1→1@08:30")} << Ids{200}
        << QStringList{QStringLiteral("No free 90-minute slot")};

    // The booked visit fits on another engineer; only engineer 1 can do printers.
    {
        BoardVisit printer = visit(200, 0, "00:00", "01:30", kPudong, urgent);
        printer.category = kPrinter;
        QTest::newRow("a booked visit moves to another engineer to make room")
            << request({engineer(1, kPudong, "10:30", {kWashing, kPrinter}), engineer(2, kPudong, "10:30")},
                       {{visit(1, 1, "08:30", "10:00"), false}}, {printer})
            << QStringList{QStringLiteral("1→2@08:30"), QStringLiteral("200→1@08:30")} << Ids{}
            << QStringList{QStringLiteral("Moved from 工程师1 at 08:30 to 工程师2 at 08:30–10:00"),
                           QStringLiteral("makes room for urgent visit 200 (R12)"),
                           QStringLiteral("the customer must agree to the new time (R14)")};
    }

    // R13: asked Wednesday 12:45, visit 100 is due Monday 09:45 and goes first, though it was
    // queued after visit 101 (due later).
    QTest::newRow("the visit due first goes first")
        << request({engineer(1, kPudong)}, {},
                   {visit(101, 0, "00:00", "01:00"),
                    visit(100, 0, "00:00", "01:00", kPudong, normal, at(kWednesday18, "12:45"))})
        << QStringList{QStringLiteral("100→1@08:30"), QStringLiteral("101→1@10:00")} << Ids{}
        << QStringList{QStringLiteral("meets the 24-hour visit commitment, due 2026-11-23 09:45 (R13)")};

    QTest::newRow("inside the customer's availability")
        << request({engineer(1, kPudong)}, {}, {withAvailability(visit(100, 0, "00:00", "01:00"), "Mon 14:00-16:00")})
        << QStringList{QStringLiteral("100→1@14:00")} << Ids{} << QStringList{};
    QTest::newRow("a booked time outside the customer's availability is re-planned")
        << request({engineer(1, kPudong)}, {{withAvailability(visit(1, 1, "09:00", "10:00"), "Mon 14:00-16:00"), false}},
                   {})
        << QStringList{QStringLiteral("1→1@14:00")} << Ids{}
        << QStringList{QStringLiteral("its booked time no longer fits: 09:00–10:00 is outside the times the "
                                      "customer can receive the engineer (Mon 14:00–16:00)"),
                       QStringLiteral("the customer must agree to the new time (R14)")};

    // R11 travel: from 徐汇区, engineer 1 (who is there at 10:00) is 15 minutes away; engineer 2
    // (in 浦东新区) 40. Both cover every district.
    QTest::newRow("the engineer whose route passes by")
        << request({engineer(1, QString()), engineer(2, QString())},
                   {{visit(1, 1, "09:00", "10:00", kXuhui), true}, {visit(2, 2, "09:00", "10:00", kPudong), true}},
                   {visit(100, 0, "00:00", "01:00", kXuhui)})
        << QStringList{QStringLiteral("100→1@10:30"), QStringLiteral("1→1@09:00"), QStringLiteral("2→2@09:00")}
        << Ids{} << QStringList{QStringLiteral("adds 15 min of travel")};

    // R16: at 10:07 the engineer is ready to leave by 10:27; the visit that began at 10:00
    // stays although it is not pinned.
    {
        DayPlanRequest r = request({engineer(1, kPudong)}, {{visit(1, 1, "10:00", "11:00"), false}},
                                   {visit(100, 0, "00:00", "01:00")});
        r.now = at(kMonday23, "10:07");
        QTest::newRow("not before now; a visit under way stays")
            << r << QStringList{QStringLiteral("100→1@11:30"), QStringLiteral("1→1@10:00")} << Ids{} << QStringList{};
    }

    // Reported with the reason.
    BoardVisit airCon = visit(100, 0, "00:00", "01:00");
    airCon.category = kAirCon;
    QTest::newRow("nobody trained")
        << request({engineer(1, kPudong)}, {}, {airCon}) << QStringList{} << Ids{100}
        << QStringList{QStringLiteral("No engineer on the plan is trained for Air conditioner and works in 浦东新区 (R11)")};
    QTest::newRow("the customer is not in that day")
        << request({engineer(1, kPudong)}, {}, {withAvailability(visit(100, 0, "00:00", "01:00"), "Tue 09:00-12:00")})
        << QStringList{} << Ids{100}
        << QStringList{QStringLiteral("The customer cannot receive the engineer on 2026-11-23 (Tue 09:00–12:00)")};
    BoardVisit noConsent = visit(100, 0, "00:00", "01:00");
    noConsent.markers = {QStringLiteral("no_consent")};
    QTest::newRow("held for the customer's consent (R4)")
        << request({engineer(1, kPudong)}, {}, {noConsent}) << QStringList{} << Ids{100}
        << QStringList{QStringLiteral("Out of warranty and the customer has not agreed to the charge (R4)")};
    {
        DayPlanRequest r = request({engineer(1, kPudong)}, {}, {visit(100, 0, "00:00", "01:00")});
        r.day = kSunday29;
        QTest::newRow("a day the centre is closed (R27)")
            << r << QStringList{} << Ids{100}
            << QStringList{QStringLiteral("The service centre does not work on 2026-11-29 (R27)")};
    }
}

void TestDayPlanner::plan()
{
    QFETCH(DayPlanRequest, request);
    QFETCH(QStringList, placed);
    QFETCH(QList<qint64>, unplaced);
    QFETCH(QStringList, fragments);

    const DayPlan plan = DayPlanner::plan(request);
    QCOMPARE(placements(request, plan), placed);
    QList<qint64> left;
    for (const Unplaced &u : plan.unplaced)
        left.append(u.visitId);
    std::sort(left.begin(), left.end());
    QCOMPARE(left, unplaced);
    QStringList reasons;
    for (const PlannedMove &m : plan.moves)
        reasons.append(m.reason);
    for (const Unplaced &u : plan.unplaced)
        reasons.append(u.reason);
    const QString all = reasons.join(u'\n');
    for (const QString &f : std::as_const(fragments))
        QVERIFY2(all.contains(f), qPrintable(QStringLiteral("«%1» not in:\n%2").arg(f, all)));

    verifyPlan(request, plan);
    QCOMPARE(planText(DayPlanner::plan(request)), planText(plan)); // the same request, the same plan
}

void TestDayPlanner::figures()
{
    // R13: visit 100 (due 09:45) is placed at 08:30 and meets it; 102 is due a minute later
    // but the only engineer is busy until 09:55: at risk; 101 (due days later) meets it.
    // Travel: 15 min from home to the first visit, 15 between each in 浦东新区.
    const QDateTime wednesday = at(kWednesday18, "12:45");
    const DayPlanRequest r = request({engineer(1, kPudong)}, {},
                                     {visit(100, 0, "00:00", "01:00", kPudong, Priority::Normal, wednesday),
                                      visit(101, 0, "00:00", "01:00"),
                                      visit(102, 0, "00:00", "00:30", kPudong, Priority::Normal, wednesday.addSecs(60))});
    const DayPlan plan = DayPlanner::plan(r);
    QCOMPARE(placements(r, plan), (QStringList{QStringLiteral("100→1@08:30"), QStringLiteral("101→1@11:00"),
                                               QStringLiteral("102→1@10:00")}));
    QCOMPARE(plan.unplaced.size(), 0);
    QCOMPARE(plan.commitmentsMet, 2);
    QCOMPARE(plan.commitmentsAtRisk, 1);
    QCOMPARE(plan.travelMinutes, 45);
}

void TestDayPlanner::beatsTheBaselineOnCommitments()
{
    // The greedy baseline takes the queue in order; the planner takes the visit due first
    // (R13) and so meets both commitments.
    const DayPlanRequest r =
        request({engineer(1, kPudong)}, {},
                {visit(101, 0, "00:00", "01:30"),
                 visit(100, 0, "00:00", "01:00", kPudong, Priority::Normal, at(kWednesday18, "12:45"))});
    const DayPlan greedy = GreedyPlanner::plan(r);
    const DayPlan planned = DayPlanner::plan(r);
    verifyPlan(r, greedy);
    verifyPlan(r, planned);
    QCOMPARE(greedy.commitmentsMet, 1);
    QCOMPARE(planned.commitmentsMet, 2);
}

void TestDayPlanner::generatedCentre_data()
{
    QTest::addColumn<int>("engineers");
    QTest::addColumn<int>("visits");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("bookedPercent");
    QTest::addColumn<int>("nowMinute"); // minutes after midnight of the planned day

    QTest::newRow("20 engineers, 200 visits, seed 1") << 20 << 200 << 1u << 30 << 7 * 60;
    QTest::newRow("20 engineers, 200 visits, seed 2") << 20 << 200 << 2u << 30 << 7 * 60;
    QTest::newRow("40 engineers, 300 visits, seed 20261123") << 40 << 300 << 20261123u << 40 << 7 * 60;
    QTest::newRow("10 engineers, 200 visits: capacity short") << 10 << 200 << 7u << 10 << 7 * 60;
    // R16: late morning, the visits under way stay and nothing starts before 11:20.
    QTest::newRow("20 engineers, 200 visits, planned at 11:00") << 20 << 200 << 3u << 50 << 11 * 60;
}

void TestDayPlanner::generatedCentre()
{
    QFETCH(int, engineers);
    QFETCH(int, visits);
    QFETCH(quint32, seed);
    QFETCH(int, bookedPercent);
    QFETCH(int, nowMinute);

    DayPlanRequest r = test::PlanningInstance::generate(engineers, visits, seed, bookedPercent);
    r.now = test::PlanningInstance::at(r.day, nowMinute);
    const DayPlan plan = DayPlanner::plan(r);
    const DayPlan greedy = GreedyPlanner::plan(r);
    verifyPlan(r, plan);
    verifyPlan(r, greedy);

    // Never fewer visits placed than the baseline, never fewer urgent ones (R12).
    QVERIFY2(plan.unplaced.size() <= greedy.unplaced.size(),
             qPrintable(QStringLiteral("planner leaves %1, greedy %2").arg(plan.unplaced.size()).arg(greedy.unplaced.size())));
    const auto urgentLeft = [&](const DayPlan &p) {
        QHash<qint64, Priority> priority;
        for (const BoardVisit &q : r.queued)
            priority.insert(q.id, q.priority);
        for (const AssignedVisit &a : r.assigned)
            priority.insert(a.visit.id, a.visit.priority);
        return std::count_if(p.unplaced.cbegin(), p.unplaced.cend(),
                             [&](const Unplaced &u) { return priority.value(u.visitId) == Priority::Urgent; });
    };
    QVERIFY(urgentLeft(plan) <= urgentLeft(greedy));

    // Nothing placed or moved to start before the engineer could leave (R16).
    for (const PlannedMove &m : plan.moves)
        QVERIFY(m.start >= r.now.addSecs(20 * 60));

    // The same request gives the same plan.
    QCOMPARE(planText(DayPlanner::plan(r)), planText(plan));
    qInfo("placed %lld of %d (greedy %lld); commitments met %d (greedy %d); travel %d min (greedy %d)",
          qlonglong(r.assigned.size() + r.queued.size() - plan.unplaced.size()), visits,
          qlonglong(r.assigned.size() + r.queued.size() - greedy.unplaced.size()), plan.commitmentsMet,
          greedy.commitmentsMet, plan.travelMinutes, greedy.travelMinutes);
}

QTEST_GUILESS_MAIN(TestDayPlanner)
#include "tst_dayplanner.moc"
