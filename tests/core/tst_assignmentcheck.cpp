// Rule R11 (with R10): before a visit is accepted on an engineer's day it is checked for
// overlap with the engineer's other visits, travel time between consecutive visits plus the
// early-arrival margin (engineers arrive 5–10 minutes before the appointment; we plan for the
// full 10), the engineer's working hours, skill for the product category, and district.
// The customer's availability given at intake (R1) is checked too: another time would need the
// customer's agreement (R14).
// A conflicting drop is refused with the reason: every problem is reported, and each message
// explains itself (which visit, which hours, how many minutes short).
#include "AssignmentCheck.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <initializer_list>

using namespace hotline;

Q_DECLARE_METATYPE(hotline::BoardVisit)
Q_DECLARE_METATYPE(hotline::TravelTimes)

namespace {

// November 2026: the 23rd is a Monday. Fixed dates only, never the real clock.
const QDate kMonday23(2026, 11, 23);
const QDate kTuesday24(2026, 11, 24);
const QDate kSunday22(2026, 11, 22);

constexpr qint64 kMoving = 100; // the id of the visit being dropped

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList texts(std::initializer_list<const char *> utf8)
{
    QStringList list;
    for (const char *s : utf8)
        list.append(QString::fromUtf8(s));
    return list;
}

const QString kPudong = text("浦东新区");
const QString kXuhui = text("徐汇区");
const QString kJingan = text("静安区");
const QString kWashing = text("washing_machine");
const QString kPrinter = text("printer");
const QString kAirCon = text("air_conditioner");

QDateTime at(const QDate &day, const char *hhmm)
{
    const QTime t = QTime::fromString(QString::fromLatin1(hhmm), QStringLiteral("HH:mm"));
    Q_ASSERT(t.isValid());
    return QDateTime(day, t, QTimeZone::utc());
}

// The engineer of the brief: 08:30–17:30, 浦东新区, washing machines and printers.
Engineer engineer()
{
    Engineer e;
    e.id = 7;
    e.name = text("王建国");
    e.phone = QStringLiteral("139-0000-0007");
    e.district = kPudong;
    e.workStart = QTime(8, 30);
    e.workEnd = QTime(17, 30);
    e.skills = {kWashing, kPrinter};
    return e;
}

// One of the engineer's other visits.
BoardVisit other(qint64 id, const char *from, const char *to, const QString &district, const char *customer,
                 const QDate &day = kMonday23)
{
    BoardVisit v;
    v.id = id;
    v.ticketId = 1000 + id;
    v.engineerId = 7;
    v.start = at(day, from);
    v.end = at(day, to);
    v.district = district;
    v.category = kWashing;
    v.customerName = text(customer);
    return v;
}

// The visit being dropped on the engineer's day.
BoardVisit proposed(const char *from, const char *to, const QString &district = kPudong,
                    const QString &category = kWashing, const QDate &day = kMonday23)
{
    BoardVisit v;
    v.id = kMoving;
    v.ticketId = 1000 + kMoving;
    v.engineerId = 7;
    v.start = at(day, from);
    v.end = at(day, to);
    v.district = district;
    v.category = category;
    v.customerName = text("孙丽");
    return v;
}

// The visit being dropped, for a customer who gave the times they can receive the engineer.
BoardVisit proposedFor(const char *availability, const char *from, const char *to, const QDate &day = kMonday23)
{
    BoardVisit v = proposed(from, to, kPudong, kWashing, day);
    const std::optional<CustomerAvailability> a = CustomerAvailability::parse(QString::fromUtf8(availability));
    Q_ASSERT(a);
    v.availability = *a;
    return v;
}

TravelTimes defaultTravel()
{
    return TravelTimes();
}

TravelTimes travelWith(const QString &from, const QString &to, int minutes)
{
    TravelTimes t;
    t.set(from, to, minutes);
    return t;
}

QString kindName(AssignmentProblem::Kind kind)
{
    switch (kind) {
    case AssignmentProblem::Kind::Overlap: return QStringLiteral("Overlap");
    case AssignmentProblem::Kind::Travel: return QStringLiteral("Travel");
    case AssignmentProblem::Kind::Hours: return QStringLiteral("Hours");
    case AssignmentProblem::Kind::Skill: return QStringLiteral("Skill");
    case AssignmentProblem::Kind::District: return QStringLiteral("District");
    case AssignmentProblem::Kind::Consent: return QStringLiteral("Consent");
    case AssignmentProblem::Kind::TechSupport: return QStringLiteral("TechSupport");
    case AssignmentProblem::Kind::Availability: return QStringLiteral("Availability");
    }
    return QStringLiteral("?");
}

struct Outcome
{
    QStringList kinds;       // sorted
    QList<qint64> others;    // sorted, the non-zero otherVisit ids
    QStringList messages;
    bool otherOnlyWhereItBelongs = true; // otherVisit set exactly for Overlap and Travel
    bool allMessagesSet = true;
};

Outcome run(const QList<BoardVisit> &day, const BoardVisit &visit, const TravelTimes &travel)
{
    Outcome o;
    for (const AssignmentProblem &p : AssignmentCheck::check(engineer(), day, visit, travel)) {
        o.kinds.append(kindName(p.kind));
        if (p.otherVisit != 0)
            o.others.append(p.otherVisit);
        o.messages.append(p.message);
        const bool aboutAnotherVisit =
            p.kind == AssignmentProblem::Kind::Overlap || p.kind == AssignmentProblem::Kind::Travel;
        if (aboutAnotherVisit != (p.otherVisit != 0))
            o.otherOnlyWhereItBelongs = false;
        if (p.message.trimmed().isEmpty())
            o.allMessagesSet = false;
    }
    std::sort(o.kinds.begin(), o.kinds.end());
    std::sort(o.others.begin(), o.others.end());
    return o;
}

} // namespace

class TestAssignmentCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constants();
    void travelTimes_data();
    void travelTimes();
    void check_data();
    void check();
    void exactMessages();
    void timeSpecs_data();
    void timeSpecs();
    void engineerWithoutDistrict();
};

void TestAssignmentCheck::constants()
{
    // R11: engineers arrive 5–10 minutes early; the check plans for the full 10.
    QCOMPARE(AssignmentCheck::kArrivalMarginMinutes, 10);
    QCOMPARE(TravelTimes::kSameDistrictMinutes, 15);
    QCOMPARE(TravelTimes::kOtherDistrictMinutes, 40);
}

void TestAssignmentCheck::travelTimes_data()
{
    QTest::addColumn<TravelTimes>("travel");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("expected");

    // R11: travel times between districts, configurable; defaults 15 (same) / 40 (other).
    QTest::newRow("default, same district") << defaultTravel() << kPudong << kPudong << 15;
    QTest::newRow("default, other district") << defaultTravel() << kPudong << kXuhui << 40;
    QTest::newRow("default, other district back") << defaultTravel() << kXuhui << kPudong << 40;

    const TravelTimes custom = travelWith(kPudong, kXuhui, 25);
    QTest::newRow("custom, as set") << custom << kPudong << kXuhui << 25;
    QTest::newRow("custom, other direction") << custom << kXuhui << kPudong << 25;
    QTest::newRow("custom, unrelated pair keeps the default") << custom << kPudong << kJingan << 40;
    QTest::newRow("custom, same district keeps the default") << custom << kXuhui << kXuhui << 15;

    QTest::newRow("custom same district") << travelWith(kPudong, kPudong, 5) << kPudong << kPudong << 5;

    TravelTimes reset = travelWith(kPudong, kXuhui, 25);
    reset.set(kXuhui, kPudong, 30); // the later entry wins, both directions
    QTest::newRow("set again, forward") << reset << kPudong << kXuhui << 30;
    QTest::newRow("set again, back") << reset << kXuhui << kPudong << 30;
}

void TestAssignmentCheck::travelTimes()
{
    QFETCH(TravelTimes, travel);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, expected);
    QCOMPARE(travel.minutes(from, to), expected);
}

