// When the customer can receive the engineer, as told at intake (R1: the customer's request,
// preferred visit time). Dispatch books a visit only inside one of the customer's windows
// (R10, R11); another time would need the customer's agreement (R14). The stored text form is
// also what the command line takes, so a wrong part is named with what to write instead.
#include "CustomerAvailability.h"

#include <QTest>
#include <QTimeZone>

using namespace hotline;

namespace {

// November 2026: the 23rd is a Monday. Fixed dates only, never the real clock.
const QDate kMonday23(2026, 11, 23);
const QDate kTuesday24(2026, 11, 24);
const QDate kWednesday25(2026, 11, 25);
const QDate kThursday26(2026, 11, 26);
const QDate kFriday27(2026, 11, 27);
const QDate kSunday29(2026, 11, 29);
const QDate kWednesdayDec2(2026, 12, 2);

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

CustomerAvailability availability(const char *utf8)
{
    QString error;
    const std::optional<CustomerAvailability> a = CustomerAvailability::parse(text(utf8), &error);
    if (!a)
        qFatal("bad availability in the test itself: %s", qPrintable(error));
    return *a;
}

QDateTime at(const QDate &day, const char *hhmm)
{
    return QDateTime(day, QTime::fromString(QString::fromLatin1(hhmm), QStringLiteral("HH:mm")), QTimeZone::utc());
}

QString spansText(const QList<CustomerAvailability::DaySpan> &spans)
{
    QStringList parts;
    for (const CustomerAvailability::DaySpan &s : spans)
        parts.append(QStringLiteral("%1-%2").arg(s.from).arg(s.to));
    return parts.join(u' ');
}

} // namespace

class TestCustomerAvailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void builtInCodeRoundTrips();
    void allows_data();
    void allows();
    void allowsOnTheVisitsOwnClock();
    void spansOn_data();
    void spansOn();
};

void TestCustomerAvailability::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");   // toText() of what was parsed
    QTest::addColumn<QString>("description"); // what the UI shows
    QTest::addColumn<int>("weekly");
    QTest::addColumn<int>("dated");

    // R1: "no preference" is any time.
    QTest::newRow("empty: any time") << QString() << QString() << text("Any time") << 0 << 0;
    QTest::newRow("blank parts: any time") << text(" ; ;") << QString() << text("Any time") << 0 << 0;

    QTest::newRow("listed days") << text("Mon,Wed,Fri 12:00-17:00") << text("Mon,Wed,Fri 12:00-17:00")
                                 << text("Mon, Wed, Fri 12:00–17:00") << 1 << 0;
    QTest::newRow("as operators type it: any order, any case, spaces, en dash")
        << text("fri, MON,wed  12:00 – 17:00") << text("Mon,Wed,Fri 12:00-17:00")
        << text("Mon, Wed, Fri 12:00–17:00") << 1 << 0;
    QTest::newRow("a range of days, hour without its zero")
        << text("Mon-Fri 9:00-12:00") << text("Mon,Tue,Wed,Thu,Fri 09:00-12:00") << text("Mon–Fri 09:00–12:00")
        << 1 << 0;
    QTest::newRow("a range over the week's end") << text("Sat-Mon 10:00-16:00") << text("Mon,Sat,Sun 10:00-16:00")
                                                 << text("Mon, Sat, Sun 10:00–16:00") << 1 << 0;
    QTest::newRow("days in full") << text("Saturday,sunday 08:00-20:00") << text("Sat,Sun 08:00-20:00")
                                  << text("Sat, Sun 08:00–20:00") << 1 << 0;
    QTest::newRow("a run and a single day") << text("Mon,Tue,Wed,Sat 18:00-21:00")
                                            << text("Mon,Tue,Wed,Sat 18:00-21:00")
                                            << text("Mon–Wed, Sat 18:00–21:00") << 1 << 0;
    QTest::newRow("full-width punctuation") << text("Mon，Wed 12：00～17：00") << text("Mon,Wed 12:00-17:00")
                                            << text("Mon, Wed 12:00–17:00") << 1 << 0;
    // As Chinese operators type it: 周一 / 星期三, 至 for a range, 工作日, 周末, 每天.
    QTest::newRow("Chinese days") << text("周一、星期三，周五 12:00-17:00") << text("Mon,Wed,Fri 12:00-17:00")
                                  << text("Mon, Wed, Fri 12:00–17:00") << 1 << 0;
    QTest::newRow("Chinese range and Sunday") << text("周五至周日 18:00-21:00") << text("Fri,Sat,Sun 18:00-21:00")
                                              << text("Fri–Sun 18:00–21:00") << 1 << 0;
    QTest::newRow("working days") << text("工作日 13:00-17:30") << text("Mon,Tue,Wed,Thu,Fri 13:00-17:30")
                                  << text("Mon–Fri 13:00–17:30") << 1 << 0;
    QTest::newRow("weekend, every day") << text("周末 09:00-12:00; 每天 19:00-21:00")
                                        << text("Sat,Sun 09:00-12:00; Mon,Tue,Wed,Thu,Fri,Sat,Sun 19:00-21:00")
                                        << text("Sat, Sun 09:00–12:00; Mon–Sun 19:00–21:00") << 2 << 0;

    QTest::newRow("a dated window") << text("2026-11-25 09:00-11:00") << text("2026-11-25 09:00-11:00")
                                    << text("Wed 2026-11-25 09:00–11:00") << 0 << 1;
    QTest::newRow("a dated window as typed") << text("2026/11/25 9:00~11:00") << text("2026-11-25 09:00-11:00")
                                             << text("Wed 2026-11-25 09:00–11:00") << 0 << 1;
    QTest::newRow("a dated window over midnight")
        << text("2026-11-25 18:00-2026-11-26 10:00") << text("2026-11-25 18:00-2026-11-26 10:00")
        << text("Wed 2026-11-25 18:00 – Thu 2026-11-26 10:00") << 0 << 1;

    QTest::newRow("weekly and dated, the example of the brief")
        << text("Mon,Wed,Fri 12:00-17:00; 2026-11-25 09:00-11:00")
        << text("Mon,Wed,Fri 12:00-17:00; 2026-11-25 09:00-11:00")
        << text("Mon, Wed, Fri 12:00–17:00; Wed 2026-11-25 09:00–11:00") << 1 << 1;
    QTest::newRow("dated first, trailing separator: weekly windows are written first")
        << text("2026-11-25 09:00-11:00; Tue 14:00-16:00;") << text("Tue 14:00-16:00; 2026-11-25 09:00-11:00")
        << text("Tue 14:00–16:00; Wed 2026-11-25 09:00–11:00") << 1 << 1;
    QTest::newRow("two windows on one day stay two")
        << text("Mon 09:00-12:00; Mon 14:00-17:00") << text("Mon 09:00-12:00; Mon 14:00-17:00")
        << text("Mon 09:00–12:00; Mon 14:00–17:00") << 2 << 0;
}

