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

// The calendar counts on a moment's reading: its date and time as its clock shows them, held
// in UTC, where moving, comparing and setting them costs nothing. On a local time each of
// those asks the C library for the zone's offset (mktime, localtime), and a supervisor's SLA
// watch does them by the hundred thousand. Readings count the time that passes exactly while
// the clock keeps one offset; across a change of the clock (summer time) the moments
// themselves are counted, as before.
QDateTime reading(const QDateTime &moment)
{
    return moment.timeSpec() == Qt::UTC ? moment : QDateTime(moment.date(), moment.time(), Qt::UTC);
}

// A reading back on the clock of `like`: invalid if that clock skips it.
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

// True when the clock of `a` (and `b`) keeps one offset between the two, in either order.
// Asked on the readings, which lie within a day of the moments they stand for: a change of
// the clock within a day of either end counts on the moments, and nothing is converted here.
bool steadyBetween(const QDateTime &a, const QDateTime &b)
{
    QTimeZone zone;
    if (a.timeSpec() == Qt::TimeZone) {
        zone = a.timeZone();
    } else if (a.timeSpec() == Qt::LocalTime) {
        static const QTimeZone system = QTimeZone::systemTimeZone(); // fixed at start (LocalZone)
        zone = system;
    } else {
        return true; // UTC, or a fixed offset
    }
    if (!zone.isValid())
        return false;
    if (!zone.hasTransitions())
        return true;
    const QDateTime ra = reading(a);
    const QDateTime rb = reading(b);
    const QDateTime change = zone.nextTransition(qMin(ra, rb).addDays(-1)).atUtc;
    return !change.isValid() || change > qMax(ra, rb).addDays(1);
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
    const QDateTime opening = nextReading(reading(moment));
    const QDateTime next = inSpecOf(moment, opening); // keeps the moment's own time spec
    if (next.isValid())
        return next;
    QDateTime start = moment; // the opening falls in an hour the clock skips
    start.setDate(opening.date());
    start.setTime(m_start);
    return start;
}

QDateTime WorkingCalendar::addWorkingTime(const QDateTime &from, qint64 seconds) const
{
    QDateTime t = nextReading(reading(from));
    qint64 remaining = seconds;
    for (int guard = 0; remaining > 0 && guard < 3660; ++guard) {
        const QDateTime close(t.date(), m_end, Qt::UTC);
        const qint64 today = t.secsTo(close);
        if (remaining <= today) {
            t = t.addSecs(remaining);
            break;
        }
        remaining -= today;
        t = nextReading(close);
    }
    const QDateTime reached = inSpecOf(from, t);
    if (reached.isValid() && steadyBetween(from, reached))
        return reached;
    return addWorkingTimeOnMoments(from, seconds);
}

qint64 WorkingCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (sameClock(from, to) && steadyBetween(from, to)) {
        const QDateTime start = reading(from);
        const QDateTime end = reading(to);
        return end < start ? -secondsBetweenReadings(end, start) : secondsBetweenReadings(start, end);
    }
    return workingSecondsOnMoments(from, to);
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

// As readings do, on the moments themselves: each step converted on the moment's own clock,
// so a change of the clock within working hours counts as the time that passed. Moments on
// different clocks are counted on the earlier one's.
QDateTime WorkingCalendar::addWorkingTimeOnMoments(const QDateTime &from, qint64 seconds) const
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

qint64 WorkingCalendar::workingSecondsOnMoments(const QDateTime &from, const QDateTime &to) const
{
    if (to < from)
        return -workingSecondsOnMoments(to, from);
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