void TestAssignmentCheck::check_data()
{
    QTest::addColumn<QList<BoardVisit>>("day");
    QTest::addColumn<BoardVisit>("visit");
    QTest::addColumn<TravelTimes>("travel");
    QTest::addColumn<QStringList>("kinds");      // expected problem kinds, sorted
    QTest::addColumn<QList<qint64>>("others");   // expected otherVisit ids, sorted
    QTest::addColumn<QStringList>("fragments");  // each must appear in one of the messages

    const TravelTimes dflt = defaultTravel(); // 15 min same district, 40 other
    using Day = QList<BoardVisit>;
    using Ids = QList<qint64>;
    const QStringList none;

    // --- No problem -------------------------------------------------------------------------
    QTest::newRow("ok: inside hours, same district, skill present, enough gaps")
        << Day{other(1, "09:00", "10:00", kPudong, "张三"), other(2, "13:00", "14:00", kPudong, "李四")}
        << proposed("11:00", "12:00") << dflt << none << Ids{} << none;
    QTest::newRow("ok: empty day") << Day{} << proposed("11:00", "12:00") << dflt << none << Ids{} << none;

    // --- R11 working hours (08:30–17:30) -----------------------------------------------------
    QTest::newRow("hours: starts before workStart")
        << Day{} << proposed("08:00", "09:00") << dflt << texts({"Hours"}) << Ids{}
        << texts({"08:00–09:00 is outside 王建国's working hours (08:30–17:30)"});
    QTest::newRow("hours: starts one minute before workStart")
        << Day{} << proposed("08:29", "09:29") << dflt << texts({"Hours"}) << Ids{} << texts({"08:29–09:29"});
    QTest::newRow("hours: starts exactly at workStart")
        << Day{} << proposed("08:30", "09:30") << dflt << none << Ids{} << none;
    QTest::newRow("hours: ends after workEnd")
        << Day{} << proposed("17:00", "18:00") << dflt << texts({"Hours"}) << Ids{}
        << texts({"17:00–18:00 is outside 王建国's working hours (08:30–17:30)"});
    QTest::newRow("hours: ends exactly at workEnd")
        << Day{} << proposed("16:30", "17:30") << dflt << none << Ids{} << none;
    QTest::newRow("hours: ends one minute after workEnd")
        << Day{} << proposed("16:31", "17:31") << dflt << texts({"Hours"}) << Ids{}
        << texts({"16:31–17:31", "王建国", "(08:30–17:30)"});
    QTest::newRow("hours: the whole working day")
        << Day{} << proposed("08:30", "17:30") << dflt << none << Ids{} << none;
    QTest::newRow("hours: wholly after closing, reported once")
        << Day{} << proposed("18:00", "19:00") << dflt << texts({"Hours"}) << Ids{} << texts({"18:00–19:00"});
    QTest::newRow("hours: starts early and ends late, reported once")
        << Day{} << proposed("08:00", "18:00") << dflt << texts({"Hours"}) << Ids{} << texts({"08:00–18:00"});

    // --- R11 skills (product category) -------------------------------------------------------
    QTest::newRow("skill: category not among the engineer's skills")
        << Day{} << proposed("10:00", "11:00", kPudong, kAirCon) << dflt << texts({"Skill"}) << Ids{}
        << texts({"王建国 is not trained for Air conditioner"});
    {
        // R4: out of warranty without the customer's agreement to the charge.
        BoardVisit noConsent = proposed("10:00", "11:00", kPudong, kWashing);
        noConsent.markers = {QStringLiteral("to_verify"), QStringLiteral("no_consent")};
        QTest::newRow("consent: charge not agreed") << Day{} << noConsent << dflt << QStringList{QStringLiteral("Consent")}
                                                    << Ids{} << QStringList{QStringLiteral("(R4)")};
        // R7e: technical support looks at an unknown fault before dispatch.
        BoardVisit unknown = proposed("10:00", "11:00", kPudong, kWashing);
        unknown.markers = {QStringLiteral("tech_support")};
        QTest::newRow("tech support first") << Day{} << unknown << dflt << QStringList{QStringLiteral("TechSupport")}
                                            << Ids{} << QStringList{QStringLiteral("(R7e)")};
    }
    QTest::newRow("skill: first skill") << Day{} << proposed("10:00", "11:00", kPudong, kWashing) << dflt << none
                                        << Ids{} << none;
    QTest::newRow("skill: second skill") << Day{} << proposed("10:00", "11:00", kPudong, kPrinter) << dflt << none
                                         << Ids{} << none;
    QTest::newRow("skill: empty category is not checked")
        << Day{} << proposed("10:00", "11:00", kPudong, QString()) << dflt << none << Ids{} << none;

    // --- R11 area (district) -----------------------------------------------------------------
    QTest::newRow("district: another district is refused")
        << Day{} << proposed("10:00", "11:00", kXuhui) << dflt << texts({"District"}) << Ids{}
        << texts({"徐汇区 is outside 王建国's district (浦东新区)"});
    QTest::newRow("district: the engineer's own") << Day{} << proposed("10:00", "11:00", kPudong) << dflt << none
                                                  << Ids{} << none;
    QTest::newRow("district: empty is not checked")
        << Day{} << proposed("10:00", "11:00", QString()) << dflt << none << Ids{} << none;

    // --- R11 overlap with the engineer's other visits (张三 10:00–11:00) -----------------------
    const Day zhang{other(1, "10:00", "11:00", kPudong, "张三")};
    QTest::newRow("overlap: starts before, ends inside the other")
        << zhang << proposed("09:30", "10:30") << dflt << texts({"Overlap"}) << Ids{1}
        << texts({"Overlaps 张三's visit 10:00–11:00"});
    QTest::newRow("overlap: starts inside, ends after the other")
        << zhang << proposed("10:30", "11:30") << dflt << texts({"Overlap"}) << Ids{1}
        << texts({"Overlaps 张三's visit 10:00–11:00"});
    QTest::newRow("overlap: inside the other")
        << zhang << proposed("10:15", "10:45") << dflt << texts({"Overlap"}) << Ids{1} << texts({"张三"});
    QTest::newRow("overlap: contains the other")
        << zhang << proposed("09:30", "11:30") << dflt << texts({"Overlap"}) << Ids{1} << texts({"张三"});
    QTest::newRow("overlap: the same slot")
        << zhang << proposed("10:00", "11:00") << dflt << texts({"Overlap"}) << Ids{1} << texts({"张三"});
    QTest::newRow("overlap: by one minute")
        << zhang << proposed("10:59", "12:00") << dflt << texts({"Overlap"}) << Ids{1} << texts({"张三"});
    QTest::newRow("back-to-back after the other: no overlap, but travel")
        << zhang << proposed("11:00", "12:00") << dflt << texts({"Travel"}) << Ids{1}
        << texts({"From 张三's visit ending 11:00", "25 min short"});
    QTest::newRow("back-to-back before the other: no overlap, but travel")
        << zhang << proposed("09:00", "10:00") << dflt << texts({"Travel"}) << Ids{1}
        << texts({"To 张三's visit at 10:00", "25 min short"});
    QTest::newRow("overlap: the moving visit itself (same id) is ignored")
        << Day{other(kMoving, "10:00", "11:00", kPudong, "孙丽")} << proposed("10:30", "11:30") << dflt << none
        << Ids{} << none;
    QTest::newRow("travel: the moving visit itself (same id) is ignored")
        << Day{other(kMoving, "10:00", "11:00", kPudong, "孙丽")} << proposed("11:00", "12:00") << dflt << none
        << Ids{} << none;
    QTest::newRow("overlap: a visit on another date is ignored")
        << Day{other(1, "10:00", "11:00", kPudong, "张三", kTuesday24)} << proposed("10:00", "11:00") << dflt
        << none << Ids{} << none;
    QTest::newRow("travel: a visit on the day before is ignored")
        << Day{other(1, "11:00", "12:00", kXuhui, "张三", kSunday22)} << proposed("12:00", "13:00") << dflt << none
        << Ids{} << none;
    QTest::newRow("overlap: two visits, both reported")
        << Day{other(1, "10:00", "11:00", kPudong, "张三"), other(2, "11:30", "12:30", kPudong, "李四")}
        << proposed("10:30", "12:00") << dflt << texts({"Overlap", "Overlap"}) << Ids{1, 2}
        << texts({"Overlaps 张三's visit 10:00–11:00", "Overlaps 李四's visit 11:30–12:30"});

    // --- R11 travel from the previous visit (王五 10:00–11:00) --------------------------------
    // Same district: 15 min travel + 10 min early arrival = 25 min gap.
    const Day wangPudong{other(3, "10:00", "11:00", kPudong, "王五")};
    QTest::newRow("travel from previous, same district: gap 25, ok")
        << wangPudong << proposed("11:25", "12:25") << dflt << none << Ids{} << none;
    QTest::newRow("travel from previous, same district: gap 24, 1 min short")
        << wangPudong << proposed("11:24", "12:24") << dflt << texts({"Travel"}) << Ids{3}
        << texts({"From 王五's visit ending 11:00 in 浦东新区: 15 min travel + 10 min early arrival needs "
                  "until 11:25; 1 min short"});
    QTest::newRow("travel from previous, same district: gap 5, 20 min short")
        << wangPudong << proposed("11:05", "12:05") << dflt << texts({"Travel"}) << Ids{3}
        << texts({"20 min short"});
    // Other district: 40 + 10 = 50.
    const Day wangXuhui{other(3, "10:00", "11:00", kXuhui, "王五")};
    QTest::newRow("travel from previous, other district: gap 50, ok")
        << wangXuhui << proposed("11:50", "12:50") << dflt << none << Ids{} << none;
    QTest::newRow("travel from previous, other district: gap 49, 1 min short")
        << wangXuhui << proposed("11:49", "12:49") << dflt << texts({"Travel"}) << Ids{3}
        << texts({"From 王五's visit ending 11:00 in 徐汇区: 40 min travel + 10 min early arrival needs "
                  "until 11:50; 1 min short"});
    // R11 travel times are configurable: set(浦东新区, 徐汇区, 25) also covers 徐汇区 → 浦东新区.
    const TravelTimes pudongXuhui25 = travelWith(kPudong, kXuhui, 25);
    QTest::newRow("travel from previous, custom entry (other direction): gap 35, ok")
        << wangXuhui << proposed("11:35", "12:35") << pudongXuhui25 << none << Ids{} << none;
    QTest::newRow("travel from previous, custom entry (other direction): gap 34, 1 min short")
        << wangXuhui << proposed("11:34", "12:34") << pudongXuhui25 << texts({"Travel"}) << Ids{3}
        << texts({"25 min travel + 10 min early arrival needs until 11:35; 1 min short"});
    QTest::newRow("travel from previous, custom entry longer than the default: gap 50, 20 min short")
        << wangXuhui << proposed("11:50", "12:50") << travelWith(kXuhui, kPudong, 60) << texts({"Travel"})
        << Ids{3} << texts({"60 min travel", "until 12:10; 20 min short"});
    QTest::newRow("travel from previous, custom entry for another pair changes nothing")
        << wangXuhui << proposed("11:49", "12:49") << travelWith(kPudong, kJingan, 20) << texts({"Travel"})
        << Ids{3} << texts({"40 min travel", "1 min short"});
    const TravelTimes pudong5 = travelWith(kPudong, kPudong, 5);
    QTest::newRow("travel from previous, custom same-district time: gap 15, ok")
        << wangPudong << proposed("11:15", "12:15") << pudong5 << none << Ids{} << none;
    QTest::newRow("travel from previous, custom same-district time: gap 14, 1 min short")
        << wangPudong << proposed("11:14", "12:14") << pudong5 << texts({"Travel"}) << Ids{3}
        << texts({"5 min travel + 10 min early arrival", "1 min short"});

    // --- R11 travel to the next visit (赵六 14:00–15:00) --------------------------------------
    const Day zhaoPudong{other(4, "14:00", "15:00", kPudong, "赵六")};
    QTest::newRow("travel to next, same district: gap 25, ok")
        << zhaoPudong << proposed("12:35", "13:35") << dflt << none << Ids{} << none;
    QTest::newRow("travel to next, same district: gap 24, 1 min short")
        << zhaoPudong << proposed("12:36", "13:36") << dflt << texts({"Travel"}) << Ids{4}
        << texts({"To 赵六's visit at 14:00 in 浦东新区: 15 min travel + 10 min early arrival; 1 min short"});
    const Day zhaoXuhui{other(4, "14:00", "15:00", kXuhui, "赵六")};
    QTest::newRow("travel to next, other district: gap 50, ok")
        << zhaoXuhui << proposed("12:10", "13:10") << dflt << none << Ids{} << none;
    QTest::newRow("travel to next, other district: gap 49, 1 min short")
        << zhaoXuhui << proposed("12:11", "13:11") << dflt << texts({"Travel"}) << Ids{4}
        << texts({"To 赵六's visit at 14:00 in 徐汇区: 40 min travel + 10 min early arrival; 1 min short"});
    QTest::newRow("travel to next, custom entry: gap 35, ok")
        << zhaoXuhui << proposed("12:25", "13:25") << pudongXuhui25 << none << Ids{} << none;
    QTest::newRow("travel to next, custom entry: gap 34, 1 min short")
        << zhaoXuhui << proposed("12:26", "13:26") << pudongXuhui25 << texts({"Travel"}) << Ids{4}
        << texts({"25 min travel + 10 min early arrival; 1 min short"});
    // With no travel at all the gap needed is the early-arrival margin alone.
    const TravelTimes noTravel = travelWith(kPudong, kXuhui, 0);
    QTest::newRow("travel to next, zero travel: gap exactly the margin, ok")
        << zhaoXuhui << proposed("12:50", "13:50") << noTravel << none << Ids{} << none;
    QTest::newRow("travel to next, zero travel: one minute less than the margin")
        << zhaoXuhui << proposed("12:51", "13:51") << noTravel << texts({"Travel"}) << Ids{4}
        << texts({"0 min travel + 10 min early arrival; 1 min short"});

    // --- The nearest previous / next visit counts, whatever the list order -------------------
    QTest::newRow("travel: nearest previous is used, not an earlier one")
        << Day{other(3, "10:30", "11:00", kPudong, "王五"), other(1, "09:00", "10:00", kXuhui, "张三")}
        << proposed("11:25", "12:25") << travelWith(kXuhui, kPudong, 120) << none << Ids{} << none;
    QTest::newRow("travel: nearest previous refused, an earlier one would be fine")
        << Day{other(1, "08:30", "09:00", kPudong, "张三"), other(3, "10:00", "11:00", kXuhui, "王五")}
        << proposed("11:30", "12:30") << dflt << texts({"Travel"}) << Ids{3}
        << texts({"From 王五's visit ending 11:00 in 徐汇区", "20 min short"});
    QTest::newRow("travel: previous is the one that ends last")
        << Day{other(1, "09:00", "11:00", kPudong, "张三"), other(2, "09:30", "10:00", kPudong, "李四")}
        << proposed("11:10", "12:00") << dflt << texts({"Travel"}) << Ids{1}
        << texts({"From 张三's visit ending 11:00", "15 min short"});
    QTest::newRow("travel: nearest next is used, not a later one")
        << Day{other(5, "15:30", "16:30", kXuhui, "钱七"), other(4, "14:00", "15:00", kPudong, "赵六")}
        << proposed("12:00", "13:35") << travelWith(kPudong, kXuhui, 180) << none << Ids{} << none;
    QTest::newRow("travel: nearest next refused, a later one would be fine")
        << Day{other(5, "16:00", "17:00", kPudong, "钱七"), other(4, "14:00", "15:00", kXuhui, "赵六")}
        << proposed("12:00", "13:30") << dflt << texts({"Travel"}) << Ids{4}
        << texts({"To 赵六's visit at 14:00 in 徐汇区", "20 min short"});
    QTest::newRow("travel: next is the one that starts first")
        << Day{other(4, "14:00", "15:00", kPudong, "赵六"), other(5, "13:45", "13:55", kPudong, "钱七")}
        << proposed("12:00", "13:30") << dflt << texts({"Travel"}) << Ids{5}
        << texts({"To 钱七's visit at 13:45", "10 min short"});
    QTest::newRow("travel: refused on both sides")
        << Day{other(3, "10:00", "11:00", kPudong, "王五"), other(4, "14:00", "15:00", kPudong, "赵六")}
        << proposed("11:20", "13:40") << dflt << texts({"Travel", "Travel"}) << Ids{3, 4}
        << texts({"From 王五's visit ending 11:00 in 浦东新区", "until 11:25; 5 min short",
                  "To 赵六's visit at 14:00 in 浦东新区: 15 min travel + 10 min early arrival; 5 min short"});

    // --- The customer's availability (R1 the customer's request; R14 another time needs ---
    // --- their agreement): the whole visit inside one window the customer gave -------------
    QTest::newRow("availability: inside a weekly window")
        << Day{} << proposedFor("Mon,Wed,Fri 12:00-17:00", "13:00", "14:00") << dflt << none << Ids{} << none;
    QTest::newRow("availability: exactly the window")
        << Day{} << proposedFor("Mon,Wed,Fri 12:00-17:00", "12:00", "17:00") << dflt << none << Ids{} << none;
    QTest::newRow("availability: before the window, the message says when the customer is in")
        << Day{} << proposedFor("Mon,Wed,Fri 12:00-17:00", "10:00", "11:00") << dflt << texts({"Availability"})
        << Ids{}
        << texts({"10:00–11:00 is outside the times the customer can receive the engineer (Mon, Wed, Fri "
                  "12:00–17:00)"});
    QTest::newRow("availability: runs one minute past the window")
        << Day{} << proposedFor("Mon,Wed,Fri 12:00-17:00", "16:01", "17:01") << dflt << texts({"Availability"})
        << Ids{} << texts({"16:01–17:01"});
    QTest::newRow("availability: a weekday the customer did not give")
        << Day{} << proposedFor("Mon,Wed,Fri 12:00-17:00", "13:00", "14:00", kTuesday24) << dflt
        << texts({"Availability"}) << Ids{} << texts({"(Mon, Wed, Fri 12:00–17:00)"});
    QTest::newRow("availability: across two windows of one day is not inside one")
        << Day{} << proposedFor("Mon 09:00-12:00; Mon 12:00-15:00", "11:00", "13:00") << dflt
        << texts({"Availability"}) << Ids{} << texts({"Mon 09:00–12:00; Mon 12:00–15:00"});
    QTest::newRow("availability: the dated window of that day")
        << Day{} << proposedFor("Wed 12:00-17:00; 2026-11-23 09:00-11:00", "09:30", "10:30") << dflt << none
        << Ids{} << none;
    QTest::newRow("availability: a dated window of another day")
        << Day{} << proposedFor("2026-11-25 09:00-11:00", "09:30", "10:30") << dflt << texts({"Availability"})
        << Ids{} << texts({"(Wed 2026-11-25 09:00–11:00)"});
    QTest::newRow("availability: with another problem, both reported")
        << Day{} << proposedFor("Mon 12:00-17:00", "08:00", "09:00") << dflt << texts({"Availability", "Hours"})
        << Ids{} << texts({"(Mon 12:00–17:00)", "08:00–09:00 is outside 王建国's working hours"});

    // --- Several problems at once: all of them are reported ---------------------------------
    QTest::newRow("several: overlap with one visit, travel from the one before")
        << Day{other(3, "09:00", "10:00", kPudong, "王五"), other(1, "10:30", "11:30", kPudong, "张三")}
        << proposed("10:15", "10:45") << dflt << texts({"Overlap", "Travel"}) << Ids{1, 3}
        << texts({"Overlaps 张三's visit 10:30–11:30", "From 王五's visit ending 10:00", "10 min short"});
    QTest::newRow("several: overlap + skill + district")
        << zhang << proposed("10:30", "11:30", kXuhui, kAirCon) << dflt << texts({"District", "Overlap", "Skill"})
        << Ids{1}
        << texts({"Overlaps 张三's visit 10:00–11:00", "王建国 is not trained for Air conditioner",
                  "徐汇区 is outside 王建国's district (浦东新区)"});
    QTest::newRow("several: every kind at once")
        << Day{other(2, "15:30", "16:20", kPudong, "李四"), other(1, "16:30", "17:15", kPudong, "张三")}
        << proposed("17:00", "18:00", kXuhui, kAirCon) << dflt
        << texts({"District", "Hours", "Overlap", "Skill", "Travel"}) << Ids{1, 2}
        << texts({"17:00–18:00 is outside 王建国's working hours (08:30–17:30)",
                  "Overlaps 张三's visit 16:30–17:15",
                  "From 李四's visit ending 16:20 in 浦东新区: 40 min travel + 10 min early arrival needs until "
                  "17:10; 10 min short",
                  "王建国 is not trained for Air conditioner", "徐汇区 is outside 王建国's district (浦东新区)"});
}

