#pragma once

#include "SlaClock.h"
#include "TicketTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>
#include <tuple>

namespace hotline {

class Centre;
struct OpenClockTicket;

// R13: the two service commitments of a ticket.
enum class SlaCommitment {
    Visit,  // an engineer there within 24 working hours of the request
    Repair, // the repair complete within 48
};

// One ticket on the supervisors' watch list: the commitment that presses most, how much of
// its time is used, and the pause that stops it, if any.
struct SlaAlert
{
    qint64 ticketId = 0;
    qint64 visitId = 0; // the visit queued or on the board; 0: none (waiting for parts)
    QString customerName;
    Priority priority = Priority::Normal;
    TicketState state = TicketState::AwaitingDispatch;
    SlaCommitment commitment = SlaCommitment::Visit;
    int percent = 0;        // the threshold reached and told (R27); 100: breached; 0: none yet
    QDateTime due;          // invalid while a pause stops the clock
    qint64 secondsLeft = 0; // working time; negative when breached
    std::optional<SlaPause> pause; // going on

    bool breached() const { return percent >= 100; }
};

// The SLA clocks (R13, R27): pausing and resuming them while a ticket waits for parts or for
// the customer, the supervisors' warnings at the centre's thresholds, and the breaches
// recorded for the reports.
class SlaService
{
    Q_DECLARE_TR_FUNCTIONS(SlaService)
public:
    explicit SlaService(Centre &centre) : m_centre(centre) {}

    // The centre's warning thresholds (setting sla.warn_percent, 75 and 90 by default).
    SlaThresholds thresholds() const;
    SlaClock clock(SlaCommitment commitment, const QDateTime &requestedAt, const QList<SlaPause> &pauses) const;
    QList<SlaPause> pauses(qint64 ticketId) const;
    QHash<qint64, QList<SlaPause>> pauses(const QList<qint64> &ticketIds) const;

    // Every ticket whose clock reached a threshold (told only in working time, R27), has
    // breached, or stands paused; breached first, then by the share of time used. Breaches
    // found by a supervisor's look (or hotlinectl's) are recorded once each, on the ticket too
    // (R5).
    QList<SlaAlert> watch();

    // Stops the ticket's clocks: it waits for parts or for the customer ("parts",
    // "customer"), recorded on the ticket with the note (R5). Supervisors only (R26).
    // CentreInputError when the reason is unknown, the ticket's clocks do not run, or they
    // stand already.
    void pause(qint64 ticketId, const QString &reason, const QString &note);
    // Inside the caller's transaction, unchecked: stops the clocks and records it on the
    // ticket (R5). False when they stand already (nothing is written then).
    bool startPause(qint64 ticketId, const QString &reason, const QString &note) const;
    // Starts them again. A ticket that waited for parts goes back to the dispatch queue: the
    // parts are there. CentreInputError when the clocks were not paused.
    void resume(qint64 ticketId, const QString &note);

    static QString commitmentLabel(SlaCommitment commitment);
    static QString commitmentCode(SlaCommitment commitment); // "visit", "repair"

private:
    std::optional<SlaAlert> alertFor(const OpenClockTicket &ticket, const QList<SlaPause> &pauses,
                                     const QDateTime &now, const SlaThresholds &thresholds,
                                     QList<std::pair<SlaCommitment, QDateTime>> *breached) const;

    // In one transaction: the breaches not recorded yet, each on its ticket too (R5).
    void recordBreaches(const QList<std::tuple<qint64, SlaCommitment, QDateTime>> &breached);

    Centre &m_centre;
};

} // namespace hotline
