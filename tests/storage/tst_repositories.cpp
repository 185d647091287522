// The repositories on both backends, so that no SQLite-only SQL creeps in.
#include "BulkInserter.h"
#include "CatalogueRepository.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "Migrations.h"
#include "PeopleRepository.h"
#include "SettingsRepository.h"
#include "StorageError.h"
#include "TestDatabase.h"
#include "TicketRepository.h"

#include <QTest>

using namespace hotline;

class RepositoriesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void settingsUpsert();
    void catalogueFindsModelIgnoringCase();
    void customerFoundByAnyPhoneKey();
    void customerLoadsPhonesAddressesUnits();
    void ticketWithHistoryInOrder();
    void stateChangeSetsClosedTime();
    void engineersWithSkills();
    void bulkLoadThenOrdinaryInsertContinuesIds();
    void bulkLoadKeepsNullsTextAndNumbers();
    void keptStatementServesTheNextCallWithFreshValues();
    void keptStatementInsideItsOwnLoopGetsItsOwn();
    void keptStatementLetsGoOfWhatItRead();

private:
    qint64 addModel(const QString &code, int months = 24);
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
};

void RepositoriesTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    HOTLINE_REQUIRE_DATABASE(*m_tdb);
    m_db = Database::open(m_tdb->spec());
    Migrations::apply(*m_db);
}

void RepositoriesTest::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

qint64 RepositoriesTest::addModel(const QString &code, int months)
{
    return CatalogueRepository(*m_db).addModel(
        {0, code, QStringLiteral("Washer"), QStringLiteral("Brand"), QStringLiteral("washing_machine"), months, {}});
}

