#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace hotline {

class Database;

// R22: the archive search index, one document per ticket. SQLite: FTS5 with the trigram
// tokenizer, plus a pairs index for two-character Chinese words; PostgreSQL: pg_trgm.
// The same calls on both.
class SearchRepository
{
public:
    explicit SearchRepository(const Database &db) : m_db(db) {}

    // (Re)indexes one ticket from what the database holds about it.
    void index(qint64 ticketId) const;
    // Indexes every ticket not yet in the index (after bulk loading).
    qint64 indexMissing() const;
    // Tickets whose document contains every one of `parts`, newest first.
    QList<qint64> find(const QStringList &parts, int limit) const;

private:
    QString documentSelect() const;
    void indexPairs(const QString &where, const QVariant &bound) const;
    QSqlQuery findOnSqlite(const QStringList &parts, int limit) const;
    QSqlQuery findOnPostgres(const QStringList &parts, int limit) const;
    const Database &m_db;
};

} // namespace hotline