void TestAssignmentCheck::check()
{
    QFETCH(QList<BoardVisit>, day);
    QFETCH(BoardVisit, visit);
    QFETCH(TravelTimes, travel);
    QFETCH(QStringList, kinds);
    QFETCH(QList<qint64>, others);
    QFETCH(QStringList, fragments);

    std::sort(kinds.begin(), kinds.end());
    std::sort(others.begin(), others.end());

    const Outcome outcome = run(day, visit, travel);
    const QString all = outcome.messages.join(u'\n');
    QCOMPARE(outcome.kinds, kinds);
    QCOMPARE(outcome.others, others);
    QVERIFY2(outcome.otherOnlyWhereItBelongs, qPrintable(all));
    QVERIFY(outcome.allMessagesSet);
    for (const QString &fragment : std::as_const(fragments))
        QVERIFY2(all.contains(fragment), qPrintable(QStringLiteral("«%1» not in:\n%2").arg(fragment, all)));

    // canServe() is the time-free part of the check: it says no exactly when skill, district or
    // a hold on the visit (R4, R7e) would refuse it at any time.
    const bool timeFree = !kinds.contains(QStringLiteral("Skill")) && !kinds.contains(QStringLiteral("District"))
                          && !kinds.contains(QStringLiteral("Consent")) && !kinds.contains(QStringLiteral("TechSupport"));
    QCOMPARE(AssignmentCheck::canServe(engineer(), visit), timeFree);

    // The board keeps no particular order in the day list: the answer must not depend on it.
    QList<BoardVisit> reversed = day;
    std::reverse(reversed.begin(), reversed.end());
    const Outcome again = run(reversed, visit, travel);
    QCOMPARE(again.kinds, outcome.kinds);
    QCOMPARE(again.others, outcome.others);
}

