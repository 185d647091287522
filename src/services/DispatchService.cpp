#include "DispatchService.h"

#include "FollowUpRule.h"

#include "Centre.h"
#include "Database.h"
#include "PeopleRepository.h"
#include "SlaService.h"
#include "StorageError.h"
#include "TicketRepository.h"
#include "TriageRepository.h"
#include "VisitRepository.h"

namespace hotline {

DispatchService::DispatchService(Centre &centre)
    : m_centre(centre)
    , m_thresholds(SlaService(centre).thresholds())
{
    try {
        m_travel = VisitRepository(centre.database()).travelTimes();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

QDateTime DispatchService::now() const
{
    return m_centre.now();
}

const BoardVisit *DispatchDay::visit(qint64 id) const
{
    for (const QList<BoardVisit> *list : {&visits, &queue}) {
        for (const BoardVisit &v : *list) {
            if (v.id == id)
                return &v;
        }
    }
    return nullptr;
}

const Engineer *DispatchDay::engineer(qint64 id) const
{
    for (const Engineer &e : engineers) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

DispatchDay DispatchService::scheduledDay(const QDate &date) const
{
    DispatchDay d;
    d.date = date;
    try {
        d.engineers = PeopleRepository(m_centre.database()).engineers();
        d.visits = VisitRepository(m_centre.database())
                       .scheduledBetween(QDateTime(date, QTime(0, 0)), QDateTime(date.addDays(1), QTime(0, 0)));
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    readPauses(d.visits);
    m_thresholds = SlaService(m_centre).thresholds(); // a changed setting shows on the next reload
    return d;
}

void DispatchService::readPauses(QList<BoardVisit> &visits) const
{
    QList<qint64> tickets;
    for (const BoardVisit &v : visits)
        tickets.append(v.ticketId);
    const QHash<qint64, QList<SlaPause>> pauses = SlaService(m_centre).pauses(tickets);
    for (BoardVisit &v : visits)
        v.slaPauses = pauses.value(v.ticketId);
}

DispatchDay DispatchService::day(const QDate &date) const
{
    DispatchDay d = scheduledDay(date);
    try {
        d.queue = VisitRepository(m_centre.database()).queued();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    readPauses(d.queue);
    // R12 then R13: urgent first, then the nearest commitment; paused clocks wait last.
    QHash<qint64, Commitment> commitments;
    for (const BoardVisit &v : std::as_const(d.queue))
        commitments.insert(v.id, commitment(v));
    std::stable_sort(d.queue.begin(), d.queue.end(), [&](const BoardVisit &a, const BoardVisit &b) {
        if (a.priority != b.priority)
            return a.priority == Priority::Urgent;
        const Commitment &ca = commitments[a.id];
        const Commitment &cb = commitments[b.id];
        if (ca.paused() != cb.paused())
            return cb.paused();
        return ca.visitSecondsLeft < cb.visitSecondsLeft;
    });
    return d;
}

QMap<qint64, QList<JobSheetStop>> DispatchService::exportJobSheets(const DispatchDay &day,
                                                                   const QString &destination) const
{
    m_centre.require(Permission::ExportCustomerData); // R26: also for a day with nobody on it
    QMap<qint64, QList<JobSheetStop>> sheets;
    for (const Engineer &engineer : day.engineers) {
        const QList<JobSheetStop> stops = jobSheet(day, engineer.id);
        if (!stops.isEmpty())
            sheets.insert(engineer.id, stops);
    }
    m_centre.audit(QStringLiteral("exported"), destination,
                   QStringLiteral("job sheets %1, %2 engineers").arg(day.date.toString(Qt::ISODate)).arg(sheets.size()));
    return sheets;
}

QList<JobSheetStop> DispatchService::jobSheet(const DispatchDay &day, qint64 engineerId) const
{
    m_centre.require(Permission::ExportCustomerData); // R26: addresses and numbers leave the system
    QList<JobSheetStop> stops;
    try {
        const Database &db = m_centre.database();
        for (const BoardVisit &v : day.visits) {
            if (v.engineerId != engineerId)
                continue;
            JobSheetStop s;
            s.visit = v;
            const VisitRepository::TicketDetails details = VisitRepository(db).ticketDetails(v.ticketId);
            s.address = details.address;
            s.phones = details.phones;
            s.purchaseDate = details.purchaseDate;
            s.warranty = details.warranty;
            s.chargeConsent = details.chargeConsent;
            for (const TicketHistoryEntry &h : TicketRepository(db).history(v.ticketId)) {
                if (h.action == u"triage_outcome")
                    s.findings = h.newValue;
            }
            s.partsToBring = TriageRepository(db).partsRequested(v.ticketId);
            stops.append(s);
        }
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    std::sort(stops.begin(), stops.end(),
              [](const JobSheetStop &a, const JobSheetStop &b) { return a.visit.start < b.visit.start; });
    return stops;
}

Commitment DispatchService::commitment(const BoardVisit &v) const
{
    const SlaService sla(m_centre);
    const SlaClock visit = sla.clock(SlaCommitment::Visit, v.requestedAt, v.slaPauses);
    const QDateTime now = m_centre.now();
    Commitment c;
    c.visitDue = visit.due();
    c.repairDue = sla.clock(SlaCommitment::Repair, v.requestedAt, v.slaPauses).due();
    c.visitSecondsLeft = visit.leftSeconds(now);
    if (const auto warning = m_thresholds.warningAt(visit, m_centre.calendar(), now))
        c.warningPercent = warning->percent;
    for (const SlaPause &p : v.slaPauses) {
        if (p.ongoing())
            c.pausedFor = p.reason;
    }
    return c;
}

QList<AssignmentProblem> DispatchService::check(const DispatchDay &day, const BoardVisit &visit,
                                                qint64 engineerId, const QDateTime &start) const
{
    const Engineer *engineer = day.engineer(engineerId);
    if (!engineer)
        return {};
    BoardVisit proposed = visit;
    const int minutes = visit.bookedMinutes();
    proposed.engineerId = engineerId;
    proposed.start = start;
    proposed.end = start.addSecs(qint64(minutes) * 60);
    QList<BoardVisit> theirs;
    for (const BoardVisit &v : day.visits) {
        if (v.engineerId == engineerId)
            theirs.append(v);
    }
    return AssignmentCheck::check(*engineer, theirs, proposed, m_travel);
}

DispatchService::MoveResult DispatchService::conflicted()
{
    MoveResult r;
    r.conflict = true;
    r.message = tr("Someone else changed this visit a moment ago; the board has been refreshed.");
    return r;
}

bool DispatchService::place(const BoardVisit &visit, const Move &m) const
{
    const Database &db = m_centre.database();
    const Actor &actor = m_centre.actor();
    const QDateTime now = m_centre.now();
    const bool toQueue = m.engineerId == 0;
    const QDateTime start = toQueue ? QDateTime() : m.start;
    const QDateTime end = toQueue ? QDateTime() : m.start.addSecs(qint64(m.minutes) * 60);
    if (!VisitRepository(db).move(m.visitId, m.expectedVersion, m.engineerId, start, end,
                                  toQueue ? QStringLiteral("queued") : QStringLiteral("scheduled"),
                                  toQueue ? QDateTime() : now))
        return false;
    const TicketRepository tickets(db);
    tickets.setState(visit.ticketId, toQueue ? TicketState::AwaitingDispatch : TicketState::Scheduled, now);
    auto log = [&](const QString &action, const QString &field, const QString &from, const QString &to) {
        tickets.appendHistory({0, visit.ticketId, now, actor.name, action, field, from, to}, actor.userId);
    };
    auto where = [](qint64 engineer, const QDateTime &s) {
        return engineer ? QStringLiteral("engineer %1 at %2").arg(engineer).arg(s.toString(Qt::ISODate))
                        : QStringLiteral("queue");
    };
    log(toQueue ? QStringLiteral("unassigned") : QStringLiteral("assigned"), QStringLiteral("visit"),
        where(visit.engineerId, visit.start), where(m.engineerId, start));
    if (!m.rescheduleReason.trimmed().isEmpty())
        log(QStringLiteral("rescheduled"), QStringLiteral("reason"),
            m.customerAgreed ? QStringLiteral("customer agreed") : QStringLiteral("customer did not agree"),
            m.rescheduleReason.trimmed()); // R14
    m_centre.recordChange(ChangeTopic::Visit, m.visitId);
    m_centre.recordChange(ChangeTopic::Ticket, visit.ticketId);
    return true;
}

DispatchService::MoveResult DispatchService::setPinned(qint64 visitId, int expectedVersion, bool pinned)
{
    m_centre.require(Permission::Assign); // R26
    MoveResult r;
    const Database &db = m_centre.database();
    try {
        Transaction tx(db);
        const VisitRepository visits(db);
        const auto current = visits.visit(visitId);
        if (!current || !visits.setPinned(visitId, expectedVersion, pinned))
            return conflicted();
        const Actor &actor = m_centre.actor();
        TicketRepository(db).appendHistory({0, current->ticketId, m_centre.now(), actor.name,
                                            pinned ? QStringLiteral("pinned") : QStringLiteral("unpinned"),
                                            QStringLiteral("visit"), QString(), QString()},
                                           actor.userId);
        m_centre.recordChange(ChangeTopic::Visit, visitId);
        m_centre.recordChange(ChangeTopic::Ticket, current->ticketId);
        tx.commit();
        r.applied = true;
        r.version = expectedVersion + 1;
    } catch (const StorageError &e) {
        throw CentreError(tr("The pin was not saved: %1").arg(e.message()));
    }
    return r;
}

DispatchService::MoveResult DispatchService::move(const Move &m)
{
    m_centre.require(Permission::Assign); // R26
    MoveResult r;
    const Database &db = m_centre.database();
    const Actor &actor = m_centre.actor();
    const QDateTime now = m_centre.now();
    try {
        Transaction tx(db);
        const VisitRepository visits(db);
        const auto current = visits.visit(m.visitId);
        if (!current || current->version != m.expectedVersion) {
            return conflicted();
        }
        if (m.engineerId != 0) {
            const DispatchDay d = scheduledDay(m.start.date());
            r.problems = check(d, *current, m.engineerId, m.start);
            if (!r.problems.isEmpty()) {
                if (m.overrideReason.trimmed().isEmpty()) {
                    r.message = r.problems.first().message;
                    return r;
                }
                m_centre.require(Permission::OverrideCheck);
            }
            // R14: a scheduled visit at a new time needs the customer's agreement and a reason.
            const bool newTime = current->engineerId != 0 && current->start.isValid() && current->start != m.start;
            if (newTime && (!m.customerAgreed || m.rescheduleReason.trimmed().isEmpty())) {
                r.message = tr("The customer did not agree to the new time: give the visit to "
                               "another engineer or put it back in the queue");
                return r;
            }
        }
        if (!place(*current, m))
            return conflicted();
        if (!r.problems.isEmpty()) {
            QStringList reasons;
            for (const AssignmentProblem &p : std::as_const(r.problems))
                reasons.append(p.message);
            TicketRepository(db).appendHistory({0, current->ticketId, now, actor.name, QStringLiteral("override"),
                                                QStringLiteral("assignment_check"), reasons.join(QStringLiteral("; ")),
                                                m.overrideReason.trimmed()}, // R11: forced knowingly, and why
                                               actor.userId);
        }
        tx.commit();
        r.applied = true;
        r.version = m.expectedVersion + 1;
    } catch (const StorageError &e) {
        throw CentreError(tr("The board change was not saved: %1").arg(e.message()));
    }
    return r;
}

QString DispatchService::outcomeCode(VisitOutcome o)
{
    switch (o) {
    case VisitOutcome::FixedOnSite: return QStringLiteral("fixed_on_site");
    case VisitOutcome::NeedsParts: return QStringLiteral("needs_parts");
    case VisitOutcome::TakenIn: return QStringLiteral("taken_in");
    case VisitOutcome::SecondVisit: return QStringLiteral("second_visit");
    case VisitOutcome::CustomerAbsent: return QStringLiteral("customer_absent");
    }
    return {};
}

DispatchService::MoveResult DispatchService::recordResult(const VisitReport &rep)
{
    m_centre.require(Permission::Assign); // R26
    MoveResult r;
    const Database &db = m_centre.database();
    const Actor &actor = m_centre.actor();
    const QDateTime now = m_centre.now();
    try {
        Transaction tx(db);
        const VisitRepository visits(db);
        const auto current = visits.visit(rep.visitId);
        if (!current || current->version != rep.expectedVersion) {
            return conflicted();
        }
        if (!visits.complete(rep.visitId, rep.expectedVersion, outcomeCode(rep.outcome), rep.testedOnSite,
                             rep.parts.trimmed(), rep.chargeFen, rep.customerSigned, rep.ratingQuality,
                             rep.ratingAttitude, rep.note.trimmed(), now)) {
            return conflicted();
        }
        const TicketRepository tickets(db);
        const auto ticket = tickets.ticket(current->ticketId);
        TicketState state = TicketState::VisitCompleted;
        QStringList markers = ticket ? ticket->markers : QStringList();
        bool requeue = false;
        switch (rep.outcome) {
        case VisitOutcome::FixedOnSite:
            if (!rep.testedOnSite) // R19
                visits.addCallbackTaskOnce({current->ticketId, rep.visitId, QStringLiteral("untested_visit"),
                                            FollowUpRule::due(now, m_centre.calendar()),
                                            QStringLiteral("open"), now});
            break;
        case VisitOutcome::NeedsParts:
            if (!rep.parts.trimmed().isEmpty()) // R7c/R17: the part is ordered at once
                TriageRepository(db).addPartsRequest(current->ticketId, rep.parts.trimmed(), now, actor.name);
            [[fallthrough]];
        case VisitOutcome::TakenIn:
            state = TicketState::AwaitingParts;
            if (!markers.contains(QStringLiteral("parts")))
                markers.append(QStringLiteral("parts"));
            // R13: the clocks stand until the parts are in (SlaService::resume requeues it then);
            // a unit taken in is the workshop's own time, which counts.
            if (rep.outcome == VisitOutcome::NeedsParts)
                SlaService(m_centre).startPause(current->ticketId, SlaPause::kParts, rep.parts);
            break;
        case VisitOutcome::SecondVisit:
            state = TicketState::AwaitingDispatch;
            if (!markers.contains(QStringLiteral("repeat")))
                markers.append(QStringLiteral("repeat"));
            requeue = true;
            break;
        case VisitOutcome::CustomerAbsent:
            state = TicketState::AwaitingDispatch;
            requeue = true;
            break;
        }
        if (requeue) {
            NewVisit again;
            again.ticketId = current->ticketId;
            again.status = QStringLiteral("queued");
            visits.addVisit(again);
        }
        tickets.setTriageResult(current->ticketId, state, ticket ? ticket->triageOutcome : QString(), markers,
                                requeue ? now : (ticket ? ticket->handoffAt : QDateTime()), now);
        tickets.appendHistory({0, current->ticketId, now, actor.name, QStringLiteral("visit_result"),
                               QStringLiteral("result"), {},
                               outcomeCode(rep.outcome) + (rep.note.trimmed().isEmpty() ? QString() : u": " + rep.note.trimmed())},
                              actor.userId);
        m_centre.recordChange(ChangeTopic::Visit, rep.visitId);
        m_centre.recordChange(ChangeTopic::Ticket, current->ticketId);
        tx.commit();
        r.applied = true;
        r.version = rep.expectedVersion + 1;
    } catch (const StorageError &e) {
        throw CentreError(tr("The visit result was not saved: %1").arg(e.message()));
    }
    return r;
}

} // namespace hotline
