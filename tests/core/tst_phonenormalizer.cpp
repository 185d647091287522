// Rule R3: a returning customer is found by any of their numbers, however it was typed.
// These tests run the real libphonenumber metadata.
#include "PhoneNormalizer.h"

#include <QTest>

using namespace hotline;

Q_DECLARE_METATYPE(hotline::NormalizedPhone::Kind)

class TestPhoneNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void sameNumberManyForms_data();
    void sameNumberManyForms();
    void localNumberWithAreaCode_data();
    void localNumberWithAreaCode();
    void localNumberWithoutAreaCode();
    void garbageIsInvalid_data();
    void garbageIsInvalid();
    void international_data();
    void international();
    void digitsOf_data();
    void digitsOf();
    void dialString();
};

void TestPhoneNormalizer::defaults()
{
    const PhoneNormalizer n;
    QCOMPARE(n.region(), QStringLiteral("CN"));
    QVERIFY(n.localAreaCode().isEmpty());
    // An empty region setting falls back to CN; a lower-case one is accepted.
    QCOMPARE(PhoneNormalizer(QString()).region(), QStringLiteral("CN"));
    QCOMPARE(PhoneNormalizer(QStringLiteral("us")).region(), QStringLiteral("US"));
    // R3: the trunk prefix typed into the setting is not part of the area code.
    QCOMPARE(PhoneNormalizer(QStringLiteral("CN"), QStringLiteral("021")).localAreaCode(),
             QStringLiteral("21"));
}

void TestPhoneNormalizer::sameNumberManyForms_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<NormalizedPhone::Kind>("kind");

    using K = NormalizedPhone::Kind;
    const QString mobile = QStringLiteral("+8613800138000");
    QTest::newRow("international spaced")
        << QStringLiteral("+86 138 0013 8000") << mobile << K::Mobile;
    QTest::newRow("dashes") << QStringLiteral("138-0013-8000") << mobile << K::Mobile;
    QTest::newRow("bare digits") << QStringLiteral("13800138000") << mobile << K::Mobile;
    QTest::newRow("country code, no plus")
        << QStringLiteral("8613800138000") << mobile << K::Mobile;
    QTest::newRow("00 prefix") << QStringLiteral("0086 13800138000") << mobile << K::Mobile;
    QTest::newRow("parenthesised +86")
        << QStringLiteral("(+86) 138 0013 8000") << mobile << K::Mobile;
    QTest::newRow("surrounding spaces") << QStringLiteral("  13800138000 ") << mobile << K::Mobile;
    // Full-width digits, as typed with a Chinese input method.
    QTest::newRow("full-width digits")
        << QStringLiteral("１３８００１３８０００") << mobile << K::Mobile;

    const QString beijing = QStringLiteral("+861012345678");
    QTest::newRow("landline dashed") << QStringLiteral("010-12345678") << beijing << K::Landline;
    QTest::newRow("landline parenthesised")
        << QStringLiteral("(010) 1234 5678") << beijing << K::Landline;
    QTest::newRow("landline international")
        << QStringLiteral("+86 10 1234 5678") << beijing << K::Landline;
}

void TestPhoneNormalizer::sameNumberManyForms()
{
    QFETCH(QString, typed);
    QFETCH(QString, e164);
    QFETCH(NormalizedPhone::Kind, kind);

    const PhoneNormalizer normalizer;
    const NormalizedPhone p = normalizer.normalize(typed);
    QVERIFY2(p.valid, qPrintable(typed));
    QCOMPARE(p.e164, e164);
    QCOMPARE(p.kind, kind);
    // R3: the lookup key of a valid number is its E.164 form, whatever was typed.
    QCOMPARE(p.lookupKey(), e164);
    QCOMPARE(p.typed, typed.trimmed());
    QVERIFY(p.international.startsWith(QStringLiteral("+86 ")));
}

void TestPhoneNormalizer::localNumberWithAreaCode_data()
{
    QTest::addColumn<QString>("areaCode");
    QTest::addColumn<QString>("typed");

    QTest::newRow("area 21") << QStringLiteral("21") << QStringLiteral("62345678");
    QTest::newRow("area 021") << QStringLiteral("021") << QStringLiteral("62345678");
    QTest::newRow("area 021, dashed local") << QStringLiteral("021") << QStringLiteral("6234-5678");
    // A number that already carries its area code is not read inside the centre's area.
    QTest::newRow("full number typed") << QStringLiteral("010") << QStringLiteral("021-62345678");
}

