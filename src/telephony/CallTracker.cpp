#include "CallTracker.h"

namespace hotline {

bool CallTracker::isMine(const QByteArray &channel) const
{
    // "PJSIP/agent1-00000001" is a channel of the interface "PJSIP/agent1".
    return !m_interface.isEmpty() && channel.size() > m_interface.size()
           && channel.startsWith(m_interface) && channel.at(m_interface.size()) == '-';
}

CallTracker::DialOutcome CallTracker::outcomeOfReason(int reason)
{
    // Asterisk's originate reasons: 4 answered, 5 busy, 3 rang out (or the phone is away),
    // 1 hung up, 8 congestion, 0 could not be placed at all.
    switch (reason) {
    case 4: return DialOutcome::Connected;
    case 5: return DialOutcome::Busy;
    case 3: return DialOutcome::AgentUnreachable;
    case 1: return DialOutcome::NoAnswer;
    default: return DialOutcome::Failed;
    }
}

void CallTracker::reset(const QDateTime &at)
{
    // Calls in progress end here for the console: their hang-up will not be heard.
    const QList<QByteArray> calls = m_calls.keys();
    for (const QByteArray &id : calls) {
        const Call c = m_calls.take(id);
        if (onEnded)
            onEnded({id, c.number, c.answeredAt, at, c.answeredAt.isValid() ? c.answeredAt.secsTo(at) : 0});
    }
    const QList<QByteArray> waiting = m_originates.keys();
    m_originates.clear();
    for (const QByteArray &id : waiting) {
        if (onDial)
            onDial({id, DialOutcome::LinkLost, -1, {}});
    }
}

void CallTracker::feed(const AmiMessage &m, const QDateTime &at)
{
    const QByteArray event = m.event();
    if (event.isEmpty()) {
        // An Originate the PBX refused outright (no such channel, no permission) gets an
        // Error response and never an OriginateResponse.
        if (m.response() == "Error" && m_originates.remove(m.actionId()) && onDial)
            onDial({m.actionId(), DialOutcome::Failed, 0, {}});
        return;
    }
    if (event == "OriginateResponse") {
        const QByteArray id = m.actionId();
        if (!m_originates.remove(id))
            return;
        DialResult r;
        r.actionId = id;
        r.reason = m.value("Reason").toInt();
        r.outcome = m.response() == "Success" ? DialOutcome::Connected : outcomeOfReason(r.reason);
        if (r.outcome == DialOutcome::Connected && m.response() != "Success")
            r.outcome = DialOutcome::Failed;
        if (r.outcome == DialOutcome::Connected) {
            // The operator's phone answered and the customer is being dialled from it: the
            // customer's answer is that channel's DialEnd (ANSWER), its hang-up the end. The
            // first channel of a call is its own Linkedid, so Uniqueid names the call.
            r.callId = m.value("Uniqueid");
            if (!r.callId.isEmpty())
                m_calls.insert(r.callId, {m.value("Channel"), QString::fromUtf8(m.value("Exten")), {}, true});
        }
        if (onDial)
            onDial(r);
        return;
    }
    if (event == "DialBegin") {
        // A call from someone (Channel, with its caller ID) to this operator's phone. A
        // click-to-dial rings the operator's phone from nobody: no Channel, no pop.
        const QByteArray dest = m.value("DestChannel");
        const QByteArray from = m.value("Channel");
        if (!isMine(dest) || from.isEmpty())
            return;
        const QByteArray callId = m.value("Linkedid").isEmpty() ? m.value("Uniqueid") : m.value("Linkedid");
        if (m_calls.contains(callId))
            return;
        QByteArray number = m.value("CallerIDNum");
        if (number == "<unknown>")
            number.clear();
        m_calls.insert(callId, {dest, QString::fromUtf8(number), {}, false});
        QByteArray name = m.value("CallerIDName");
        if (name == "<unknown>")
            name.clear();
        if (onPop)
            onPop({callId, QString::fromUtf8(number), QString::fromUtf8(name)});
        return;
    }
    if (event == "Newstate" && m.value("ChannelStateDesc") == "Up") {
        const QByteArray callId = m.value("Linkedid");
        auto it = m_calls.find(callId);
        if (it != m_calls.end() && !it->outgoing && it->agentChannel == m.value("Channel") && !it->answeredAt.isValid()) {
            it->answeredAt = at;
            if (onAnswered)
                onAnswered(callId);
        }
        return;
    }
    if (event == "DialEnd" && m.value("DialStatus") == "ANSWER") {
        // A click-to-dial: the customer picked up the call the operator's phone placed.
        auto it = m_calls.find(m.value("Linkedid"));
        if (it != m_calls.end() && it->outgoing && it->agentChannel == m.value("Channel") && !it->answeredAt.isValid())
            it->answeredAt = at;
        return;
    }
    if (event == "Hangup")
        endCall(m.value("Linkedid"), m, at);
}

void CallTracker::endCall(const QByteArray &callId, const AmiMessage &hangup, const QDateTime &at)
{
    const auto it = m_calls.constFind(callId);
    if (it == m_calls.cend() || it->agentChannel != hangup.value("Channel"))
        return;
    Ended e{callId, it->number, it->answeredAt, at, it->answeredAt.isValid() ? it->answeredAt.secsTo(at) : 0};
    m_calls.erase(it);
    if (onEnded)
        onEnded(e);
}

} // namespace hotline