void TestAssignmentCheck::exactMessages()
{
    // R11: "refused with the reason" — the whole wording, once, for each kind.
    const Engineer e = engineer();
    const TravelTimes travel;
    const QList<BoardVisit> day{other(1, "16:30", "17:15", kPudong, "张三"),
                                other(2, "15:30", "16:20", kPudong, "李四")};
    QList<AssignmentProblem> problems =
        AssignmentCheck::check(e, day, proposed("17:00", "18:00", kXuhui, kAirCon), travel);
    QStringList messages;
    for (const AssignmentProblem &p : std::as_const(problems))
        messages.append(p.message);
    std::sort(messages.begin(), messages.end());
    QStringList expected{
        text("17:00–18:00 is outside 王建国's working hours (08:30–17:30)"),
        text("王建国 is not trained for Air conditioner"),
        text("徐汇区 is outside 王建国's district (浦东新区)"),
        text("Overlaps 张三's visit 16:30–17:15"),
        text("From 李四's visit ending 16:20 in 浦东新区: 40 min travel + 10 min early arrival needs until 17:10; "
             "10 min short"),
    };
    std::sort(expected.begin(), expected.end());
    QCOMPARE(messages, expected);

    problems = AssignmentCheck::check(e, {other(4, "14:00", "15:00", kXuhui, "赵六")},
                                      proposed("12:30", "13:30"), travel);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, AssignmentProblem::Kind::Travel);
    QCOMPARE(problems.first().otherVisit, qint64(4));
    QCOMPARE(problems.first().message,
             text("To 赵六's visit at 14:00 in 徐汇区: 40 min travel + 10 min early arrival; 20 min short"));
}

