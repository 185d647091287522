#include "Database.h"

#include "SearchWords.h"
#include "StorageError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>
#include <mutex>
#include <sqlite3.h>

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

    if (!pg) {
        // SQLite counts every allocation under one lock for all connections: statistics we
        // never read, and a lock bulk loads fight over from three threads. Only possible
        // before SQLite's first use in the process; afterwards it is refused, and harmless.
        static std::once_flag configured;
        std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    }
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

    db->configureSession();
    return db;
}

void Database::configureSession() const
{
    if (isPostgres()) {
        execute(QStringLiteral("SET client_min_messages TO warning"), "configure the session");
    } else {
        // WAL lets a second console read while one writes; foreign keys are off by default.
        execute(QStringLiteral("PRAGMA journal_mode=WAL"), "switch to WAL");
        execute(QStringLiteral("PRAGMA foreign_keys=ON"), "enable foreign keys");
        execute(QStringLiteral("PRAGMA synchronous=NORMAL"), "set synchronous mode");
        if (!searchwords::addSqlFunctions(sqliteHandle()))
            throw StorageError(QStringLiteral("cannot add the search functions to %1").arg(m_spec.display()));
    }
}

sqlite3 *Database::sqliteHandle() const
{
    if (isPostgres())
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}


bool Database::reconnect() const
{
    // Closing invalidates every query on the connection: kept statements are prepared again
    // on the new one, and those lent out now are dropped when they come back.
    m_statements.clear();
    QSqlDatabase c = connection();
    c.close();
    if (!c.open())
        return false;
    m_inTransaction = false;
    ++m_reconnects;
    try {
        configureSession();
    } catch (const StorageError &) {
        return false;
    }
    return true;
}

bool Database::lostConnection() const
{
    if (!isPostgres())
        return false;
    // libpq marks the connection bad as soon as a statement finds the server gone; an
    // ordinary SQL error (a constraint, an aborted transaction) leaves it good.
    const QVariant handle = connection().driver()->handle();
    // Qt names the type by libpq's struct: "pg_conn*" (PGconn* in older documentation).
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return false;
    PGconn *pg = *static_cast<PGconn *const *>(handle.data());
    if (!pg || PQstatus(pg) == CONNECTION_BAD)
        return true;
    // The server's goodbye ("terminating connection") may arrive before libpq sees the
    // socket close: one more statement tells. Harmless in a failed transaction.
    QSqlQuery probe(connection());
    probe.exec(QStringLiteral("SELECT 1"));
    return PQstatus(pg) == CONNECTION_BAD;
}

bool Database::ensureConnected() const
{
    if (!isPostgres())
        return true;
    if (!lostConnection())
        return true;
    return !m_inTransaction && reconnect();
}

void Database::reconnectOrThrow(const char *what) const
{
    if (m_inTransaction || !reconnect())
        throwLost(what);
}

void Database::throwLost(const char *what, bool mayHaveApplied) const
{
    m_inTransaction = false; // the server rolled it back with the connection
    if (mayHaveApplied)
        throw StorageError(QStringLiteral("the connection to the database server %1 broke while saving, so this "
                                          "may or may not have been saved. The console reconnects by itself; "
                                          "look before saving it again.")
                               .arg(m_spec.display()),
                           true);
    throw StorageError(QStringLiteral("cannot %1: the database server %2 cannot be reached, so nothing was "
                                      "changed. The console reconnects by itself: try again in a moment.")
                           .arg(QString::fromUtf8(what), m_spec.display()),
                       true);
}

Database::~Database()
{
    m_statements.clear();
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
    if (q.prepare(sql))
        return q;
    if (lostConnection()) {
        // Preparing changes nothing: on a new connection it can simply be done again.
        reconnectOrThrow("prepare a query");
        q = QSqlQuery(connection());
        q.setForwardOnly(true);
    }
    if (!q.prepare(sql))
        throw StorageError(QStringLiteral("cannot prepare a query: %1\n%2")
                               .arg(describe(q.lastError()), sql.simplified()));
    return q;
}

