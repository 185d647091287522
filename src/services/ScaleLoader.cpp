#include "ScaleLoader.h"

#include "BulkInserter.h"
#include "CatalogueRepository.h"
#include "ChunkQueue.h"
#include "Centre.h"
#include "Database.h"
#include "DeferredIndexes.h"
#include "DemoNames.h"
#include "ScaleRows.h"
#include "SearchIndexFile.h"
#include "SearchRepository.h"
#include "StorageError.h"

#include <QElapsedTimer>
#include <QScopeGuard>

#include <atomic>
#include <optional>
#include <thread>

namespace hotline {

namespace {

constexpr qint64 kChunk = 20000;                // rows made at a time, and a step of the progress
constexpr qint64 kRowsPerTransaction = 100000; // rows written per transaction
constexpr qint64 kIndexSlice = 100000;         // earlier tickets indexed per transaction

// Rows done and rows in all, over every phase; 100 % is told once, when everything is.
class Steps
{
public:
    Steps(const ScaleLoader::Progress &progress, qint64 total) : m_progress(progress), m_total(total) {}
    void advance(qint64 n)
    {
        m_done += n;
        if (m_progress && m_done < m_total)
            m_progress(m_done, m_total);
    }
    void finish()
    {
        if (m_progress)
            m_progress(m_total, m_total);
    }

private:
    const ScaleLoader::Progress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

QList<ProductModel> ensureCatalogue(const Database &db)
{
    CatalogueRepository cat(db);
    QList<ProductModel> models = cat.models();
    if (!models.isEmpty())
        return models;
    for (const FeeSchedule &f : DemoNames::feeSchedules())
        cat.addFeeSchedule(f);
    for (ProductModel m : DemoNames::catalogue()) {
        m.id = cat.addModel(m);
        models.append(m);
    }
    return models;
}

// SQLite: one search index filled in a file of its own on a thread of its own
// (SearchIndexFile), from the documents the writing thread hands over chunk by chunk.
class IndexBuild
{
public:
    using Documents = QList<ScaleChunk::Document>;
    IndexBuild(const Database &db, const QString &table, QString ScaleChunk::Document::*text)
        : m_file(db, table), m_text(text), m_thread([this] { run(); })
    {}
    ~IndexBuild()
    {
        abandon(); // a load that failed: no need to fill or write out the rest
        if (m_thread.joinable())
            m_thread.join();
    }
    // False once the building thread failed: finish() tells why.
    bool add(Documents documents) { return m_queue.push(std::move(documents)); }
    // No more documents: the index is written out on its thread while this one goes on.
    void close() { m_queue.close(); }
    // The load stops (the other index failed): neither filled nor written out any further.
    void abandon()
    {
        m_abandoned = true;
        m_queue.close();
    }
    // Waits for the index to be filled and written out; rethrows why its thread stopped, if it failed.
    void finish()
    {
        m_queue.close();
        if (m_thread.joinable())
            m_thread.join();
        if (m_failure)
            std::rethrow_exception(m_failure);
    }
    bool bringIn() { return m_file.bringIn(); }

private:
    void run()
    {
        try {
            while (std::optional<Documents> documents = m_queue.pop()) {
                for (const ScaleChunk::Document &d : std::as_const(*documents)) {
                    if (m_abandoned)
                        return;
                    m_file.add(d.ticket, d.*m_text);
                }
            }
            if (!m_abandoned)
                m_file.finish();
        } catch (...) {
            m_failure = std::current_exception();
            m_queue.close(); // the writing thread stops handing over
        }
    }

