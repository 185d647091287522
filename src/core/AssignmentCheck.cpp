#include "AssignmentCheck.h"

namespace hotline {

namespace {

QString clock(const QDateTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QString key(const QString &from, const QString &to)
{
    return from + u'|' + to;
}

// R4: out of warranty, the customer agrees to the charge before dispatch.
bool awaitsConsent(const BoardVisit &v)
{
    return v.markers.contains(QStringLiteral("no_consent"));
}

// R7e: an unknown fault goes to technical support before anyone is sent.
bool awaitsTechSupport(const BoardVisit &v)
{
    return v.markers.contains(QStringLiteral("tech_support"));
}

bool lacksSkill(const Engineer &e, const BoardVisit &v)
{
    return !v.category.isEmpty() && !e.skills.contains(v.category);
}

bool outsideDistrict(const Engineer &e, const BoardVisit &v)
{
    return !v.district.isEmpty() && !e.district.isEmpty() && v.district != e.district;
}

} // namespace

void TravelTimes::set(const QString &from, const QString &to, int minutes)
{
    m_table.insert(key(from, to), minutes);
    m_table.insert(key(to, from), minutes);
}

int TravelTimes::minutes(const QString &from, const QString &to) const
{
    const auto it = m_table.constFind(key(from, to));
    if (it != m_table.cend())
        return *it;
    return from == to ? kSameDistrictMinutes : kOtherDistrictMinutes;
}

QList<AssignmentProblem> AssignmentCheck::check(const Engineer &e, const QList<BoardVisit> &day,
                                                const BoardVisit &p, const TravelTimes &travel)
{
    using Kind = AssignmentProblem::Kind;
    QList<AssignmentProblem> problems;

    // Working hours, on the visit's own day, in the visit's own time spec / zone (building a
    // QDateTime from timeSpec() alone drops the zone: Qt::TimeZone falls back to local time).
    QDateTime opens = p.start;
    opens.setTime(e.workStart);
    QDateTime closes = p.start;
    closes.setTime(e.workEnd);
    if (p.start < opens || p.end > closes)
        problems.append({Kind::Hours,
                         tr("%1–%2 is outside %3's working hours (%4–%5)")
                             .arg(clock(p.start), clock(p.end), e.name, e.workStart.toString(QStringLiteral("HH:mm")),
                                  e.workEnd.toString(QStringLiteral("HH:mm"))),
                         0});

    problems += holds(p);

    // Skill for the product category.
    if (lacksSkill(e, p))
        problems.append({Kind::Skill, tr("%1 is not trained for %2").arg(e.name, TicketTypes::categoryLabel(p.category)), 0});

    // District.
    if (outsideDistrict(e, p))
        problems.append({Kind::District, tr("%1 is outside %2's district (%3)").arg(p.district, e.name, e.district), 0});

    // The customer's availability, told at intake: another time needs their agreement (R14).
    if (!p.availability.allows(p.start, p.end))
        problems.append({Kind::Availability,
                         tr("%1–%2 is outside the times the customer can receive the engineer (%3)")
                             .arg(clock(p.start), clock(p.end), p.availability.description()),
                         0});

    // Overlap, and travel from the visit before / to the visit after.
    const BoardVisit *before = nullptr;
    const BoardVisit *after = nullptr;
    for (const BoardVisit &v : day) {
        if (v.id == p.id || v.start.date() != p.start.date())
            continue;
        if (v.start < p.end && p.start < v.end) {
            problems.append({Kind::Overlap,
                             tr("Overlaps %1's visit %2–%3").arg(v.customerName, clock(v.start), clock(v.end)),
                             v.id});
            continue;
        }
        if (v.end <= p.start && (!before || v.end > before->end))
            before = &v;
        if (v.start >= p.end && (!after || v.start < after->start))
            after = &v;
    }
    if (before) {
        const int need = travel.minutes(before->district, p.district) + kArrivalMarginMinutes;
        const int gap = int(before->end.secsTo(p.start) / 60);
        if (gap < need)
            problems.append({Kind::Travel,
                             tr("From %1's visit ending %2 in %3: %4 min travel + %5 min early arrival "
                                "needs until %6; %7 min short")
                                 .arg(before->customerName, clock(before->end), before->district)
                                 .arg(need - kArrivalMarginMinutes)
                                 .arg(kArrivalMarginMinutes)
                                 .arg(clock(before->end.addSecs(need * 60)))
                                 .arg(need - gap),
                             before->id});
    }
    if (after) {
        const int need = travel.minutes(p.district, after->district) + kArrivalMarginMinutes;
        const int gap = int(p.end.secsTo(after->start) / 60);
        if (gap < need)
            problems.append({Kind::Travel,
                             tr("To %1's visit at %2 in %3: %4 min travel + %5 min early arrival; "
                                "%6 min short")
                                 .arg(after->customerName, clock(after->start), after->district)
                                 .arg(need - kArrivalMarginMinutes)
                                 .arg(kArrivalMarginMinutes)
                                 .arg(need - gap),
                             after->id});
    }
    return problems;
}

QList<AssignmentProblem> AssignmentCheck::holds(const BoardVisit &visit)
{
    using Kind = AssignmentProblem::Kind;
    QList<AssignmentProblem> problems;
    if (awaitsConsent(visit))
        problems.append({Kind::Consent, tr("Out of warranty and the customer has not agreed to the charge (R4)"), 0});
    if (awaitsTechSupport(visit))
        problems.append({Kind::TechSupport, tr("Technical support has not looked at this fault yet (R7e)"), 0});
    return problems;
}

bool AssignmentCheck::canServe(const Engineer &engineer, const BoardVisit &visit)
{
    return holds(visit).isEmpty() && !lacksSkill(engineer, visit) && !outsideDistrict(engineer, visit);
}

QString AssignmentCheck::serviceKey(const BoardVisit &visit)
{
    return visit.district + u'\x1f' + visit.category + u'\x1f'
           + QString::number(int(awaitsConsent(visit))) + QString::number(int(awaitsTechSupport(visit)));
}

} // namespace hotline