Statement Database::statement(const QString &sql) const
{
    const auto kept = m_statements.constFind(sql);
    if (kept != m_statements.cend() && !(*kept)->lent)
        return Statement(*kept);
    // Still lent to an outer reader (the same query run again before it is done with the
    // first): this one is used once and not kept. Decided before preparing, which may
    // reconnect and so forget every kept statement.
    const bool keep = kept == m_statements.cend();
    auto slot = std::make_shared<Statement::Slot>();
    slot->query = prepare(sql);
    if (keep) {
        if (m_statements.size() >= kKeptStatements)
            m_statements.removeIf([](const auto &entry) { return !entry.value()->lent; });
        m_statements.insert(sql, slot);
    }
    return Statement(std::move(slot));
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
    if (query.exec())
        return;
    if (lostConnection()) {
        // Only a read outside a transaction is simply run again on a new connection: a
        // write may have reached the server before the connection broke.
        if (!query.lastQuery().trimmed().startsWith(QStringLiteral("SELECT"), Qt::CaseInsensitive))
            throwLost(what);
        reconnectOrThrow(what);
        QSqlQuery again = prepare(query.lastQuery());
        const QVariantList bound = query.boundValues();
        for (qsizetype i = 0; i < bound.size(); ++i)
            again.bindValue(int(i), bound.at(i));
        if (!again.exec())
            throw StorageError(QStringLiteral("cannot %1: %2").arg(QString::fromUtf8(what), describe(again.lastError())));
        query = std::move(again);
        return;
    }
    throw StorageError(QStringLiteral("cannot %1: %2").arg(QString::fromUtf8(what), describe(query.lastError())));
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
    const QString begin = m_db.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    try {
        m_db.execute(begin, "begin a transaction");
    } catch (const StorageError &) {
        // Nothing was sent yet: after a server restart, begin again on a new connection.
        if (!m_db.lostConnection())
            throw;
        m_db.reconnectOrThrow("begin a transaction");
        m_db.execute(begin, "begin a transaction");
    }
    m_db.m_inTransaction = true;
}

Transaction::~Transaction()
{
    if (m_open && m_db.m_inTransaction) {
        try {
            m_db.execute(QStringLiteral("ROLLBACK"), "roll back");
        } catch (const std::exception &) {
            // The connection is gone; the server has rolled back already.
        }
    }
    m_db.m_inTransaction = false;
}

void Transaction::commit()
{
    try {
        m_db.execute(QStringLiteral("COMMIT"), "commit");
    } catch (const StorageError &) {
        if (m_db.lostConnection())
            m_db.throwLost("commit", true); // it may have reached the server
        throw;
    }
    m_open = false;
    m_db.m_inTransaction = false;
}

SessionSettings::~SessionSettings()
{
    for (const QString &sql : std::as_const(m_restore)) {
        try {
            m_db.execute(sql, "put a setting back");
        } catch (const std::exception &) {
            // The connection is gone, and the session's settings with it.
        }
    }
}

QString SessionSettings::value(const QString &sql) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql) || !q.next())
        throw StorageError(QStringLiteral("cannot read a setting of the connection (%1): %2").arg(sql, describe(q.lastError())));
    return q.value(0).toString();
}

void SessionSettings::setPragma(const QString &name, const QString &value)
{
    putBackWith(QStringLiteral("PRAGMA %1=%2").arg(name, this->value(QStringLiteral("PRAGMA ") + name)));
    m_db.execute(QStringLiteral("PRAGMA %1=%2").arg(name, value), "change a setting of the connection");
}

BulkLoad::BulkLoad(const Database &db)
    : m_settings(db)
{
    if (db.isPostgres()) {
        m_settings.putBackWith(
            QStringLiteral("SET synchronous_commit TO '%1'").arg(m_settings.value(QStringLiteral("SHOW synchronous_commit"))));
        db.execute(QStringLiteral("SET synchronous_commit TO off"), "prepare a bulk load");
        return;
    }
    m_settings.setPragma(QStringLiteral("synchronous"), QStringLiteral("OFF"));
    m_settings.setPragma(QStringLiteral("cache_size"), QStringLiteral("-65536")); // 64 MiB
    // Generated rows refer only to ids the loader gave out: no parent looked up per row.
    m_settings.setPragma(QStringLiteral("foreign_keys"), QStringLiteral("OFF"));
    // A rollback journal keeps only pages as they were before: the pages a load appends are
    // written once, not into the WAL and then again into the file. SQLite allows leaving WAL
    // only to a connection alone with the file; with others there, the load stays in WAL.
    if (m_settings.value(QStringLiteral("PRAGMA journal_mode=TRUNCATE")).compare(u"truncate", Qt::CaseInsensitive) == 0)
        m_settings.putBackWith(QStringLiteral("PRAGMA journal_mode=WAL"));
}

} // namespace hotline