void RepositoriesTest::settingsUpsert()
{
    SettingsRepository s(*m_db);
    QCOMPARE(s.value(QStringLiteral("phone.region"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    s.setValue(QStringLiteral("phone.region"), QStringLiteral("CN"));
    s.setValue(QStringLiteral("phone.region"), QStringLiteral("HK"));
    s.setValue(QStringLiteral("calendar.holidays"), QString());
    QCOMPARE(s.value(QStringLiteral("phone.region")), QStringLiteral("HK"));
    QCOMPARE(s.all().size(), 2);
    QCOMPARE(s.value(QStringLiteral("calendar.holidays"), QStringLiteral("unset")), QString());
}

void RepositoriesTest::catalogueFindsModelIgnoringCase()
{
    const qint64 id = addModel(QStringLiteral("WM-D8012"), 36);
    const auto m = CatalogueRepository(*m_db).modelByCode(QStringLiteral(" wm-d8012 "));
    QVERIFY(m);
    QCOMPARE(m->id, id);
    QCOMPARE(m->warrantyMonths, 36);
    QVERIFY(!CatalogueRepository(*m_db).modelByCode(QStringLiteral("XX-0000")));
}

void RepositoriesTest::customerFoundByAnyPhoneKey()
{
    // R3: a customer is found by any of their numbers.
    CustomerRepository c(*m_db);
    const QDateTime now = QDateTime::currentDateTime();
    const qint64 zhang = c.addCustomer(QStringLiteral("张伟"), now);
    const qint64 li = c.addCustomer(QStringLiteral("李娜"), now);
    c.addPhone(zhang, {0, QStringLiteral("138 0013 8000"), QStringLiteral("+8613800138000"), NormalizedPhone::Kind::Mobile, true});
    c.addPhone(zhang, {0, QStringLiteral("021-6234 5678"), QStringLiteral("+862162345678"), NormalizedPhone::Kind::Landline, false});
    c.addPhone(li, {0, QStringLiteral("021 6234 5678"), QStringLiteral("+862162345678"), NormalizedPhone::Kind::Landline, true});

    QCOMPARE(c.customersWithPhoneKeys({QStringLiteral("+8613800138000")}), QList<qint64>{zhang});
    // A shared landline finds both members of the household, newest first.
    QCOMPARE(c.customersWithPhoneKeys({QStringLiteral("+862162345678")}), (QList<qint64>{li, zhang}));
    QVERIFY(c.customersWithPhoneKeys({QStringLiteral("+8613900000000")}).isEmpty());
    QVERIFY(c.customersWithPhoneKeys({}).isEmpty());
}

void RepositoriesTest::customerLoadsPhonesAddressesUnits()
{
    CustomerRepository c(*m_db);
    const qint64 model = addModel(QStringLiteral("WM-D8012"));
    const qint64 id = c.addCustomer(QStringLiteral("张伟"), QDateTime::currentDateTime());
    const qint64 mobile = c.addPhone(id, {0, QStringLiteral("13800138000"), QStringLiteral("+8613800138000"), NormalizedPhone::Kind::Mobile, true});
    const qint64 landline = c.addPhone(id, {0, QStringLiteral("62345678"), QStringLiteral("+862162345678"), NormalizedPhone::Kind::Landline, false});
    c.setPreferredPhone(id, landline);
    c.addAddress(id, {0, QStringLiteral("上海市徐汇区漕溪北路88号"), QStringLiteral("徐汇区")});
    c.addUnit(id, {0, model, QStringLiteral("WM-D8012"), {}, {}, QStringLiteral("SN1"), QDate(2024, 2, 29)});
    c.addUnit(id, {0, 0, QStringLiteral("UNKNOWN-1"), {}, {}, {}, QDate()});

    const auto loaded = c.customer(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->name, QStringLiteral("张伟"));
    QCOMPARE(loaded->phones.size(), 2);
    QCOMPARE(loaded->phones.first().id, landline); // preferred first
    QVERIFY(loaded->phones.first().preferred);
    QCOMPARE(loaded->phones.last().id, mobile);
    QVERIFY(!loaded->phones.last().preferred);
    QCOMPARE(loaded->addresses.size(), 1);
    QCOMPARE(loaded->addresses.first().district, QStringLiteral("徐汇区"));
    QCOMPARE(loaded->units.size(), 2);
    QCOMPARE(loaded->units.last().purchaseDate, QDate(2024, 2, 29));
    QCOMPARE(loaded->units.last().modelName, QStringLiteral("Washer"));
    QCOMPARE(loaded->units.first().modelCode, QStringLiteral("UNKNOWN-1"));
    QVERIFY(!loaded->units.first().purchaseDate.isValid());
    QVERIFY(!c.customer(id + 100));
}

void RepositoriesTest::ticketWithHistoryInOrder()
{
    CustomerRepository c(*m_db);
    TicketRepository t(*m_db);
    const qint64 customer = c.addCustomer(QStringLiteral("王芳"), QDateTime::currentDateTime());
    const qint64 unit = c.addUnit(customer, {0, 0, QStringLiteral("X"), {}, {}, {}, {}});
    NewTicket n;
    n.customerId = customer;
    n.unitId = unit;
    n.fault = QStringLiteral("不制冷");
    n.priority = Priority::Urgent;
    n.warranty = QStringLiteral("unknown");
    n.toVerify = {QStringLiteral("address_missing"), QStringLiteral("phone_invalid:12345")};
    n.createdAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30));
    const qint64 id = t.addTicket(n);

    // R5: who, when, what changed, in order.
    t.appendHistory({0, id, n.createdAt, QStringLiteral("李娜"), QStringLiteral("created"), {}, {}, QStringLiteral("phone")}, 0);
    t.appendHistory({0, id, n.createdAt.addSecs(60), QStringLiteral("李娜"), QStringLiteral("state"), QStringLiteral("state"), QStringLiteral("new"), QStringLiteral("in_triage")}, 0);
    const auto summary = t.ticket(id);
    QVERIFY(summary);
    QCOMPARE(summary->fault, QStringLiteral("不制冷"));
    QCOMPARE(summary->priority, Priority::Urgent);
    QCOMPARE(summary->toVerify, n.toVerify);
    QCOMPARE(summary->createdAt, n.createdAt);
    const auto history = t.history(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].action, QStringLiteral("created"));
    QCOMPARE(history[1].oldValue, QStringLiteral("new"));
    QCOMPARE(history[1].newValue, QStringLiteral("in_triage"));
    QCOMPARE(t.ticketsOfCustomer(customer).size(), 1);
    QCOMPARE(t.count(), 1);
}

