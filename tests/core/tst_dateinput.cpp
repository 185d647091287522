// Date fields as operators type them (the purchase date of R1/R4 goes through here).
#include "DateInput.h"

#include <QTest>

using namespace hotline;

Q_DECLARE_METATYPE(hotline::DateInput::State)

class TestDateInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void empty_data();
    void empty();
    void invalid_data();
    void invalid();
};

void TestDateInput::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    const QDate d(2024, 3, 5);
    QTest::newRow("ISO") << QStringLiteral("2024-03-05") << d;
    QTest::newRow("no leading zeros") << QStringLiteral("2024-3-5") << d;
    QTest::newRow("slashes") << QStringLiteral("2024/03/05") << d;
    QTest::newRow("dots") << QStringLiteral("2024.3.5") << d;
    QTest::newRow("compact") << QStringLiteral("20240305") << d;
    QTest::newRow("Chinese") << QStringLiteral("2024年3月5日") << d;
    QTest::newRow("Chinese without 日") << QStringLiteral("2024年3月5") << d;
    QTest::newRow("Chinese with spaces") << QStringLiteral("2024 年 3 月 5 日") << d;
    QTest::newRow("surrounding spaces") << QStringLiteral("  2024-03-05\t") << d;
    QTest::newRow("full-width digits from an input method") << QStringLiteral("２０２４－０３－０５") << d;
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("year end") << QStringLiteral("2023/12/31") << QDate(2023, 12, 31);
}

void TestDateInput::accepted()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);

    const DateInput in = DateInput::parse(text);
    QCOMPARE(in.state, DateInput::State::Valid);
    QCOMPARE(in.date, date);
}

void TestDateInput::empty_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("blanks") << QStringLiteral("  \t ");
}

void TestDateInput::empty()
{
    QFETCH(QString, text);
    // R2: nothing typed is "missing" (to verify), not "invalid" (impossible).
    const DateInput in = DateInput::parse(text);
    QCOMPARE(in.state, DateInput::State::Empty);
    QVERIFY(!in.date.isValid());
}

void TestDateInput::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("30 February") << QStringLiteral("2024-02-30");
    QTest::newRow("29 February, common year") << QStringLiteral("2023-02-29");
    QTest::newRow("month 13") << QStringLiteral("2024-13-01");
    QTest::newRow("month 0") << QStringLiteral("2024-00-10");
    QTest::newRow("day 0") << QStringLiteral("2024-03-00");
    QTest::newRow("day 32") << QStringLiteral("2024-01-32");
    QTest::newRow("words") << QStringLiteral("yesterday");
    QTest::newRow("day first") << QStringLiteral("05-03-2024");
    QTest::newRow("two-digit year") << QStringLiteral("24-3-5");
    QTest::newRow("year and month only") << QStringLiteral("2024-03");
    QTest::newRow("compact too short") << QStringLiteral("2024035");
    QTest::newRow("compact invalid") << QStringLiteral("20241301");
    QTest::newRow("trailing text") << QStringLiteral("2024-03-05 maybe");
    QTest::newRow("leading text") << QStringLiteral("about 2024-03-05");
    QTest::newRow("five-digit year") << QStringLiteral("12024-03-05");
}

void TestDateInput::invalid()
{
    QFETCH(QString, text);
    // R2: something was typed but it is not a date.
    const DateInput in = DateInput::parse(text);
    QCOMPARE(in.state, DateInput::State::Invalid);
    QVERIFY(!in.date.isValid());
}

QTEST_GUILESS_MAIN(TestDateInput)
#include "tst_dateinput.moc"
