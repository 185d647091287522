#include "WorkingCalendar.h"

#include <QTimeZone>

namespace hotline {

namespace {
constexpr int kSearchLimitDays = 366; // a calendar with no working day at all is a setup error
}

WorkingCalendar::WorkingCalendar() = default;

void WorkingCalendar::setHours(QTime start, QTime end)
{
    if (start.isValid() && end.isValid() && start < end) {
        m_start = start;
        m_end = end;
    }
}

void WorkingCalendar::setRestDays(QSet<int> isoWeekdays)
{
    m_restDays = std::move(isoWeekdays);
}

void WorkingCalendar::setHolidays(QSet<QDate> days)
{
    m_holidays = std::move(days);
}

void WorkingCalendar::setMakeUpWorkdays(QSet<QDate> days)
{
    m_makeUp = std::move(days);
}

bool WorkingCalendar::isWorkingDay(const QDate &day) const
{
    if (m_makeUp.contains(day))
        return true;
    return !m_holidays.contains(day) && !m_restDays.contains(day.dayOfWeek());
}

QDate WorkingCalendar::previousWorkingDay(const QDate &day) const
{
    QDate d = day.addDays(-1);
    for (int i = 0; i < kSearchLimitDays && !isWorkingDay(d); ++i)
        d = d.addDays(-1);
    return d;
}

QDate WorkingCalendar::nextWorkingDay(const QDate &day) const
{
    QDate d = day.addDays(1);
    for (int i = 0; i < kSearchLimitDays && !isWorkingDay(d); ++i)
        d = d.addDays(1);
    return d;
}

bool WorkingCalendar::isWorkingTime(const QDateTime &moment) const
{
    const QTime t = moment.time();
    return isWorkingDay(moment.date()) && t >= m_start && t < m_end;
}

QDateTime WorkingCalendar::nextWorkingMoment(const QDateTime &moment) const
{
    if (isWorkingTime(moment))
        return moment;
    QDate day = moment.date();
    if (!isWorkingDay(day) || moment.time() >= m_end)
        day = nextWorkingDay(day);
    QDateTime start = moment; // keeps the moment's own time spec
    start.setDate(day);
    start.setTime(m_start);
    return start;
}

} // namespace hotline
