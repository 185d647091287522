#pragma once

#include "AssignmentCheck.h"
#include "CustomerAvailability.h"
#include "DistrictTravel.h"
#include "VisitDeadlines.h"

#include <QList>

#include <algorithm>

namespace hotline {

// Moments of one planning day as minutes after midnight, read on the wall clock as the
// engineer's working hours are (R11).
struct DayMinutes
{
    static constexpr int kGrid = 15;                // proposed starts fall on the quarter hour
    static constexpr int kEndOfDay = 24 * 60;
    static constexpr int kLaterDay = -1; // planned ahead: R16 counts from the start of work

    // `t` in minutes after midnight of `day`; negative before the day, kEndOfDay or more after.
    static int of(const QDateTime &t, const QDate &day, bool roundUp = false);
    static int of(const QTime &t, bool roundUp = false);
    // Minute `minute` of `day` as a moment on the clock (time spec or zone) of `clock`.
    static QDateTime at(const QDateTime &clock, const QDate &day, int minute);
    // The first minute an engineer could leave for a visit given on `day` at `now`: R16, 20
    // minutes after a same-day assignment; kEndOfDay on a day already past; kLaterDay for a
    // day planned ahead (then 20 minutes after each engineer's start of work).
    static int firstStart(const QDateTime &now, const QDate &day);
    static int gridUp(int minute) { return (minute + kGrid - 1) / kGrid * kGrid; }
};

// What a visit needs from a slot, in a planning day's minutes.
struct VisitNeeds
{
    int minutes = BoardVisit::kDefaultMinutes;
    int district = 0;                           // a DistrictTravel id
    QList<CustomerAvailability::DaySpan> spans; // the customer's windows that day
    // R16: the engineer cannot leave for it before this minute: DayMinutes::firstStart.
    int notBefore = DayMinutes::kLaterDay;
};

struct RouteStop
{
    int visit = -1; // the caller's index
    int start = 0;
    int end = 0;
    int district = 0;
};

// A place in the route where the visit fits: it may start at `earliest` and must end by
// `latest` (travel from the stop before and to the stop after, plus the R11 early-arrival
// margin, and the working hours, already taken off).
struct RouteGap
{
    int earliest = 0;
    int latest = 0;
    int travelAdded = 0; // detour: from the previous stop (or home) to the visit and on to the next
    int previous = -1;   // the stop the engineer comes from; -1: from the home district
};

// One engineer's day as a sequence of visits in start order, for the slot suggester and the day
// planner: where a visit could go, and what it would add. The same rules as AssignmentCheck,
// in integer minutes; whatever they propose is checked by AssignmentCheck before it is offered.
class EngineerRoute
{
public:
    EngineerRoute(int home, int opens, int closes)
        : m_home(home)
        , m_opens(opens)
        , m_closes(closes)
    {
    }

    int home() const { return m_home; }
    const QList<RouteStop> &stops() const { return m_stops; }
    int loadMinutes() const { return m_load; }
    int travelMinutes() const { return m_travel; } // home district to the first visit, then on

    void insert(const RouteStop &stop, const DistrictTravel &travel);
    void remove(int visit, const DistrictTravel &travel);

    // Calls onGap(const RouteGap &) for every place long enough for the visit, earliest first.
    template<typename F>
    void forEachGap(const VisitNeeds &needs, const DistrictTravel &travel, F &&onGap) const;

    // The first start on the grid inside one of the customer's windows that fits the gap; -1.
    static int earliestStart(const RouteGap &gap, const VisitNeeds &needs);
    // Up to `limit` such starts, earliest first.
    static QList<int> starts(const RouteGap &gap, const VisitNeeds &needs, int limit);

private:
    void recount(const DistrictTravel &travel);

    int m_home;
    int m_opens;
    int m_closes;
    QList<RouteStop> m_stops;
    int m_load = 0;
    int m_travel = 0;
};

template<typename F>
void EngineerRoute::forEachGap(const VisitNeeds &needs,
                               const DistrictTravel &travel,
                               F &&onGap) const
{
    constexpr int margin = AssignmentCheck::kArrivalMarginMinutes;
    const int count = int(m_stops.size());
    int previous = -1; // of the stops so far, the one that ends last: the engineer comes from it
    for (int p = 0; p <= count; ++p) {
        if (p > 0 && (previous < 0 || m_stops[p - 1].end > m_stops[previous].end))
            previous = p - 1;
        const int from = previous < 0 ? m_home : m_stops[previous].district;
        const int there = travel.minutes(from, needs.district);
        // R16: the engineer leaves 20 minutes after a same-day assignment (not before work
        // starts), or 20 minutes after the start of work for a day planned ahead. Leaving
        // later than the day opens, the way from home counts too (the check, not knowing the
        // time now, counts only the way between visits, R11).
        const int leave = needs.notBefore == DayMinutes::kLaterDay
                              ? m_opens + VisitDeadlines::kReadyToLeaveMinutes
                              : std::max(needs.notBefore, m_opens);
        int earliest = leave > m_opens ? leave + there + margin : m_opens;
        if (previous >= 0)
            earliest = std::max(earliest, std::max(leave, m_stops[previous].end) + there + margin);
        int latest = m_closes;
        int added = there;
        if (p < count) {
            const RouteStop &next = m_stops[p];
            latest = std::min(latest,
                              next.start - travel.minutes(needs.district, next.district) - margin);
            added += travel.minutes(needs.district, next.district)
                     - travel.minutes(from, next.district);
        }
        // A table that breaks the triangle inequality can make a detour look like a shortcut.
        if (latest - earliest >= needs.minutes)
            onGap(RouteGap{earliest, latest, std::max(0, added), previous});
    }
}

} // namespace hotline
