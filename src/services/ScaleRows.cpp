#include "ScaleRows.h"

#include "SearchRepository.h"
#include "SearchWords.h"
#include "SqlValues.h"
#include "TicketTypes.h"

#include <ctime>

namespace hotline {

namespace {

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

ScaleRows::ScaleRows(const ScaleLoader::Options &options, QList<ProductModel> models, const QDateTime &now,
                     const ScaleFirstIds &first)
    : m_options(options)
    , m_models(std::move(models))
    , m_now(now)
    , m_nowUtc(now.toUTC()) // times are worked out in UTC, as they are stored (see twoDaysLater)
    // created.daysTo(now) > 14 in local days: created before the start of that local day.
    , m_oldBefore(now.date().addDays(-14).startOfDay().toUTC())
    , m_first(first)
    , m_random(options.seed)
    , m_names(m_random)
    , m_categories(DemoNames::categories())
{
    m_documentHeads.reserve(options.customers);
}

QString ScaleRows::mobileFor(qint64 i)
{
    static const char *prefixes[] = {"139", "138", "137", "136", "135", "158", "159", "186"};
    const qint64 n = (i * 7919 + 12345) % 100000000;
    return QString::fromLatin1(prefixes[(i / 100000000) % 8]) + QString::number(n).rightJustified(8, u'0');
}

bool ScaleRows::next(ScaleChunk &chunk, qint64 size)
{
    chunk = {};
    if (m_customersMade < m_options.customers) {
        makeCustomers(chunk, qMin(m_options.customers, m_customersMade + size));
        return true;
    }
    if (m_ticketsMade < m_options.tickets) {
        makeTickets(chunk, qMin(m_options.tickets, m_ticketsMade + size));
        return true;
    }
    return false;
}

void ScaleRows::makeCustomers(ScaleChunk &chunk, qint64 end)
{
    for (qint64 i = m_customersMade; i < end; ++i) {
        const qint64 id = m_first.customer + i;
        const QVariant created = sql::moment(m_nowUtc.addSecs(-qint64(m_random.bounded(94608000))));
        const QString name = m_names.personName();
        chunk.customers.append({id, name, created});
        const QString mobile = mobileFor(i);
        const QString key = u"+86" + mobile;
        chunk.phones.append({m_first.phone + i, id, mobile, key, QStringLiteral("mobile"), 1});
        const QString district = m_names.district();
        const QString address = m_names.address(district);
        chunk.addresses.append({m_first.address + i, id, address, district});
        const ProductModel &m = m_names.pick(m_models);
        const QString serial = m_names.serial(m.code);
        chunk.units.append({m_first.unit + i, id, m.id, m.code, serial,
                            sql::day(m_now.date().addDays(-m_names.between(10, 2500)))});
        m_documentHeads.append(
            SearchRepository::documentHead(name, {mobile, key}, address, m.code, m.name, serial));
    }
    chunk.rows = end - m_customersMade;
    m_customersMade = end;
}

void ScaleRows::makeTickets(ScaleChunk &chunk, qint64 end)
{
    for (qint64 i = m_ticketsMade; i < end; ++i) {
        // Scale customers have address and unit ids in step with their own id.
        const qint64 offset = qint64(m_random.bounded(quint64(m_options.customers)));
        const QDateTime created = m_nowUtc.addSecs(-qint64(m_random.bounded(94608000)));
        const bool old = created < m_oldBefore;
        const TicketState state = old ? TicketState::Closed : TicketTypes::allStates[m_random.bounded(9)];
        const QString at = sql::moment(created).toString();
        const QString fault = m_names.fault(m_names.pick(m_categories));
        const qint64 ticket = m_first.ticket + i;
        chunk.tickets.append({ticket, m_first.customer + offset, m_first.address + offset, m_first.unit + offset,
                              mobileFor(offset), fault, QStringLiteral("on_site"), QStringLiteral("phone"),
                              m_random.bounded(5) == 0 ? QStringLiteral("urgent") : QStringLiteral("normal"),
                              TicketTypes::code(state), QStringLiteral("in_warranty"), at, at,
                              state == TicketState::Closed ? sql::moment(twoDaysLater(created)) : QVariant()});
        chunk.history.append({m_first.history + i, ticket, at, QStringLiteral("scale"), QStringLiteral("created"),
                              QStringLiteral("phone normal")});
        const QString body = SearchRepository::document(m_documentHeads.at(offset), fault);
        chunk.documents.append({ticket, body, searchwords::pairWords(body)});
    }
    chunk.rows = end - m_ticketsMade;
    m_ticketsMade = end;
}

} // namespace hotline
