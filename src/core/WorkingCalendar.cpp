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

namespace {

// The calendar counts in the moment's own clock: its date and time as they read. Held in
// UTC, the same reading costs nothing to move, compare or set; in local time each of those
// asks the C library for the zone's offset (mktime, localtime), and a supervisor's SLA watch
// does them by the hundred thousand. A working period lies within one day, and zones change
// their clocks at night, so its length is the same either way.
QDateTime reading(const QDateTime &moment)
{
    return moment.timeSpec() == Qt::UTC ? moment : QDateTime(moment.date(), moment.time(), Qt::UTC);
}

// A reading back in the time spec of `like`.
QDateTime inSpecOf(const QDateTime &like, const QDateTime &reading)
{
    switch (like.timeSpec()) {
    case Qt::UTC:
        return reading;
    case Qt::OffsetFromUTC:
        return QDateTime(reading.date(), reading.time(), Qt::OffsetFromUTC, like.offsetFromUtc());
    case Qt::TimeZone:
        return QDateTime(reading.date(), reading.time(), like.timeZone());
    case Qt::LocalTime:
        break;
    }
    return QDateTime(reading.date(), reading.time(), Qt::LocalTime);
}

bool sameClock(const QDateTime &a, const QDateTime &b)
{
    if (a.timeSpec() != b.timeSpec())
        return false;
    switch (a.timeSpec()) {
    case Qt::OffsetFromUTC:
        return a.offsetFromUtc() == b.offsetFromUtc();
    case Qt::TimeZone:
        return a.timeZone() == b.timeZone();
    case Qt::UTC:
    case Qt::LocalTime:
        break;
    }
    return true;
}

// `to` as read on the clock of `from`.
QDateTime readingOnClockOf(const QDateTime &from, const QDateTime &to)
{
    switch (from.timeSpec()) {
    case Qt::UTC:
        return to.toUTC();
    case Qt::OffsetFromUTC:
        return reading(to.toOffsetFromUtc(from.offsetFromUtc()));
    case Qt::TimeZone:
        return reading(to.toTimeZone(from.timeZone()));
    case Qt::LocalTime:
        break;
    }
    return reading(to.timeSpec() == Qt::LocalTime ? to : to.toLocalTime());
}

} // namespace

QDateTime WorkingCalendar::nextReading(const QDateTime &reading) const
{
    if (isWorkingTime(reading))
        return reading;
    QDate day = reading.date();
    if (!isWorkingDay(day) || reading.time() >= m_end)
        day = nextWorkingDay(day);
    return QDateTime(day, m_start, Qt::UTC);
}

QDateTime WorkingCalendar::nextWorkingMoment(const QDateTime &moment) const
{
    if (isWorkingTime(moment))
        return moment;
    return inSpecOf(moment, nextReading(reading(moment))); // keeps the moment's own time spec
}

QDateTime WorkingCalendar::addWorkingTime(const QDateTime &from, qint64 seconds) const
{
    QDateTime t = nextReading(reading(from));
    for (int guard = 0; seconds > 0 && guard < 3660; ++guard) {
        const QDateTime close(t.date(), m_end, Qt::UTC);
        const qint64 today = t.secsTo(close);
        if (seconds <= today) {
            t = t.addSecs(seconds);
            break;
        }
        seconds -= today;
        t = nextReading(close);
    }
    return inSpecOf(from, t);
}

qint64 WorkingCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    // Counted on the clock of the earlier moment.
    if (sameClock(from, to)) {
        const QDateTime start = reading(from);
        const QDateTime end = reading(to);
        return end < start ? -secondsBetweenReadings(end, start) : secondsBetweenReadings(start, end);
    }
    if (to < from)
        return -secondsBetweenReadings(reading(to), readingOnClockOf(to, from));
    return secondsBetweenReadings(reading(from), readingOnClockOf(from, to));
}

qint64 WorkingCalendar::secondsBetweenReadings(const QDateTime &from, const QDateTime &to) const
{
    qint64 total = 0;
    QDateTime t = nextReading(from);
    for (int guard = 0; t < to && guard < 3660; ++guard) {
        const QDateTime close(t.date(), m_end, Qt::UTC);
        total += t.secsTo(qMin(close, to));
        t = nextReading(close);
    }
    return total;
}

} // namespace hotline
