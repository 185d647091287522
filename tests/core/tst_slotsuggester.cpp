// The slot suggester proposes an engineer and a time for a queued visit (R10), best first:
// a slot that meets the 24-hour visit commitment (R13, counted in working time, R27) beats one
// that adds less travel; less travel beats a better district/skill fit; fit beats a lighter
// load; load beats an earlier start; the engineer id settles the rest. It never proposes a slot
// the R11 check would refuse (overlap, travel plus the early-arrival margin, hours, skill,
// district, the customer's availability), nor one the engineer could not leave for in time
// (R16: 20 minutes after a same-day assignment).
#include "PlanningInstance.h"
#include "ServiceCommitment.h"
#include "SlotSuggester.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace hotline;

Q_DECLARE_METATYPE(hotline::SlotRequest)

namespace {

// November 2026: the 23rd is a Monday. Fixed dates only, never the real clock.
const QDate kMonday23(2026, 11, 23);
const QDate kWednesday18(2026, 11, 18);
const QDate kSunday29(2026, 11, 29);

const QString kPudong = QStringLiteral("浦东新区");
const QString kXuhui = QStringLiteral("徐汇区");
const QString kWashing = QStringLiteral("washing_machine");
const QString kAirCon = QStringLiteral("air_conditioner");

QDateTime at(const QDate &day, const char *hhmm)
{
    const QTime t = QTime::fromString(QString::fromLatin1(hhmm), QStringLiteral("HH:mm"));
    Q_ASSERT(t.isValid());
    return QDateTime(day, t, QTimeZone::utc());
}

Engineer engineer(qint64 id, const QString &district, const char *from = "08:30")
{
    Engineer e;
    e.id = id;
    e.name = QStringLiteral("工程师%1").arg(id);
    e.district = district;
    e.workStart = QTime::fromString(QString::fromLatin1(from), QStringLiteral("HH:mm"));
    e.workEnd = QTime(17, 30);
    e.skills = {kWashing, QStringLiteral("printer")};
    return e;
}

BoardVisit booked(qint64 id, qint64 engineerId, const char *from, const char *to, const QString &district)
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
    return v;
}

// The queued visit: 60 minutes, washing machine in 浦东新区, asked for this morning (due well
// after the day, unless a row says otherwise).
BoardVisit queued(const char *availability = "", const QDateTime &requestedAt = at(kMonday23, "07:00"))
{
    BoardVisit v;
    v.id = 100;
    v.ticketId = 1100;
    v.start = at(kMonday23, "00:00"); // a queued visit's length is start–end
    v.end = at(kMonday23, "01:00");
    v.district = kPudong;
    v.category = kWashing;
    v.customerName = QStringLiteral("孙丽");
    v.requestedAt = requestedAt;
    const std::optional<CustomerAvailability> a = CustomerAvailability::parse(QString::fromUtf8(availability));
    Q_ASSERT(a);
    v.availability = *a;
    return v;
}

SlotRequest request(const QList<Engineer> &engineers, const QList<BoardVisit> &scheduled, const BoardVisit &visit,
                    int count = 5)
{
    SlotRequest r;
    r.visit = visit;
    r.engineers = engineers;
    r.scheduled = scheduled;
    r.now = at(kMonday23, "07:00");
    r.day = kMonday23;
    r.count = count;
    return r;
}

QStringList summary(const QList<SlotSuggestion> &suggestions)
{
    QStringList s;
    for (const SlotSuggestion &x : suggestions)
        s.append(QStringLiteral("%1@%2").arg(x.engineerId).arg(x.start.toString(QStringLiteral("HH:mm"))));
    return s;
}

// What the R11 check says of a suggestion on the engineer's day.
QList<AssignmentProblem> recheck(const SlotRequest &r, const SlotSuggestion &s)
{
    const auto e = std::find_if(r.engineers.cbegin(), r.engineers.cend(),
                                [&](const Engineer &x) { return x.id == s.engineerId; });
    Q_ASSERT(e != r.engineers.cend());
    QList<BoardVisit> day;
    for (const BoardVisit &v : r.scheduled) {
        if (v.engineerId == s.engineerId)
            day.append(v);
    }
    BoardVisit proposed = r.visit;
    proposed.engineerId = s.engineerId;
    proposed.start = s.start;
    proposed.end = s.end;
    return AssignmentCheck::check(*e, day, proposed, r.travel);
}

} // namespace

