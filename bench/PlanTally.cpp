#include "PlanTally.h"

#include "ServiceCommitment.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace hotline::bench {

QList<BoardVisit> plannedDay(const DayPlanRequest &r, const DayPlan &plan)
{
    QHash<qint64, const PlannedMove *> moves;
    for (const PlannedMove &m : plan.moves)
        moves.insert(m.visitId, &m);
    QSet<qint64> off;
    for (const Unplaced &u : plan.unplaced)
        off.insert(u.visitId);

    QList<BoardVisit> day;
    const auto add = [&](BoardVisit v) {
        if (off.contains(v.id))
            return;
        if (const PlannedMove *m = moves.value(v.id)) {
            v.engineerId = m->toEngineerId;
            v.start = m->start;
            v.end = m->end;
        } else if (v.engineerId == 0) {
            return; // still in the queue
        }
        day.append(v);
    };
    for (const AssignedVisit &a : r.assigned) {
        if (a.visit.start.isValid() && a.visit.start.date() == r.day)
            add(a.visit);
    }
    for (const BoardVisit &q : r.queued)
        add(q);
    std::sort(day.begin(), day.end(), [](const BoardVisit &a, const BoardVisit &b) {
        return std::tuple(a.engineerId, a.start, a.id) < std::tuple(b.engineerId, b.start, b.id);
    });
    return day;
}

PlanTally PlanTally::of(const DayPlanRequest &r, const DayPlan &plan)
{
    PlanTally t;
    const QList<BoardVisit> day = plannedDay(r, plan);
    QHash<qint64, QString> home;
    for (const Engineer &e : r.engineers)
        home.insert(e.id, e.district);
    qint64 engineer = 0;
    QString from;
    for (const BoardVisit &v : day) {
        const bool urgent = v.priority == Priority::Urgent;
        const bool met = v.requestedAt.isValid()
                         && v.start <= ServiceCommitment::visitDue(v.requestedAt, r.calendar);
        ++(urgent ? t.urgentPlaced : t.normalPlaced);
        (urgent ? t.urgentMet : t.normalMet) += int(met);
        if (v.engineerId != engineer) {
            engineer = v.engineerId;
            from = home.value(engineer);
        }
        t.travel += r.travel.minutes(from, v.district);
        from = v.district;
    }
    for (const PlannedMove &m : plan.moves)
        t.moved += int(m.fromEngineerId != 0);
    for (const Unplaced &u : plan.unplaced)
        t.moved += int(u.fromEngineerId != 0);
    return t;
}

QString PlanTally::text() const
{
    return QStringLiteral("placed %1 (urgent %2), met %3 (urgent %4), moved %5, travel %6 min")
        .arg(placed())
        .arg(urgentPlaced)
        .arg(met())
        .arg(urgentMet)
        .arg(moved)
        .arg(travel);
}

QStringList refusals(const DayPlanRequest &r, const DayPlan &plan)
{
    const QList<BoardVisit> day = plannedDay(r, plan);
    QStringList found;
    for (const Engineer &e : r.engineers) {
        QList<BoardVisit> own;
        std::copy_if(day.cbegin(), day.cend(), std::back_inserter(own), [&](const BoardVisit &v) {
            return v.engineerId == e.id;
        });
        for (const BoardVisit &v : std::as_const(own)) {
            for (const AssignmentProblem &p : AssignmentCheck::check(e, own, v, r.travel))
                found.append(
                    QStringLiteral("visit %1 on %2: %3").arg(v.id).arg(e.id).arg(p.message));
        }
    }
    return found;
}

} // namespace hotline::bench
