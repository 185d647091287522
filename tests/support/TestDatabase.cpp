#include "TestDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hotline::test {

namespace {

QSqlDatabase maintenanceConnection(const QString &name)
{
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    c.setHostName(qEnvironmentVariable("PGHOST", QStringLiteral("127.0.0.1")));
    c.setPort(qEnvironmentVariableIntValue("PGPORT") ? qEnvironmentVariableIntValue("PGPORT") : 5432);
    c.setUserName(qEnvironmentVariable("PGUSER", QStringLiteral("postgres")));
    c.setDatabaseName(QStringLiteral("postgres"));
    return c;
}

bool runMaintenance(const QString &sql, QString *error)
{
    const QString name = QStringLiteral("test-maintenance-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase c = maintenanceConnection(name);
        if (!c.open()) {
            *error = c.lastError().text();
        } else {
            QSqlQuery q(c);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString TestDatabase::backend()
{
    return qEnvironmentVariable("HOTLINE_TEST_BACKEND", QStringLiteral("sqlite"));
}

TestDatabase::TestDatabase()
{
    if (!isPostgres()) {
        m_spec.kind = DatabaseSpec::Kind::Sqlite;
        m_spec.path = m_dir.filePath(QStringLiteral("hotline-test.sqlite"));
        m_available = m_dir.isValid();
        m_skipReason = QStringLiteral("no temporary folder");
        return;
    }
    if (qEnvironmentVariableIsEmpty("PGHOST") || qEnvironmentVariableIsEmpty("PGPORT")) {
        m_skipReason = QStringLiteral("PostgreSQL test without PGHOST/PGPORT: run scripts/test");
        return;
    }
    m_pgDatabase = QStringLiteral("hotline_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QString error;
    if (!runMaintenance(QStringLiteral("CREATE DATABASE ") + m_pgDatabase, &error)) {
        m_skipReason = QStringLiteral("cannot create a test database: ") + error;
        m_pgDatabase.clear();
        return;
    }
    m_spec.kind = DatabaseSpec::Kind::Postgres;
    m_spec.host = qEnvironmentVariable("PGHOST");
    m_spec.port = qEnvironmentVariableIntValue("PGPORT");
    m_spec.user = qEnvironmentVariable("PGUSER", QStringLiteral("postgres"));
    m_spec.databaseName = m_pgDatabase;
    m_available = true;
}

TestDatabase::~TestDatabase()
{
    if (!m_pgDatabase.isEmpty()) {
        QString error;
        runMaintenance(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgDatabase + QStringLiteral(" WITH (FORCE)"),
                       &error);
    }
}

QString TestDatabase::location() const
{
    if (m_spec.kind == DatabaseSpec::Kind::Sqlite)
        return m_spec.path;
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(m_spec.user, m_spec.host)
        .arg(m_spec.port)
        .arg(m_spec.databaseName);
}

} // namespace hotline::test
