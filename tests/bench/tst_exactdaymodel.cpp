// The benchmark's exact model of a planning day (issue #9), on days small enough to know the
// optimum by hand: the ways it offers to serve a visit follow the planners' grid and rules, CBC
// solves it and its solution file is read back, the optimum weighs urgent visits and the
// 24-hour commitment (R12, R13) before the rest, keeps a booked visit at its time (R14), and
// passes AssignmentCheck (R11). Runs the real cbc (coinor-cbc, installed by scripts/setup).
#include "CbcRun.h"
#include "ExactDayModel.h"
#include "PlanTally.h"

#include <QTest>
#include <QTimeZone>

using namespace hotline;
using namespace hotline::bench;

namespace {

// November 2026: the 23rd is a Monday.
const QDate kMonday23(2026, 11, 23);
const QString kPudong = QStringLiteral("浦东新区");
const QString kWashing = QStringLiteral("washing_machine");

QDateTime at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone::utc());
}

DayPlanRequest oneEngineerDay(const QTime &workEnd)
{
    DayPlanRequest r;
    r.day = kMonday23;
    r.now = at(kMonday23.addDays(-3), 17); // Friday evening: the day is planned ahead
    Engineer e;
    e.id = 1;
    e.name = QStringLiteral("工程师1");
    e.district = kPudong;
    e.skills = {kWashing};
    e.workStart = QTime(8, 30);
    e.workEnd = workEnd;
    r.engineers = {e};
    return r;
}

// A 90-minute visit in the queue.
BoardVisit queued(qint64 id, Priority priority, const QDateTime &requestedAt)
{
    BoardVisit v;
    v.id = id;
    v.ticketId = 1000 + id;
    v.start = at(kMonday23, 0);
    v.end = at(kMonday23, 1, 30);
    v.district = kPudong;
    v.category = kWashing;
    v.customerName = QStringLiteral("客户%1").arg(id);
    v.priority = priority;
    v.requestedAt = requestedAt;
    return v;
}

DayPlan solved(const ExactDayModel &model)
{
    const CbcSolution solution = solveWithCbc(model.lpText(), 20);
    if (!solution.optimal)
        qWarning("cbc: %s", qPrintable(solution.status));
    return solution.optimal ? model.plan(model.chosen(solution.values)) : DayPlan{};
}

} // namespace

class TestExactDayModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCbcSolutionFile();
    void urgentAndCommitmentFirst();
    void bookedVisitKeepsItsTime();
};

void TestExactDayModel::readsCbcSolutionFile()
{
    const CbcSolution optimal = readCbcSolution(
        QStringLiteral("Optimal - objective value 4.00000000\n"
                       "      0 x0                     0                       3\n"
                       "      1 x1                     1                       2\n"));
    QVERIFY(optimal.optimal);
    QCOMPARE(optimal.values.size(), 1);
    QCOMPARE(optimal.values.value(QStringLiteral("x1")), 1.0);

    const CbcSolution stopped = readCbcSolution(
        QStringLiteral("Stopped on time - objective value 7.00000000\n"
                       "**    2 x2                     1                       7\n"));
    QVERIFY(!stopped.optimal);
    QCOMPARE(stopped.status, QStringLiteral("Stopped on time - objective value 7.00000000"));
    QCOMPARE(stopped.values.value(QStringLiteral("x2")), 1.0);

    const CbcSolution garbled
        = readCbcSolution(QStringLiteral("Optimal - objective value 1\nx0\n"));
    QVERIFY(!garbled.optimal);
    QVERIFY(garbled.status.contains(QStringLiteral("cannot read")));
}

// One engineer, 08:30–13:00, the day planned ahead: leaving 20 minutes after the start of work
// (R16), 15 minutes on the way and 10 early, the first start is 09:15. Room for two 90-minute
// visits of three (09:15, then 15 travel + 10 early: 11:15 to 12:45). The urgent one goes
// first (R12); of the normal ones, the one that can still meet its 24-hour commitment (R13)
// beats the one already past it.
void TestExactDayModel::urgentAndCommitmentFirst()
{
    DayPlanRequest r = oneEngineerDay(QTime(13, 0));
    r.queued = {queued(1, Priority::Normal, at(kMonday23.addDays(-7), 9)),  // due long ago
                queued(2, Priority::Normal, at(kMonday23.addDays(-3), 16)), // due Wednesday
                queued(3, Priority::Urgent, at(kMonday23.addDays(-7), 9))};
    const ExactDayModel model(r);
    QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
    // Every quarter hour from 09:15 to 11:30, for each visit.
    QCOMPARE(model.choices().size(), 3 * 10);
    QVERIFY(model.lpText().startsWith(QLatin1String("\\ Hotline")));

    const DayPlan optimum = solved(model);
    QCOMPARE(optimum.moves.size(), 2);
    QCOMPARE(optimum.unplaced.size(), 1);
    QCOMPARE(optimum.unplaced.first().visitId, 1);
    QVERIFY(refusals(r, optimum).isEmpty());
    const PlanTally t = PlanTally::of(r, optimum);
    QCOMPARE(t.urgentPlaced, 1);
    QCOMPARE(t.normalPlaced, 1);
    QCOMPARE(t.normalMet, 1);
    QCOMPARE(t.urgentMet, 0);
    QCOMPARE(t.travel, 2 * TravelTimes::kSameDistrictMinutes);
}

// A booked visit off the grid (09:05) stays where it is: moving it would need the customer's
// agreement (R14) and gains nothing. A pinned visit's time is offered to no one.
void TestExactDayModel::bookedVisitKeepsItsTime()
{
    DayPlanRequest r = oneEngineerDay(QTime(17, 30));
    AssignedVisit booked{queued(1, Priority::Normal, at(kMonday23.addDays(-3), 16)), false};
    booked.visit.engineerId = 1;
    booked.visit.start = at(kMonday23, 9, 5);
    booked.visit.end = at(kMonday23, 10, 35);
    AssignedVisit pinned{queued(2, Priority::Normal, at(kMonday23.addDays(-3), 16)), true};
    pinned.visit.engineerId = 1;
    pinned.visit.start = at(kMonday23, 14);
    pinned.visit.end = at(kMonday23, 15, 30);
    r.assigned = {booked, pinned};
    r.queued = {queued(3, Priority::Normal, at(kMonday23.addDays(-3), 16))};

    const ExactDayModel model(r);
    QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
    QVERIFY(model.offers(booked.visit));
    QVERIFY(model.offers(pinned.visit));
    BoardVisit clash = r.queued.first();
    clash.engineerId = 1;
    clash.start = at(kMonday23, 13, 30);
    clash.end = at(kMonday23, 15);
    QVERIFY(!model.offers(clash));

    const DayPlan optimum = solved(model);
    QCOMPARE(optimum.unplaced.size(), 0);
    QCOMPARE(optimum.moves.size(), 1);
    QCOMPARE(optimum.moves.first().visitId, 3);
    QVERIFY(refusals(r, optimum).isEmpty());
    const PlanTally t = PlanTally::of(r, optimum);
    QCOMPARE(t.placed(), 3);
    QCOMPARE(t.moved, 0);
}

QTEST_GUILESS_MAIN(TestExactDayModel)
#include "tst_exactdaymodel.moc"
