// R26: users, argon2id passwords, log-in, and permissions enforced in the services (not
// only by hiding buttons): every call is made directly on the services, on both backends.
#include "AccountService.h"
#include "AuditRepository.h"
#include "CallbackService.h"
#include "Centre.h"
#include "Database.h"
#include "DemoCentre.h"
#include "DispatchService.h"
#include "ReportService.h"
#include "TestDatabase.h"
#include "TestTriageTree.h"
#include "TriageService.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace hotline;

class AccountsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void theFirstUserIsAnAdministrator();
    void passwordsAreKeptAsArgon2idHashes();
    void logInChecksThePasswordAndRecordsEveryAttempt();
    void fieldsAreChecked_data();
    void fieldsAreChecked();
    void theLastAdministratorStays();
    void roleDecides_data();
    void roleDecides();
    void exportsAreAudited();
    void theDemoOpensAsItsSupervisorWithoutAPassword();

private:
    void addAdmin();
    QList<AuditEntry> audit(const QString &action) const;
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
};

const QString kPassword = QStringLiteral("correct horse 7");

void AccountsTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    HOTLINE_REQUIRE_DATABASE(*m_tdb);
    m_centre = Centre::open(m_tdb->spec());
    m_centre->setClock([] { return QDateTime(QDate(2026, 11, 24), QTime(9, 0)); });
}

void AccountsTest::cleanup()
{
    m_centre.reset();
    m_tdb.reset();
}

void AccountsTest::addAdmin()
{
    m_centre->actAsCommandLine();
    AccountService(*m_centre).addUser(QStringLiteral("admin"), QStringLiteral("王管理"), Role::Admin, kPassword);
}

QList<AuditEntry> AccountsTest::audit(const QString &action) const
{
    return AuditRepository(m_centre->database()).recent(100, action);
}

void AccountsTest::theFirstUserIsAnAdministrator()
{
    AccountService accounts(*m_centre);
    QVERIFY(accounts.needsFirstAdministrator());
    QVERIFY_THROWS_EXCEPTION(CentreInputError,
                             accounts.addUser(QStringLiteral("lina"), {}, Role::Operator, kPassword));
    // Anyone may create the first administrator: there is nobody yet to ask.
    m_centre->setActor({});
    accounts.addUser(QStringLiteral("admin"), {}, Role::Admin, kPassword);
    QVERIFY(!accounts.needsFirstAdministrator());
    // From then on, only an administrator adds users.
    QVERIFY_THROWS_EXCEPTION(CentreError, accounts.addUser(QStringLiteral("lina"), {}, Role::Operator, kPassword));
    accounts.logIn(QStringLiteral("admin"), kPassword);
    QCOMPARE(accounts.addUser(QStringLiteral("lina"), QStringLiteral("李娜"), Role::Operator, kPassword).displayName,
             QStringLiteral("李娜"));
    QCOMPARE(audit(QStringLiteral("user_added")).size(), 2);
}

void AccountsTest::passwordsAreKeptAsArgon2idHashes()
{
    addAdmin();
    QSqlQuery q(m_centre->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE login = 'admin'")) && q.next());
    const QString stored = q.value(0).toString();
    QVERIFY2(stored.startsWith(QStringLiteral("$argon2id$")), qPrintable(stored));
    QVERIFY(!stored.contains(kPassword));
}

void AccountsTest::logInChecksThePasswordAndRecordsEveryAttempt()
{
    addAdmin();
    AccountService accounts(*m_centre);
    accounts.addUser(QStringLiteral("lina"), QStringLiteral("李娜"), Role::Operator, kPassword);
    m_centre->setActor({});
    QVERIFY_THROWS_EXCEPTION(CentreError, accounts.logIn(QStringLiteral("lina"), QStringLiteral("wrong password")));
    QVERIFY_THROWS_EXCEPTION(CentreError, accounts.logIn(QStringLiteral("nobody"), kPassword));
    QCOMPARE(m_centre->actor().userId, 0);
    accounts.logIn(QStringLiteral("lina"), kPassword);
    QCOMPARE(m_centre->actor().name, QStringLiteral("李娜"));
    QCOMPARE(m_centre->actor().role, Role::Operator);
    QCOMPARE(audit(QStringLiteral("login_refused")).size(), 2);
    QCOMPARE(audit(QStringLiteral("logged_in")).size(), 1);

    // A disabled account is told so; its password no longer opens the console.
    accounts.logIn(QStringLiteral("admin"), kPassword);
    accounts.disable(QStringLiteral("lina"));
    try {
        accounts.logIn(QStringLiteral("lina"), kPassword);
        QFAIL("a disabled user logged in");
    } catch (const CentreError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("disabled")), qPrintable(e.message()));
    }
    QCOMPARE(m_centre->actor().name, QStringLiteral("王管理"));

    // A new password replaces the old one.
    accounts.setPassword(QStringLiteral("admin"), QStringLiteral("another secret"));
    QVERIFY_THROWS_EXCEPTION(CentreError, accounts.logIn(QStringLiteral("admin"), kPassword));
    accounts.logIn(QStringLiteral("admin"), QStringLiteral("another secret"));
}

