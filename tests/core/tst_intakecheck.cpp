// Rules R2 (missing or doubtful data is flagged) and R4 (warranty, consent to the charge).
#include "IntakeCheck.h"

#include <QTest>

using namespace hotline;

namespace {

const QDate kToday(2026, 11, 23); // never the real clock

ModelFacts washer(int warrantyMonths = 12)
{
    return {QStringLiteral("XQG80-1412"), {}, QStringLiteral("washing_machine"), warrantyMonths};
}

// A draft with nothing to flag; each test spoils one field.
IntakeDraft completeDraft()
{
    IntakeDraft d;
    d.name = QStringLiteral("王芳");
    d.address = QStringLiteral("上海市浦东新区张江路100弄5号1202室");
    d.phones = {{QStringLiteral("138-0013-8000"), true}};
    d.modelCode = QStringLiteral("XQG80-1412");
    d.purchaseDate = QStringLiteral("2026-05-01");
    d.fault = QStringLiteral("洗衣机脱水时剧烈晃动");
    return d;
}

IntakeCheck::Result check(const IntakeDraft &d, const std::optional<ModelFacts> &m = washer())
{
    return IntakeCheck::check(
        d, m, kToday, PhoneNormalizer(QStringLiteral("CN"), QStringLiteral("21")));
}

} // namespace

class TestIntakeCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeDraftHasNoFindings();
    void emptyDraftIsSavableButFlagged();
    void invalidPhoneAndUnknownModel();
    void impossiblePurchaseDate_data();
    void impossiblePurchaseDate();
    void vagueFault_data();
    void vagueFault();
    void unclearAddress_data();
    void unclearAddress();
    void chargeConsent();
    void storedFormsAndDescribe();
};

void TestIntakeCheck::completeDraftHasNoFindings()
{
    const auto r = check(completeDraft());
    QVERIFY2(r.findings.isEmpty(), qPrintable(r.toVerify().join(u',')));
    QVERIFY(r.canSave());
    QVERIFY(r.toVerify().isEmpty());
    QCOMPARE(r.purchaseDate, std::optional<QDate>(QDate(2026, 5, 1)));
    QCOMPARE(r.warranty.status, Warranty::Status::InWarranty); // R4
}

void TestIntakeCheck::emptyDraftIsSavableButFlagged()
{
    // R2: the operator can still save, but everything missing is on the "to verify" list.
    const auto r = check(IntakeDraft{}, std::nullopt);
    const QStringList expected = QStringLiteral("name_missing address_missing phone_missing "
                                                "model_missing purchase_date_missing fault_missing")
                                     .split(u' ');
    QCOMPARE(r.toVerify(), expected);
    QCOMPARE(r.findings.size(), expected.size());
    QVERIFY(r.canSave());
    for (const IntakeFinding &f : r.findings)
        QVERIFY(!f.message.isEmpty());
    QCOMPARE(r.forField(IntakeFinding::Field::Phone).size(), 1);
    QVERIFY(!r.purchaseDate);
    QCOMPARE(r.warranty.status, Warranty::Status::Unknown);

    // Blank phone rows are no number at all.
    IntakeDraft d = completeDraft();
    d.phones = {{QStringLiteral("  "), true}};
    QCOMPARE(check(d).toVerify(), QStringList{QStringLiteral("phone_missing")});
}

void TestIntakeCheck::invalidPhoneAndUnknownModel()
{
    // R2: a number that is not a phone number is flagged with what was typed.
    IntakeDraft d = completeDraft();
    d.phones = {{QStringLiteral("138-0013-8000"), true}, {QStringLiteral(" 12345 "), false}};
    auto r = check(d);
    const auto phone = r.forField(IntakeFinding::Field::Phone);
    QCOMPARE(phone.size(), 1);
    QCOMPARE(phone.first().code, QStringLiteral("phone_invalid"));
    QCOMPARE(phone.first().detail, QStringLiteral("12345"));
    QCOMPARE(phone.first().severity, IntakeFinding::Severity::ToVerify);
    QVERIFY(r.canSave());
    QCOMPARE(r.toVerify(), QStringList{QStringLiteral("phone_invalid:12345")});

    // R2: a model code the catalogue does not know is doubtful, and no warranty is decided.
    r = check(completeDraft(), std::nullopt);
    QCOMPARE(r.toVerify(), QStringList{QStringLiteral("model_unknown:XQG80-1412")});
    QVERIFY(r.canSave());
    QCOMPARE(r.warranty.status, Warranty::Status::Unknown);
}

void TestIntakeCheck::impossiblePurchaseDate_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");

    auto row = [](const char *tag, const char *typed, const char *code) {
        QTest::newRow(tag) << QString::fromUtf8(typed) << QString::fromUtf8(code);
    };
    row("tomorrow", "2026-11-24", "purchase_date_future"); // kToday is 2026-11-23
    row("next year", "2027年1月1日", "purchase_date_future");
    row("not a date", "last summer", "purchase_date_invalid");
    row("no such day", "2025-02-29", "purchase_date_invalid");
    row("before 1980", "1979-12-31", "purchase_date_too_old");
}