void TestAssignmentCheck::timeSpecs_data()
{
    QTest::addColumn<QString>("zone"); // "local", "utc", or an IANA id / UTC offset in seconds
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("inHours");

    // R11 working hours are wall-clock hours on the visit's own day, whatever time spec the
    // visit's QDateTime carries (the console uses local time; storage converts to it).
    const QStringList zones{QStringLiteral("local"), QStringLiteral("utc"), QStringLiteral("28800"),
                            QStringLiteral("Asia/Shanghai")};
    for (const QString &zone : zones) {
        const QByteArray z = zone.toUtf8();
        QTest::addRow("%s 08:30–09:30", z.constData()) << zone << QStringLiteral("08:30") << QStringLiteral("09:30") << true;
        QTest::addRow("%s 08:29–09:29", z.constData()) << zone << QStringLiteral("08:29") << QStringLiteral("09:29") << false;
        QTest::addRow("%s 16:30–17:30", z.constData()) << zone << QStringLiteral("16:30") << QStringLiteral("17:30") << true;
        QTest::addRow("%s 16:31–17:31", z.constData()) << zone << QStringLiteral("16:31") << QStringLiteral("17:31") << false;
    }
}

void TestAssignmentCheck::timeSpecs()
{
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, inHours);

    const QTime fromTime = QTime::fromString(from, QStringLiteral("HH:mm"));
    const QTime toTime = QTime::fromString(to, QStringLiteral("HH:mm"));
    BoardVisit v = proposed("10:00", "11:00");
    if (zone == QLatin1String("local")) {
        v.start = QDateTime(kMonday23, fromTime);
        v.end = QDateTime(kMonday23, toTime);
        QCOMPARE(v.start.timeSpec(), Qt::LocalTime);
    } else if (zone == QLatin1String("utc")) {
        v.start = QDateTime(kMonday23, fromTime, QTimeZone::utc());
        v.end = QDateTime(kMonday23, toTime, QTimeZone::utc());
    } else {
        bool isOffset = false;
        const int offset = zone.toInt(&isOffset);
        const QTimeZone tz = isOffset ? QTimeZone(offset) : QTimeZone(zone.toUtf8());
        if (!tz.isValid())
            QSKIP("time zone not available on this system");
        v.start = QDateTime(kMonday23, fromTime, tz);
        v.end = QDateTime(kMonday23, toTime, tz);
    }
    QCOMPARE(v.start.time(), fromTime);

    const QList<AssignmentProblem> problems = AssignmentCheck::check(engineer(), {}, v, TravelTimes());
    QStringList kinds;
    for (const AssignmentProblem &p : problems)
        kinds.append(kindName(p.kind));
    QCOMPARE(kinds, inHours ? QStringList() : QStringList{QStringLiteral("Hours")});
}

void TestAssignmentCheck::engineerWithoutDistrict()
{
    // R11 area: an engineer with no district recorded is not refused on area grounds.
    Engineer e = engineer();
    e.district.clear();
    const QList<AssignmentProblem> problems =
        AssignmentCheck::check(e, {}, proposed("10:00", "11:00", kXuhui), TravelTimes());
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
}

QTEST_GUILESS_MAIN(TestAssignmentCheck)
#include "tst_assignmentcheck.moc"
