#include "BulkInserter.h"

#include "Database.h"
#include "StorageError.h"

#include <exception>

namespace hotline {

namespace {

QString insertSql(const QString &table, const QStringList &columns, int rows)
{
    const QString one = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    return u"INSERT INTO " % table % u" (" % columns.join(u',') % u") VALUES "
           % QStringList(rows, one).join(u',');
}

} // namespace

BulkInserter::BulkInserter(const Database &db, QString table, QStringList columns, int rowsPerStatement)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_rowsPerStatement(qMax(1, rowsPerStatement))
{}

BulkInserter::~BulkInserter() noexcept(false)
{
    if (std::uncaught_exceptions() == 0)
        flush();
}

QSqlQuery &BulkInserter::statementFor(int rows)
{
    if (rows == m_rowsPerStatement) {
        if (!m_fullPrepared) {
            m_full = m_db.prepare(insertSql(m_table, m_columns, rows));
            m_fullPrepared = true;
        }
        return m_full;
    }
    m_partial = m_db.prepare(insertSql(m_table, m_columns, rows));
    return m_partial;
}

void BulkInserter::add(const QVariantList &row)
{
    if (row.size() != m_columns.size())
        throw StorageError(QStringLiteral("bulk insert into %1: %2 values for %3 columns")
                               .arg(m_table)
                               .arg(row.size())
                               .arg(m_columns.size()));
    m_pending.append(row);
    if (++m_pendingRows == m_rowsPerStatement)
        flush();
}

void BulkInserter::flush()
{
    if (m_pendingRows == 0)
        return;
    QSqlQuery &q = statementFor(m_pendingRows);
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        q.bindValue(int(i), m_pending.at(i));
    m_db.run(q, "load rows in bulk");
    m_pending.clear();
    m_pendingRows = 0;
}

qint64 BulkInserter::nextId(const Database &db, const QString &table)
{
    QSqlQuery q = db.prepare(u"SELECT COALESCE(MAX(id), 0) + 1 FROM " % table);
    db.run(q, "find the next id");
    return q.next() ? q.value(0).toLongLong() : 1;
}

qint64 BulkInserter::lowestId(const Database &db, const QString &table)
{
    QSqlQuery q = db.prepare(u"SELECT COALESCE(MIN(id), 1) FROM " % table);
    db.run(q, "find the lowest id");
    return q.next() ? q.value(0).toLongLong() : 1;
}

void BulkInserter::syncIdentity(const Database &db, const QString &table)
{
    if (!db.isPostgres())
        return;
    db.execute(u"SELECT setval(pg_get_serial_sequence('" % table % u"', 'id'), "
                   u"GREATEST((SELECT MAX(id) FROM " % table % u"), 1))",
               "move the id sequence past loaded rows");
}

} // namespace hotline
