#include "CallLogService.h"

#include "CallRepository.h"
#include "Centre.h"
#include "StorageError.h"

namespace hotline {

qint64 CallLogService::started(bool inbound, const QString &number, const QString &pbxCallId, qint64 ticketId)
{
    CallRecord c;
    c.ticketId = ticketId;
    c.inbound = inbound;
    c.number = number;
    c.pbxCallId = pbxCallId;
    c.operatorName = m_centre.actor().name;
    c.startedAt = m_centre.now();
    try {
        return CallRepository(m_centre.database()).add(c);
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

void CallLogService::linkTicket(qint64 callId, qint64 ticketId)
{
    try {
        CallRepository(m_centre.database()).linkTicket(callId, ticketId);
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

void CallLogService::dialConnected(qint64 callId, const QString &pbxCallId)
{
    try {
        CallRepository(m_centre.database()).setPbxCallId(callId, pbxCallId);
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

void CallLogService::dialFailed(qint64 callId)
{
    try {
        CallRepository(m_centre.database()).endUnanswered(callId, m_centre.now());
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

void CallLogService::ended(qint64 callId, const QDateTime &answeredAt, const QDateTime &endedAt, qint64 talkSeconds)
{
    try {
        CallRepository(m_centre.database()).end(callId, answeredAt, endedAt, talkSeconds);
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

QList<CallRecord> CallLogService::calls(qint64 ticketId) const
{
    try {
        return CallRepository(m_centre.database()).forTicket(ticketId);
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

} // namespace hotline
