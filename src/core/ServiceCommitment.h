#pragma once

#include "SlaClock.h"
#include "WorkingCalendar.h"

#include <QDateTime>

namespace hotline {

// R13 + R27: a visit within 24 hours of the request and the repair within 48, counted in
// the centre's working time. The board's clocks and the supervisor's figures both use it.
struct ServiceCommitment
{
    static constexpr qint64 kVisitSeconds = 24 * 3600;
    static constexpr qint64 kRepairSeconds = 48 * 3600;

    static QDateTime visitDue(const QDateTime &requestedAt, const WorkingCalendar &calendar)
    {
        return calendar.addWorkingTime(requestedAt, kVisitSeconds);
    }
    // Without the working time the ticket's clocks stood paused; invalid while one still does.
    static QDateTime visitDue(const QDateTime &requestedAt, const QList<SlaPause> &pauses,
                              const WorkingCalendar &calendar)
    {
        return SlaClock(requestedAt, kVisitSeconds, calendar, pauses).due();
    }
    static QDateTime repairDue(const QDateTime &requestedAt, const WorkingCalendar &calendar)
    {
        return calendar.addWorkingTime(requestedAt, kRepairSeconds);
    }
};

} // namespace hotline