    SearchIndexFile m_file;
    QString ScaleChunk::Document::*m_text;
    ChunkQueue<Documents> m_queue{4};
    std::exception_ptr m_failure;
    std::atomic<bool> m_abandoned = false;
    std::thread m_thread; // last: starts once the rest is made
};

} // namespace

ScaleLoader::Phases ScaleLoader::load(Centre &centre, const Options &o, const Progress &progress)
{
    Phases took;
    QElapsedTimer phase;
    phase.start();
    const Database &db = centre.database();
    if (o.tickets > 0 && o.customers <= 0)
        throw CentreError(QStringLiteral("--tickets needs --customers: scale tickets belong to "
                                         "the scale customers loaded with them"));
    try {
        const QList<ProductModel> models = [&] {
            Transaction tx(db);
            auto list = ensureCatalogue(db);
            tx.commit();
            return list;
        }();
        const QDateTime now = centre.now();
        BulkLoad bulk(db);

        ScaleFirstIds first;
        first.customer = BulkInserter::nextId(db, QStringLiteral("customers"));
        first.phone = BulkInserter::nextId(db, QStringLiteral("customer_phones"));
        first.address = BulkInserter::nextId(db, QStringLiteral("addresses"));
        first.unit = BulkInserter::nextId(db, QStringLiteral("units"));
        first.ticket = BulkInserter::nextId(db, QStringLiteral("tickets"));
        first.history = BulkInserter::nextId(db, QStringLiteral("ticket_history"));
        // Tickets there before the load are indexed too, if they are not yet.
        const qint64 lowestTicket = qMin(first.ticket, BulkInserter::lowestId(db, QStringLiteral("tickets")));
        // SQLite's search indexes are built in files of their own for a centre whose indexes
        // are empty: their storage is then copied in as it is. Otherwise the tickets are
        // indexed in the centre afterwards, with any earlier ones missing.
        const bool indexFiles = !db.isPostgres() && SearchRepository(db).isEmpty();
        const bool indexAfter = !db.isPostgres() && !indexFiles;
        qint64 indexUpTo = indexAfter ? first.ticket + o.tickets : first.ticket; // ids below
        // Indexes are built after the rows are in: counted as one pass over the tickets; so is
        // bringing SQLite's search indexes into the centre's file.
        Steps steps(progress, o.customers + (indexFiles ? 3 : 2) * o.tickets + (indexUpTo - lowestTicket));
        DeferredIndexes deferred(db, {QStringLiteral("customer_phones"), QStringLiteral("addresses"),
                                      QStringLiteral("units"), QStringLiteral("tickets"),
                                      QStringLiteral("ticket_history")});

        // Statements prepared once; rows committed some chunks at a time.
        BulkInserter customers(db, QStringLiteral("customers"),
                               {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at")});
        BulkInserter phones(db, QStringLiteral("customer_phones"),
                            {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("typed"),
                             QStringLiteral("lookup_key"), QStringLiteral("kind"), QStringLiteral("preferred")});
        BulkInserter addresses(db, QStringLiteral("addresses"),
                               {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("text"),
                                QStringLiteral("district")});
        BulkInserter units(db, QStringLiteral("units"),
                           {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("model_id"),
                            QStringLiteral("model_typed"), QStringLiteral("serial"),
                            QStringLiteral("purchase_date")});
        BulkInserter tickets(db, QStringLiteral("tickets"),
                             {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("address_id"),
                              QStringLiteral("unit_id"), QStringLiteral("contact_phone"), QStringLiteral("fault"),
                              QStringLiteral("service_mode"), QStringLiteral("channel"),
                              QStringLiteral("priority"), QStringLiteral("state"), QStringLiteral("warranty"),
                              QStringLiteral("created_at"), QStringLiteral("updated_at"),
                              QStringLiteral("closed_at")},
                             300);
        BulkInserter history(db, QStringLiteral("ticket_history"),
                             {QStringLiteral("id"), QStringLiteral("ticket_id"), QStringLiteral("at"),
                              QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("new_value")},
                             300);
        // R22: each ticket's search document is made with the ticket, by the producer. On
        // PostgreSQL it goes in with the rows; SQLite's two indexes are filled each in a file
        // and on a thread of its own while this one writes the rows, and brought in at the end.
        std::optional<BulkInserter> documents;
        std::optional<IndexBuild> trigrams;
        std::optional<IndexBuild> pairs;
        if (indexFiles) {
            trigrams.emplace(db, QStringLiteral("ticket_search"), &ScaleChunk::Document::body);
            pairs.emplace(db, QStringLiteral("ticket_pairs"), &ScaleChunk::Document::pairs);
        } else if (db.isPostgres()) {
            documents.emplace(db, QStringLiteral("ticket_search"),
                              QStringList{QStringLiteral("ticket_id"), QStringLiteral("body")});
        }

        // The rows are made on a second thread while this one writes them: making them (names,
        // times, documents) costs about as much as SQLite's writing.
        ChunkQueue<ScaleChunk> queue(4);
        ScaleRows rows(o, models, now, first);
        std::thread producer([&queue, &rows] {
            try {
                ScaleChunk chunk;
                while (rows.next(chunk, kChunk)) {
                    if (!queue.push(std::move(chunk)))
                        return;
                }
                queue.close();
            } catch (...) {
                queue.fail(std::current_exception());
            }
        });
        const auto stopProducer = qScopeGuard([&] {
            queue.close();
            producer.join();
        });

        std::optional<Transaction> tx;
        qint64 rowsInTransaction = 0;
        bool ticketsBegun = false;
        const auto write = [](BulkInserter &into, const QList<QVariantList> &list) {
            for (const QVariantList &row : list)
                into.add(row);
            into.flush(); // before the rows that refer to them
        };
        while (std::optional<ScaleChunk> chunk = queue.pop()) {
            if (!ticketsBegun && !chunk->tickets.isEmpty()) {
                ticketsBegun = true;
                if (tx) {
                    tx->commit();
                    tx.reset();
                    rowsInTransaction = 0;
                }
                took.customers = phase.restart();
            }
            if (!tx)
                tx.emplace(db);
            write(customers, chunk->customers);
            write(phones, chunk->phones);
            write(addresses, chunk->addresses);
            write(units, chunk->units);
            write(tickets, chunk->tickets);
            write(history, chunk->history);
            if (documents) {
                for (const ScaleChunk::Document &d : std::as_const(chunk->documents))
                    documents->add({d.ticket, d.body});
                documents->flush();
            } else if (indexFiles && !chunk->documents.isEmpty()
                       && (!trigrams->add(chunk->documents) || !pairs->add(chunk->documents))) {
                trigrams->abandon(); // not written out first, whichever of the two stopped
                pairs->abandon();
                trigrams->finish(); // rethrows why a building thread stopped
                pairs->finish();
            }
            rowsInTransaction += chunk->rows;
            // Few, large transactions: each commit writes the search index's new entries out
            // as a segment, and many small segments are merged again and again.
            if (rowsInTransaction >= kRowsPerTransaction) {
                tx->commit();
                tx.reset();
                rowsInTransaction = 0;
            }
            steps.advance(chunk->rows);
        }
        if (tx)
            tx->commit();
        if (!ticketsBegun)
            took.customers = phase.restart();
        took.tickets = phase.restart();
        // The search indexes are written out on their threads while the secondary indexes are built.
        if (indexFiles) {
            trigrams->close();
            pairs->close();
        }
        // One index at a time, so the bar moves.
        qsizetype told = 0;
        deferred.rebuild([&](qsizetype built) {
            const qint64 done = o.tickets * built / deferred.count();
            steps.advance(done - o.tickets * told / deferred.count());
            told = built;
        });

        took.indexes = phase.restart();
        if (indexFiles) {
            // Written out beside the secondary indexes; the pairs index, the smaller, is brought
            // in first, in case the trigram index is still being written. Each goes only into an empty
            // index: if a ticket was saved meanwhile, the loaded tickets are indexed in the centre.
            pairs->finish();
            const bool pairsIn = pairs->bringIn();
            trigrams->finish();
            if (!(trigrams->bringIn() && pairsIn))
                indexUpTo = first.ticket + o.tickets;
            steps.advance(o.tickets);
        }
        // R22: tickets from before the load (and, if not brought in, the loaded ones), in
        // slices, should any be missing from the index.
        for (qint64 from = lowestTicket; from < indexUpTo; from += kIndexSlice) {
            const qint64 last = qMin(indexUpTo - 1, from + kIndexSlice - 1);
            Transaction tx(db);
            SearchRepository(db).indexMissing(from, last);
            tx.commit();
            steps.advance(last - from + 1);
        }
        took.search = phase.restart();
        for (const char *table : {"customers", "customer_phones", "addresses", "units", "tickets",
                                  "ticket_history"})
            BulkInserter::syncIdentity(db, QString::fromLatin1(table));
        steps.finish();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    return took;
}

} // namespace hotline
