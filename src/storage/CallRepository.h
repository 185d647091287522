#pragma once

#include "CallRecord.h"

#include <QList>

namespace hotline {

class Database;

// R5: the phone calls, linked to their tickets.
class CallRepository
{
public:
    explicit CallRepository(const Database &db) : m_db(db) {}

    qint64 add(const CallRecord &call) const;
    void linkTicket(qint64 callId, qint64 ticketId) const;
    // The PBX said the call ended: when it was answered (null: never), ended, and talk time.
    void end(qint64 callId, const QDateTime &answeredAt, const QDateTime &endedAt, qint64 talkSeconds) const;
    // A click-to-dial the PBX connected: its id at the PBX.
    void setPbxCallId(qint64 callId, const QString &pbxCallId) const;
    // A click-to-dial that never connected ends when the PBX says so, unanswered.
    void endUnanswered(qint64 callId, const QDateTime &endedAt) const;
    QList<CallRecord> forTicket(qint64 ticketId) const;

private:
    const Database &m_db;
};

} // namespace hotline