void TestCustomerAvailability::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(QString, description);
    QFETCH(int, weekly);
    QFETCH(int, dated);

    QString error;
    const std::optional<CustomerAvailability> a = CustomerAvailability::parse(input, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->weekly.size(), weekly);
    QCOMPARE(a->dated.size(), dated);
    QCOMPARE(a->toText(), canonical);
    QCOMPARE(a->description(), description);

    // The stored form reads back as the same availability, and is written the same again.
    const std::optional<CustomerAvailability> again = CustomerAvailability::parse(canonical, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == *a);
    QCOMPARE(again->toText(), canonical);
}

void TestCustomerAvailability::errors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("fragments"); // the part named, what is wrong, what to write

    QTest::newRow("a misspelt day") << text("Mon,Wxd 12:00-17:00")
                                    << QStringList{text("In “Mon,Wxd 12:00-17:00”"),
                                                   text("“Wxd” is not a day of the week"),
                                                   text("write Mon, Tue, Wed, Thu, Fri, Sat or Sun")};
    QTest::newRow("a misspelt end of a range")
        << text("Mon-Xyz 09:00-12:00") << QStringList{text("“Xyz” is not a day of the week")};
    QTest::newRow("no hours") << text("Mon,Wed")
                              << QStringList{text("In “Mon,Wed”"), text("the hours are missing"),
                                             text("“Mon,Wed 12:00-17:00”")};
    QTest::newRow("one time, not a range")
        << text("Mon 12:00") << QStringList{text("In “Mon 12:00”"), text("write the hours as from-to, e.g. “12:00-17:00”")};
    QTest::newRow("not a time") << text("Mon 12:60-17:00")
                                << QStringList{text("“12:60” is not a time"), text("e.g. “09:00”")};
    QTest::newRow("not an end time") << text("Mon 12:00-5pm") << QStringList{text("“5pm” is not a time")};
    QTest::newRow("end before start") << text("Mon 17:00-12:00")
                                      << QStringList{text("the end comes before the start"), text("“12:00-17:00”")};
    QTest::newRow("empty window") << text("Mon 12:00-12:00") << QStringList{text("the end comes before the start")};
    QTest::newRow("hours without days")
        << text("12:00-17:00") << QStringList{text("which days?"), text("“Mon-Fri 12:00-17:00”")};
    QTest::newRow("not a date") << text("2026-02-30 09:00-11:00")
                                << QStringList{text("“2026-02-30” is not a date"), text("year-month-day")};
    QTest::newRow("not an end date") << text("2026-11-25 09:00-2026-13-01 10:00")
                                     << QStringList{text("“2026-13-01” is not a date")};
    QTest::newRow("dated, end before start")
        << text("2026-11-25 11:00-09:00") << QStringList{text("the end comes before the start"), text("“09:00-11:00”")};
    QTest::newRow("dated, end on an earlier day")
        << text("2026-11-25 11:00-2026-11-24 12:00") << QStringList{text("the end comes before the start")};
    QTest::newRow("the wrong part is the one named")
        << text("Mon-Fri 09:00-12:00; 2026-11-25 11:00-09:00")
        << QStringList{text("In “2026-11-25 11:00-09:00”")};
}