void AccountsTest::fieldsAreChecked_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("named");
    QTest::newRow("short password") << QStringLiteral("zhao") << QStringLiteral("1234567") << QStringLiteral("Password");
    QTest::newRow("padded password") << QStringLiteral("zhao") << QStringLiteral(" 12345678") << QStringLiteral("Password");
    QTest::newRow("capital letters") << QStringLiteral("Zhao") << kPassword << QStringLiteral("User name");
    QTest::newRow("space in the name") << QStringLiteral("zhao wei") << kPassword << QStringLiteral("User name");
    QTest::newRow("empty name") << QString() << kPassword << QStringLiteral("User name");
    QTest::newRow("taken") << QStringLiteral("admin") << kPassword << QStringLiteral("taken");
}

void AccountsTest::fieldsAreChecked()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, named);
    addAdmin();
    try {
        AccountService(*m_centre).addUser(login, {}, Role::Operator, password);
        QFAIL("accepted");
    } catch (const CentreInputError &e) {
        QVERIFY2(e.message().contains(named), qPrintable(e.message()));
    }
}

void AccountsTest::theLastAdministratorStays()
{
    addAdmin();
    AccountService accounts(*m_centre);
    QVERIFY_THROWS_EXCEPTION(CentreError, accounts.disable(QStringLiteral("admin")));
    accounts.addUser(QStringLiteral("admin2"), {}, Role::Admin, kPassword);
    accounts.disable(QStringLiteral("admin"));
    QVERIFY(accounts.users().first().disabled);
    QCOMPARE(audit(QStringLiteral("user_disabled")).size(), 1);
}

