#pragma once

#include "Catalogue.h"
#include "CustomerAvailability.h"
#include "SlaClock.h"
#include "TicketTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace hotline {

// A visit as the dispatch board and its checks see it.
struct BoardVisit
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 engineerId = 0; // 0: waiting in the queue
    QDateTime start;
    QDateTime end;
    QString district;
    QString category;
    QString customerName;
    QString modelCode;
    QString fault;
    Priority priority = Priority::Normal;
    QStringList markers;      // to_verify, parts, repeat, ...
    QDateTime requestedAt;    // R13: the clocks start when the customer asked
    QDateTime handoffAt;      // R9
    int version = 0;          // optimistic concurrency: two supervisors, one visit
    QDateTime assignedAt;     // R16
    bool pinned = false;      // kept where it is when the day is planned
    QString preferredTime;    // as the operator typed it (R1); `availability` when it reads as one
    CustomerAvailability availability; // when the customer can receive the engineer (R1, R14)
    QList<SlaPause> slaPauses; // R13: when the ticket's clocks stood still (parts, the customer)

    int minutes() const { return int(start.secsTo(end) / 60); }
    // A visit still in the queue has no length of its own: it is booked for the default.
    static constexpr int kDefaultMinutes = 90;
    int bookedMinutes() const
    {
        return start.isValid() && end.isValid() && start < end ? minutes() : kDefaultMinutes;
    }
};

// District-to-district travel times (R11), configurable; the same district by default takes
// kSameDistrictMinutes, any other kOtherDistrictMinutes.
class TravelTimes
{
public:
    static constexpr int kSameDistrictMinutes = 15;
    static constexpr int kOtherDistrictMinutes = 40;

    void set(const QString &from, const QString &to, int minutes); // both directions
    int minutes(const QString &from, const QString &to) const;

private:
    QHash<QString, int> m_table; // "from|to"
};

// One reason a drop is refused.
struct AssignmentProblem
{
    enum class Kind { Overlap, Travel, Hours, Skill, District, Consent, TechSupport, Availability };
    Kind kind;
    QString message; // explains itself: what, with which visit, by how much
    qint64 otherVisit = 0;
};

// Rule R11: an assignment is checked before it is accepted: overlap with the engineer's other
// visits, travel between consecutive visits plus the early-arrival margin, working hours,
// skill for the product category, district; and the customer's availability (a time the
// customer did not offer would need their agreement, R14). Widget-free: the board asks it on
// every drag move, the slot suggester and the day planner before they propose anything.
class AssignmentCheck
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentCheck)
public:
    // R11: engineers arrive 5–10 minutes before the appointment; plan for the full 10.
    static constexpr int kArrivalMarginMinutes = 10;

    // `day` holds the engineer's other visits that day (the moving visit is ignored if present).
    static QList<AssignmentProblem> check(const Engineer &engineer, const QList<BoardVisit> &day,
                                          const BoardVisit &proposed, const TravelTimes &travel);

    // The part of check() that does not depend on the time: skill and district (R11), and no
    // hold on the visit (R4 consent, R7e technical support). Planners use it to pick the
    // engineers worth trying before they look for a time.
    static bool canServe(const Engineer &engineer, const BoardVisit &visit);
    // R4, R7e: what holds a visit back before anyone is sent, whoever the engineer.
    static QList<AssignmentProblem> holds(const BoardVisit &visit);
    // Visits with the same key are served by the same engineers (all canServe() reads).
    static QString serviceKey(const BoardVisit &visit);
};

} // namespace hotline
