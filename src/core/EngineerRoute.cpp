#include "EngineerRoute.h"

#include "VisitDeadlines.h"

namespace hotline {

int DayMinutes::of(const QDateTime &t, const QDate &day, bool roundUp)
{
    const qint64 days = std::clamp<qint64>(day.daysTo(t.date()), -2, 2);
    return int(days) * kEndOfDay + of(t.time(), roundUp);
}

int DayMinutes::of(const QTime &t, bool roundUp)
{
    const int ms = t.msecsSinceStartOfDay();
    return roundUp ? (ms + 59999) / 60000 : ms / 60000;
}

QDateTime DayMinutes::at(const QDateTime &clock, const QDate &day, int minute)
{
    const QTime time = QTime::fromMSecsSinceStartOfDay((minute % kEndOfDay) * 60000);
    const QDate date = day.addDays(minute / kEndOfDay);
    if (!clock.isValid())
        return QDateTime(date, time);
    QDateTime t = clock; // keeps the clock's own time spec or zone
    t.setDate(date);
    t.setTime(time);
    return t;
}

int DayMinutes::firstStart(const QDateTime &now, const QDate &day)
{
    if (!now.isValid() || now.date() < day)
        return kLaterDay;
    if (now.date() > day)
        return kEndOfDay;
    return of(now, day, true) + VisitDeadlines::kReadyToLeaveMinutes;
}

void EngineerRoute::insert(const RouteStop &stop, const DistrictTravel &travel)
{
    const auto at = std::upper_bound(
        m_stops.begin(), m_stops.end(), stop, [](const RouteStop &a, const RouteStop &b) {
            return a.start < b.start;
        });
    m_stops.insert(at, stop);
    recount(travel);
}

void EngineerRoute::remove(int visit, const DistrictTravel &travel)
{
    m_stops.removeIf([visit](const RouteStop &s) { return s.visit == visit; });
    recount(travel);
}

void EngineerRoute::recount(const DistrictTravel &travel)
{
    m_load = 0;
    m_travel = 0;
    int from = m_home;
    for (const RouteStop &s : std::as_const(m_stops)) {
        m_load += s.end - s.start;
        m_travel += travel.minutes(from, s.district);
        from = s.district;
    }
}

int EngineerRoute::earliestStart(const RouteGap &gap, const VisitNeeds &needs)
{
    for (const CustomerAvailability::DaySpan &span : needs.spans) {
        const int start = DayMinutes::gridUp(std::max(gap.earliest, span.from));
        if (start + needs.minutes <= std::min(gap.latest, span.to))
            return start;
    }
    return -1;
}

QList<int> EngineerRoute::starts(const RouteGap &gap, const VisitNeeds &needs, int limit)
{
    QList<int> result;
    for (const CustomerAvailability::DaySpan &span : needs.spans) {
        const int last = std::min(gap.latest, span.to) - needs.minutes;
        int taken = 0;
        for (int s = DayMinutes::gridUp(std::max(gap.earliest, span.from));
             s <= last && taken < limit;
             s += DayMinutes::kGrid, ++taken)
            result.append(s);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

} // namespace hotline
