// Versioned migrations on both backends: applied on open, recorded, idempotent, and a
// database newer than the program is refused with a clear message.
#include "Database.h"
#include "Migrations.h"
#include "StorageError.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace hotline;

class MigrationsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseReachesLatestVersion();
    void secondApplyRunsNothing();
    void newerDatabaseIsRefused();
    void transactionRollsBackUnlessCommitted();
    void statementsSplitOnLineEnds();
};

void MigrationsTest::freshDatabaseReachesLatestVersion()
{
    test::TestDatabase tdb;
    HOTLINE_REQUIRE_DATABASE(tdb);
    auto db = Database::open(tdb.spec());
    QCOMPARE(Migrations::currentVersion(*db), 0);
    const int ran = Migrations::apply(*db);
    QVERIFY(ran >= 1);
    QCOMPARE(ran, int(Migrations::available(*db).size()));
    QCOMPARE(Migrations::currentVersion(*db), Migrations::latestVersion());
    // The schema is there: every entity table answers.
    for (const char *table : {"customers", "customer_phones", "addresses", "units", "tickets",
                              "ticket_history", "product_models", "users", "engineers", "visits",
                              "callback_tasks", "centre_settings"}) {
        QSqlQuery q = db->prepare(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        db->run(q, "count");
        QVERIFY2(q.next(), table);
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

void MigrationsTest::secondApplyRunsNothing()
{
    test::TestDatabase tdb;
    HOTLINE_REQUIRE_DATABASE(tdb);
    {
        auto db = Database::open(tdb.spec());
        Migrations::apply(*db);
    }
    auto again = Database::open(tdb.spec());
    QCOMPARE(Migrations::apply(*again), 0);
    QCOMPARE(Migrations::currentVersion(*again), Migrations::latestVersion());
}

void MigrationsTest::newerDatabaseIsRefused()
{
    test::TestDatabase tdb;
    HOTLINE_REQUIRE_DATABASE(tdb);
    auto db = Database::open(tdb.spec());
    Migrations::apply(*db);
    const int future = Migrations::latestVersion() + 1;
    QSqlQuery q = db->prepare(QStringLiteral("UPDATE schema_meta SET value = ? WHERE key = 'schema_version'"));
    q.addBindValue(QString::number(future));
    db->run(q, "pretend a newer program migrated");
    try {
        Migrations::apply(*db);
        QFAIL("a newer database was opened");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains(QString::number(future)), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QString::number(Migrations::latestVersion())),
                 qPrintable(e.message()));
        QVERIFY(e.message().contains(QStringLiteral("newer")));
    }
}

void MigrationsTest::transactionRollsBackUnlessCommitted()
{
    test::TestDatabase tdb;
    HOTLINE_REQUIRE_DATABASE(tdb);
    auto db = Database::open(tdb.spec());
    Migrations::apply(*db);
    auto insert = [&](const QString &key) {
        QSqlQuery q = db->prepare(QStringLiteral("INSERT INTO centre_settings (key, value) VALUES (?, 'x')"));
        q.addBindValue(key);
        db->run(q, "insert");
    };
    {
        Transaction tx(*db);
        insert(QStringLiteral("dropped"));
    }
    {
        Transaction tx(*db);
        insert(QStringLiteral("kept"));
        tx.commit();
    }
    QSqlQuery q = db->prepare(QStringLiteral("SELECT key FROM centre_settings ORDER BY key"));
    db->run(q, "read");
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    QCOMPARE(keys, QStringList{QStringLiteral("kept")});
}

void MigrationsTest::statementsSplitOnLineEnds()
{
    const QString sql = QStringLiteral("-- a comment; with a semicolon\n"
                                       "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n\n"
                                       "CREATE INDEX a_x\n  ON a (x);\n");
    const QStringList s = Migrations::statements(sql);
    QCOMPARE(s.size(), 2);
    QCOMPARE(s[0], QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b')"));
    QVERIFY(s[1].startsWith(QStringLiteral("CREATE INDEX a_x")));
    QVERIFY(!s[1].endsWith(u';'));
}

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