void RepositoriesTest::stateChangeSetsClosedTime()
{
    CustomerRepository c(*m_db);
    TicketRepository t(*m_db);
    const qint64 customer = c.addCustomer(QStringLiteral("赵磊"), QDateTime::currentDateTime());
    const qint64 unit = c.addUnit(customer, {0, 0, QStringLiteral("X"), {}, {}, {}, {}});
    NewTicket n;
    n.customerId = customer;
    n.unitId = unit;
    n.fault = QStringLiteral("打印卡纸");
    n.warranty = QStringLiteral("unknown");
    n.createdAt = QDateTime::currentDateTime();
    const qint64 id = t.addTicket(n);
    t.setState(id, TicketState::VisitCompleted, n.createdAt.addDays(1));
    t.setState(id, TicketState::Closed, n.createdAt.addDays(2));
    QCOMPARE(t.ticket(id)->state, TicketState::Closed);
    const auto counts = t.countByState();
    QCOMPARE(counts.value(TicketState::Closed), 1);
    QCOMPARE(counts.value(TicketState::New), 0);
}

void RepositoriesTest::engineersWithSkills()
{
    PeopleRepository p(*m_db);
    Engineer e;
    e.name = QStringLiteral("陈建国");
    e.phone = QStringLiteral("13900000000");
    e.district = QStringLiteral("浦东新区");
    e.workStart = QTime(10, 0);
    e.workEnd = QTime(19, 0);
    e.skills = {QStringLiteral("printer"), QStringLiteral("air_conditioner")};
    p.addEngineer(e);
    const auto list = p.engineers();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].workStart, QTime(10, 0));
    QCOMPARE(list[0].skills, (QStringList{QStringLiteral("air_conditioner"), QStringLiteral("printer")}));

    p.addUser({0, QStringLiteral("lina"), QStringLiteral("李娜"), Role::Supervisor, false}, {}, QDateTime::currentDateTime());
    const auto user = p.userByLogin(QStringLiteral("lina"));
    QVERIFY(user);
    QCOMPARE(user->role, Role::Supervisor);
    QVERIFY(!p.userByLogin(QStringLiteral("nobody")));
}

