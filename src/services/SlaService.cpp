#include "SlaService.h"

#include "Centre.h"
#include "CentreSettings.h"
#include "Database.h"
#include "ServiceCommitment.h"
#include "SlaRepository.h"
#include "StorageError.h"
#include "TicketRepository.h"
#include "VisitRepository.h"

#include <algorithm>

namespace hotline {

SlaThresholds SlaService::thresholds() const
{
    return CentreSettings::slaThresholds(m_centre.settings());
}

SlaClock SlaService::clock(SlaCommitment commitment, const QDateTime &requestedAt, const QList<SlaPause> &pauses) const
{
    const qint64 allowed = commitment == SlaCommitment::Visit ? ServiceCommitment::kVisitSeconds
                                                              : ServiceCommitment::kRepairSeconds;
    return SlaClock(requestedAt, allowed, m_centre.calendar(), pauses);
}

QList<SlaPause> SlaService::pauses(qint64 ticketId) const
{
    return pauses(QList<qint64>{ticketId}).value(ticketId);
}

QHash<qint64, QList<SlaPause>> SlaService::pauses(const QList<qint64> &ticketIds) const
{
    try {
        return SlaRepository(m_centre.database()).pauses(ticketIds);
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

std::optional<SlaAlert> SlaService::alertFor(const OpenClockTicket &t, const QList<SlaPause> &pauses,
                                             const QDateTime &now, const SlaThresholds &thresholds,
                                             QList<std::pair<SlaCommitment, QDateTime>> *breached) const
{
    const WorkingCalendar &cal = m_centre.calendar();
    std::optional<SlaAlert> shown;
    for (SlaCommitment c : {SlaCommitment::Visit, SlaCommitment::Repair}) {
        const SlaClock clk = clock(c, t.requestedAt, pauses);
        const QDateTime due = clk.due();
        // A visit made or booked in time settles the 24-hour commitment.
        if (c == SlaCommitment::Visit && t.firstVisitAt.isValid() && (!due.isValid() || t.firstVisitAt <= due))
            continue;
        const auto warning = thresholds.warningAt(clk, cal, now);
        if (warning && warning->percent >= 100)
            breached->append({c, due});
        if (shown)
            continue; // the visit comes first: its clock presses harder
        SlaAlert a;
        a.ticketId = t.ticketId;
        a.visitId = t.openVisitId;
        a.customerName = t.customerName;
        a.priority = t.priority;
        a.state = t.state;
        a.commitment = c;
        a.percent = warning ? warning->percent : 0;
        a.due = due;
        a.secondsLeft = clk.leftSeconds(now);
        for (const SlaPause &p : pauses) {
            if (p.ongoing())
                a.pause = p;
        }
        if (a.percent > 0 || a.pause)
            shown = a;
        else
            break; // nothing to tell on the pressing clock: the later one is further off
    }
    return shown;
}

QList<SlaAlert> SlaService::watch()
{
    QList<SlaAlert> alerts;
    const QDateTime now = m_centre.now();
    const SlaThresholds limits = thresholds();
    try {
        const Database &db = m_centre.database();
        const SlaRepository sla(db);
        const QList<OpenClockTicket> open = sla.openClockTickets();
        QList<qint64> ids;
        for (const OpenClockTicket &t : open)
            ids.append(t.ticketId);
        const QHash<qint64, QList<SlaPause>> paused = sla.pauses(ids);
        QList<std::tuple<qint64, SlaCommitment, QDateTime>> breached;
        for (const OpenClockTicket &t : open) {
            QList<std::pair<SlaCommitment, QDateTime>> found;
            if (auto a = alertFor(t, paused.value(t.ticketId), now, limits, &found))
                alerts.append(*a);
            for (const auto &[commitment, due] : found)
                breached.append({t.ticketId, commitment, due});
        }
        if (m_centre.may(Permission::Assign)) // recorded by those who answer for it (R5)
            recordBreaches(breached);
    } catch (const StorageError &e) {
        throw CentreError(tr("The SLA watch could not be read: %1").arg(e.message()));
    }
    std::stable_sort(alerts.begin(), alerts.end(), [](const SlaAlert &a, const SlaAlert &b) {
        if (bool(a.pause) != bool(b.pause))
            return !a.pause; // a paused clock does not run out
        if (a.percent != b.percent)
            return a.percent > b.percent;
        return a.secondsLeft < b.secondsLeft;
    });
    return alerts;
}

void SlaService::recordBreaches(const QList<std::tuple<qint64, SlaCommitment, QDateTime>> &breached)
{
    if (breached.isEmpty())
        return;
    const Database &db = m_centre.database();
    const SlaRepository sla(db);
    QList<qint64> ids;
    for (const auto &b : breached)
        ids.append(std::get<0>(b));
    const QHash<qint64, QStringList> recorded = sla.recordedBreaches(ids);
    const QDateTime now = m_centre.now();
    const Actor &actor = m_centre.actor();
    std::optional<Transaction> tx;
    for (const auto &[ticketId, commitment, due] : breached) {
        const QString code = commitmentCode(commitment);
        if (recorded.value(ticketId).contains(code))
            continue; // the usual case: recorded on an earlier look
        if (!tx)
            tx.emplace(db);
        // Once per ticket and commitment, whichever console sees it first.
        if (sla.recordBreach({ticketId, code, due, now})) {
            // Not sent to the other consoles as a change: their own watch finds it, and a
            // first look at a large centre would otherwise reload every console at once.
            TicketRepository(db).appendHistory({0, ticketId, now, actor.name, QStringLiteral("sla_breached"),
                                                QStringLiteral("sla"), code, due.toString(Qt::ISODate)},
                                               actor.userId);
        }
    }
    if (tx)
        tx->commit();
}

bool SlaService::startPause(qint64 ticketId, const QString &reason, const QString &note) const
{
    const Database &db = m_centre.database();
    const Actor &actor = m_centre.actor();
    SlaPause p;
    p.ticketId = ticketId;
    p.reason = reason;
    p.note = note.trimmed();
    p.from = m_centre.now();
    p.startedBy = actor.name;
    if (!SlaRepository(db).startPause(p))
        return false;
    TicketRepository(db).appendHistory(
        {0, ticketId, p.from, actor.name, QStringLiteral("sla_paused"), QStringLiteral("sla"), reason, p.note},
        actor.userId);
    return true;
}

void SlaService::pause(qint64 ticketId, const QString &reason, const QString &note)
{
    m_centre.require(Permission::Assign); // R26
    if (reason != SlaPause::kParts && reason != SlaPause::kCustomer)
        throw CentreInputError(tr("Reason: \"%1\" is not a reason to pause the clocks; give parts or customer.")
                                   .arg(reason));
    const Database &db = m_centre.database();
    try {
        Transaction tx(db);
        const auto ticket = TicketRepository(db).ticket(ticketId);
        if (!ticket)
            throw CentreInputError(tr("Ticket %1 does not exist.").arg(ticketId));
        static const QList<TicketState> running{TicketState::AwaitingDispatch, TicketState::Scheduled,
                                                TicketState::AwaitingParts, TicketState::Reopened};
        if (!running.contains(ticket->state))
            throw CentreInputError(tr("Ticket %1 is %2: its service clocks do not run.")
                                       .arg(ticketId)
                                       .arg(TicketTypes::label(ticket->state)));
        const SlaRepository sla(db);
        if (const auto open = sla.openPause(ticketId))
            throw CentreInputError(tr("The clocks of ticket %1 stand already: %2 since %3.")
                                       .arg(ticketId)
                                       .arg(TicketTypes::pauseReasonLabel(open->reason), open->from.toString(QStringLiteral("MM-dd HH:mm"))));
        if (!startPause(ticketId, reason, note)) // another console, a moment ago
            throw CentreInputError(tr("The clocks of ticket %1 stand already.").arg(ticketId));
        m_centre.recordChange(ChangeTopic::Ticket, ticketId);
        tx.commit();
    } catch (const StorageError &e) {
        throw CentreError(tr("The clocks were not paused: %1").arg(e.message()));
    }
}

void SlaService::resume(qint64 ticketId, const QString &note)
{
    m_centre.require(Permission::Assign); // R26
    const Database &db = m_centre.database();
    const Actor &actor = m_centre.actor();
    const QDateTime now = m_centre.now();
    try {
        Transaction tx(db);
        const SlaRepository sla(db);
        const auto open = sla.openPause(ticketId);
        if (!open || !sla.endPause(ticketId, now, actor.name))
            throw CentreInputError(tr("The clocks of ticket %1 are not paused.").arg(ticketId));
        const TicketRepository tickets(db);
        const qint64 pausedFor = m_centre.calendar().workingSecondsBetween(open->from, now);
        tickets.appendHistory({0, ticketId, now, actor.name, QStringLiteral("sla_resumed"), QStringLiteral("sla"),
                               QString::number(pausedFor / 60), note.trimmed()},
                              actor.userId);
        const auto ticket = tickets.ticket(ticketId);
        if (ticket && ticket->state == TicketState::AwaitingParts) {
            // The parts are in: the ticket goes back to the supervisor for a visit (R7c).
            NewVisit again;
            again.ticketId = ticketId;
            again.status = QStringLiteral("queued");
            const qint64 visitId = VisitRepository(db).addVisit(again);
            tickets.setState(ticketId, TicketState::AwaitingDispatch, now);
            tickets.appendHistory({0, ticketId, now, actor.name, QStringLiteral("state"), QStringLiteral("state"),
                                   TicketTypes::code(TicketState::AwaitingParts),
                                   TicketTypes::code(TicketState::AwaitingDispatch)},
                                  actor.userId);
            m_centre.recordChange(ChangeTopic::Visit, visitId);
        }
        m_centre.recordChange(ChangeTopic::Ticket, ticketId);
        tx.commit();
    } catch (const StorageError &e) {
        throw CentreError(tr("The clocks were not resumed: %1").arg(e.message()));
    }
}

QString SlaService::commitmentLabel(SlaCommitment commitment)
{
    return commitment == SlaCommitment::Visit ? tr("Visit within 24 h") : tr("Repair within 48 h");
}

QString SlaService::commitmentCode(SlaCommitment commitment)
{
    return commitment == SlaCommitment::Visit ? QStringLiteral("visit") : QStringLiteral("repair");
}

} // namespace hotline
