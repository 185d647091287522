#pragma once

#include "WorkingCalendar.h"

#include <QDateTime>

namespace hotline {

// The follow-up call rules (R18, R21, R27), with the centre's configurable numbers.
struct CallbackPolicy
{
    int attempts = 3;            // R21: tries before the text message
    int spacingMinutes = 60;     // R21: between tries
    int busyMinutes = 30;        // R21: "can't talk now", unless the customer names a time
    int claimTimeoutMinutes = 15; // a task taken and left untouched returns to the pool

    // R18 + R27: the morning after: visits completed on the previous working day of `day`
    // are called on `day`, from the start of work.
    static QDate completionDayFor(const QDate &day, const WorkingCalendar &calendar)
    {
        return calendar.previousWorkingDay(day);
    }
    static QDateTime morningOf(const QDate &day, const WorkingCalendar &calendar)
    {
        return calendar.nextWorkingMoment(QDateTime(day, calendar.startOfDay()));
    }
    // R21: when the next try is due after an unanswered one, or nothing after the last.
    QDateTime retryAfter(const QDateTime &unanswered, int attemptsSoFar, const WorkingCalendar &calendar) const
    {
        if (attemptsSoFar >= attempts)
            return {};
        return calendar.nextWorkingMoment(unanswered.addSecs(qint64(spacingMinutes) * 60));
    }
};

} // namespace hotline
