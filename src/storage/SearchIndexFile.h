#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace hotline {

class Database;

// One of the archive's SQLite search indexes (R22: ticket_search, ticket_pairs), built in a
// file of its own beside the centre's and then brought in. SQLite takes one writer per file:
// this way a bulk load writes the tickets on one thread and fills each index on another,
// and neither index waits for the tables or for the other.
//
// Made on the thread that holds the centre's connection (it copies the index's definition
// from there); add() and finish() may then run on one other thread; bringIn() runs once the
// centre's connection has committed everything and holds no transaction.
class SearchIndexFile
{
public:
    SearchIndexFile(const Database &centre, const QString &table);
    ~SearchIndexFile(); // closes and deletes the file
    SearchIndexFile(const SearchIndexFile &) = delete;
    SearchIndexFile &operator=(const SearchIndexFile &) = delete;

    void add(qint64 ticketId, const QString &text);
    // Commits, and merges what was added into one segment, as searching reads it best.
    void finish();
    // Puts the finished index into the centre's file, in one transaction of its own: its
    // storage copied as it is. Only into an empty index: FTS5 cannot join two indexes'
    // segments. False, and nothing done, when the centre's index has documents (a ticket
    // saved meanwhile): the caller then indexes the tickets there (SearchRepository).
    bool bringIn();

private:
    void setUp(const QByteArray &definition);
    void exec(const QByteArray &sql, const char *doing) const;
    qint64 count(const QByteArray &sql) const;
    [[noreturn]] void fail(const char *doing) const;

    QString m_table;
    QString m_centrePath;
    QString m_path;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    bool m_inTransaction = false;
};

} // namespace hotline
