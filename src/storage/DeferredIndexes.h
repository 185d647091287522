#pragma once

#include <QStringList>

#include <functional>

namespace hotline {

class Database;

// Loading millions of rows into tables whose secondary indexes are keyed at random (a
// customer, a creation time) makes every row a walk to a different index page. Dropping
// those indexes for the load and building them afterwards sorts each once instead.
// Primary keys and constraints stay. The indexes come back with rebuild(), or when this
// goes out of scope (a load that failed still leaves every index in place). Outside a
// transaction: each index is built in its own statement.
class DeferredIndexes
{
public:
    DeferredIndexes(const Database &db, const QStringList &tables);
    ~DeferredIndexes();

    DeferredIndexes(const DeferredIndexes &) = delete;
    DeferredIndexes &operator=(const DeferredIndexes &) = delete;

    qsizetype count() const { return m_definitions.size(); }
    // Builds the indexes not yet built, telling `built` after each (how many so far). A
    // failure leaves the rest to be built again by the next call or the destructor.
    void rebuild(const std::function<void(qsizetype built)> &built = {});

private:
    const Database &m_db;
    QStringList m_definitions; // of the indexes dropped, in order
    qsizetype m_built = 0;
};

} // namespace hotline
