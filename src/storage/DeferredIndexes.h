#pragma once

#include <QStringList>

namespace hotline {

class Database;

// Loading millions of rows into tables whose secondary indexes are keyed at random (a
// customer, a creation time) makes every row a walk to a different index page. Dropping
// those indexes for the load and building them afterwards sorts each once instead.
// Primary keys and constraints stay. The indexes come back with rebuild(), or when this
// goes out of scope (a load that failed still leaves a usable database). Outside a
// transaction: each index is built in its own statement.
class DeferredIndexes
{
public:
    DeferredIndexes(const Database &db, const QStringList &tables);
    ~DeferredIndexes();

    DeferredIndexes(const DeferredIndexes &) = delete;
    DeferredIndexes &operator=(const DeferredIndexes &) = delete;

    // The CREATE INDEX statements to run; rebuild() runs them in this order.
    const QStringList &definitions() const { return m_definitions; }
    void rebuild();
    // The caller ran definitions() itself (to report progress between them).
    void markRebuilt() { m_rebuilt = true; }

private:
    const Database &m_db;
    QStringList m_definitions;
    bool m_rebuilt = false;
};

} // namespace hotline
