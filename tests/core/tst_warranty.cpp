// Rule R4: warranty derived from the model's warranty period and the purchase date.
#include "Warranty.h"

#include <QTest>

using namespace hotline;

Q_DECLARE_METATYPE(hotline::Warranty::Status)

class TestWarranty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anniversary_data();
    void anniversary();
    void evaluate_data();
    void evaluate();
    void invalidInputIsUnknown_data();
    void invalidInputIsUnknown();
    void chargeable();
};

void TestWarranty::anniversary_data()
{
    QTest::addColumn<QDate>("purchase");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("anniversary");
    QTest::addColumn<QDate>("lastCovered");

    // R4: ordinary dates keep their day of the month.
    QTest::newRow("ordinary 12 months")
        << QDate(2023, 5, 17) << 12 << QDate(2024, 5, 17) << QDate(2024, 5, 16);
    QTest::newRow("ordinary 24 months")
        << QDate(2022, 10, 3) << 24 << QDate(2024, 10, 3) << QDate(2024, 10, 2);
    QTest::newRow("crosses year end")
        << QDate(2023, 11, 15) << 3 << QDate(2024, 2, 15) << QDate(2024, 2, 14);
    QTest::newRow("first of month")
        << QDate(2023, 1, 1) << 12 << QDate(2024, 1, 1) << QDate(2023, 12, 31);
    // R4: the day does not exist in the anniversary month -> 1st of the following month,
    // so the whole of the short month stays covered.
    QTest::newRow("31 Jan + 1 month")
        << QDate(2023, 1, 31) << 1 << QDate(2023, 3, 1) << QDate(2023, 2, 28);
    QTest::newRow("31 Jan + 1 month, leap year")
        << QDate(2024, 1, 31) << 1 << QDate(2024, 3, 1) << QDate(2024, 2, 29);
    QTest::newRow("29 Feb + 12 months")
        << QDate(2024, 2, 29) << 12 << QDate(2025, 3, 1) << QDate(2025, 2, 28);
    QTest::newRow("29 Feb + 48 months (leap again)")
        << QDate(2024, 2, 29) << 48 << QDate(2028, 2, 29) << QDate(2028, 2, 28);
    QTest::newRow("30 Apr + 1 month (May has 31)")
        << QDate(2024, 4, 30) << 1 << QDate(2024, 5, 30) << QDate(2024, 5, 29);
    QTest::newRow("31 Mar + 1 month (April has 30)")
        << QDate(2024, 3, 31) << 1 << QDate(2024, 5, 1) << QDate(2024, 4, 30);
    QTest::newRow("31 Aug + 6 months, to leap Feb")
        << QDate(2023, 8, 31) << 6 << QDate(2024, 3, 1) << QDate(2024, 2, 29);
    QTest::newRow("31 Aug + 6 months, to common Feb")
        << QDate(2024, 8, 31) << 6 << QDate(2025, 3, 1) << QDate(2025, 2, 28);
    QTest::newRow("31 Jul + 5 months, into December")
        << QDate(2024, 7, 31) << 5 << QDate(2024, 12, 31) << QDate(2024, 12, 30);
    QTest::newRow("31 Oct + 1 month -> 1 Dec")
        << QDate(2024, 10, 31) << 1 << QDate(2024, 12, 1) << QDate(2024, 11, 30);
    // R4: a zero-month warranty never covers anything: the last covered day is the day before.
    QTest::newRow("0 months") << QDate(2024, 6, 10) << 0 << QDate(2024, 6, 10) << QDate(2024, 6, 9);
}

void TestWarranty::anniversary()
{
    QFETCH(QDate, purchase);
    QFETCH(int, months);
    QFETCH(QDate, anniversary);
    QFETCH(QDate, lastCovered);

    QCOMPARE(Warranty::anniversary(purchase, months), anniversary);
    // R4: covered up to and including the day before the anniversary.
    const Warranty onPurchaseDay = Warranty::evaluate(purchase, months, purchase);
    QCOMPARE(onPurchaseDay.lastCoveredDay, lastCovered);
}