void TestPhoneNormalizer::localNumberWithAreaCode()
{
    QFETCH(QString, areaCode);
    QFETCH(QString, typed);

    // R3: a caller ID without area code still matches inside the centre's own area.
    const PhoneNormalizer shanghai(QStringLiteral("CN"), areaCode);
    const NormalizedPhone p = shanghai.normalize(typed);
    QVERIFY(p.valid);
    QCOMPARE(p.e164, QStringLiteral("+862162345678"));
    QCOMPARE(p.kind, NormalizedPhone::Kind::Landline);
    QCOMPARE(p.lookupKey(), QStringLiteral("+862162345678"));
}

void TestPhoneNormalizer::localNumberWithoutAreaCode()
{
    // R3: without the centre's area code a local number cannot be validated; it is still
    // stored and found under its digits.
    const PhoneNormalizer normalizer;
    const NormalizedPhone p = normalizer.normalize(QStringLiteral("6234-5678"));
    QVERIFY(!p.valid);
    QVERIFY(p.e164.isEmpty());
    QCOMPARE(p.kind, NormalizedPhone::Kind::Unknown);
    QCOMPARE(p.lookupKey(), QStringLiteral("62345678"));
    QCOMPARE(normalizer.normalize(QStringLiteral("62345678")).lookupKey(), p.lookupKey());
}

void TestPhoneNormalizer::garbageIsInvalid_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("key");

    QTest::newRow("letters") << QStringLiteral("abc") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    QTest::newRow("too short") << QStringLiteral("123") << QStringLiteral("123");
    QTest::newRow("too long") << QStringLiteral("123456789012345678")
                              << QStringLiteral("123456789012345678");
    QTest::newRow("mobile one digit short")
        << QStringLiteral("1380013800") << QStringLiteral("1380013800");
}

void TestPhoneNormalizer::garbageIsInvalid()
{
    QFETCH(QString, typed);
    QFETCH(QString, key);

    // R2/R3: such input is not a phone number.
    const PhoneNormalizer normalizer(QStringLiteral("CN"), QStringLiteral("21"));
    const NormalizedPhone p = normalizer.normalize(typed);
    QVERIFY(!p.valid);
    QVERIFY(p.e164.isEmpty());
    QVERIFY(p.international.isEmpty());
    QCOMPARE(p.kind, NormalizedPhone::Kind::Unknown);
    QCOMPARE(p.lookupKey(), key);
}

void TestPhoneNormalizer::international_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("e164");

    QTest::newRow("US") << QStringLiteral("+1 650 253 0000") << QStringLiteral("+16502530000");
    QTest::newRow("US via 00") << QStringLiteral("001 650-253-0000")
                               << QStringLiteral("+16502530000");
    QTest::newRow("UK") << QStringLiteral("+44 20 7946 0958") << QStringLiteral("+442079460958");
}

void TestPhoneNormalizer::international()
{
    QFETCH(QString, typed);
    QFETCH(QString, e164);

    // R3: a foreign number stays itself, it is not forced into the centre's region.
    const PhoneNormalizer normalizer(QStringLiteral("CN"), QStringLiteral("21"));
    const NormalizedPhone p = normalizer.normalize(typed);
    QVERIFY(p.valid);
    QCOMPARE(p.e164, e164);
    QCOMPARE(p.lookupKey(), e164);
}

void TestPhoneNormalizer::digitsOf_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("digits");

    QTest::newRow("dashes and spaces")
        << QStringLiteral("138-0013 8000") << QStringLiteral("13800138000");
    QTest::newRow("plus and parentheses")
        << QStringLiteral("(+86) 10-1234") << QStringLiteral("86101234");
    QTest::newRow("full-width") << QStringLiteral("１３８-００") << QStringLiteral("13800");
    QTest::newRow("letters dropped") << QStringLiteral("ext. 12a") << QStringLiteral("12");
    QTest::newRow("no digits") << QStringLiteral("abc") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPhoneNormalizer::digitsOf()
{
    QFETCH(QString, typed);
    QFETCH(QString, digits);
    // R3: digits only, as ASCII, so the same number typed differently gives the same key.
    QCOMPARE(PhoneNormalizer::digitsOf(typed), digits);
}

void TestPhoneNormalizer::dialString()
{
    // What click-to-dial hands the PBX: digits, and a leading + only where one was typed.
    QCOMPARE(PhoneNormalizer::dialString(QStringLiteral("138-0013 8000")), QStringLiteral("13800138000"));
    QCOMPARE(PhoneNormalizer::dialString(QStringLiteral(" +86 (10) 6677 8899")), QStringLiteral("+861066778899"));
    QCOMPARE(PhoneNormalizer::dialString(QStringLiteral("010+1234")), QStringLiteral("0101234"));
    QCOMPARE(PhoneNormalizer::dialString(QStringLiteral("+")), QString());
}

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
