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
    // A click-to-dial's outcome: connected (the PBX's id noted; its end comes later) or not
    // (the line ends now, unanswered).
    void dialConnected(qint64 callId, const QString &pbxCallId);
    void dialFailed(qint64 callId);
    // The end of this console's own line. By its id, not the PBX's: every agent a queue
    // rings shares the PBX's id, and each console logs its own line under it.
    void ended(qint64 callId, const QDateTime &answeredAt, const QDateTime &endedAt, qint64 talkSeconds);
    QList<CallRecord> calls(qint64 ticketId) const;

private:
    Centre &m_centre;
};

} // namespace hotline
