#pragma once

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
    static QDateTime repairDue(const QDateTime &requestedAt, const WorkingCalendar &calendar)
    {
        return calendar.addWorkingTime(requestedAt, kRepairSeconds);
    }
};

} // namespace hotline
