#pragma once

#include "CallRecord.h"

#include <QList>

namespace hotline {

class Centre;

// R5: every call is logged with time and operator. The console starts a line when a call
// pops or is dialled, links it when the ticket is saved, and ends it when the PBX hangs up.
class CallLogService
{
public:
    explicit CallLogService(Centre &centre) : m_centre(centre) {}

    // Returns the call's id. `ticketId` 0 when the ticket is not known yet.
    qint64 started(bool inbound, const QString &number, const QString &pbxCallId, qint64 ticketId = 0);
    void linkTicket(qint64 callId, qint64 ticketId);
    // A click-to-dial's outcome: connected (its end comes later under `pbxCallId`) or not
    // (the line ends now, unanswered).
    void dialConnected(qint64 callId, const QString &pbxCallId);
    void dialFailed(qint64 callId);
    void ended(const QString &pbxCallId, const QDateTime &answeredAt, const QDateTime &endedAt, qint64 talkSeconds);
    QList<CallRecord> calls(qint64 ticketId) const;

private:
    Centre &m_centre;
};

} // namespace hotline
