// Rules R19 + R27: a remote fix (R7a), or a visit not tested on the spot, is followed up two
// hours after the call; when that falls outside working time, at the start of the next
// working period of the service centre's calendar.
#include "FollowUpRule.h"
#include "WorkingCalendar.h"

#include <QTest>
#include <QTimeZone>

using namespace hotline;

namespace {

// November 2026: the 23rd is a Monday. Fixed dates only, never the real clock.
const QDate kThursday19(2026, 11, 19);
const QDate kFriday20(2026, 11, 20);
const QDate kSaturday21(2026, 11, 21);
const QDate kSunday22(2026, 11, 22);
const QDate kMonday23(2026, 11, 23);
const QDate kTuesday24(2026, 11, 24);
const QDate kWednesday25(2026, 11, 25); // a public holiday in this calendar
const QDate kThursday26(2026, 11, 26);  // a public holiday in this calendar
const QDate kFriday27(2026, 11, 27);
const QDate kSaturday28(2026, 11, 28); // a make-up working day (调休)
const QDate kMonday30(2026, 11, 30);

QDateTime at(const QDate &day, int h, int m)
{
    return QDateTime(day, QTime(h, m), QTimeZone::utc());
}

// R27: 08:30–17:30, Saturday and Sunday off, two public holidays and one make-up Saturday.
WorkingCalendar centreCalendar()
{
    WorkingCalendar cal;
    cal.setHours(QTime(8, 30), QTime(17, 30));
    cal.setRestDays({6, 7});
    cal.setHolidays({kWednesday25, kThursday26});
    cal.setMakeUpWorkdays({kSaturday28});
    return cal;
}

} // namespace

class TestFollowUpRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delay();
    void due_data();
    void due();
    void dueKeepsLocalTime();
    void otherHours();
};

void TestFollowUpRule::delay()
{
    // R19: two hours.
    QCOMPARE(FollowUpRule::kDelayMinutes, 120);
}

void TestFollowUpRule::due_data()
{
    QTest::addColumn<QDateTime>("callEnded");
    QTest::addColumn<QDateTime>("expected");

    // Inside working hours: exactly two hours later, same day.
    QTest::newRow("Monday 10:00") << at(kMonday23, 10, 0) << at(kMonday23, 12, 0);
    QTest::newRow("Monday 15:29") << at(kMonday23, 15, 29) << at(kMonday23, 17, 29);
    // Two hours later is exactly closing time. Working time is [08:30, 17:30): at 17:30
    // the centre is closed, so the follow-up moves to the next working morning.
    QTest::newRow("Monday 15:30, closing time") << at(kMonday23, 15, 30) << at(kTuesday24, 8, 30);
    // Falls after closing: next working day at opening, not "two working hours" later.
    QTest::newRow("Monday 16:45") << at(kMonday23, 16, 45) << at(kTuesday24, 8, 30);
    QTest::newRow("Monday 23:00, past midnight") << at(kMonday23, 23, 0) << at(kTuesday24, 8, 30);
    // Weekend in between.
    QTest::newRow("Friday 16:00") << at(kFriday20, 16, 0) << at(kMonday23, 8, 30);
    QTest::newRow("Friday 23:00, into Saturday") << at(kFriday20, 23, 0) << at(kMonday23, 8, 30);
    // The day before public holidays (Wed 25th and Thu 26th): the first working day after.
    QTest::newRow("Tuesday 16:00 before holidays") << at(kTuesday24, 16, 0) << at(kFriday27, 8, 30);
    QTest::newRow("on a holiday") << at(kWednesday25, 10, 0) << at(kFriday27, 8, 30);
    // A make-up Saturday is a working day: the follow-up happens on it ...
    QTest::newRow("make-up Saturday 10:00") << at(kSaturday28, 10, 0) << at(kSaturday28, 12, 0);
    // ... and a call late on the Friday before it is followed up on that Saturday morning.
    QTest::newRow("Friday 16:00 before make-up Saturday") << at(kFriday27, 16, 0) << at(kSaturday28, 8, 30);
    QTest::newRow("make-up Saturday 16:00") << at(kSaturday28, 16, 0) << at(kMonday30, 8, 30);
    // Before opening: 07:00 + 2h = 09:00, inside hours, so 09:00 (not 08:30, not 10:30).
    QTest::newRow("Monday 07:00") << at(kMonday23, 7, 0) << at(kMonday23, 9, 0);
    QTest::newRow("Monday 06:30, lands on opening") << at(kMonday23, 6, 30) << at(kMonday23, 8, 30);
    QTest::newRow("Monday 05:00") << at(kMonday23, 5, 0) << at(kMonday23, 8, 30);
    // On a rest day: the next working day at opening.
    QTest::newRow("Sunday 11:00") << at(kSunday22, 11, 0) << at(kMonday23, 8, 30);
    QTest::newRow("Saturday 11:00") << at(kSaturday21, 11, 0) << at(kMonday23, 8, 30);
    QTest::newRow("Sunday 23:00, into Monday night") << at(kSunday22, 23, 0) << at(kMonday23, 8, 30);
    QTest::newRow("Thursday 12:00") << at(kThursday19, 12, 0) << at(kThursday19, 14, 0);
}

void TestFollowUpRule::due()
{
    QFETCH(QDateTime, callEnded);
    QFETCH(QDateTime, expected);
    const WorkingCalendar cal = centreCalendar();
    const QDateTime due = FollowUpRule::due(callEnded, cal);
    QCOMPARE(due, expected);
    QVERIFY(cal.isWorkingTime(due)); // always a moment someone can make the call
    QVERIFY(due >= callEnded.addSecs(2 * 3600)); // never earlier than two hours
}

void TestFollowUpRule::dueKeepsLocalTime()
{
    // The console's clocks are local time: the answer is the same wall-clock moment, in local time.
    const WorkingCalendar cal = centreCalendar();
    const QDateTime due = FollowUpRule::due(QDateTime(kFriday20, QTime(16, 0)), cal);
    QCOMPARE(due.timeSpec(), Qt::LocalTime);
    QCOMPARE(due.date(), kMonday23);
    QCOMPARE(due.time(), QTime(8, 30));
    QCOMPARE(FollowUpRule::due(QDateTime(kMonday23, QTime(10, 0)), cal), QDateTime(kMonday23, QTime(12, 0)));
}

void TestFollowUpRule::otherHours()
{
    // R27: the hours are configurable; the rule follows the calendar it is given.
    WorkingCalendar cal = centreCalendar();
    cal.setHours(QTime(9, 0), QTime(18, 0));
    QCOMPARE(FollowUpRule::due(at(kMonday23, 15, 30), cal), at(kMonday23, 17, 30));
    QCOMPARE(FollowUpRule::due(at(kMonday23, 16, 0), cal), at(kTuesday24, 9, 0));
    QCOMPARE(FollowUpRule::due(at(kMonday23, 6, 0), cal), at(kMonday23, 9, 0));
}

QTEST_GUILESS_MAIN(TestFollowUpRule)
#include "tst_followuprule.moc"
