#include "SearchIndexFile.h"

#include "Database.h"
#include "StorageError.h"

#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

namespace hotline {

SearchIndexFile::SearchIndexFile(const Database &centre, const QString &table)
    : m_table(table)
    , m_centrePath(centre.spec().path)
    , m_path(centre.spec().path + u'.' + table + QStringLiteral(".build"))
{
    // The centre's own definition, so that the copied storage is the one its index reads.
    QSqlQuery q = centre.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    centre.run(q, "read the search index's definition");
    if (!q.next())
        throw StorageError(QStringLiteral("the centre has no search index %1").arg(table));
    const QByteArray definition = q.value(0).toString().toUtf8();

    for (const char *suffix : {"", "-journal"})
        QFile::remove(m_path + QString::fromLatin1(suffix)); // left by a load that was killed
    if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, // one thread at a time
                        nullptr) != SQLITE_OK) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        fail("create a file for the search index");
    }
    try {
        setUp(definition);
    } catch (...) {
        sqlite3_finalize(m_insert);
        sqlite3_close_v2(m_db);
        QFile::remove(m_path);
        throw;
    }
}

void SearchIndexFile::setUp(const QByteArray &definition)
{
    // A scratch file: deleted if the load fails, so nothing to recover and nothing to sync.
    exec("PRAGMA journal_mode=OFF", "set up the search index file");
    exec("PRAGMA synchronous=OFF", "set up the search index file");
    exec("PRAGMA cache_size=-131072", "set up the search index file"); // 128 MiB
    sqlite3_busy_timeout(m_db, 30000);
    exec(definition, "create the search index");
    const QByteArray name = m_table.toUtf8();
    // FTS5 writes a segment at each commit, or when its new entries take more memory than
    // hashsize; segments are merged afterwards. One transaction (add() to finish()) and room
    // for 3 M documents' entries (some 140 MiB a million for the trigram index) write one segment,
    // already merged: at 1 M documents 12.1 s, against 12.3 s filling and 3.0 s merging with
    // 64 MiB. A bigger load writes more segments, merged by finish().
    exec("INSERT INTO " + name + "(" + name + ", rank) VALUES ('hashsize', 1073741824)", "set up the search index");
    exec("INSERT INTO " + name + "(" + name + ", rank) VALUES ('automerge', 0)", "set up the search index");
    // The column: the index's only one, named in its definition.
    const QByteArray column = [&] {
        sqlite3_stmt *info = nullptr;
        QByteArray c;
        if (sqlite3_prepare_v2(m_db, "SELECT name FROM pragma_table_info(?)", -1, &info, nullptr) == SQLITE_OK) {
            sqlite3_bind_text(info, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(info) == SQLITE_ROW)
                c = reinterpret_cast<const char *>(sqlite3_column_text(info, 0));
        }
        sqlite3_finalize(info);
        return c;
    }();
    if (column.isEmpty())
        fail("read the search index's column");
    const QByteArray sql = "INSERT INTO " + name + "(rowid, " + column + ") VALUES (?, ?)";
    if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr)
        != SQLITE_OK)
        fail("prepare the search index");
}

SearchIndexFile::~SearchIndexFile()
{
    sqlite3_finalize(m_insert);
    sqlite3_close_v2(m_db);
    QFile::remove(m_path);
}

void SearchIndexFile::exec(const QByteArray &sql, const char *doing) const
{
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(doing);
}

void SearchIndexFile::fail(const char *doing) const
{
    throw StorageError(QStringLiteral("Could not %1 (%2): %3")
                           .arg(QString::fromUtf8(doing), m_path,
                                m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory")));
}

void SearchIndexFile::add(qint64 ticketId, const QString &text)
{
    if (!m_inTransaction) {
        exec("BEGIN", "fill the search index"); // the file has no journal to grow
        m_inTransaction = true;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_int64(m_insert, 1, ticketId);
    sqlite3_bind_text(m_insert, 2, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    if (rc != SQLITE_DONE)
        fail("fill the search index");
}

void SearchIndexFile::finish()
{
    if (m_inTransaction)
        exec("COMMIT", "fill the search index");
    m_inTransaction = false;
    const QByteArray name = m_table.toUtf8();
    exec("INSERT INTO " + name + "(" + name + ") VALUES ('optimize')", "merge the search index");
}

bool SearchIndexFile::bringIn()
{
    const QByteArray name = m_table.toUtf8();
    const QByteArray centre = QFile::encodeName(m_centrePath);
    sqlite3_stmt *attach = nullptr;
    sqlite3_prepare_v2(m_db, "ATTACH DATABASE ? AS centre", -1, &attach, nullptr);
    sqlite3_bind_text(attach, 1, centre.constData(), int(centre.size()), SQLITE_STATIC);
    const int attached = sqlite3_step(attach);
    sqlite3_finalize(attach);
    if (attached != SQLITE_DONE)
        fail("open the centre to bring the search index in");
    // As the load's own connection writes (BulkLoad): the commit does not wait for the disk.
    exec("PRAGMA centre.synchronous=OFF", "bring the search index in");
    exec("PRAGMA centre.cache_size=-131072", "bring the search index in");
    // Committed by a connection of its own: the centre's connection sees the new storage.
    bool copied = false;
    try {
        exec("BEGIN IMMEDIATE", "bring the search index in");
        if (count("SELECT count(*) FROM (SELECT 1 FROM centre." + name + "_docsize LIMIT 1)") == 0) {
            // Segments, sizes and any text as they are; the centre keeps its own settings.
            sqlite3_stmt *shadows = nullptr;
            const QByteArray list = "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name IN ('" + name
                                    + "_data', '" + name + "_idx', '" + name + "_content', '" + name + "_docsize')";
            QList<QByteArray> tables;
            if (sqlite3_prepare_v2(m_db, list.constData(), -1, &shadows, nullptr) != SQLITE_OK)
                fail("read the search index's tables");
            while (sqlite3_step(shadows) == SQLITE_ROW)
                tables.append(reinterpret_cast<const char *>(sqlite3_column_text(shadows, 0)));
            sqlite3_finalize(shadows);
            if (!tables.contains(name + "_data"))
                fail("read the search index's tables"); // never an empty copy reported as done
            for (const QByteArray &t : std::as_const(tables)) {
                exec("DELETE FROM centre." + t, "bring the search index in");
                exec("INSERT INTO centre." + t + " SELECT * FROM main." + t, "bring the search index in");
            }
            copied = true;
        }
        exec("COMMIT", "bring the search index in");
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_exec(m_db, "DETACH DATABASE centre", nullptr, nullptr, nullptr);
        throw;
    }
    exec("DETACH DATABASE centre", "bring the search index in");
    return copied;
}

qint64 SearchIndexFile::count(const QByteArray &sql) const
{
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &q, nullptr) != SQLITE_OK)
        fail("look at the centre's search index");
    const qint64 n = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
    sqlite3_finalize(q);
    if (n < 0)
        fail("look at the centre's search index");
    return n;
}

} // namespace hotline
