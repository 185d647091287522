#include "DeferredIndexes.h"

#include "Database.h"
#include "StorageError.h"

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

void DeferredIndexes::rebuild(const std::function<void(qsizetype built)> &built)
{
    if (m_built == m_definitions.size())
        return;
    // SQLite sorts an index's keys in runs of cache_size, spilled to a temporary file and
    // merged; with `threads`, a second thread sorts one run while the next is read. Small runs
    // merged beat one run the size of a bulk load's cache: at 3 M tickets, 12 s for ten
    // indexes against 31 s with 512 MiB and temp_store=MEMORY.
    SessionSettings sorting(m_db);
    if (!m_db.isPostgres()) {
        sorting.setPragma(QStringLiteral("cache_size"), QStringLiteral("-2000")); // 2 MiB runs
        sorting.setPragma(QStringLiteral("threads"), QStringLiteral("2"));
    }
    while (m_built < m_definitions.size()) {
        m_db.execute(m_definitions.at(m_built), "build an index after the load");
        ++m_built;
        if (built)
            built(m_built);
    }
}

} // namespace hotline
