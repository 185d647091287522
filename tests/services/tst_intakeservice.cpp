// Taking a call end to end through the services layer, on both backends:
// R1 fields saved, R2 "to verify" list, R3 returning customers, R4 warranty and consent, R5 log.
#include "Centre.h"
#include "DemoCentre.h"
#include "IntakeService.h"
#include "TestDatabase.h"

#include <QTest>

using namespace hotline;

namespace {
const QDateTime kNow(QDate(2026, 11, 23), QTime(10, 15)); // a Monday morning
}

class IntakeServiceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void completeCallIsSavedWithItsLog();
    void missingDataIsSavedAndFlagged();
    void impossibleDataIsNotSaved();
    void returningCallerFoundInAnyFormat_data();
    void returningCallerFoundInAnyFormat();
    void newCallForReturningCustomerReusesRecords();
    void expiredWarrantyNeedsConsent();
    void aPickedUnitChangedByTheOperatorIsANewUnit();

private:
    IntakeDraft fullDraft() const;
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
    std::unique_ptr<IntakeService> m_intake;
};

void IntakeServiceTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    HOTLINE_REQUIRE_DATABASE(*m_tdb);
    m_centre = Centre::open(m_tdb->spec());
    m_centre->setClock([] { return kNow; });
    DemoCentre::seed(*m_centre, 3);
    m_centre->setActor({0, QStringLiteral("测试接线员"), Role::Operator});
    m_intake = std::make_unique<IntakeService>(*m_centre);
}

void IntakeServiceTest::cleanup()
{
    m_intake.reset();
    m_centre.reset();
    m_tdb.reset();
}

IntakeDraft IntakeServiceTest::fullDraft() const
{
    IntakeDraft d;
    d.name = QStringLiteral("欧阳明");
    d.address = QStringLiteral("上海市静安区南京西路1266号恒隆广场2座1203室");
    d.district = QStringLiteral("静安区");
    d.phones = {{QStringLiteral("139 1777 2233"), true}, {QStringLiteral("021-5218 8899"), false}};
    d.modelCode = QStringLiteral("ac-k35g"); // typed in lower case
    d.serial = QStringLiteral("AC25123456");
    d.purchaseDate = QStringLiteral("2025-06-18");
    d.fault = QStringLiteral("开机后只吹风不制冷，外机不转");
    d.preferredTime = QStringLiteral("工作日下午");
    d.priority = Priority::Urgent;
    return d;
}

void IntakeServiceTest::completeCallIsSavedWithItsLog()
{
    const auto r = m_intake->save(fullDraft());
    QVERIFY(r.saved);
    QVERIFY(r.review.toVerify().isEmpty());
    const auto t = m_intake->ticket(r.ticketId);
    QVERIFY(t);
    QCOMPARE(t->state, TicketState::New);
    QCOMPARE(t->priority, Priority::Urgent);
    QCOMPARE(t->customerName, QStringLiteral("欧阳明"));
    QCOMPARE(t->modelCode, QStringLiteral("AC-K35G"));
    QCOMPARE(t->serial, QStringLiteral("AC25123456"));
    QCOMPARE(t->createdAt, kNow);
    QVERIFY(t->toVerify.isEmpty());
    // R5: the call is logged with time and operator.
    const auto history = m_intake->history(r.ticketId);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].action, QStringLiteral("created"));
    QCOMPARE(history[0].actor, QStringLiteral("测试接线员"));
    QCOMPARE(history[0].at, kNow);
    // R1: both numbers are the customer's, the preferred one first.
    const auto customer = m_intake->returningCustomer(r.customerId);
    QCOMPARE(customer->customer.phones.size(), 2);
    QVERIFY(customer->customer.phones[0].preferred);
    QCOMPARE(customer->customer.phones[0].lookupKey, QStringLiteral("+8613917772233"));
    QCOMPARE(customer->customer.units[0].purchaseDate, QDate(2025, 6, 18));
}

void IntakeServiceTest::missingDataIsSavedAndFlagged()
{
    // R2: the customer may not know; the ticket is saved and carries what to verify.
    IntakeDraft d;
    d.phones = {{QStringLiteral("139 1777 2233"), true}};
    d.fault = QStringLiteral("坏了");
    const auto r = m_intake->save(d);
    QVERIFY(r.saved);
    const auto t = m_intake->ticket(r.ticketId);
    QVERIFY(t->toVerify.contains(QStringLiteral("name_missing")));
    QVERIFY(t->toVerify.contains(QStringLiteral("address_missing")));
    QVERIFY(t->toVerify.contains(QStringLiteral("model_missing")));
    QVERIFY(t->toVerify.contains(QStringLiteral("purchase_date_missing")));
    QVERIFY(t->toVerify.contains(QStringLiteral("fault_vague")));
    QVERIFY(!t->toVerify.contains(QStringLiteral("phone_missing")));
    const auto history = m_intake->history(r.ticketId);
    QCOMPARE(history.last().action, QStringLiteral("to_verify"));
}

void IntakeServiceTest::impossibleDataIsNotSaved()
{
    IntakeDraft d = fullDraft();
    d.purchaseDate = QStringLiteral("2027-01-05"); // after kNow
    const int before = int(m_intake->findCaller(QStringLiteral("13917772233")).size());
    const auto r = m_intake->save(d);
    QVERIFY(!r.saved);
    QCOMPARE(r.ticketId, 0);
    QVERIFY(!r.review.canSave());
    QCOMPARE(r.review.forField(IntakeFinding::Field::PurchaseDate).first().code,
             QStringLiteral("purchase_date_future"));
    // Nothing half-written: no customer was created either.
    QCOMPARE(int(m_intake->findCaller(QStringLiteral("13917772233")).size()), before);
}

