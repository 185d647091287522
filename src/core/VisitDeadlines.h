#pragma once

#include <QDateTime>
#include <QTime>

namespace hotline {

// What the board shows for each scheduled visit beside its SLA.
struct VisitDeadlines
{
    // R15: if the engineer will be late, the customer is told by these times: 30 minutes
    // before the appointment when the delay is under half a day, 2 hours before otherwise.
    QDateTime tellShortDelayBy;
    QDateTime tellLongDelayBy;
    // R16: same-day jobs leave within 20 minutes of assignment; next-day jobs within 20
    // minutes of the start of work on the day.
    QDateTime leaveBy;

    static constexpr int kShortDelayNoticeMinutes = 30;
    static constexpr int kLongDelayNoticeMinutes = 120;
    static constexpr int kReadyToLeaveMinutes = 20;

    static VisitDeadlines of(const QDateTime &start, const QDateTime &assignedAt, const QTime &workStart)
    {
        VisitDeadlines d;
        d.tellShortDelayBy = start.addSecs(-kShortDelayNoticeMinutes * 60);
        d.tellLongDelayBy = start.addSecs(-kLongDelayNoticeMinutes * 60);
        const bool sameDay = assignedAt.isValid() && assignedAt.date() == start.date();
        if (sameDay) {
            d.leaveBy = assignedAt.addSecs(kReadyToLeaveMinutes * 60);
        } else {
            QDateTime dayStart = start;
            dayStart.setTime(workStart);
            d.leaveBy = dayStart.addSecs(kReadyToLeaveMinutes * 60);
        }
        return d;
    }
};

} // namespace hotline