void RepositoriesTest::bulkLoadThenOrdinaryInsertContinuesIds()
{
    const qint64 first = BulkInserter::nextId(*m_db, QStringLiteral("customers"));
    QCOMPARE(first, 1);
    {
        Transaction tx(*m_db);
        BulkInserter bulk(*m_db, QStringLiteral("customers"),
                          {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at")}, 7);
        for (int i = 0; i < 50; ++i) // 7 full statements and one partial
            bulk.add({first + i, QStringLiteral("客户%1").arg(i), QStringLiteral("2026-01-01T00:00:00.000Z")});
        bulk.flush();
        tx.commit();
    }
    BulkInserter::syncIdentity(*m_db, QStringLiteral("customers"));
    CustomerRepository c(*m_db);
    QCOMPARE(c.count(), 50);
    // The identity sequence knows about the loaded ids (PostgreSQL would collide otherwise).
    QCOMPARE(c.addCustomer(QStringLiteral("新客户"), QDateTime::currentDateTime()), 51);
    QCOMPARE(c.customer(37)->name, QStringLiteral("客户36"));
}

// SQLite loads through its own API, binding each value by type: it must store what Qt's
// binding stores on PostgreSQL: a NULL id as NULL, unset text as empty text (NOT NULL
// columns), a number as a number; and a failing row names its table.
void RepositoriesTest::bulkLoadKeepsNullsTextAndNumbers()
{
    {
        Transaction tx(*m_db);
        BulkInserter customers(*m_db, QStringLiteral("customers"),
                               {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at")});
        customers.add({qint64(1), QStringLiteral("王芳"), QStringLiteral("2026-01-01T00:00:00.000Z")});
        customers.flush();
        BulkInserter units(*m_db, QStringLiteral("units"),
                           {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("model_id"),
                            QStringLiteral("model_typed"), QStringLiteral("serial"), QStringLiteral("purchase_date")});
        units.add({qint64(1), 1, QVariant(QMetaType(QMetaType::LongLong)), QString(), QStringLiteral("SN-冰箱-1"),
                   QVariant()});
        units.flush();
        tx.commit();
    }
    QSqlQuery q = m_db->prepare(QStringLiteral(
        "SELECT model_id IS NULL, model_typed IS NULL, model_typed, serial, purchase_date IS NULL, customer_id + 1 "
        "FROM units WHERE id = 1"));
    m_db->run(q, "read the unit");
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
    QVERIFY(!q.value(1).toBool());
    QVERIFY(q.value(2).toString().isEmpty());
    QCOMPARE(q.value(3).toString(), QStringLiteral("SN-冰箱-1"));
    QVERIFY(q.value(4).toBool());
    QCOMPARE(q.value(5).toLongLong(), 2); // stored as a number, not as text

    Transaction tx(*m_db);
    BulkInserter again(*m_db, QStringLiteral("customers"),
                       {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at")}, 1);
    try {
        again.add({qint64(1), QStringLiteral("重复"), QStringLiteral("2026-01-01T00:00:00.000Z")});
        again.flush();
        QFAIL("a row with a taken id was loaded");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("customers")), qPrintable(e.message()));
    }
}

// The screen pop's statements are prepared once and lent again: each call binds its own
// values and reads its own rows.
void RepositoriesTest::keptStatementServesTheNextCallWithFreshValues()
{
    const QString sql = QStringLiteral("SELECT value FROM centre_settings WHERE key = ?");
    SettingsRepository(*m_db).setValue(QStringLiteral("a"), QStringLiteral("first"));
    SettingsRepository(*m_db).setValue(QStringLiteral("b"), QStringLiteral("second"));
    const QSqlQuery *kept = nullptr;
    for (const auto &[key, value] : {std::pair{"a", "first"}, std::pair{"b", "second"}, std::pair{"a", "first"}}) {
        Statement q = m_db->statement(sql);
        if (kept)
            QCOMPARE(&*q, kept); // the same statement, not prepared again
        kept = &*q;
        q->addBindValue(QString::fromLatin1(key));
        m_db->run(q, "read a setting");
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QString::fromLatin1(value));
        QVERIFY(!q->next());
    }
}

// The same SQL asked for while the first handle is still held (a caller that runs the query
// again before it is done with the first answer) gets a statement of its own, so the first
// keeps its values and rows; the kept one is lent again once it is back.
void RepositoriesTest::keptStatementInsideItsOwnLoopGetsItsOwn()
{
    for (const char *key : {"a", "b", "c"})
        SettingsRepository(*m_db).setValue(QString::fromLatin1(key), QString::fromLatin1(key).toUpper());
    const QString sql = QStringLiteral("SELECT key FROM centre_settings WHERE key >= ? ORDER BY key");
    const auto keys = [](QSqlQuery &q) {
        QStringList list;
        while (q.next())
            list.append(q.value(0).toString());
        return list;
    };
    const QSqlQuery *kept = nullptr;
    {
        Statement outer = m_db->statement(sql);
        kept = &*outer;
        outer->addBindValue(QStringLiteral("b"));
        m_db->run(outer, "read settings");
        QCOMPARE(keys(*outer), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));

        Statement inner = m_db->statement(sql);
        QVERIFY(&*inner != kept);
        inner->addBindValue(QStringLiteral("c"));
        m_db->run(inner, "read settings");
        QCOMPARE(keys(*inner), QStringList{QStringLiteral("c")});
        QCOMPARE(outer->boundValue(0).toString(), QStringLiteral("b"));
    }
    Statement again = m_db->statement(sql);
    QCOMPARE(&*again, kept);
}

// A kept statement read only in part must not keep its connection looking at the past: when
// the handle goes the statement is reset, so the next read sees what another console saved.
void RepositoriesTest::keptStatementLetsGoOfWhatItRead()
{
    for (const char *key : {"a", "b", "c"})
        SettingsRepository(*m_db).setValue(QString::fromLatin1(key), QStringLiteral("old"));
    {
        Statement q = m_db->statement(QStringLiteral("SELECT key FROM centre_settings ORDER BY key"));
        m_db->run(q, "read settings");
        QVERIFY(q->next()); // one row of three, then the handle goes
    }
    auto other = Database::open(m_tdb->spec());
    SettingsRepository(*other).setValue(QStringLiteral("b"), QStringLiteral("new"));
    QCOMPARE(SettingsRepository(*m_db).value(QStringLiteral("b")), QStringLiteral("new"));
}

QTEST_GUILESS_MAIN(RepositoriesTest)
#include "tst_repositories.moc"
