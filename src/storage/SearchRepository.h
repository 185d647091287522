#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace hotline {

class BulkInserter;
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

    // For as long as it lives, SQLite's index tables keep up to 64 MiB of new entries in
    // memory before writing them (FTS5 hashsize; the default 1 MiB makes millions of
    // documents a long chain of small segments merged again and again). The previous
    // setting comes back afterwards. Nothing to do on PostgreSQL. Open it outside a transaction.
    // It also adds documents made elsewhere (see document()): in a transaction, then flush().
    class BulkIndexing
    {
    public:
        explicit BulkIndexing(const Database &db);
        ~BulkIndexing();
        BulkIndexing(const BulkIndexing &) = delete;
        BulkIndexing &operator=(const BulkIndexing &) = delete;

        // `pairs` is searchwords::pairWords(document), made by the caller (on its own thread,
        // in a bulk load); PostgreSQL has no pairs index and ignores it.
        void add(qint64 ticketId, const QString &document, const QString &pairs);
        void flush();

    private:
        const Database &m_db;
        QStringList m_restore;
        std::unique_ptr<BulkInserter> m_documents;
        std::unique_ptr<BulkInserter> m_pairs;
    };

private:
    QString documentSelect() const;
    qint64 indexMissingWhere(const QString &range, const QVariantList &bound) const;
    void indexPairs(const QString &where, const QVariantList &bound) const;
    QSqlQuery findOnSqlite(const QStringList &parts, int limit) const;
    QSqlQuery findOnPostgres(const QStringList &parts, int limit) const;
    const Database &m_db;
};

} // namespace hotline