class TestSlotSuggester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueTimeOfTheRows();
    void ranking_data();
    void ranking();
    void figuresAndReasons();
    void generatedCentre_data();
    void generatedCentre();
};

void TestSlotSuggester::dueTimeOfTheRows()
{
    // R13 + R27: asked Wednesday 12:45, 24 working hours (08:30–17:30, weekends off) later is
    // Monday 09:45. The first ranking row counts on it.
    QCOMPARE(ServiceCommitment::visitDue(at(kWednesday18, "12:45"), WorkingCalendar()), at(kMonday23, "09:45"));
}

void TestSlotSuggester::ranking_data()
{
    QTest::addColumn<SlotRequest>("request");
    QTest::addColumn<QStringList>("expected"); // engineer@start, best first

    const BoardVisit anyTime = queued();

    {
        // R13 before travel: engineer 1 covers every district (40 min from home), engineer 2
        // lives in 浦东新区 but is busy until 10:30; only engineer 1 arrives by the 09:45 due.
        const BoardVisit dueEarly = queued("", at(kWednesday18, "12:45"));
        QTest::newRow("commitment beats travel")
            << request({engineer(1, QString()), engineer(2, kPudong)}, {booked(1, 2, "08:30", "10:30", kPudong)},
                       dueEarly, 2)
            << QStringList{QStringLiteral("1@08:30"), QStringLiteral("2@11:00")};
    }
    // Travel before load: engineer 1 has three visits, the last in 浦东新区 (15 min on);
    // engineer 2 has one, in 徐汇区 (40 min on).
    QTest::newRow("travel beats load")
        << request({engineer(1, kPudong), engineer(2, kPudong)},
                   {booked(1, 1, "08:30", "09:30", kPudong), booked(2, 1, "09:55", "10:55", kPudong),
                    booked(3, 1, "11:20", "12:20", kPudong), booked(4, 2, "08:30", "09:30", kXuhui)},
                   anyTime, 2)
        << QStringList{QStringLiteral("1@12:45"), QStringLiteral("2@10:30")};
    {
        // Fit before load: engineer 2 lives in the customer's district and has a visit;
        // engineer 1 covers every district, is free, and is 15 minutes away too.
        SlotRequest r = request({engineer(1, QString()), engineer(2, kPudong)},
                                {booked(1, 2, "15:00", "16:00", kPudong)}, anyTime, 3);
        r.travel.set(QString(), kPudong, 15);
        QTest::newRow("fit beats load") << r
                                        << QStringList{QStringLiteral("2@08:30"), QStringLiteral("2@16:30"),
                                                       QStringLiteral("1@08:30")};
    }
    // Load before the start time: engineer 2 starts work at 09:00 but has nothing booked.
    QTest::newRow("load beats an earlier start")
        << request({engineer(1, kPudong), engineer(2, kPudong, "09:00")}, {booked(1, 1, "14:00", "16:00", kPudong)},
                   anyTime, 2)
        << QStringList{QStringLiteral("2@09:00"), QStringLiteral("1@08:30")};
    QTest::newRow("then the earlier start, then the engineer id, whatever the input order")
        << request({engineer(3, kPudong), engineer(2, kPudong)}, {}, anyTime, 4)
        << QStringList{QStringLiteral("2@08:30"), QStringLiteral("3@08:30"), QStringLiteral("2@08:45"),
                       QStringLiteral("3@08:45")};

    // R11: travel plus the 10-minute early arrival around a visit in another district: from
    // 徐汇区 ending 11:00, 40 min + 10 min is 11:50, the next quarter hour 12:00; before it,
    // the engineer would have to leave 浦东新区 by 08:10.
    QTest::newRow("travel and arrival margin around a booked visit")
        << request({engineer(1, QString())}, {booked(1, 1, "09:00", "11:00", kXuhui)}, anyTime, 1)
        << QStringList{QStringLiteral("1@12:00")};

    // The customer's availability (R1, R14): only inside it; one stretch offers later starts
    // when there is nothing else, up to the end of the window.
    QTest::newRow("respects the customer's availability")
        << request({engineer(1, kPudong)}, {}, queued("Mon 13:00-15:00"), 6)
        << QStringList{QStringLiteral("1@13:00"), QStringLiteral("1@13:15"), QStringLiteral("1@13:30"),
                       QStringLiteral("1@13:45"), QStringLiteral("1@14:00")};
    // Two windows the same day: each is a choice of its own, so the afternoon is offered
    // although the morning alone has more than five starts.
    QTest::newRow("two windows in a day")
        << request({engineer(1, kPudong)}, {}, queued("Mon 09:00-12:00; Mon 14:00-16:00"), 5)
        << QStringList{QStringLiteral("1@09:00"), QStringLiteral("1@09:15"), QStringLiteral("1@09:30"),
                       QStringLiteral("1@14:00"), QStringLiteral("1@14:15")};
    QTest::newRow("the customer is not in that day")
        << request({engineer(1, kPudong)}, {}, queued("Tue 09:00-12:00")) << QStringList{};
    {
        // R16: at 10:07 the engineer can leave at 10:27, then 15 minutes within 浦东新区 and
        // 10 early (R11): 10:52, the next quarter hour 11:00.
        SlotRequest r = request({engineer(1, kPudong)}, {}, anyTime, 2);
        r.now = at(kMonday23, "10:07");
        QTest::newRow("not before now, nor before the engineer can leave")
            << r << QStringList{QStringLiteral("1@11:00"), QStringLiteral("1@11:15")};
        // Free since 09:00 in 徐汇区: leaving at 10:27 (not 09:00), 40 minutes, 10 early: 11:17.
        SlotRequest afterVisit = request({engineer(1, QString())}, {booked(1, 1, "08:00", "09:00", kXuhui)}, anyTime, 1);
        afterVisit.now = at(kMonday23, "10:07");
        QTest::newRow("leaving after a visit done before now")
            << afterVisit << QStringList{QStringLiteral("1@11:30")};
        // Planned on Friday for Monday: R16, the engineer leaves 20 minutes after the start of
        // work (08:50), then 15 minutes and 10 early: 09:15.
        SlotRequest ahead = request({engineer(1, kPudong)}, {}, anyTime, 2);
        ahead.now = at(kMonday23.addDays(-3), "16:00");
        QTest::newRow("a day planned ahead") << ahead << QStringList{QStringLiteral("1@09:15"), QStringLiteral("1@09:30")};
        r.now = at(kMonday23, "18:00");
        QTest::newRow("the working day is over") << r << QStringList{};
        r.now = at(kMonday23.addDays(1), "08:00");
        QTest::newRow("a day already past") << r << QStringList{};
    }
    {
        SlotRequest r = request({engineer(1, kPudong)}, {}, anyTime);
        r.day = kSunday29;
        QTest::newRow("a day the centre is closed (R27)") << r << QStringList{};
    }

    // Never a slot the check refuses: skill, district, R4 consent.
    BoardVisit airCon = anyTime;
    airCon.category = kAirCon;
    QTest::newRow("nobody trained") << request({engineer(1, kPudong)}, {}, airCon) << QStringList{};
    BoardVisit xuhui = anyTime;
    xuhui.district = kXuhui;
    QTest::newRow("nobody in the district") << request({engineer(1, kPudong)}, {}, xuhui) << QStringList{};
    BoardVisit noConsent = anyTime;
    noConsent.markers = {QStringLiteral("no_consent")};
    QTest::newRow("held for the customer's consent (R4)") << request({engineer(1, kPudong)}, {}, noConsent)
                                                          << QStringList{};
    QTest::newRow("a full day") << request({engineer(1, kPudong)}, {booked(1, 1, "08:30", "17:00", kPudong)}, anyTime)
                                << QStringList{};
}

