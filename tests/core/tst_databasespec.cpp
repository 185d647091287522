// Which database a program opens: a SQLite file (one desk) or a PostgreSQL server (a centre).
#include "DatabaseSpec.h"

#include <QDir>
#include <QTest>

using namespace hotline;

class TestDatabaseSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sqlitePaths_data();
    void sqlitePaths();
    void postgresUrls_data();
    void postgresUrls();
    void errors_data();
    void errors();
    void resolveOrder();
    void defaultPath();

private:
    QByteArray m_savedEnv;
    bool m_hadEnv = false;
};

void TestDatabaseSpec::init()
{
    m_hadEnv = qEnvironmentVariableIsSet("HOTLINE_DB");
    m_savedEnv = qgetenv("HOTLINE_DB");
    qunsetenv("HOTLINE_DB");
}

void TestDatabaseSpec::cleanup()
{
    if (m_hadEnv)
        qputenv("HOTLINE_DB", m_savedEnv);
    else
        qunsetenv("HOTLINE_DB");
}

void TestDatabaseSpec::sqlitePaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");

    const QDir cwd = QDir::current();
    QTest::newRow("relative") << QStringLiteral("data/hotline.sqlite")
                              << cwd.absoluteFilePath(QStringLiteral("data/hotline.sqlite"));
    QTest::newRow("relative with dots") << QStringLiteral("./a/../desk.sqlite")
                                        << cwd.absoluteFilePath(QStringLiteral("desk.sqlite"));
    QTest::newRow("absolute") << QStringLiteral("/var/lib/hotline/centre.sqlite")
                              << QStringLiteral("/var/lib/hotline/centre.sqlite");
    QTest::newRow("absolute, cleaned")
        << QStringLiteral("/tmp//x/../h.sqlite") << QStringLiteral("/tmp/h.sqlite");
    QTest::newRow("spaces trimmed")
        << QStringLiteral("  /tmp/h.sqlite ") << QStringLiteral("/tmp/h.sqlite");
}

void TestDatabaseSpec::sqlitePaths()
{
    QFETCH(QString, text);
    QFETCH(QString, path);

    QString error;
    const auto spec = DatabaseSpec::parse(text, &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->kind, DatabaseSpec::Kind::Sqlite);
    QCOMPARE(spec->path, path);
    QVERIFY(QDir::isAbsolutePath(spec->path));
    QCOMPARE(spec->display(), QStringLiteral("SQLite ") + QDir::toNativeSeparators(path));
}

void TestDatabaseSpec::postgresUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("display");

    QTest::newRow("postgresql, port")
        << QStringLiteral("postgresql://user@host:5433/db") << QStringLiteral("host") << 5433
        << QStringLiteral("user") << QString() << QStringLiteral("db")
        << QStringLiteral("PostgreSQL user@host:5433/db");
    QTest::newRow("postgres, password, default port")
        << QStringLiteral("postgres://user:secret@host/db") << QStringLiteral("host") << 5432
        << QStringLiteral("user") << QStringLiteral("secret") << QStringLiteral("db")
        << QStringLiteral("PostgreSQL user@host:5432/db");
    QTest::newRow("no user") << QStringLiteral("postgresql://db.example.cn/hotline")
                             << QStringLiteral("db.example.cn") << 5432 << QString() << QString()
                             << QStringLiteral("hotline")
                             << QStringLiteral("PostgreSQL db.example.cn:5432/hotline");
}

void TestDatabaseSpec::postgresUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(QString, display);

    QString error;
    const auto spec = DatabaseSpec::parse(text, &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->kind, DatabaseSpec::Kind::Postgres);
    QCOMPARE(spec->host, host);
    QCOMPARE(spec->port, port);
    QCOMPARE(spec->user, user);
    QCOMPARE(spec->password, password);
    QCOMPARE(spec->databaseName, database);
    QVERIFY(spec->path.isEmpty());
    // R26: status bars and logs never show the password.
    QCOMPARE(spec->display(), display);
    if (!password.isEmpty())
        QVERIFY(!spec->display().contains(password));
}

void TestDatabaseSpec::errors_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("other scheme") << QStringLiteral("mysql://x/y");
    QTest::newRow("no database name") << QStringLiteral("postgresql://host");
    QTest::newRow("no database name, slash") << QStringLiteral("postgresql://user@host:5432/");
    QTest::newRow("no host") << QStringLiteral("postgresql:///db");
}

void TestDatabaseSpec::errors()
{
    QFETCH(QString, text);

    QString error;
    const auto spec = DatabaseSpec::parse(text, &error);
    QVERIFY(!spec);
    QVERIFY(!error.isEmpty());
}

void TestDatabaseSpec::resolveOrder()
{
    QString error;
    qputenv("HOTLINE_DB", "postgresql://env@envhost/envdb");

    // --db on the command line wins over HOTLINE_DB.
    auto spec = DatabaseSpec::resolve(QStringLiteral("/tmp/cli.sqlite"), &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->kind, DatabaseSpec::Kind::Sqlite);
    QCOMPARE(spec->path, QStringLiteral("/tmp/cli.sqlite"));

    // Without --db, HOTLINE_DB is used.
    spec = DatabaseSpec::resolve(QString(), &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->kind, DatabaseSpec::Kind::Postgres);
    QCOMPARE(spec->host, QStringLiteral("envhost"));
    QCOMPARE(spec->databaseName, QStringLiteral("envdb"));

    // A bad HOTLINE_DB is an error, not a silent fall-back to the default file.
    qputenv("HOTLINE_DB", "mysql://x/y");
    error.clear();
    QVERIFY(!DatabaseSpec::resolve(QString(), &error));
    QVERIFY(!error.isEmpty());

    // A bad --db is an error even when HOTLINE_DB is good.
    qputenv("HOTLINE_DB", "/tmp/env.sqlite");
    error.clear();
    QVERIFY(!DatabaseSpec::resolve(QStringLiteral("postgresql://host"), &error));
    QVERIFY(!error.isEmpty());
}

void TestDatabaseSpec::defaultPath()
{
    // Neither --db nor HOTLINE_DB (unset in init()): the SQLite file in the app-data location.
    QString error;
    const auto spec = DatabaseSpec::resolve(QString(), &error);
    QVERIFY2(spec, qPrintable(error));
    QCOMPARE(spec->kind, DatabaseSpec::Kind::Sqlite);
    QCOMPARE(spec->path, DatabaseSpec::defaultSqlitePath());
    QVERIFY(spec->path.endsWith(QStringLiteral("/hotline.sqlite")));
    QVERIFY(QDir::isAbsolutePath(spec->path));

    // An empty HOTLINE_DB counts as unset.
    qputenv("HOTLINE_DB", "");
    const auto again = DatabaseSpec::resolve(QString(), &error);
    QVERIFY(again);
    QCOMPARE(again->path, DatabaseSpec::defaultSqlitePath());
}

QTEST_GUILESS_MAIN(TestDatabaseSpec)
#include "tst_databasespec.moc"
