// Rule R27: "next morning" and the 24/48-hour commitments count working days and hours.
#include "WorkingCalendar.h"

#include <QTest>
#include <QTimeZone>

using namespace hotline;

namespace {

// November 2026: the 20th is a Friday, the 23rd a Monday.
const QDate kFriday(2026, 11, 20);
const QDate kSaturday(2026, 11, 21);
const QDate kMonday(2026, 11, 23);
const QDate kTuesday(2026, 11, 24);
const QDate kWednesday(2026, 11, 25);

QDateTime at(const QDate &day, int h, int m)
{
    return QDateTime(day, QTime(h, m), QTimeZone::utc());
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void setHoursRejectsNonsense();
    void weekendsAndHolidays();
    void makeUpWorkday();
    void previousWorkingDay();
    void nextWorkingDay();
    void isWorkingTime();
    void nextWorkingMoment_data();
    void nextWorkingMoment();
    void nextWorkingMomentLocalTime();
    void customRestDays();
    void countsOnTheMomentsOwnClock();
    void aDaylightSavingNightLeavesWorkingTimeAlone();
    void aClockChangeInWorkingHoursCountsTheTimeThatPassed();
};

void TestWorkingCalendar::defaults()
{
    // R27: by default the centre works Monday to Friday, 08:30 to 17:30.
    const WorkingCalendar cal;
    QCOMPARE(cal.startOfDay(), QTime(8, 30));
    QCOMPARE(cal.endOfDay(), QTime(17, 30));
    QCOMPARE(cal.restDays(), (QSet<int>{6, 7}));
    QVERIFY(cal.holidays().isEmpty());
    QVERIFY(cal.makeUpWorkdays().isEmpty());
    for (int i = 0; i < 7; ++i) {
        const QDate day = kMonday.addDays(i);
        QCOMPARE(cal.isWorkingDay(day), day.dayOfWeek() <= 5);
    }
}

void TestWorkingCalendar::setHoursRejectsNonsense()
{
    WorkingCalendar cal;
    cal.setHours(QTime(9, 0), QTime(18, 0));
    QCOMPARE(cal.startOfDay(), QTime(9, 0));
    QCOMPARE(cal.endOfDay(), QTime(18, 0));
    // An end before the start, or an invalid time, leaves the hours as they were.
    cal.setHours(QTime(18, 0), QTime(9, 0));
    cal.setHours(QTime(), QTime(12, 0));
    QCOMPARE(cal.startOfDay(), QTime(9, 0));
    QCOMPARE(cal.endOfDay(), QTime(18, 0));
}

void TestWorkingCalendar::weekendsAndHolidays()
{
    // R27: public holidays close a working day.
    WorkingCalendar cal;
    cal.setHolidays({kTuesday});
    QVERIFY(cal.isWorkingDay(kMonday));
    QVERIFY(!cal.isWorkingDay(kTuesday));
    QVERIFY(cal.isWorkingDay(kWednesday));
    QVERIFY(!cal.isWorkingDay(kSaturday));
    QCOMPARE(cal.holidays(), QSet<QDate>{kTuesday});
}

void TestWorkingCalendar::makeUpWorkday()
{
    // R27: a make-up working day (调休) opens a Saturday.
    WorkingCalendar cal;
    cal.setMakeUpWorkdays({kSaturday});
    QVERIFY(cal.isWorkingDay(kSaturday));
    QVERIFY(!cal.isWorkingDay(kSaturday.addDays(1)));
    QCOMPARE(cal.previousWorkingDay(kMonday), kSaturday);
    QCOMPARE(cal.nextWorkingDay(kFriday), kSaturday);
    QVERIFY(cal.isWorkingTime(at(kSaturday, 10, 0)));
    QCOMPARE(cal.nextWorkingMoment(at(kFriday, 18, 0)), at(kSaturday, 8, 30));
}

void TestWorkingCalendar::previousWorkingDay()
{
    WorkingCalendar cal;
    // R27: the working day before a Monday is the Friday before it.
    QCOMPARE(cal.previousWorkingDay(kMonday), kFriday);
    QCOMPARE(cal.previousWorkingDay(kSaturday), kFriday);
    QCOMPARE(cal.previousWorkingDay(kTuesday), kMonday); // strictly before
    // R27: over a public holiday (Monday), back to the Friday.
    cal.setHolidays({kMonday});
    QCOMPARE(cal.previousWorkingDay(kTuesday), kFriday);
    // A run of holidays (National Day week, 1-7 October 2026, Thursday to Wednesday).
    QSet<QDate> golden;
    for (int d = 1; d <= 7; ++d)
        golden.insert(QDate(2026, 10, d));
    cal.setHolidays(golden);
    QCOMPARE(cal.previousWorkingDay(QDate(2026, 10, 8)), QDate(2026, 9, 30));
}

void TestWorkingCalendar::nextWorkingDay()
{
    WorkingCalendar cal;
    // R27/R18: the morning after a Friday visit is Monday.
    QCOMPARE(cal.nextWorkingDay(kFriday), kMonday);
    QCOMPARE(cal.nextWorkingDay(kMonday), kTuesday); // strictly after
    cal.setHolidays({kMonday, kTuesday});
    QCOMPARE(cal.nextWorkingDay(kFriday), kWednesday);
}

void TestWorkingCalendar::isWorkingTime()
{
    const WorkingCalendar cal;
    // R27: opening time is inside working hours, closing time is not.
    QVERIFY(!cal.isWorkingTime(at(kMonday, 8, 29)));
    QVERIFY(cal.isWorkingTime(at(kMonday, 8, 30)));
    QVERIFY(cal.isWorkingTime(at(kMonday, 17, 29)));
    QVERIFY(!cal.isWorkingTime(at(kMonday, 17, 30)));
    QVERIFY(!cal.isWorkingTime(at(kSaturday, 10, 0)));
}

void TestWorkingCalendar::nextWorkingMoment_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QDateTime>("expected");