void IntakeServiceTest::returningCallerFoundInAnyFormat_data()
{
    QTest::addColumn<QString>("typed");
    // The demo's featured customer, 张伟, gave "138 0013 8000" and "021-6234 5678".
    QTest::newRow("as given") << QStringLiteral("138 0013 8000");
    QTest::newRow("dashes") << QStringLiteral("138-0013-8000");
    QTest::newRow("digits") << QStringLiteral("13800138000");
    QTest::newRow("+86") << QStringLiteral("+86 138 0013 8000");
    QTest::newRow("0086") << QStringLiteral("0086 13800138000");
    QTest::newRow("86 prefix") << QStringLiteral("8613800138000");
    QTest::newRow("landline with area code") << QStringLiteral("(021) 6234-5678");
    QTest::newRow("landline, caller ID without area code") << QStringLiteral("62345678");
    QTest::newRow("landline international") << QStringLiteral("+86 21 6234 5678");
}

void IntakeServiceTest::returningCallerFoundInAnyFormat()
{
    QFETCH(QString, typed);
    const auto found = m_intake->findCaller(typed);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].customer.name, QStringLiteral("张伟"));
    QCOMPARE(found[0].tickets.size(), 2); // R3: earlier tickets shown while the call is live
    QCOMPARE(found[0].tickets[0].state, TicketState::ResolvedByPhone); // newest first
}

void IntakeServiceTest::newCallForReturningCustomerReusesRecords()
{
    const ReturningCustomer zhang = m_intake->findCaller(QStringLiteral("13800138000")).first();
    IntakeDraft d;
    d.customerId = zhang.customer.id;
    d.unitId = zhang.customer.units.first().id;
    d.name = zhang.customer.name;
    d.address = zhang.customer.addresses.first().text;
    d.phones = {{QStringLiteral("+86 138 0013 8000"), true}, {QStringLiteral("159 0000 1111"), false}};
    d.modelCode = zhang.customer.units.first().modelCode;
    d.serial = zhang.customer.units.first().serial;
    d.purchaseDate = zhang.customer.units.first().purchaseDate.toString(Qt::ISODate);
    d.fault = QStringLiteral("脱水时又开始剧烈晃动，和上次一样");
    const auto r = m_intake->save(d);
    QVERIFY(r.saved);
    QCOMPARE(r.customerId, zhang.customer.id);
    const auto after = m_intake->returningCustomer(zhang.customer.id);
    QCOMPARE(after->customer.units.size(), zhang.customer.units.size()); // same unit
    QCOMPARE(after->customer.addresses.size(), zhang.customer.addresses.size());
    QCOMPARE(after->customer.phones.size(), zhang.customer.phones.size() + 1); // the new mobile
    QCOMPARE(after->tickets.size(), 3);
    QCOMPARE(after->tickets.first().unitId, zhang.customer.units.first().id);
    // The new number finds them next time.
    QCOMPARE(m_intake->findCaller(QStringLiteral("15900001111")).first().customer.id, zhang.customer.id);
}

void IntakeServiceTest::expiredWarrantyNeedsConsent()
{
    // R4: out of warranty, the customer must agree to the charge before dispatch.
    IntakeDraft d = fullDraft();
    d.modelCode = QStringLiteral("PR-L2208"); // 12 months
    d.purchaseDate = QStringLiteral("2024-03-01");
    auto r = m_intake->save(d);
    QVERIFY(r.saved);
    QCOMPARE(r.review.warranty.status, Warranty::Status::Expired);
    QVERIFY(m_intake->ticket(r.ticketId)->toVerify.contains(QStringLiteral("charge_consent_missing")));

    d.chargeConsent = true;
    r = m_intake->save(d);
    QVERIFY(r.saved);
    QVERIFY(!m_intake->ticket(r.ticketId)->toVerify.contains(QStringLiteral("charge_consent_missing")));
    bool consentLogged = false;
    for (const auto &h : m_intake->history(r.ticketId))
        consentLogged |= h.action == u"charge_consent" && h.newValue == u"agreed";
    QVERIFY(consentLogged);
}

void IntakeServiceTest::aPickedUnitChangedByTheOperatorIsANewUnit()
{
    // The caller's washing machine was picked, then the operator learns it is the fridge.
    const ReturningCustomer zhang = m_intake->findCaller(QStringLiteral("13800138000")).first();
    const Unit washer = zhang.customer.units.first();
    IntakeDraft d;
    d.customerId = zhang.customer.id;
    d.unitId = washer.id;
    d.name = zhang.customer.name;
    d.phones = {{QStringLiteral("13800138000"), true}};
    d.modelCode = QStringLiteral("RF-B452W");
    d.serial = QStringLiteral("RF25000001");
    d.purchaseDate = QStringLiteral("2025-03-01");
    d.fault = QStringLiteral("冷藏室不冷，食物放一天就坏");
    const auto r = m_intake->save(d);
    QVERIFY(r.saved);
    const auto t = m_intake->ticket(r.ticketId);
    QVERIFY(t->unitId != washer.id);
    QCOMPARE(t->modelCode, QStringLiteral("RF-B452W"));
    QCOMPARE(m_intake->returningCustomer(zhang.customer.id)->customer.units.size(), zhang.customer.units.size() + 1);
}

QTEST_GUILESS_MAIN(IntakeServiceTest)
#include "tst_intakeservice.moc"
