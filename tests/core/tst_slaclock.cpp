// Rules R13 and R27: the 24 h / 48 h service clocks count the centre's working time, stand
// still while a ticket waits for parts or for the customer, and warn the supervisors at their
// thresholds in working hours only.
#include "ServiceCommitment.h"
#include "SlaClock.h"

#include <QTest>
#include <QTimeZone>

using namespace hotline;

namespace {

// November 2026: the 20th is a Friday, the 23rd a Monday. The centre works 08:30–17:30,
// Monday to Friday: nine working hours a day.
const QDate kFriday(2026, 11, 20);
const QDate kSaturday(2026, 11, 21);
const QDate kSunday(2026, 11, 22);
const QDate kMonday(2026, 11, 23);
const QDate kTuesday(2026, 11, 24);
const QDate kWednesday(2026, 11, 25);
const QDate kThursday(2026, 11, 26);

constexpr qint64 kHour = 3600;
constexpr qint64 kVisit = 24 * kHour;

QDateTime at(const QDate &day, int h, int m = 0)
{
    return QDateTime(day, QTime(h, m), QTimeZone::utc());
}

SlaPause pause(const QDateTime &from, const QDateTime &to, const QString &reason = SlaPause::kParts)
{
    SlaPause p;
    p.reason = reason;
    p.from = from;
    p.to = to;
    return p;
}

} // namespace

using Pauses = QList<SlaPause>;
Q_DECLARE_METATYPE(Pauses)

class TestSlaClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void due_data();
    void due();
    void ongoingPauseStopsTheClock();
    void usedAndPausedAt();
    void thresholdsParse_data();
    void thresholdsParse();
    void warnings_data();
    void warnings();
};

void TestSlaClock::due_data()
{
    QTest::addColumn<QDateTime>("requested");
    QTest::addColumn<Pauses>("pauses");
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<qint64>("pausedWorking");

    // Monday 10:00: 7.5 h on Monday, 9 on Tuesday, 7.5 on Wednesday.
    QTest::newRow("no pause") << at(kMonday, 10) << Pauses{} << at(kWednesday, 16) << qint64(0);
    // Monday 16:00 to Tuesday 10:00: 1.5 h before closing, 1.5 h after opening; the night
    // does not count.
    QTest::newRow("across closing time") << at(kMonday, 10) << Pauses{pause(at(kMonday, 16), at(kTuesday, 10))}
                                         << at(kThursday, 10) << 3 * kHour;
    // Friday 15:00 to Monday 11:00: 2.5 + 2.5 h; the weekend does not count.
    QTest::newRow("across a weekend") << at(kFriday, 9) << Pauses{pause(at(kFriday, 15), at(kMonday, 11))}
                                      << at(kWednesday, 11) << 5 * kHour;
    QTest::newRow("only on the weekend") << at(kFriday, 9) << Pauses{pause(at(kSaturday, 10), at(kSunday, 18))}
                                         << at(kTuesday, 15) << qint64(0);
    QTest::newRow("overlapping records count once")
        << at(kMonday, 10)
        << Pauses{pause(at(kTuesday, 9), at(kTuesday, 11), SlaPause::kCustomer), pause(at(kMonday, 16), at(kTuesday, 10))}
        << at(kThursday, 11) << 4 * kHour;
    QTest::newRow("two pauses") << at(kMonday, 10)
                                << Pauses{pause(at(kMonday, 11), at(kMonday, 12)), pause(at(kTuesday, 14), at(kTuesday, 16))}
                                << at(kThursday, 10) << 3 * kHour;
    QTest::newRow("begun before the request") << at(kMonday, 10) << Pauses{pause(at(kMonday, 9), at(kMonday, 11))}
                                              << at(kWednesday, 17) << kHour;
    QTest::newRow("over before the request") << at(kMonday, 10) << Pauses{pause(at(kMonday, 8), at(kMonday, 9))}
                                             << at(kWednesday, 16) << qint64(0);
}

void TestSlaClock::due()
{
    QFETCH(QDateTime, requested);
    QFETCH(Pauses, pauses);
    QFETCH(QDateTime, due);
    QFETCH(qint64, pausedWorking);

    const WorkingCalendar cal;
    const SlaClock clock(requested, kVisit, cal, pauses);
    QCOMPARE(clock.due(), due);
    // The due time the planner and the slot suggestions rank by is the same one.
    QCOMPARE(ServiceCommitment::visitDue(requested, pauses, cal), due);
    QCOMPARE(clock.pausedSeconds(due), pausedWorking);
    QCOMPARE(clock.usedSeconds(due), kVisit);
    QCOMPARE(clock.leftSeconds(due), qint64(0));
}

void TestSlaClock::ongoingPauseStopsTheClock()
{
    const WorkingCalendar cal;
    const SlaClock clock(at(kMonday, 10), kVisit, cal, {pause(at(kMonday, 12), {}, SlaPause::kCustomer)});
    QVERIFY(!clock.due().isValid()); // nobody knows until the clock runs again
    QVERIFY(!ServiceCommitment::visitDue(at(kMonday, 10), {pause(at(kMonday, 12), {})}, cal).isValid());
    QCOMPARE(clock.usedSeconds(at(kWednesday, 12)), 2 * kHour);
    QCOMPARE(clock.usedSeconds(at(kMonday, 12)), 2 * kHour);
    QVERIFY(clock.pausedAt(at(kThursday, 9)));
    // A share reached before the pause is still known.
    QCOMPARE(clock.momentUsed(kHour), at(kMonday, 11));
}