    // R27: the next moment the centre is working. kWednesday is a public holiday here.
    QTest::newRow("inside hours") << at(kMonday, 10, 15) << at(kMonday, 10, 15);
    QTest::newRow("at opening") << at(kMonday, 8, 30) << at(kMonday, 8, 30);
    QTest::newRow("before opening") << at(kMonday, 7, 0) << at(kMonday, 8, 30);
    QTest::newRow("just after midnight") << at(kMonday, 0, 5) << at(kMonday, 8, 30);
    QTest::newRow("at closing") << at(kMonday, 17, 30) << at(kTuesday, 8, 30);
    QTest::newRow("after closing") << at(kMonday, 20, 0) << at(kTuesday, 8, 30);
    QTest::newRow("Friday evening") << at(kFriday, 18, 0) << at(kMonday, 8, 30);
    QTest::newRow("Saturday noon") << at(kSaturday, 12, 0) << at(kMonday, 8, 30);
    QTest::newRow("Sunday early") << at(kSaturday.addDays(1), 6, 0) << at(kMonday, 8, 30);
    QTest::newRow("on a holiday") << at(kWednesday, 10, 0) << at(kWednesday.addDays(1), 8, 30);
    QTest::newRow("holiday, early") << at(kWednesday, 7, 0) << at(kWednesday.addDays(1), 8, 30);
    QTest::newRow("evening before a holiday")
        << at(kTuesday, 19, 0) << at(kWednesday.addDays(1), 8, 30);
}

void TestWorkingCalendar::nextWorkingMoment()
{
    QFETCH(QDateTime, moment);
    QFETCH(QDateTime, expected);

    WorkingCalendar cal;
    cal.setHolidays({kWednesday});
    const QDateTime next = cal.nextWorkingMoment(moment);
    QCOMPARE(next, expected);
    QVERIFY(cal.isWorkingTime(next));
}

void TestWorkingCalendar::nextWorkingMomentLocalTime()
{
    // R27: the console's clocks are local time; the answer is the same wall-clock moment.
    const WorkingCalendar cal;
    const QDateTime friday(kFriday, QTime(18, 0));
    const QDateTime next = cal.nextWorkingMoment(friday);
    QVERIFY(next.isValid());
    QCOMPARE(next, QDateTime(kMonday, QTime(8, 30)));
    QCOMPARE(next.date(), kMonday);
    QCOMPARE(next.time(), QTime(8, 30));
    QCOMPARE(next.timeSpec(), Qt::LocalTime); // not converted to another time spec
}

void TestWorkingCalendar::customRestDays()
{
    // R27: the weekly rest days are configurable (a centre open on Saturdays, closed Mondays).
    WorkingCalendar cal;
    cal.setRestDays({1, 7});
    QCOMPARE(cal.restDays(), (QSet<int>{1, 7}));
    QVERIFY(cal.isWorkingDay(kSaturday));
    QVERIFY(!cal.isWorkingDay(kMonday));
    QCOMPARE(cal.nextWorkingDay(kSaturday), kTuesday);
    QCOMPARE(cal.previousWorkingDay(kTuesday), kSaturday);
    QCOMPARE(cal.nextWorkingMoment(at(kSaturday, 18, 0)), at(kTuesday, 8, 30));
}

