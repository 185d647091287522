#pragma once

#include "DatabaseSpec.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

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

    QSqlQuery prepare(const QString &sql) const;
    // Runs a prepared query; `what` names the operation in the error message.
    void run(QSqlQuery &query, const char *what) const;
    // INSERT ... RETURNING id on both backends.
    qint64 insertReturningId(QSqlQuery &query, const char *what) const;
    // Statements that cannot be prepared (DDL on PostgreSQL, transaction control).
    void execute(const QString &sql, const char *what) const;

private:
    explicit Database(DatabaseSpec spec, QString connectionName);

    DatabaseSpec m_spec;
    QString m_connectionName;
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

} // namespace hotline