void TestWarranty::evaluate_data()
{
    QTest::addColumn<QDate>("purchase");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<Warranty::Status>("status");
    QTest::addColumn<QDate>("lastCovered");

    using S = Warranty::Status;
    const QDate p(2024, 3, 15);
    QTest::newRow("on purchase day") << p << 12 << p << S::InWarranty << QDate(2025, 3, 14);
    QTest::newRow("middle of period")
        << p << 12 << QDate(2024, 9, 1) << S::InWarranty << QDate(2025, 3, 14);
    // R4: today == last covered day is still in warranty; the day after is chargeable.
    QTest::newRow("today is last covered day")
        << p << 12 << QDate(2025, 3, 14) << S::InWarranty << QDate(2025, 3, 14);
    QTest::newRow("day after last covered day")
        << p << 12 << QDate(2025, 3, 15) << S::Expired << QDate(2025, 3, 14);
    QTest::newRow("long expired") << p << 12 << QDate(2026, 11, 23) << S::Expired
                                  << QDate(2025, 3, 14);
    QTest::newRow("31 Jan + 1: 28 Feb covered")
        << QDate(2023, 1, 31) << 1 << QDate(2023, 2, 28) << S::InWarranty << QDate(2023, 2, 28);
    QTest::newRow("31 Jan + 1: 1 Mar expired")
        << QDate(2023, 1, 31) << 1 << QDate(2023, 3, 1) << S::Expired << QDate(2023, 2, 28);
    QTest::newRow("29 Feb + 12: 28 Feb 2025 covered")
        << QDate(2024, 2, 29) << 12 << QDate(2025, 2, 28) << S::InWarranty << QDate(2025, 2, 28);
    QTest::newRow("29 Feb + 12: 1 Mar 2025 expired")
        << QDate(2024, 2, 29) << 12 << QDate(2025, 3, 1) << S::Expired << QDate(2025, 2, 28);
    QTest::newRow("29 Feb + 48: 29 Feb 2028 expired")
        << QDate(2024, 2, 29) << 48 << QDate(2028, 2, 29) << S::Expired << QDate(2028, 2, 28);
    QTest::newRow("0 months: expired on purchase day")
        << p << 0 << p << S::Expired << QDate(2024, 3, 14);
}

void TestWarranty::evaluate()
{
    QFETCH(QDate, purchase);
    QFETCH(int, months);
    QFETCH(QDate, today);
    QFETCH(Warranty::Status, status);
    QFETCH(QDate, lastCovered);

    const Warranty w = Warranty::evaluate(purchase, months, today);
    QCOMPARE(w.status, status);
    QCOMPARE(w.lastCoveredDay, lastCovered);
    // R4: out of warranty means chargeable, in warranty means free.
    QCOMPARE(w.chargeable(), status == Warranty::Status::Expired);
}

void TestWarranty::invalidInputIsUnknown_data()
{
    QTest::addColumn<QDate>("purchase");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("today");

    QTest::newRow("invalid purchase date") << QDate() << 12 << QDate(2026, 11, 23);
    QTest::newRow("impossible purchase date") << QDate(2024, 2, 30) << 12 << QDate(2026, 11, 23);
    QTest::newRow("negative period") << QDate(2024, 3, 15) << -1 << QDate(2026, 11, 23);
    QTest::newRow("invalid today") << QDate(2024, 3, 15) << 12 << QDate();
}

void TestWarranty::invalidInputIsUnknown()
{
    QFETCH(QDate, purchase);
    QFETCH(int, months);
    QFETCH(QDate, today);

    // R4: without a purchase date the warranty cannot be decided, and is not charged.
    const Warranty w = Warranty::evaluate(purchase, months, today);
    QCOMPARE(w.status, Warranty::Status::Unknown);
    QVERIFY(!w.lastCoveredDay.isValid());
    QVERIFY(!w.chargeable());
}

void TestWarranty::chargeable()
{
    // R4: only an expired warranty makes the visit chargeable.
    Warranty w;
    QCOMPARE(w.status, Warranty::Status::Unknown);
    QVERIFY(!w.chargeable());
    w.status = Warranty::Status::InWarranty;
    QVERIFY(!w.chargeable());
    w.status = Warranty::Status::Expired;
    QVERIFY(w.chargeable());
}

QTEST_GUILESS_MAIN(TestWarranty)
#include "tst_warranty.moc"