void TestIntakeCheck::impossiblePurchaseDate()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    // R2: a date that cannot be true blocks saving until it is corrected.
    IntakeDraft d = completeDraft();
    d.purchaseDate = typed;
    const auto r = check(d);
    const auto found = r.forField(IntakeFinding::Field::PurchaseDate);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().code, code);
    QCOMPARE(found.first().severity, IntakeFinding::Severity::Impossible);
    QVERIFY(!r.canSave());
    QVERIFY(!r.purchaseDate);
    QVERIFY(r.toVerify().isEmpty()); // impossible findings are not stored on the ticket
}

void TestIntakeCheck::vagueFault_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("vague");

    for (const char *f :
         {"坏了", "broken", "It's broken!", "不行了", "有问题", "Not working", "不好", "bad"})
        QTest::newRow(f) << QString::fromUtf8(f) << true;
    for (const char *f : {"洗衣机脱水时剧烈晃动", "不制冷", "won't turn on, red light blinks"})
        QTest::newRow(f) << QString::fromUtf8(f) << false;
}

void TestIntakeCheck::vagueFault()
{
    QFETCH(QString, fault);
    QFETCH(bool, vague);
    // R2: a fault that says nothing about what the unit does is flagged: a stock phrase, or
    // too short to say anything.
    QCOMPARE(IntakeCheck::isVagueFault(fault), vague);
    IntakeDraft d = completeDraft();
    d.fault = fault;
    const auto r = check(d);
    QCOMPARE(r.toVerify(), vague ? QStringList{QStringLiteral("fault_vague")} : QStringList{});
}

void TestIntakeCheck::unclearAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("unclear");

    QTest::newRow("full") << QStringLiteral("上海市浦东新区张江路100弄5号1202室") << false;
    QTest::newRow("english full") << QStringLiteral("Flat 12, 100 Zhangjiang Road, Pudong")
                                  << false;
    QTest::newRow("no number") << QStringLiteral("上海市浦东新区张江路") << true;
    QTest::newRow("district only") << QStringLiteral("浦东") << true;
    QTest::newRow("number only") << QStringLiteral("5号1202室") << true;
    QTest::newRow("too short") << QStringLiteral("12 Main St") << true;
}

void TestIntakeCheck::unclearAddress()
{
    QFETCH(QString, address);
    QFETCH(bool, unclear);
    // R2: the engineer must be able to find the door.
    QCOMPARE(IntakeCheck::isUnclearAddress(address), unclear);
    IntakeDraft d = completeDraft();
    d.address = address;
    QCOMPARE(check(d).toVerify(),
             unclear ? QStringList{QStringLiteral("address_unclear")} : QStringList{});
}

void TestIntakeCheck::chargeConsent()
{
    IntakeDraft d = completeDraft();
    d.purchaseDate = QStringLiteral("2024-01-10"); // 12 months: expired on 2025-01-10

    // R4: out of warranty and the customer has not yet agreed to the charge.
    auto r = check(d);
    QCOMPARE(r.warranty.status, Warranty::Status::Expired);
    QCOMPARE(r.warranty.lastCoveredDay, QDate(2025, 1, 9));
    QCOMPARE(r.toVerify(), QStringList{QStringLiteral("charge_consent_missing")});
    QVERIFY(r.canSave());

    // R4: the agreement is recorded, nothing left to verify.
    d.chargeConsent = true;
    r = check(d);
    QCOMPARE(r.warranty.status, Warranty::Status::Expired);
    QVERIFY(r.findings.isEmpty());

    // R4: a longer warranty period still covers the same unit: no consent needed.
    d.chargeConsent = false;
    r = check(d, washer(36));
    QCOMPARE(r.warranty.status, Warranty::Status::InWarranty);
    QVERIFY(r.findings.isEmpty());
}

void TestIntakeCheck::storedFormsAndDescribe()
{
    // R2: the ticket stores "code" or "code:detail"; describe() reads them back for people.
    using F = IntakeFinding;
    F f{F::Field::Phone, F::Severity::ToVerify, QStringLiteral("phone_invalid"), {}, {}};
    f.detail = QStringLiteral("12345");
    QCOMPARE(f.storedForm(), QStringLiteral("phone_invalid:12345"));
    f.detail.clear();
    QCOMPARE(f.storedForm(), QStringLiteral("phone_invalid"));

    QCOMPARE(IntakeCheck::describe(QStringLiteral("phone_invalid:12345")),
             QStringLiteral("Invalid number 12345"));
    QCOMPARE(IntakeCheck::describe(QStringLiteral("model_unknown:XQG80-1412")),
             QStringLiteral("Unknown model XQG80-1412"));
    QCOMPARE(IntakeCheck::describe(QStringLiteral("fault_vague")), QStringLiteral("Vague fault"));
    QCOMPARE(IntakeCheck::describe(QStringLiteral("charge_consent_missing")),
             QStringLiteral("Charge not yet agreed (out of warranty)"));
    // An entry from a later version is shown as stored rather than lost.
    QCOMPARE(IntakeCheck::describe(QStringLiteral("something_new:x")),
             QStringLiteral("something_new:x"));

    // Every code check() can store has its own description.
    const QString all = QStringLiteral("name_missing address_missing address_unclear phone_missing "
                                       "phone_invalid:1 model_missing model_unknown:X "
                                       "purchase_date_missing fault_missing fault_vague "
                                       "charge_consent_missing");
    for (const QString &stored : all.split(u' '))
        QVERIFY2(IntakeCheck::describe(stored) != stored, qPrintable(stored));
}

QTEST_GUILESS_MAIN(TestIntakeCheck)
#include "tst_intakecheck.moc"
