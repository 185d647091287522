#pragma once

#include "DatabaseSpec.h"
#include "Statement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <memory>

struct sqlite3;

namespace hotline {

// One open connection, on the thread that opened it (Qt SQL connections are per thread).
// Errors are thrown as StorageError with what was being done and what the server said.
class Database
{
public:
    // Opens and prepares the connection (SQLite: WAL, foreign keys, busy timeout).
    // Does not migrate: see Migrations.
    static std::unique_ptr<Database> open(const DatabaseSpec &spec);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseSpec &spec() const { return m_spec; }
    bool isPostgres() const { return m_spec.kind == DatabaseSpec::Kind::Postgres; }
    QSqlDatabase connection() const;
    // The SQLite connection under Qt's driver (nullptr on PostgreSQL): for SQL functions of
    // our own and for bulk loading, which Qt's per-value binding makes several times slower.
    sqlite3 *sqliteHandle() const;

    QSqlQuery prepare(const QString &sql) const;
    // The same SQL prepared once per connection and lent out again (see Statement): for the
    // statements run on every call or keystroke. SQL built with a varying number of
    // placeholders belongs in prepare(), not here.
    Statement statement(const QString &sql) const;
    // Runs a prepared query; `what` names the operation in the error message.
    void run(QSqlQuery &query, const char *what) const;
    void run(Statement &statement, const char *what) const { run(*statement, what); }
    // INSERT ... RETURNING id on both backends.
    qint64 insertReturningId(QSqlQuery &query, const char *what) const;
    // Statements that cannot be prepared (DDL on PostgreSQL, transaction control).
    void execute(const QString &sql, const char *what) const;

    // PostgreSQL restarted or the network dropped: the next statement finds the connection
    // broken and opens a new one. Reads outside a transaction, and the BEGIN of a
    // transaction, are then simply run again: nothing had reached the server. Anything else
    // throws StorageError with connectionLost(), so a write is never applied twice.
    // True when the connection works (after reconnecting, if it had to).
    bool ensureConnected() const;
    // Counts new connections opened after the first: LiveUpdates listens again after one.
    int reconnects() const { return m_reconnects; }

private:
    friend class Transaction;
    explicit Database(DatabaseSpec spec, QString connectionName);
    void configureSession() const;
    bool reconnect() const;
    // After a failed statement: true when it failed because the connection broke.
    bool lostConnection() const;
    // Outside a transaction, a new connection; inside one (or when that fails), throws.
    void reconnectOrThrow(const char *what) const;
    [[noreturn]] void throwLost(const char *what, bool mayHaveApplied = false) const;

    DatabaseSpec m_spec;
    QString m_connectionName;
    mutable bool m_inTransaction = false;
    mutable int m_reconnects = 0;
    // Kept statements, by SQL; a reconnect forgets them (closing invalidates every query).
    static constexpr qsizetype kKeptStatements = 64;
    mutable QHash<QString, std::shared_ptr<Statement::Slot>> m_statements;
};

// All or nothing: rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    void commit();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    const Database &m_db;
    bool m_open = true;
};

// Settings of the connection's session changed for a while: each is put back as it was when
// this goes out of scope, the last changed first (a connection that is gone has lost them).
class SessionSettings
{
public:
    explicit SessionSettings(const Database &db) : m_db(db) {}
    ~SessionSettings();
    SessionSettings(const SessionSettings &) = delete;
    SessionSettings &operator=(const SessionSettings &) = delete;

    // The value a statement reads (PRAGMA name, SHOW name).
    QString value(const QString &sql) const;
    // SQLite: PRAGMA name=value, after noting what it was.
    void setPragma(const QString &name, const QString &value);
    // `sql` runs at the end, after the settings changed later are back.
    void putBackWith(const QString &sql) { m_restore.prepend(sql); }

private:
    const Database &m_db;
    QStringList m_restore;
};

// Loading generated data in bulk (scale and benchmark data), for as long as it lives.
// SQLite: commits do not wait for the disk (synchronous=OFF: a crash of the program loses
// nothing committed, a power cut may lose the load), a 64 MiB page cache (rows are appended
// in key order: 512 MiB made a 1 M-ticket load no faster), and foreign keys not checked row
// by row (the loader makes every reference from ids it gave out). PostgreSQL: commits do not wait for the WAL flush
// (synchronous_commit=off, never a risk to consistency). The session's own settings come
// back afterwards. Open it outside a transaction.
class BulkLoad
{
public:
    explicit BulkLoad(const Database &db);

private:
    SessionSettings m_settings; // a member: put back even if the constructor fails
};

} // namespace hotline
