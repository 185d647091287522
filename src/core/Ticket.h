#pragma once

#include "TicketTypes.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hotline {

// A ticket as listed beside a call (R3) and on queues.
struct TicketSummary
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 unitId = 0;
    QString customerName;
    QString modelCode;
    QString modelName;
    QString serial;
    QString fault;
    TicketState state = TicketState::New;
    Priority priority = Priority::Normal;
    QDateTime createdAt;
    QStringList toVerify;
    QString category;          // the model's product category (selects the triage tree)
    QStringList markers;       // dispatch markers: parts, carry_in, tech_support, ...
    QDateTime handoffAt;       // R9: when the 5-minute hand-off clock started
    QString triageOutcome;     // R7: how the guided call ended
    QString contactPhone;      // the number the customer gave for this ticket

    // "#000123": how people read a ticket number out on the phone.
    static QString displayNumber(qint64 id) { return u'#' + QString::number(id).rightJustified(6, u'0'); }
};

// R5: one line of a ticket's history.
struct TicketHistoryEntry
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QDateTime at;
    QString actor;
    QString action;   // "created", "state", "field", "note", ...
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace hotline
