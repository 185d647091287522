#pragma once

#include <QSqlQuery>

#include <memory>

namespace hotline {

class Database;

// A prepared statement the connection keeps for reuse, lent to one user at a time. Parsing
// and planning a short indexed query costs more than running it (and on PostgreSQL each
// prepare is a round trip), so the screen pop and the intake save use these.
// When the handle goes, the statement is reset: SQLite then no longer holds its read snapshot
// (a WAL checkpoint may proceed) and the statement is free for the next user. A second user
// of the same SQL while the first is still reading gets a statement of its own.
class Statement
{
public:
    // A statement used once and not kept (SQL that varies with its arguments).
    explicit Statement(QSqlQuery query);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    QSqlQuery &operator*() { return query(); }
    QSqlQuery *operator->() { return &query(); }
    QSqlQuery &query();

    struct Slot
    {
        QSqlQuery query;
        bool lent = false;
    };

private:
    friend class Database;
    explicit Statement(std::shared_ptr<Slot> slot);

    std::shared_ptr<Slot> m_slot;
};

} // namespace hotline
