#pragma once

#include "TicketTypes.h"

#include <QDateTime>
#include <QString>

namespace hotline {

// A follow-up call as the callback queue shows it (R18–R21).
struct CallbackTask
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 visitId = 0;
    qint64 customerId = 0;
    QString reason; // visit_follow_up, remote_fix_follow_up, untested_visit
    QDateTime dueAt;
    int attempts = 0;
    QString claimedBy;
    QDateTime claimedAt;
    int version = 0;
    QString customerName;
    QString phone;
    QString modelCode;
    QString fault;
    Priority priority = Priority::Normal;
    QString engineerName;
    QString visitResult;
    QString partsUsed;
    qint64 chargeFen = 0;
    QDateTime completedAt;
};

// R23/R24: a complaint as supervisors see it.
struct Complaint
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString customerName;
    QDateTime openedAt;
    QString openedBy;
    QString whatHappened;
    QString customerFeels;
    QString offered;
    bool escalated = false;
    QString state; // open, resolved
    QString resolution;
};

} // namespace hotline