void TestWorkingCalendar::countsOnTheMomentsOwnClock()
{
    // R27: working hours are read on the clock of the moment given, and the answer keeps it.
    const WorkingCalendar cal;
    const QDateTime beijingNine(kMonday, QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600);
    const QDateTime later = cal.addWorkingTime(beijingNine, 10 * 3600); // 8.5 h on Monday, 1.5 h on Tuesday
    QCOMPARE(later.timeSpec(), Qt::OffsetFromUTC);
    QCOMPARE(later.offsetFromUtc(), 8 * 3600);
    QCOMPARE(later.date(), kTuesday);
    QCOMPARE(later.time(), QTime(10, 0));
    // The end given in another spec is the same instant: 11:00 in Beijing is 03:00 UTC.
    const QDateTime elevenUtc(kMonday, QTime(3, 0), Qt::UTC);
    QCOMPARE(cal.workingSecondsBetween(beijingNine, elevenUtc), 2 * 3600);
    QCOMPARE(cal.workingSecondsBetween(elevenUtc, beijingNine), -2 * 3600);
    QCOMPARE(cal.workingSecondsBetween(beijingNine, later.toUTC()), 10 * 3600);
    // Read in UTC, the same instant is 01:00, before the day begins.
    QCOMPARE(cal.nextWorkingMoment(beijingNine.toUTC()), QDateTime(kMonday, QTime(8, 30), Qt::UTC));
}

void TestWorkingCalendar::aDaylightSavingNightLeavesWorkingTimeAlone()
{
    // A zone that changes its clocks at night: a working day is 9 h on either side of it.
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("the system has no time zone data for Europe/Berlin");
    const WorkingCalendar cal;
    const QDate friday(2026, 3, 27); // clocks go forward on Sunday 29 March at 02:00
    const QDateTime fridayNoon(friday, QTime(12, 0), berlin);
    const QDateTime mondayNoon(friday.addDays(3), QTime(12, 0), berlin);
    QCOMPARE(cal.workingSecondsBetween(fridayNoon, mondayNoon), 9 * 3600);
    const QDateTime due = cal.addWorkingTime(fridayNoon, 9 * 3600);
    QCOMPARE(due.timeZone(), berlin);
    QCOMPARE(due, mondayNoon);
    QCOMPARE(due.offsetFromUtc(), 2 * 3600); // summer time
}

void TestWorkingCalendar::aClockChangeInWorkingHoursCountsTheTimeThatPassed()
{
    // R27: a centre whose hours take in the night its clocks change counts real time.
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("the system has no time zone data for Europe/Berlin");
    WorkingCalendar cal;
    cal.setHours(QTime(0, 0), QTime(23, 59));
    cal.setRestDays({}); // the clocks change on Sundays
    const QDate spring(2026, 3, 29); // 02:00 becomes 03:00
    const QDateTime halfPastMidnight(spring, QTime(0, 30), berlin);
    QCOMPARE(cal.workingSecondsBetween(halfPastMidnight, QDateTime(spring, QTime(12, 0), berlin)),
             10 * 3600 + 1800); // 11 h 30 on the clock, one of them skipped
    const QDateTime due = cal.addWorkingTime(QDateTime(spring, QTime(1, 59), berlin), 120);
    QVERIFY(due.isValid());
    QCOMPARE(due, QDateTime(spring, QTime(3, 1), berlin));
    QCOMPARE(cal.nextWorkingMoment(halfPastMidnight), halfPastMidnight);

    // 03:00 summer time becomes 02:00 again: 02:30 summer time to 02:15 winter time is 45 min.
    const QDate autumn(2026, 10, 25);
    const QDateTime summerHalfPastTwo = QDateTime(autumn, QTime(0, 30), Qt::UTC).toTimeZone(berlin);
    const QDateTime winterQuarterPastTwo = QDateTime(autumn, QTime(1, 15), Qt::UTC).toTimeZone(berlin);
    QCOMPARE(summerHalfPastTwo.time(), QTime(2, 30));
    QCOMPARE(winterQuarterPastTwo.time(), QTime(2, 15));
    QCOMPARE(cal.workingSecondsBetween(summerHalfPastTwo, winterQuarterPastTwo), 45 * 60);
    QCOMPARE(cal.workingSecondsBetween(winterQuarterPastTwo, summerHalfPastTwo), -45 * 60);
    QCOMPARE(cal.addWorkingTime(summerHalfPastTwo, 45 * 60), winterQuarterPastTwo);
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