void TestSlotSuggester::ranking()
{
    QFETCH(SlotRequest, request);
    QFETCH(QStringList, expected);

    const QList<SlotSuggestion> suggestions = SlotSuggester::suggest(request);
    QCOMPARE(summary(suggestions), expected);

    for (const SlotSuggestion &s : suggestions) {
        // R11: the check accepts every suggestion, and it lies inside the customer's availability.
        const QList<AssignmentProblem> problems = recheck(request, s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
        QVERIFY(request.visit.availability.allows(s.start, s.end));
        QVERIFY(s.start >= request.now);
        QCOMPARE(s.start.secsTo(s.end), qint64(60 * 60));
        QCOMPARE(s.start.time().minute() % 15, 0);
        QVERIFY(!s.reasons.isEmpty());
    }
    // Scores agree with the ranking.
    for (qsizetype i = 1; i < suggestions.size(); ++i)
        QVERIFY(suggestions[i - 1].score >= suggestions[i].score);

    // The same answer again, and whatever the order of the engineers and their visits.
    QCOMPARE(summary(SlotSuggester::suggest(request)), expected);
    SlotRequest reversed = request;
    std::reverse(reversed.engineers.begin(), reversed.engineers.end());
    std::reverse(reversed.scheduled.begin(), reversed.scheduled.end());
    QCOMPARE(summary(SlotSuggester::suggest(reversed)), expected);
}

void TestSlotSuggester::figuresAndReasons()
{
    // The first row of the ranking table, read in full.
    const BoardVisit dueEarly = queued("", at(kWednesday18, "12:45"));
    const SlotRequest r = request({engineer(1, QString()), engineer(2, kPudong)},
                                  {booked(1, 2, "08:30", "10:30", kPudong)}, dueEarly, 2);
    const QList<SlotSuggestion> s = SlotSuggester::suggest(r);
    QCOMPARE(s.size(), 2);

    QCOMPARE(s[0].engineerId, qint64(1));
    QCOMPARE(s[0].start, at(kMonday23, "08:30"));
    QCOMPARE(s[0].end, at(kMonday23, "09:30"));
    QVERIFY(s[0].meetsVisitCommitment);
    QCOMPARE(s[0].travelMinutesAdded, 40); // from home, no district: the default other-district time
    QCOMPARE(s[0].engineerLoadMinutes, 0);
    QCOMPARE(s[0].reasons,
             (QStringList{QStringLiteral("Meets the 24-hour visit commitment: due 2026-11-23 09:45 (R13)"),
                          QStringLiteral("Adds 40 min of travel, starting from home"),
                          QStringLiteral("工程师1 is trained for Washing machine"),
                          QStringLiteral("工程师1 has nothing else booked that day")}));

    QCOMPARE(s[1].engineerId, qint64(2));
    QCOMPARE(s[1].start, at(kMonday23, "11:00"));
    QVERIFY(!s[1].meetsVisitCommitment);
    QCOMPARE(s[1].travelMinutesAdded, 15);
    QCOMPARE(s[1].engineerLoadMinutes, 120);
    QCOMPARE(s[1].reasons,
             (QStringList{QStringLiteral("Misses the 24-hour visit commitment: due 2026-11-23 09:45 (R13)"),
                          QStringLiteral("Adds 15 min of travel, coming from 客户1's visit in 浦东新区 that ends at 10:30"),
                          QStringLiteral("工程师2 works in 浦东新区 and is trained for Washing machine"),
                          QStringLiteral("工程师2 has 1 visit(s) booked that day, 120 min in all")}));
    QVERIFY(s[0].score > s[1].score);
}

void TestSlotSuggester::generatedCentre_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 2") << 2u;
    QTest::newRow("seed 20261123") << 20261123u;
}

