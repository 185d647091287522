#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
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
    // True when the newest ticket is missing from an index: saving a ticket indexes it in the
    // same transaction, so only an upgrade that made an index again, or a filling cut short,
    // leaves one behind. Two index lookups.
    bool isBehind() const;
    // True when no ticket is in the index (SQLite: in either index), as in a fresh centre.
    bool isEmpty() const;
    // Indexes every ticket not yet in the index (after bulk loading). The pairs index is
    // filled from the trigram index's documents, so it follows it.
    qint64 indexMissing() const;
    // The same for the tickets with ids from firstId to lastId: a bulk load indexes its
    // tickets in slices, each in a transaction of its own, and tells its progress.
    qint64 indexMissing(qint64 firstId, qint64 lastId) const;
    // One ticket's document as the index's own SQL makes it from the rows (documentSelect),
    // for a bulk load that has the parts at hand: documentHead(...) + ' ' + fault. `numbers`
    // are the customer's numbers, each as typed and then as its lookup key.
    static QString documentHead(const QString &name, const QStringList &numbers, const QString &address,
                                const QString &model, const QString &modelName, const QString &serial);
    static QString document(const QString &head, const QString &fault) { return head + u' ' + fault; }
    // Tickets whose document contains every one of `parts`, newest first.
    QList<qint64> find(const QStringList &parts, int limit) const;

private:
    QString documentSelect() const;
    qint64 indexMissingWhere(const QString &range, const QVariantList &bound) const;
    void indexPairs(const QString &where, const QVariantList &bound) const;
    QSqlQuery findOnSqlite(const QStringList &parts, int limit) const;
    QSqlQuery findOnPostgres(const QStringList &parts, int limit) const;
    const Database &m_db;
};

} // namespace hotline