void TestSlaClock::usedAndPausedAt()
{
    const WorkingCalendar cal;
    const SlaClock clock(at(kMonday, 10), kVisit, cal, {pause(at(kMonday, 16), at(kTuesday, 10))});
    QVERIFY(!clock.pausedAt(at(kMonday, 15, 59)));
    QVERIFY(clock.pausedAt(at(kMonday, 16)));
    QVERIFY(clock.pausedAt(at(kTuesday, 9, 59)));
    QVERIFY(!clock.pausedAt(at(kTuesday, 10)));
    // Tuesday noon: 7.5 h of Monday and 3.5 of Tuesday have passed, 3 of them paused.
    QCOMPARE(clock.usedSeconds(at(kTuesday, 12)), 8 * kHour);
    QCOMPARE(clock.usedFraction(at(kTuesday, 12)), 8.0 / 24.0);
    QCOMPARE(clock.usedSeconds(at(kMonday, 9)), qint64(0));
}

void TestSlaClock::thresholdsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("percents"); // empty: refused

    QTest::newRow("default") << "75,90" << QList<int>{75, 90};
    QTest::newRow("with signs and spaces") << " 75 %, 90% " << QList<int>{75, 90};
    QTest::newRow("one") << "80" << QList<int>{80};
    QTest::newRow("falling") << "90,75" << QList<int>{};
    QTest::newRow("twice") << "75,75" << QList<int>{};
    QTest::newRow("zero") << "0,50" << QList<int>{};
    QTest::newRow("the breach itself") << "75,100" << QList<int>{};
    QTest::newRow("words") << "three quarters" << QList<int>{};
    QTest::newRow("empty") << "" << QList<int>{};
}

void TestSlaClock::thresholdsParse()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, percents);
    const auto parsed = SlaThresholds::parse(text);
    QCOMPARE(parsed.has_value(), !percents.isEmpty());
    if (parsed) {
        QCOMPARE(parsed->percents(), percents);
        QCOMPARE(SlaThresholds::parse(parsed->text())->percents(), percents);
    }
}

void TestSlaClock::warnings_data()
{
    QTest::addColumn<QDateTime>("requested");
    QTest::addColumn<Pauses>("pauses");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("percent"); // 0: no warning
    QTest::addColumn<QDateTime>("delivered");

    // Monday 08:30: 75 % (18 h) is reached at Tuesday's closing, 90 % (21.6 h) on Wednesday
    // at 12:06, the breach (24 h) at 14:30.
    const QDateTime mon0830 = at(kMonday, 8, 30);
    QTest::newRow("early") << mon0830 << Pauses{} << at(kTuesday, 12) << 0 << QDateTime();
    QTest::newRow("75 % at closing waits for the morning")
        << mon0830 << Pauses{} << at(kTuesday, 17, 45) << 0 << QDateTime();
    QTest::newRow("75 % told at opening") << mon0830 << Pauses{} << at(kWednesday, 8, 30) << 75
                                          << at(kWednesday, 8, 30);
    QTest::newRow("90 %") << mon0830 << Pauses{} << at(kWednesday, 12, 6) << 90 << at(kWednesday, 12, 6);
    QTest::newRow("just before the breach") << mon0830 << Pauses{} << at(kWednesday, 14, 29) << 90
                                            << at(kWednesday, 12, 6);
    QTest::newRow("breached") << mon0830 << Pauses{} << at(kWednesday, 14, 30) << 100 << at(kWednesday, 14, 30);
    QTest::newRow("breached overnight stays breached")
        << mon0830 << Pauses{} << at(kThursday, 7) << 100 << at(kWednesday, 14, 30);
    // Waiting for parts on Wednesday morning puts the 90 % warning back by the pause.
    QTest::newRow("paused before 90 %") << mon0830 << Pauses{pause(at(kWednesday, 8, 30), at(kWednesday, 10))}
                                        << at(kWednesday, 13) << 75 << at(kWednesday, 8, 30);
    QTest::newRow("paused, then 90 %") << mon0830 << Pauses{pause(at(kWednesday, 8, 30), at(kWednesday, 10))}
                                       << at(kWednesday, 13, 36) << 90 << at(kWednesday, 13, 36);
    QTest::newRow("paused still: no breach") << mon0830 << Pauses{pause(at(kWednesday, 9), {})}
                                             << at(kThursday, 16) << 75 << at(kWednesday, 8, 30);
    // Monday 10:00: 75 % in the middle of Wednesday morning, told at once.
    QTest::newRow("in working hours") << at(kMonday, 10) << Pauses{} << at(kWednesday, 10) << 75
                                      << at(kWednesday, 10);
}

void TestSlaClock::warnings()
{
    QFETCH(QDateTime, requested);
    QFETCH(Pauses, pauses);
    QFETCH(QDateTime, now);
    QFETCH(int, percent);
    QFETCH(QDateTime, delivered);

    const WorkingCalendar cal;
    const SlaClock clock(requested, kVisit, cal, pauses);
    const auto warning = SlaThresholds().warningAt(clock, cal, now);
    QCOMPARE(warning ? warning->percent : 0, percent);
    if (warning) {
        QCOMPARE(warning->deliveredAt, delivered);
        QVERIFY(cal.isWorkingTime(warning->deliveredAt)); // R27: told in working hours only
    }
}

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
