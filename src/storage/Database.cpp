#include "Database.h"

#include "StorageError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace hotline {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("hotline-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString describe(const QSqlError &e)
{
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.driverText().trimmed();
    return text;
}

} // namespace

Database::Database(DatabaseSpec spec, QString connectionName)
    : m_spec(std::move(spec))
    , m_connectionName(std::move(connectionName))
{}

std::unique_ptr<Database> Database::open(const DatabaseSpec &spec)
{
    const bool pg = spec.kind == DatabaseSpec::Kind::Postgres;
    const QString driver = pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        throw StorageError(QStringLiteral("the Qt SQL driver %1 is not installed (Debian: %2)")
                               .arg(driver, pg ? QStringLiteral("libqt6sql6-psql")
                                               : QStringLiteral("libqt6sql6-sqlite")));

    std::unique_ptr<Database> db(new Database(spec, nextConnectionName()));
    QSqlDatabase c = QSqlDatabase::addDatabase(driver, db->m_connectionName);
    if (pg) {
        c.setHostName(spec.host);
        c.setPort(spec.port);
        c.setUserName(spec.user);
        c.setPassword(spec.password);
        c.setDatabaseName(spec.databaseName);
        c.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=hotline"));
    } else {
        const QString dir = QFileInfo(spec.path).absolutePath();
        if (!QDir().mkpath(dir))
            throw StorageError(QStringLiteral("cannot create the folder %1 for the database").arg(dir));
        c.setDatabaseName(spec.path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!c.open())
        throw StorageError(QStringLiteral("cannot open %1: %2").arg(spec.display(), describe(c.lastError())));

    if (pg) {
        db->execute(QStringLiteral("SET client_min_messages TO warning"), "configure the session");
    } else {
        // WAL lets a second console read while one writes; foreign keys are off by default.
        db->execute(QStringLiteral("PRAGMA journal_mode=WAL"), "switch to WAL");
        db->execute(QStringLiteral("PRAGMA foreign_keys=ON"), "enable foreign keys");
        db->execute(QStringLiteral("PRAGMA synchronous=NORMAL"), "set synchronous mode");
    }
    return db;
}

Database::~Database()
{
    {
        QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StorageError(QStringLiteral("cannot prepare a query: %1\n%2")
                               .arg(describe(q.lastError()), sql.simplified()));
    return q;
}

void Database::run(QSqlQuery &query, const char *what) const
{
    // Text left unset is empty text, not NULL; a NULL is bound as an empty QVariant().
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
    }
    if (!query.exec())
        throw StorageError(QStringLiteral("cannot %1: %2")
                               .arg(QString::fromUtf8(what), describe(query.lastError())));
}

qint64 Database::insertReturningId(QSqlQuery &query, const char *what) const
{
    run(query, what);
    if (!query.next())
        throw StorageError(QStringLiteral("cannot %1: no id returned").arg(QString::fromUtf8(what)));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

void Database::execute(const QString &sql, const char *what) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        throw StorageError(QStringLiteral("cannot %1: %2\n%3")
                               .arg(QString::fromUtf8(what), describe(q.lastError()),
                                    sql.simplified().left(300)));
}

Transaction::Transaction(const Database &db)
    : m_db(db)
{
    // SQLite: take the write lock up front, so two consoles never deadlock upgrading a read.
    m_db.execute(m_db.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"),
                 "begin a transaction");
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_db.execute(QStringLiteral("ROLLBACK"), "roll back");
        } catch (const std::exception &) {
            // The connection is gone; the server has rolled back already.
        }
    }
}

void Transaction::commit()
{
    m_db.execute(QStringLiteral("COMMIT"), "commit");
    m_open = false;
}

} // namespace hotline
