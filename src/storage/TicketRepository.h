#pragma once

#include "Ticket.h"

#include <QList>
#include <QMap>

#include <optional>

namespace hotline {

class Database;

// A ticket as it is written when the call is taken (R1).
struct NewTicket
{
    qint64 customerId = 0;
    qint64 addressId = 0;
    qint64 unitId = 0;
    QString contactPhone;
    QString fault;
    ServiceMode serviceMode = ServiceMode::OnSite;
    QString preferredTime;
    QString requestNote;
    Channel channel = Channel::Phone;
    Priority priority = Priority::Normal;
    TicketState state = TicketState::New;
    QString warranty; // "in_warranty", "expired", "unknown"
    bool chargeConsent = false;
    QStringList toVerify;
    qint64 repeatOf = 0;
    QDateTime createdAt;
    qint64 createdBy = 0;
};

class TicketRepository
{
public:
    explicit TicketRepository(const Database &db) : m_db(db) {}

    qint64 addTicket(const NewTicket &t) const;
    void setState(qint64 ticketId, TicketState state, const QDateTime &at) const;
    // Locks the ticket for its outcome if it is still new or in triage; false when another
    // desk ended the call first (the row lock makes the second wait, then see the new state).
    bool claimTriageOutcome(qint64 ticketId, const QDateTime &at) const;
    // R7/R9: where a guided call sent the ticket, with its markers and hand-off clock.
    void setTriageResult(qint64 ticketId, TicketState state, const QString &outcome,
                         const QStringList &markers, const QDateTime &handoffAt,
                         const QDateTime &at) const;
    // R5: history is only ever appended to.
    void appendHistory(const TicketHistoryEntry &entry, qint64 userId) const;

    std::optional<TicketSummary> ticket(qint64 id) const;
    // These tickets, in the order given; ids with no ticket are left out.
    QList<TicketSummary> tickets(const QList<qint64> &ids) const;
    QList<TicketSummary> ticketsOfCustomer(qint64 customerId, int limit = 50) const;
    // Oldest first: the queue order.
    QList<TicketSummary> ticketsInStates(const QList<TicketState> &states, int limit = 200) const;
    QList<TicketHistoryEntry> history(qint64 ticketId) const;
    QMap<TicketState, int> countByState() const;
    qint64 count() const;

private:
    const Database &m_db;
};

} // namespace hotline