void TestSlotSuggester::generatedCentre()
{
    // A centre's day (150 engineers, ~10 booked visits each): for queued visits of every kind,
    // every suggestion passes the R11 check on the engineer's real day, in the customer's
    // availability, not before now; and the answer does not depend on the input order.
    QFETCH(quint32, seed);
    const DayPlanRequest day = test::PlanningInstance::generate(150, 2000, seed, 75, 30);
    SlotRequest r;
    r.engineers = day.engineers;
    for (const AssignedVisit &a : day.assigned)
        r.scheduled.append(a.visit);
    r.travel = day.travel;
    r.calendar = day.calendar;
    r.now = test::PlanningInstance::at(day.day, 10 * 60);
    r.day = day.day;
    int offered = 0;
    for (qsizetype i = 0; i < day.queued.size(); i += 25) {
        r.visit = day.queued[i];
        const QList<SlotSuggestion> suggestions = SlotSuggester::suggest(r);
        offered += int(suggestions.size());
        QVERIFY(suggestions.size() <= r.count);
        for (const SlotSuggestion &s : suggestions) {
            const QList<AssignmentProblem> problems = recheck(r, s);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
            QVERIFY(s.start >= r.now);
        }
        SlotRequest reversed = r;
        std::reverse(reversed.engineers.begin(), reversed.engineers.end());
        std::reverse(reversed.scheduled.begin(), reversed.scheduled.end());
        QCOMPARE(summary(SlotSuggester::suggest(reversed)), summary(suggestions));
    }
    QVERIFY(offered > 0); // the instance leaves room: the loop above checked something
}

QTEST_GUILESS_MAIN(TestSlotSuggester)
#include "tst_slotsuggester.moc"
