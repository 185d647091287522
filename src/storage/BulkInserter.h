#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

struct sqlite3_stmt;

namespace hotline {

class Database;

// Fast loading for scale data, rows carrying their own ids. Call inside a Transaction.
// PostgreSQL: many rows per INSERT statement (one round trip for hundreds of rows).
// SQLite: one row per step of a statement prepared once with SQLite's own API, values bound
// by type: there is no round trip to save, and Qt's binding of each value (named-parameter
// lookup, a QVariant copy) cost more than SQLite's insert itself.
class BulkInserter
{
public:
    BulkInserter(const Database &db, QString table, QStringList columns, int rowsPerStatement = 500);
    ~BulkInserter() noexcept(false);

    void add(const QVariantList &row);
    void flush();

    // The next id to give when rows carry their own (max(id) + 1).
    static qint64 nextId(const Database &db, const QString &table);
    // The lowest id there is (min(id)), or 1 when the table is empty.
    static qint64 lowestId(const Database &db, const QString &table);
    // PostgreSQL identity columns must be told about ids given explicitly.
    static void syncIdentity(const Database &db, const QString &table);

private:
    QSqlQuery &statementFor(int rows);
    void insertNative(const QVariantList &row);

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_pending;
    int m_pendingRows = 0;
    QSqlQuery m_full;
    QSqlQuery m_partial;
    bool m_fullPrepared = false;
    sqlite3_stmt *m_native = nullptr;
};

} // namespace hotline
