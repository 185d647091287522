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

QDateTime WorkingCalendar::addWorkingTime(const QDateTime &from, qint64 seconds) const
{
    QDateTime t = nextWorkingMoment(from);
    for (int guard = 0; seconds > 0 && guard < 3660; ++guard) {
        QDateTime close = t;
        close.setTime(m_end);
        const qint64 today = t.secsTo(close);
        if (seconds <= today)
            return t.addSecs(seconds);
        seconds -= today;
        t = nextWorkingMoment(close);
    }
    return t;
}

qint64 WorkingCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (to < from)
        return -workingSecondsBetween(to, from);
    qint64 total = 0;
    QDateTime t = nextWorkingMoment(from);
    for (int guard = 0; t < to && guard < 3660; ++guard) {
        QDateTime close = t;
        close.setTime(m_end);
        total += t.secsTo(qMin(close, to));
        t = nextWorkingMoment(close);
    }
    return total;
}

} // namespace hotline
