#include "ScaleLoader.h"

#include "BulkInserter.h"
#include "CatalogueRepository.h"
#include "Centre.h"
#include "Database.h"
#include "DeferredIndexes.h"
#include "DemoNames.h"
#include "SearchRepository.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "TicketTypes.h"

#include <QElapsedTimer>

#include <ctime>

namespace hotline {

namespace {

constexpr qint64 kChunk = 20000;
constexpr qint64 kIndexSlice = 100000; // tickets indexed per transaction

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

// Distinct, valid mobile numbers from a running index.
QString mobileFor(qint64 i)
{
    static const char *prefixes[] = {"139", "138", "137", "136", "135", "158", "159", "186"};
    const qint64 n = (i * 7919 + 12345) % 100000000;
    return QString::fromLatin1(prefixes[(i / 100000000) % 8])
           + QString::number(n).rightJustified(8, u'0');
}

// The local clock's offset from UTC at a moment (seconds), from the C library as QDateTime
// uses it, without QDateTime's local-to-UTC conversion (mktime), whose every call asks the
// file system whether the time zone changed: a few seconds over millions of rows.
long utcOffsetAt(qint64 secsSinceEpoch)
{
    const time_t t = time_t(secsSinceEpoch);
    tm local{};
    localtime_r(&t, &local);
    return local.tm_gmtoff;
}

// created.toLocalTime().addDays(2), in UTC: two calendar days later at the same local time.
// Without a change of offset in the 49 hours after it (there is at most one), that is 48
// hours later; around a daylight-saving change QDateTime works it out.
QDateTime twoDaysLater(const QDateTime &createdUtc)
{
    const qint64 secs = createdUtc.toSecsSinceEpoch();
    if (utcOffsetAt(secs) == utcOffsetAt(secs + 49 * 3600))
        return createdUtc.addSecs(48 * 3600);
    return createdUtc.toLocalTime().addDays(2).toUTC();
}

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
        QRandomGenerator random(o.seed);
        DemoNames names(random);
        const QList<ProductModel> models = [&] {
            Transaction tx(db);
            auto list = ensureCatalogue(db);
            tx.commit();
            return list;
        }();
        const QDateTime now = centre.now();
        BulkLoad bulk(db);

        const qint64 firstCustomer = BulkInserter::nextId(db, QStringLiteral("customers"));
        const qint64 firstPhone = BulkInserter::nextId(db, QStringLiteral("customer_phones"));
        const qint64 firstAddress = BulkInserter::nextId(db, QStringLiteral("addresses"));
        const qint64 firstUnit = BulkInserter::nextId(db, QStringLiteral("units"));
        const qint64 firstTicket = BulkInserter::nextId(db, QStringLiteral("tickets"));
        const qint64 firstHistory = BulkInserter::nextId(db, QStringLiteral("ticket_history"));
        // The search index covers every ticket, the loaded ones and any there before.
        const qint64 lowestTicket = qMin(firstTicket, BulkInserter::lowestId(db, QStringLiteral("tickets")));
        const qint64 lastTicket = firstTicket + o.tickets - 1;
        // Indexes are built after the rows are in: counted as one pass over the tickets.
        Steps steps(progress, o.customers + 2 * o.tickets + (lastTicket - lowestTicket + 1));
        DeferredIndexes deferred(db, {QStringLiteral("customer_phones"), QStringLiteral("addresses"),
                                      QStringLiteral("units"), QStringLiteral("tickets"),
                                      QStringLiteral("ticket_history")});

        // Statements prepared once, rows committed a chunk at a time.
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
        // Times are worked out in UTC, as they are stored (see twoDaysLater).
        const QDateTime nowUtc = now.toUTC();
        for (qint64 start = 0; start < o.customers; start += kChunk) {
            Transaction tx(db);
            const qint64 end = qMin(o.customers, start + kChunk);
            for (qint64 i = start; i < end; ++i) {
                const qint64 id = firstCustomer + i;
                const QString created = sql::moment(nowUtc.addSecs(-qint64(random.bounded(94608000)))).toString();
                customers.add({id, names.personName(), created});
                const QString mobile = mobileFor(i);
                phones.add({firstPhone + i, id, mobile, QString(u"+86" + mobile),
                            QStringLiteral("mobile"), 1});
                const QString district = names.district();
                addresses.add({firstAddress + i, id, names.address(district), district});
                const ProductModel &m = names.pick(models);
                units.add({firstUnit + i, id, m.id, m.code, names.serial(m.code),
                           sql::day(now.date().addDays(-names.between(10, 2500)))});
            }
            customers.flush();
            phones.flush();
            addresses.flush();
            units.flush();
            tx.commit();
            steps.advance(end - start);
        }

        took.customers = phase.restart();
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
                             300); // in step with tickets: a history row never precedes its ticket
        const QStringList categories = DemoNames::categories();
        // created.daysTo(now) > 14 in local days: created before the start of that local day.
        const QDateTime oldBefore = now.date().addDays(-14).startOfDay().toUTC();
        for (qint64 start = 0; start < o.tickets; start += kChunk) {
            Transaction tx(db);
            const qint64 end = qMin(o.tickets, start + kChunk);
            for (qint64 i = start; i < end; ++i) {
                // Scale customers have address and unit ids in step with their own id.
                const qint64 offset = qint64(random.bounded(quint64(o.customers)));
                const QDateTime created = nowUtc.addSecs(-qint64(random.bounded(94608000)));
                const bool old = created < oldBefore;
                const TicketState state = old ? TicketState::Closed
                                              : TicketTypes::allStates[random.bounded(9)];
                const QString at = sql::moment(created).toString();
                tickets.add({firstTicket + i, firstCustomer + offset, firstAddress + offset,
                             firstUnit + offset, mobileFor(offset),
                             names.fault(names.pick(categories)),
                             QStringLiteral("on_site"), QStringLiteral("phone"),
                             random.bounded(5) == 0 ? QStringLiteral("urgent") : QStringLiteral("normal"),
                             TicketTypes::code(state), QStringLiteral("in_warranty"), at, at,
                             state == TicketState::Closed ? sql::moment(twoDaysLater(created))
                                                          : QVariant()});
                history.add({firstHistory + i, firstTicket + i, at, QStringLiteral("scale"),
                             QStringLiteral("created"), QStringLiteral("phone normal")});
            }
            tickets.flush();
            history.flush();
            tx.commit();
            steps.advance(end - start);
        }

        took.tickets = phase.restart();
        // One index at a time, so the bar moves; the search index below reads through them.
        qsizetype told = 0;
        deferred.rebuild([&](qsizetype built) {
            const qint64 done = o.tickets * built / deferred.count();
            steps.advance(done - o.tickets * told / deferred.count());
            told = built;
        });

        took.indexes = phase.restart();
        // R22: in slices, so the index phase shows its progress too.
        const SearchRepository::BulkIndexing bulkIndexing(db);
        for (qint64 first = lowestTicket; first <= lastTicket; first += kIndexSlice) {
            const qint64 last = qMin(lastTicket, first + kIndexSlice - 1);
            Transaction tx(db);
            SearchRepository(db).indexMissing(first, last);
            tx.commit();
            steps.advance(last - first + 1);
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
