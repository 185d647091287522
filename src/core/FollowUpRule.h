#pragma once

#include "WorkingCalendar.h"

#include <QDateTime>

namespace hotline {

// R19 + R27: a remote fix (or a visit not tested on the spot) is followed up two hours
// later; when that falls outside working time, at the start of the next working period.
struct FollowUpRule
{
    static constexpr int kDelayMinutes = 120;

    static QDateTime due(const QDateTime &callEnded, const WorkingCalendar &calendar)
    {
        return calendar.nextWorkingMoment(callEnded.addSecs(kDelayMinutes * 60));
    }
};

} // namespace hotline
