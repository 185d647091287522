#include "DeferredIndexes.h"

#include "Database.h"
#include "StorageError.h"

#include <QSqlQuery>

namespace hotline {

DeferredIndexes::DeferredIndexes(const Database &db, const QStringList &tables)
    : m_db(db)
{
    // SQLite's automatic indexes (primary keys, UNIQUE) have no SQL; PostgreSQL's belong to a
    // constraint. Neither is dropped.
    QSqlQuery q = m_db.prepare(
        m_db.isPostgres()
            ? QStringLiteral("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
                             "AND i.tablename = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                             "WHERE c.conname = i.indexname) ORDER BY i.indexname")
            : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                             "AND sql IS NOT NULL ORDER BY name"));
    QStringList names;
    QStringList definitions;
    for (const QString &table : tables) {
        q.addBindValue(table);
        m_db.run(q, "list the indexes to build after the load");
        while (q.next()) {
            names.append(q.value(0).toString());
            definitions.append(q.value(1).toString());
        }
    }
    q.finish();
    try {
        for (qsizetype i = 0; i < names.size(); ++i) {
            m_db.execute(QStringLiteral("DROP INDEX ") + names.at(i), "set an index aside for the load");
            m_definitions.append(definitions.at(i)); // dropped: to be built again
        }
    } catch (...) {
        try {
            rebuild(); // those already dropped come back before the failure is told
        } catch (const std::exception &) {
            // The connection is gone: the failure told is the first one.
        }
        throw;
    }
}

DeferredIndexes::~DeferredIndexes()
{
    try {
        rebuild();
    } catch (const std::exception &) {
        // The connection is gone. The tables are whole; only their lookups are slower.
    }
}

namespace {

// SQLite sorts an index's keys in runs of cache_size, spilled to a temporary file and merged;
// with `threads`, a second thread sorts one run while the next is read. Small runs merged beat
// one run the size of a bulk load's cache: at 3 M tickets, 12 s for ten indexes against
// 31 s with 512 MiB and temp_store=MEMORY. Each setting is put back afterwards.
class SortSettings
{
public:
    explicit SortSettings(const Database &db) : m_db(db)
    {
        if (m_db.isPostgres())
            return;
        for (const char *pragma : {"cache_size", "threads"}) {
            const QString name = QString::fromLatin1(pragma);
            QSqlQuery q = m_db.prepare(QStringLiteral("PRAGMA ") + name);
            m_db.run(q, "read a setting before the index builds");
            if (q.next())
                m_restore.append(QStringLiteral("PRAGMA %1=%2").arg(name, q.value(0).toString()));
        }
        try {
            m_db.execute(QStringLiteral("PRAGMA cache_size=-2000"), "set up the index builds"); // 2 MiB runs
            m_db.execute(QStringLiteral("PRAGMA threads=2"), "set up the index builds");
        } catch (...) {
            restore(); // no destructor for a constructor that failed
            throw;
        }
    }
    ~SortSettings() { restore(); }

private:
    void restore() const
    {
        for (const QString &sql : std::as_const(m_restore)) {
            try {
                m_db.execute(sql, "end the index builds");
            } catch (const std::exception &) {
                // The connection is gone, and its settings with it.
            }
        }
    }

    const Database &m_db;
    QStringList m_restore;
};

} // namespace

void DeferredIndexes::rebuild(const std::function<void(qsizetype built)> &built)
{
    if (m_built == m_definitions.size())
        return;
    const SortSettings sorting(m_db);
    while (m_built < m_definitions.size()) {
        m_db.execute(m_definitions.at(m_built), "build an index after the load");
        ++m_built;
        if (built)
            built(m_built);
    }
}

} // namespace hotline
