#include "PlanningBoard.h"

#include "ServiceCommitment.h"

#include <QHash>

#include <tuple>

namespace hotline {

namespace {

QStringList districtsOf(const DayPlanRequest &r)
{
    QStringList districts;
    for (const Engineer &e : r.engineers)
        districts.append(e.district);
    for (const AssignedVisit &a : r.assigned)
        districts.append(a.visit.district);
    for (const BoardVisit &v : r.queued)
        districts.append(v.district);
    return districts;
}

} // namespace

bool PlanScore::betterThan(const PlanScore &o) const
{
    return std::tuple(urgentPlaced, urgentMet, normalPlaced, normalMet, -reschedules, -travel)
           > std::tuple(
               o.urgentPlaced, o.urgentMet, o.normalPlaced, o.normalMet, -o.reschedules, -o.travel);
}

PlanScore &PlanScore::operator+=(const PlanScore &o)
{
    urgentPlaced += o.urgentPlaced;
    urgentMet += o.urgentMet;
    normalPlaced += o.normalPlaced;
    normalMet += o.normalMet;
    reschedules += o.reschedules;
    travel += o.travel;
    return *this;
}

PlanScore &PlanScore::operator-=(const PlanScore &o)
{
    urgentPlaced -= o.urgentPlaced;
    urgentMet -= o.urgentMet;
    normalPlaced -= o.normalPlaced;
    normalMet -= o.normalMet;
    reschedules -= o.reschedules;
    travel -= o.travel;
    return *this;
}

PlanningBoard::PlanningBoard(const DayPlanRequest &r)
    : m_request(r)
    , m_travel(r.travel, districtsOf(r))
    , m_open(r.calendar.isWorkingDay(r.day))
    , m_firstStart(m_open ? DayMinutes::firstStart(r.now, r.day)
                          : DayMinutes::kEndOfDay) // R27: nobody is sent
{
    QHash<qint64, int> engineerIndex;
    for (int e = 0; e < r.engineers.size(); ++e) {
        const Engineer &eng = r.engineers[e];
        engineerIndex.insert(eng.id, e);
        m_routes.append(EngineerRoute(m_travel.idOf(eng.district),
                                      DayMinutes::of(eng.workStart, true),
                                      DayMinutes::of(eng.workEnd)));
    }

    QHash<QString, std::pair<QList<int>, QList<int>>> servedBy; // serviceKey → engineers, fits
    const auto add = [&](const BoardVisit &source, bool booked, bool pinned) {
        PlanVisit v;
        v.source = &source;
        v.needs.minutes = source.bookedMinutes();
        v.needs.district = m_travel.idOf(source.district);
        v.needs.spans = source.availability.spansOn(r.day);
        v.needs.notBefore = m_firstStart;
        if (source.requestedAt.isValid()) {
            // R13: a paused clock has no due time while it stands.
            v.due = ServiceCommitment::visitDue(source.requestedAt, source.slaPauses, r.calendar);
            if (v.due.isValid())
                v.dueMinute = DayMinutes::of(v.due, r.day);
        }
        v.urgent = source.priority == Priority::Urgent;
        v.pinned = pinned;
        v.booked = booked;
        if (booked) {
            v.origin = engineerIndex.value(source.engineerId, -1);
            v.originStart = DayMinutes::of(source.start, r.day);
        }
        const QString key = AssignmentCheck::serviceKey(source);
        auto it = servedBy.find(key);
        if (it == servedBy.end()) {
            std::pair<QList<int>, QList<int>> who;
            for (int e = 0; e < r.engineers.size(); ++e) {
                if (AssignmentCheck::canServe(r.engineers[e], source)) {
                    who.first.append(e);
                    who.second.append(SlotRank::fitOf(r.engineers[e], source));
                }
            }
            it = servedBy.insert(key, who);
        }
        v.engineers = it->first;
        v.fits = it->second;
        m_visits.append(v);
    };
    for (const AssignedVisit &a : r.assigned) {
        const BoardVisit &s = a.visit;
        if (!s.start.isValid() || s.start.date() != r.day)
            continue;
        // Begun, or the engineer has left for it (R16), or the centre is closed (R27): it stays.
        const bool pinned = a.pinned || !m_open || DayMinutes::of(s.start, r.day) < m_firstStart;
        if (pinned && !engineerIndex.contains(s.engineerId))
            continue; // on a day this plan does not look at
        add(s, true, pinned);
    }
    for (const BoardVisit &q : r.queued)
        add(q, false, false);

    // Pinned visits as they are; then booked visits stay where they are while the check
    // still accepts them there.
    QList<int> booked;
    for (int v = 0; v < m_visits.size(); ++v) {
        const PlanVisit &pv = m_visits[v];
        if (pv.pinned)
            place(v, pv.origin, pv.originStart);
        else if (pv.booked && pv.origin >= 0)
            booked.append(v);
        else if (pv.booked)
            m_visits[v].why = tr("its engineer is not on the plan for that day");
    }
    std::sort(booked.begin(), booked.end(), [this](int a, int b) {
        const PlanVisit &x = m_visits[a];
        const PlanVisit &y = m_visits[b];
        return std::tuple(x.origin, x.originStart, x.source->id)
               < std::tuple(y.origin, y.originStart, y.source->id);
    });
    for (int v : std::as_const(booked)) {
        const PlanVisit &pv = m_visits[v];
        const QList<AssignmentProblem> problems = AssignmentCheck::check(
            r.engineers[pv.origin], dayOf(pv.origin), *pv.source, r.travel);
        if (problems.isEmpty())
            place(v, pv.origin, pv.originStart);
        else
            m_visits[v].why
                = tr("its booked time no longer fits: %1").arg(problems.first().message);
    }
}

QList<int> PlanningBoard::byUrgency() const
{
    QList<int> order;
    for (int v = 0; v < m_visits.size(); ++v) {
        if (!m_visits[v].pinned)
            order.append(v);
    }
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const PlanVisit &x = m_visits[a];
        const PlanVisit &y = m_visits[b];
        if (x.urgent != y.urgent)
            return x.urgent;
        if (x.due.isValid() != y.due.isValid())
            return x.due.isValid();
        if (x.due != y.due)
            return x.due < y.due;
        if (x.source->requestedAt != y.source->requestedAt)
            return x.source->requestedAt < y.source->requestedAt;
        return std::pair(x.source->id, a) < std::pair(y.source->id, b);
    });
    return order;
}

