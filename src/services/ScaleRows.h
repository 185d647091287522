#pragma once

#include "Catalogue.h"
#include "DemoNames.h"
#include "ScaleLoader.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QVariantList>

namespace hotline {

// The ids a load starts from: rows carry their own, after any already there.
struct ScaleFirstIds
{
    qint64 customer = 1;
    qint64 phone = 1;
    qint64 address = 1;
    qint64 unit = 1;
    qint64 ticket = 1;
    qint64 history = 1;
};

// A slice of generated rows, made on one thread and written on another. Customers come
// first, then tickets; a ticket chunk carries each ticket's search document (R22) and its
// pairs, so the index is filled with the rows and no row is read back to build it.
struct ScaleChunk
{
    struct Document
    {
        qint64 ticket = 0;
        QString body;
        QString pairs;
    };
    qint64 rows = 0; // customers, or tickets
    QList<QVariantList> customers, phones, addresses, units;
    QList<QVariantList> tickets, history;
    QList<Document> documents;
};

// Makes the rows of a scale load, chunk by chunk: deterministic for the same seed and clock.
class ScaleRows
{
public:
    ScaleRows(const ScaleLoader::Options &options, QList<ProductModel> models, const QDateTime &now,
              const ScaleFirstIds &first);

    // The next chunk of at most `size` rows; false once everything has been made.
    bool next(ScaleChunk &chunk, qint64 size);

    // Distinct, valid mobile numbers from a running index.
    static QString mobileFor(qint64 i);

private:
    void makeCustomers(ScaleChunk &chunk, qint64 end);
    void makeTickets(ScaleChunk &chunk, qint64 end);

    ScaleLoader::Options m_options;
    QList<ProductModel> m_models;
    QDateTime m_now;
    QDateTime m_nowUtc;
    QDateTime m_oldBefore;
    ScaleFirstIds m_first;
    QRandomGenerator m_random;
    DemoNames m_names;
    QStringList m_categories;
    // Each customer's part of the search document (everything but the fault).
    QList<QString> m_documentHeads;
    qint64 m_customersMade = 0;
    qint64 m_ticketsMade = 0;
};

} // namespace hotline
