#include "BulkInserter.h"

#include "Database.h"
#include "StorageError.h"

#include <sqlite3.h>

#include <exception>
#include <utility>

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
{
    sqlite3 *connection = m_db.sqliteHandle();
    if (!connection)
        return;
    const QByteArray sql = insertSql(m_table, m_columns, 1).toUtf8();
    if (sqlite3_prepare_v3(connection, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_native, nullptr)
        != SQLITE_OK)
        throw StorageError(QStringLiteral("cannot prepare loading rows into %1: %2")
                               .arg(m_table, QString::fromUtf8(sqlite3_errmsg(connection))));
}

BulkInserter::~BulkInserter() noexcept(false)
{
    sqlite3_finalize(m_native);
    if (std::uncaught_exceptions() == 0)
        flush();
}

void BulkInserter::insertNative(const QVariantList &row)
{
    for (int i = 0; i < int(row.size()); ++i) {
        const QVariant &v = row.at(i);
        const int at = i + 1;
        const int type = v.typeId();
        if (type == QMetaType::QString) {
            // Text left unset is empty text, as Database::run binds it. Bound as it is held
            // (UTF-16), alive until the step: SQLite makes its UTF-8 without a copy of ours.
            const QString *text = static_cast<const QString *>(v.constData());
            sqlite3_bind_text16(m_native, at, text->isNull() ? static_cast<const void *>(u"") : text->utf16(), int(text->size() * 2),
                                SQLITE_STATIC);
            continue;
        }
        switch (v.isNull() ? QMetaType::UnknownType : type) { // any other null is NULL
        case QMetaType::UnknownType:
            sqlite3_bind_null(m_native, at);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            sqlite3_bind_int64(m_native, at, v.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(m_native, at, v.toDouble());
            break;
        default: {
            // Text as SQLite stores it (UTF-8), copied by SQLite before the next value.
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text(m_native, at, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        }
    }
    const int done = sqlite3_step(m_native);
    sqlite3_reset(m_native);
    if (done != SQLITE_DONE)
        throw StorageError(QStringLiteral("cannot load rows in bulk into %1: %2")
                               .arg(m_table, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_native)))));
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
    if (m_native) {
        insertNative(row);
        return;
    }
    m_pending.append(row);
    if (++m_pendingRows == m_rowsPerStatement)
        flush();
}

void BulkInserter::flush()
{
    if (m_pendingRows == 0)
        return;
    QSqlQuery &q = statementFor(m_pendingRows);
    // Handed over before running: rows that fail are not tried again by the destructor.
    const QVariantList pending = std::exchange(m_pending, {});
    m_pendingRows = 0;
    for (qsizetype i = 0; i < pending.size(); ++i)
        q.bindValue(int(i), pending.at(i));
    m_db.run(q, "load rows in bulk");
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
