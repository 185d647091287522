#include "SlotSuggester.h"

#include "EngineerRoute.h"
#include "ServiceCommitment.h"
#include "SlotRank.h"

#include <QHash>

#include <numeric>

namespace hotline {

namespace {

struct Candidate
{
    int engineer = 0;                 // index in the request
    const BoardVisit *from = nullptr; // the visit before it; nullptr: from home
    SlotRank rank;
    int depth = 0; // 0: the earliest start in its stretch of the day, 1: next …
};

QString clock(const QDateTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QString stamp(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QList<SlotSuggestion> SlotSuggester::suggest(const SlotRequest &r)
{
    const BoardVisit &visit = r.visit;
    if (r.count <= 0 || !r.calendar.isWorkingDay(r.day)) // R27: nobody is sent on a closed day
        return {};

    // Each engineer's other visits that day.
    QHash<qint64, QList<const BoardVisit *>> days;
    QStringList districts{visit.district};
    for (const Engineer &e : r.engineers)
        districts.append(e.district);
    for (const BoardVisit &v : r.scheduled) {
        if (v.id == visit.id || v.engineerId == 0 || !v.start.isValid() || v.start.date() != r.day)
            continue;
        days[v.engineerId].append(&v);
        districts.append(v.district);
    }
    const DistrictTravel travel(r.travel, districts);

    VisitNeeds needs;
    needs.minutes = visit.bookedMinutes();
    needs.district = travel.idOf(visit.district);
    needs.spans = visit.availability.spansOn(r.day);
    needs.notBefore = DayMinutes::firstStart(r.now, r.day);
    const QDateTime due = visit.requestedAt.isValid()
                              ? ServiceCommitment::visitDue(visit.requestedAt, visit.slaPauses, r.calendar)
                              : QDateTime();
    const int dueMinute = due.isValid() ? DayMinutes::of(due, r.day) : -1;

    QList<Candidate> candidates;
    for (int i = 0; i < r.engineers.size(); ++i) {
        const Engineer &e = r.engineers[i];
        if (!AssignmentCheck::canServe(e, visit))
            continue;
        const QList<const BoardVisit *> theirs = days.value(e.id);
        EngineerRoute route(
            travel.idOf(e.district), DayMinutes::of(e.workStart, true), DayMinutes::of(e.workEnd));
        for (int k = 0; k < theirs.size(); ++k)
            route.insert({k,
                          DayMinutes::of(theirs[k]->start, r.day),
                          DayMinutes::of(theirs[k]->end, r.day, true),
                          travel.idOf(theirs[k]->district)},
                         travel);
        const int fit = SlotRank::fitOf(e, visit);
        route.forEachGap(needs, travel, [&](const RouteGap &gap) {
            const BoardVisit *from
                = gap.previous < 0 ? nullptr : theirs[route.stops()[gap.previous].visit];
            // Each of the customer's windows in this free stretch is a choice of its own.
            for (const CustomerAvailability::DaySpan &span : needs.spans) {
                VisitNeeds inWindow = needs;
                inWindow.spans = {span};
                const QList<int> starts = EngineerRoute::starts(gap, inWindow, r.count);
                for (int k = 0; k < starts.size(); ++k) {
                    const SlotRank rank{due.isValid() && starts[k] <= dueMinute,
                                        gap.travelAdded,
                                        fit,
                                        route.loadMinutes(),
                                        starts[k],
                                        e.id};
                    candidates.append({i, from, rank, k});
                }
            }
        });
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.depth != b.depth ? a.depth < b.depth : a.rank.ranksBefore(b.rank);
    });

    // Only what the check accepts is offered (R11): the routes above follow its rules, and this
    // makes sure of it for the few that are shown.
    QList<SlotSuggestion> result;
    QList<SlotRank> ranks;
    for (const Candidate &c : std::as_const(candidates)) {
        if (result.size() == r.count)
            break;
        const Engineer &e = r.engineers[c.engineer];
        const bool offered = std::any_of(result.cbegin(), result.cend(), [&](const SlotSuggestion &s) {
            return s.engineerId == e.id && DayMinutes::of(s.start, r.day) == c.rank.start;
        });
        if (offered) // two windows of the customer that overlap
            continue;
        BoardVisit proposed = visit;
        proposed.engineerId = e.id;
        proposed.start = DayMinutes::at(r.now, r.day, c.rank.start);
        proposed.end = DayMinutes::at(r.now, r.day, c.rank.start + needs.minutes);
        QList<BoardVisit> theirs;
        for (const BoardVisit *v : days.value(e.id))
            theirs.append(*v);
        if (!AssignmentCheck::check(e, theirs, proposed, r.travel).isEmpty())
            continue;

        SlotSuggestion s;
        s.engineerId = e.id;
        s.start = proposed.start;
        s.end = proposed.end;
        s.score = c.rank.score();
        s.meetsVisitCommitment = c.rank.meetsCommitment;
        s.travelMinutesAdded = c.rank.travelAdded;
        s.engineerLoadMinutes = c.rank.loadMinutes;

        if (!due.isValid())
            s.reasons.append(tr("No 24-hour visit clock: the request time is not recorded (R13)"));
        else if (s.meetsVisitCommitment)
            s.reasons.append(
                tr("Meets the 24-hour visit commitment: due %1 (R13)").arg(stamp(due)));
        else
            s.reasons.append(
                tr("Misses the 24-hour visit commitment: due %1 (R13)").arg(stamp(due)));
        if (c.from)
            s.reasons.append(
                tr("Adds %1 min of travel, coming from %2's visit in %3 that ends at %4")
                    .arg(s.travelMinutesAdded)
                    .arg(c.from->customerName, c.from->district, clock(c.from->end)));
        else if (!e.district.isEmpty())
            s.reasons.append(tr("Adds %1 min of travel, starting from %2's home district %3")
                                 .arg(s.travelMinutesAdded)
                                 .arg(e.name, e.district));
        else
            s.reasons.append(
                tr("Adds %1 min of travel, starting from home").arg(s.travelMinutesAdded));
        const bool ownDistrict = !visit.district.isEmpty() && e.district == visit.district;
        const QString category = TicketTypes::categoryLabel(visit.category);
        if (ownDistrict && !visit.category.isEmpty())
            s.reasons.append(
                tr("%1 works in %2 and is trained for %3").arg(e.name, e.district, category));
        else if (ownDistrict)
            s.reasons.append(tr("%1 works in %2").arg(e.name, e.district));
        else if (!visit.category.isEmpty())
            s.reasons.append(tr("%1 is trained for %2").arg(e.name, category));
        const qsizetype booked = days.value(e.id).size();
        if (booked == 0)
            s.reasons.append(tr("%1 has nothing else booked that day").arg(e.name));
        else
            s.reasons.append(
                tr("%1 has %n visit(s) booked that day, %2 min in all", nullptr, int(booked))
                    .arg(e.name)
                    .arg(s.engineerLoadMinutes));
        result.append(s);
        ranks.append(c.rank);
    }

    // Best first.
    QList<int> order(result.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(
        order.begin(), order.end(), [&](int a, int b) { return ranks[a].ranksBefore(ranks[b]); });
    QList<SlotSuggestion> ranked;
    for (int i : std::as_const(order))
        ranked.append(result[i]);
    return ranked;
}

} // namespace hotline