void TestCustomerAvailability::errors()
{
    QFETCH(QString, input);
    QFETCH(QStringList, fragments);

    QString error;
    QVERIFY(!CustomerAvailability::parse(input, &error));
    for (const QString &f : std::as_const(fragments))
        QVERIFY2(error.contains(f), qPrintable(QStringLiteral("«%1» not in «%2»").arg(f, error)));
    QVERIFY(!CustomerAvailability::parse(input)); // no error text wanted: still refused
}

void TestCustomerAvailability::builtInCodeRoundTrips()
{
    // Built in code (as intake does), written, and read back: the same availability.
    CustomerAvailability a;
    a.weekly.append({{5, 1, 3}, QTime(12, 0), QTime(17, 0)});
    a.weekly.append({{7}, QTime(9, 30), QTime(11, 45)});
    a.dated.append({QDateTime(kWednesday25, QTime(9, 0)), QDateTime(kWednesday25, QTime(11, 0))});
    a.dated.append({QDateTime(kThursday26, QTime(18, 0)), QDateTime(kFriday27, QTime(8, 15))});
    QCOMPARE(a.toText(), text("Mon,Wed,Fri 12:00-17:00; Sun 09:30-11:45; 2026-11-25 09:00-11:00; "
                              "2026-11-26 18:00-2026-11-27 08:15"));
    const std::optional<CustomerAvailability> back = CustomerAvailability::parse(a.toText());
    QVERIFY(back);
    QVERIFY(*back == a);
    QVERIFY(CustomerAvailability().isEmpty());
    QCOMPARE(CustomerAvailability().toText(), QString());
}

void TestCustomerAvailability::allows_data()
{
    QTest::addColumn<QString>("availability");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<bool>("allowed");

    const QString mwf = text("Mon,Wed,Fri 12:00-17:00");
    QTest::newRow("weekly: starts at the window's start") << mwf << at(kMonday23, "12:00") << at(kMonday23, "13:00") << true;
    QTest::newRow("weekly: ends at the window's end") << mwf << at(kMonday23, "16:00") << at(kMonday23, "17:00") << true;
    QTest::newRow("weekly: the whole window") << mwf << at(kMonday23, "12:00") << at(kMonday23, "17:00") << true;
    QTest::newRow("weekly: one minute early") << mwf << at(kMonday23, "11:59") << at(kMonday23, "13:00") << false;
    QTest::newRow("weekly: one minute late") << mwf << at(kMonday23, "16:01") << at(kMonday23, "17:01") << false;
    QTest::newRow("weekly: wholly before") << mwf << at(kMonday23, "09:00") << at(kMonday23, "10:00") << false;
    QTest::newRow("weekly: Wednesday") << mwf << at(kWednesday25, "13:00") << at(kWednesday25, "14:00") << true;
    QTest::newRow("weekly: Friday") << mwf << at(kFriday27, "13:00") << at(kFriday27, "14:00") << true;
    QTest::newRow("weekly: Tuesday is not given") << mwf << at(kTuesday24, "13:00") << at(kTuesday24, "14:00") << false;
    QTest::newRow("weekly: Sunday is not given") << mwf << at(kSunday29, "13:00") << at(kSunday29, "14:00") << false;
    QTest::newRow("weekly: runs into the next day")
        << text("Mon 20:00-23:59") << at(kMonday23, "23:00") << at(kTuesday24, "00:30") << false;

    QTest::newRow("any time: a Sunday night") << QString() << at(kSunday29, "03:00") << at(kSunday29, "04:00") << true;

    const QString wed25 = text("2026-11-25 09:00-11:00");
    QTest::newRow("dated: the window") << wed25 << at(kWednesday25, "09:00") << at(kWednesday25, "11:00") << true;
    QTest::newRow("dated: one minute early") << wed25 << at(kWednesday25, "08:59") << at(kWednesday25, "10:00") << false;
    QTest::newRow("dated: one minute late") << wed25 << at(kWednesday25, "10:01") << at(kWednesday25, "11:01") << false;
    QTest::newRow("dated: the next day") << wed25 << at(kThursday26, "09:00") << at(kThursday26, "10:00") << false;
    QTest::newRow("dated: the same weekday a week later is not the window")
        << wed25 << at(kWednesdayDec2, "09:00") << at(kWednesdayDec2, "10:00") << false;

    const QString overnight = text("2026-11-25 18:00-2026-11-26 10:00");
    QTest::newRow("over midnight: the evening") << overnight << at(kWednesday25, "19:00") << at(kWednesday25, "20:00") << true;
    QTest::newRow("over midnight: the next morning") << overnight << at(kThursday26, "08:30") << at(kThursday26, "10:00") << true;
    QTest::newRow("over midnight: past its end") << overnight << at(kThursday26, "09:30") << at(kThursday26, "10:30") << false;

    const QString both = text("Mon,Wed,Fri 12:00-17:00; 2026-11-24 09:00-11:00");
    QTest::newRow("weekly or dated: the dated one") << both << at(kTuesday24, "09:30") << at(kTuesday24, "10:30") << true;
    QTest::newRow("weekly or dated: the weekly one") << both << at(kMonday23, "13:00") << at(kMonday23, "14:00") << true;
    QTest::newRow("weekly or dated: neither") << both << at(kTuesday24, "13:00") << at(kTuesday24, "14:00") << false;

    // The whole visit inside one window: two windows that touch do not add up to one.
    QTest::newRow("two windows, across both") << text("Mon 09:00-12:00; Mon 12:00-15:00") << at(kMonday23, "11:00")
                                              << at(kMonday23, "13:00") << false;
    QTest::newRow("two windows, inside the second") << text("Mon 09:00-12:00; Mon 12:00-15:00")
                                                    << at(kMonday23, "12:00") << at(kMonday23, "13:00") << true;

    QTest::newRow("end before start") << mwf << at(kMonday23, "14:00") << at(kMonday23, "13:00") << false;
    QTest::newRow("no time") << mwf << QDateTime() << QDateTime() << false;
}

