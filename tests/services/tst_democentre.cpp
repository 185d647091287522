// The demo centre: built as of the day it is seeded, deterministic for a seed, and never
// mixed into a database that already holds customers.
#include "Centre.h"
#include "DemoCentre.h"
#include "IntakeService.h"
#include "TestDatabase.h"

#include <QTest>

using namespace hotline;

class DemoCentreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedsAWorkingDay();
    void sameSeedSameCentre();
    void refusesADatabaseWithCustomers();
};

namespace {

std::unique_ptr<Centre> openAt(const test::TestDatabase &tdb, const QDateTime &now)
{
    auto centre = Centre::open(tdb.spec());
    centre->setClock([now] { return now; });
    return centre;
}

QStringList firstNames(Centre &centre, int count)
{
    IntakeService intake(centre);
    QStringList names;
    for (int id = 1; id <= count; ++id)
        names.append(intake.returningCustomer(id)->customer.name);
    return names;
}

} // namespace

void DemoCentreTest::seedsAWorkingDay()
{
    test::TestDatabase tdb;
    HOTLINE_REQUIRE_DATABASE(tdb);
    // A Monday: the previous working day (R27) is the Friday before.
    auto centre = openAt(tdb, QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
    const auto s = DemoCentre::seed(*centre, 1);
    QVERIFY(centre->isDemo());
    QVERIFY(s.customers > 100);
    QVERIFY(s.engineers >= 10);
    QVERIFY(s.visitsToday >= s.engineers * 2);
    QVERIFY(s.completedYesterday > 0);
    QVERIFY(s.openCallbacks >= s.completedYesterday);
    QVERIFY(s.tickets > s.customers);
    for (TicketState state : TicketTypes::allStates)
        QVERIFY2(s.ticketsByState.value(state) > 0, qPrintable(TicketTypes::code(state)));
    // The featured caller exists with their two earlier tickets.
    IntakeService intake(*centre);
    const auto zhang = intake.findCaller(DemoCentre::featuredCallerNumber());
    QCOMPARE(zhang.size(), 1);
    QCOMPARE(zhang.first().customer.name, QStringLiteral("张伟"));
    QCOMPARE(zhang.first().tickets.size(), 2);
    // Settings the demo relies on: the local area code makes 8-digit caller IDs match.
    QCOMPARE(centre->phones().localAreaCode(), QStringLiteral("21"));
    QVERIFY(!centre->calendar().isWorkingDay(QDate(2026, 11, 22)));
}

void DemoCentreTest::sameSeedSameCentre()
{
    test::TestDatabase a, b, c;
    HOTLINE_REQUIRE_DATABASE(a);
    const QDateTime now(QDate(2026, 11, 24), QTime(9, 0));
    auto ca = openAt(a, now), cb = openAt(b, now), cc = openAt(c, now);
    DemoCentre::seed(*ca, 42);
    DemoCentre::seed(*cb, 42);
    DemoCentre::seed(*cc, 43);
    QCOMPARE(firstNames(*ca, 30), firstNames(*cb, 30));
    QVERIFY(firstNames(*ca, 30) != firstNames(*cc, 30));
}

void DemoCentreTest::refusesADatabaseWithCustomers()
{
    test::TestDatabase tdb;
    HOTLINE_REQUIRE_DATABASE(tdb);
    auto centre = openAt(tdb, QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
    DemoCentre::seed(*centre, 1);
    QVERIFY_THROWS_EXCEPTION(CentreError, DemoCentre::seed(*centre, 2));
    QVERIFY(centre->isDemo());
}

QTEST_GUILESS_MAIN(DemoCentreTest)
#include "tst_democentre.moc"
