#include "ArchiveService.h"

#include "Centre.h"
#include "Database.h"
#include "SearchRepository.h"
#include "StorageError.h"
#include "TicketRepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace hotline {

QList<TicketSummary> ArchiveService::search(const QString &text, int limit) const
{
    static const QRegularExpression phoneLike(QStringLiteral("^[+()\\d\\s-]{5,}$"));
    QStringList parts;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words)
        parts.append(w);
    // A number typed with spaces ("138 0013 8000") is one number, not three words.
    if (phoneLike.match(text.trimmed()).hasMatch()) {
        const NormalizedPhone n = m_centre.phones().normalize(text);
        QString key = n.lookupKey();
        if (key.startsWith(u'+'))
            key.remove(0, 1);
        parts = {key};
    }
    QList<TicketSummary> found;
    // One character would match half the archive; the list waits for the second.
    if (std::all_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.toUcs4().size() < 2; }))
        return found;
    try {
        found = TicketRepository(m_centre.database()).tickets(SearchRepository(m_centre.database()).find(parts, limit));
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    return found;
}

QList<TicketSummary> ArchiveService::tickets(const QList<qint64> &ids) const
{
    try {
        return TicketRepository(m_centre.database()).tickets(QList<qint64>(ids.crbegin(), ids.crend()));
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

qint64 ArchiveService::indexMissing()
{
    try {
        Transaction tx(m_centre.database());
        const qint64 n = SearchRepository(m_centre.database()).indexMissing();
        tx.commit();
        return n;
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

} // namespace hotline