void AccountsTest::roleDecides_data()
{
    QTest::addColumn<std::function<void(Centre &)>>("action");
    QTest::addColumn<bool>("operatorMay");
    QTest::addColumn<bool>("supervisorMay");
    auto visit = [](Centre &c) {
        const DispatchDay day = DispatchService(c).day(c.today());
        return day.queue.isEmpty() ? BoardVisit{} : day.queue.first();
    };
    QTest::newRow("assign a visit") << std::function<void(Centre &)>([visit](Centre &c) {
        const BoardVisit v = visit(c);
        DispatchService(c).move({v.id, v.version, 0, {}, 90, {}, true, {}});
    }) << false << true;
    QTest::newRow("record a visit's result") << std::function<void(Centre &)>([](Centre &c) {
        DispatchService(c).recordResult({});
    }) << false << true;
    QTest::newRow("print job sheets") << std::function<void(Centre &)>([](Centre &c) {
        DispatchService d(c);
        d.exportJobSheets(d.day(c.today()), QStringLiteral("/tmp/sheets.pdf"));
    }) << false << true;
    QTest::newRow("print job sheets for a day nobody works") << std::function<void(Centre &)>([](Centre &c) {
        DispatchService d(c);
        d.exportJobSheets(DispatchDay{}, QStringLiteral("/tmp/sheets.pdf"));
    }) << false << true;
    QTest::newRow("export the morning list") << std::function<void(Centre &)>([](Centre &c) {
        CallbackService(c).exportQueue(QStringLiteral("/tmp/list.csv"));
    }) << false << true;
    QTest::newRow("import a triage tree") << std::function<void(Centre &)>([](Centre &c) {
        TriageService(c).importTree(test::washerTree(500), QStringLiteral("t.json"));
    }) << false << true;
    QTest::newRow("change a setting") << std::function<void(Centre &)>([](Centre &c) {
        c.setSetting(QStringLiteral("phrases.forbidden"), QStringLiteral("没办法"));
    }) << false << true;
    QTest::newRow("add a user") << std::function<void(Centre &)>([](Centre &c) {
        AccountService(c).addUser(QStringLiteral("newcomer"), {}, Role::Operator, kPassword);
    }) << false << false;
    QTest::newRow("list users") << std::function<void(Centre &)>([](Centre &c) { AccountService(c).users(); })
                                << false << false;
    QTest::newRow("reset someone's password") << std::function<void(Centre &)>([](Centre &c) {
        AccountService(c).setPassword(QStringLiteral("demo"), kPassword);
    }) << false << false;
    QTest::newRow("save the service report") << std::function<void(Centre &)>([](Centre &c) {
        ReportService r(c);
        r.recordExport(r.figures(c.today(), c.today()), QStringLiteral("/tmp/report.pdf"));
    }) << false << true;
    QTest::newRow("read the audit trail") << std::function<void(Centre &)>([](Centre &c) { c.auditTrail(10); })
                                          << false << true;
    QTest::newRow("see the queue") << std::function<void(Centre &)>([](Centre &c) { CallbackService(c).queue(); })
                                   << true << true;
}

void AccountsTest::roleDecides()
{
    QFETCH(std::function<void(Centre &)>, action);
    QFETCH(bool, operatorMay);
    QFETCH(bool, supervisorMay);
    DemoCentre::seed(*m_centre, 3);
    addAdmin();
    for (const auto &[role, may] : {std::pair{Role::Operator, operatorMay}, std::pair{Role::Supervisor, supervisorMay}}) {
        m_centre->setActor({0, QStringLiteral("tester"), role});
        bool refused = false;
        try {
            action(*m_centre);
        } catch (const CentreError &e) {
            refused = e.message().contains(QStringLiteral("logged in as"));
        }
        QVERIFY2(refused == !may, role == Role::Operator ? "as an operator" : "as a supervisor");
    }
}

void AccountsTest::exportsAreAudited()
{
    DemoCentre::seed(*m_centre, 3);
    QVERIFY(m_centre->logInDemoSupervisor());
    const int calls = CallbackService(*m_centre).exportQueue(QStringLiteral("/tmp/morning.csv")).size();
    const auto lines = audit(QStringLiteral("exported"));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().subject, QStringLiteral("/tmp/morning.csv"));
    QCOMPARE(lines.first().actor, m_centre->actor().name);
    QVERIFY2(lines.first().detail.contains(QString::number(calls)), qPrintable(lines.first().detail));

    // Job sheets carry addresses and numbers out of the system too (R26).
    DispatchService dispatch(*m_centre);
    const auto sheets = dispatch.exportJobSheets(dispatch.day(m_centre->today()), QStringLiteral("/tmp/sheets.pdf"));
    const auto after = audit(QStringLiteral("exported"));
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.first().subject, QStringLiteral("/tmp/sheets.pdf"));
    QVERIFY2(after.first().detail.contains(QStringLiteral("job sheets")) &&
                 after.first().detail.contains(QString::number(sheets.size())),
             qPrintable(after.first().detail));
}

void AccountsTest::theDemoOpensAsItsSupervisorWithoutAPassword()
{
    QVERIFY(!m_centre->logInDemoSupervisor()); // not a demo yet
    DemoCentre::seed(*m_centre, 3);
    QVERIFY(m_centre->logInDemoSupervisor());
    QCOMPARE(m_centre->actor().role, Role::Supervisor);
    // ...and its supervisor has no password that could open a real console.
    QVERIFY_THROWS_EXCEPTION(CentreError, AccountService(*m_centre).logIn(QStringLiteral("demo"), QString()));
}

QTEST_GUILESS_MAIN(AccountsTest)
#include "tst_accounts.moc"