std::optional<PlanPlace> PlanningBoard::bestPlace(int v, int onlyEngineer) const
{
    const PlanVisit &pv = m_visits[v];
    std::optional<PlanPlace> best;
    for (int k = 0; k < pv.engineers.size(); ++k) {
        const int e = pv.engineers[k];
        if (onlyEngineer >= 0 && e != onlyEngineer)
            continue;
        const EngineerRoute &route = m_routes[e];
        route.forEachGap(pv.needs, m_travel, [&](const RouteGap &gap) {
            const int start = EngineerRoute::earliestStart(gap, pv.needs);
            if (start < 0)
                return;
            const SlotRank rank{pv.meetsAt(start),
                                gap.travelAdded,
                                pv.fits[k],
                                route.loadMinutes(),
                                start,
                                m_request.engineers[e].id};
            if (!best || rank.ranksBefore(best->rank))
                best = PlanPlace{e, start, rank};
        });
    }
    return best;
}

std::optional<PlanPlace> PlanningBoard::firstPlace(int v) const
{
    const PlanVisit &pv = m_visits[v];
    for (const int e : pv.engineers) {
        std::optional<PlanPlace> first;
        m_routes[e].forEachGap(pv.needs, m_travel, [&](const RouteGap &gap) {
            const int start = first ? -1 : EngineerRoute::earliestStart(gap, pv.needs);
            if (start >= 0)
                first = PlanPlace{e, start, {}};
        });
        if (first)
            return first;
    }
    return std::nullopt;
}

QList<int> PlanningBoard::starts(int v, int engineer) const
{
    const PlanVisit &pv = m_visits[v];
    QList<int> result;
    m_routes[engineer].forEachGap(pv.needs, m_travel, [&](const RouteGap &gap) {
        result += EngineerRoute::starts(gap, pv.needs, DayMinutes::kEndOfDay / DayMinutes::kGrid);
    });
    return result;
}

PlanScore PlanningBoard::contribution(const PlanVisit &v) const
{
    PlanScore c;
    const bool placed = v.engineer >= 0;
    const bool met = placed && v.meetsAt(v.start);
    (v.urgent ? c.urgentPlaced : c.normalPlaced) = int(placed);
    (v.urgent ? c.urgentMet : c.normalMet) = int(met);
    c.reschedules = int(v.booked && !v.atOrigin()); // R14: each needs the customer's agreement
    return c;
}

void PlanningBoard::place(int v, int engineer, int start)
{
    PlanVisit &pv = m_visits[v];
    EngineerRoute &route = m_routes[engineer];
    m_score -= contribution(pv);
    m_score.travel -= route.travelMinutes();
    pv.engineer = engineer;
    pv.start = start;
    const int end = pv.atOrigin() ? DayMinutes::of(pv.source->end, m_request.day, true)
                                  : start + pv.needs.minutes;
    route.insert({v, start, end, pv.needs.district}, m_travel);
    m_score.travel += route.travelMinutes();
    m_score += contribution(pv);
}

void PlanningBoard::unplace(int v)
{
    PlanVisit &pv = m_visits[v];
    EngineerRoute &route = m_routes[pv.engineer];
    m_score -= contribution(pv);
    m_score.travel -= route.travelMinutes();
    route.remove(v, m_travel);
    pv.engineer = -1;
    pv.start = -1;
    m_score.travel += route.travelMinutes();
    m_score += contribution(pv);
}

BoardVisit PlanningBoard::placed(int v) const
{
    const PlanVisit &pv = m_visits[v];
    BoardVisit b = *pv.source;
    b.engineerId = m_request.engineers[pv.engineer].id;
    if (!pv.atOrigin()) {
        b.start = DayMinutes::at(m_request.now, m_request.day, pv.start);
        b.end = DayMinutes::at(m_request.now, m_request.day, pv.start + pv.needs.minutes);
    }
    return b;
}

QList<BoardVisit> PlanningBoard::dayOf(int engineer) const
{
    QList<BoardVisit> day;
    for (const RouteStop &s : m_routes[engineer].stops())
        day.append(placed(s.visit));
    return day;
}

} // namespace hotline
