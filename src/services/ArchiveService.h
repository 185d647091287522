#pragma once

#include "Ticket.h"

#include <QList>
#include <QString>

namespace hotline {

class Centre;

// R22: closed tickets stay searchable for later calls: one box over customer name, any
// phone number (in any format), address, model, serial and fault text.
class ArchiveService
{
public:
    explicit ArchiveService(Centre &centre) : m_centre(centre) {}

    // Every word typed must match; numbers are matched whatever their format.
    QList<TicketSummary> search(const QString &text, int limit = 50) const;
    // Adds to the index every ticket not yet in it (after bulk loading or an upgrade).
    qint64 indexMissing();
    // The tickets behind a figure, newest first (a dashboard chart opens them).
    QList<TicketSummary> tickets(const QList<qint64> &ids) const;

private:
    Centre &m_centre;
};

} // namespace hotline