void TestCustomerAvailability::allows()
{
    QFETCH(QString, availability);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(bool, allowed);

    const std::optional<CustomerAvailability> a = CustomerAvailability::parse(availability);
    QVERIFY(a);
    QCOMPARE(a->allows(start, end), allowed);
}

void TestCustomerAvailability::allowsOnTheVisitsOwnClock()
{
    // Wall-clock times, as the engineer's working hours are read (R11): 09:30 in Shanghai is
    // inside "09:00-11:00" whatever the visit's QDateTime time spec.
    const CustomerAvailability a = availability("2026-11-25 09:00-11:00; Mon 12:00-17:00");
    const QTimeZone shanghai(8 * 3600);
    QVERIFY(a.allows(QDateTime(kWednesday25, QTime(9, 30), shanghai), QDateTime(kWednesday25, QTime(10, 30), shanghai)));
    QVERIFY(a.allows(QDateTime(kWednesday25, QTime(9, 30)), QDateTime(kWednesday25, QTime(10, 30))));
    QVERIFY(a.allows(QDateTime(kMonday23, QTime(12, 0), shanghai), QDateTime(kMonday23, QTime(17, 0), shanghai)));
    QVERIFY(!a.allows(QDateTime(kMonday23, QTime(11, 0), shanghai), QDateTime(kMonday23, QTime(12, 0), shanghai)));
}

void TestCustomerAvailability::spansOn_data()
{
    QTest::addColumn<QString>("availability");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("spans"); // minutes after midnight

    QTest::newRow("any time: the whole day") << QString() << kMonday23 << text("0-1440");
    QTest::newRow("weekly, a day given") << text("Mon,Wed 12:00-17:00") << kMonday23 << text("720-1020");
    QTest::newRow("weekly, a day not given") << text("Mon,Wed 12:00-17:00") << kTuesday24 << QString();
    QTest::newRow("sorted, weekly and dated") << text("Wed 14:00-16:00; 2026-11-25 09:00-11:00") << kWednesday25
                                              << text("540-660 840-960");
    QTest::newRow("the same window twice counts once") << text("Wed 09:00-11:00; 2026-11-25 09:00-11:00")
                                                       << kWednesday25 << text("540-660");
    QTest::newRow("over midnight, first day") << text("2026-11-25 18:00-2026-11-26 10:00") << kWednesday25
                                              << text("1080-1440");
    QTest::newRow("over midnight, second day") << text("2026-11-25 18:00-2026-11-26 10:00") << kThursday26
                                               << text("0-600");
    QTest::newRow("dated, another day") << text("2026-11-25 09:00-11:00") << kThursday26 << QString();
}

void TestCustomerAvailability::spansOn()
{
    QFETCH(QString, availability);
    QFETCH(QDate, day);
    QFETCH(QString, spans);

    const std::optional<CustomerAvailability> a = CustomerAvailability::parse(availability);
    QVERIFY(a);
    QCOMPARE(spansText(a->spansOn(day)), spans);
}

QTEST_GUILESS_MAIN(TestCustomerAvailability)
#include "tst_customeravailability.moc"
