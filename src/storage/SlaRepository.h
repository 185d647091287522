#pragma once

#include "SlaClock.h"
#include "TicketTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace hotline {

class Database;

// R13: a ticket whose service clocks are still running, as the supervisors' watch reads it.
struct OpenClockTicket
{
    qint64 ticketId = 0;
    TicketState state = TicketState::AwaitingDispatch;
    Priority priority = Priority::Normal;
    QDateTime requestedAt;
    QString customerName;
    QDateTime firstVisitAt; // the earliest visit booked or made; invalid: none yet
    qint64 openVisitId = 0; // queued or scheduled; 0: none (waiting for parts)
};

// A recorded breach of a commitment (R13), for the reports.
struct SlaBreach
{
    qint64 ticketId = 0;
    QString commitment; // "visit", "repair"
    QDateTime dueAt;
    QDateTime recordedAt;
};

// Pauses of the SLA clocks and recorded breaches (R13, R27).
class SlaRepository
{
public:
    explicit SlaRepository(const Database &db) : m_db(db) {}

    // The new pause's id; 0 when the ticket already has a pause going on.
    qint64 startPause(const SlaPause &pause) const;
    // Ends the ticket's pause going on; false when there is none.
    bool endPause(qint64 ticketId, const QDateTime &at, const QString &by) const;
    std::optional<SlaPause> openPause(qint64 ticketId) const;
    QList<SlaPause> pauses(qint64 ticketId) const;
    // Every pause of these tickets, by ticket.
    QHash<qint64, QList<SlaPause>> pauses(const QList<qint64> &ticketIds) const;

    // Tickets waiting for a visit, on the board, or waiting for parts. A reopened ticket (R20)
    // is a new request: its clocks start at the reopening.
    QList<OpenClockTicket> openClockTickets() const;

    // The commitments ("visit", "repair") already recorded as breached, of these tickets.
    QHash<qint64, QStringList> recordedBreaches(const QList<qint64> &ticketIds) const;
    // Records the breach unless it is recorded already; true when it is new.
    bool recordBreach(const SlaBreach &breach) const;
    // Breaches whose due time fell in [from, to).
    QList<SlaBreach> breaches(const QDateTime &from, const QDateTime &to) const;

private:
    const Database &m_db;
};

} // namespace hotline
