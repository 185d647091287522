#pragma once

#include "AmiMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace hotline {

// What the console needs from the PBX's event stream, for one operator's phone (their
// agent interface, such as "PJSIP/agent1"): a call ringing it (screen pop, with the
// caller's number), the call answered and ended (for the call record), and the outcome of
// a click-to-dial and, once connected, its end. Everything else is ignored. Pure logic: fed parsed messages, no I/O.
class CallTracker
{
public:
    struct Pop
    {
        QByteArray callId; // Asterisk's Linkedid: the whole call across channels
        QString number;    // the caller's number as the PBX gives it
        QString name;
    };
    struct Ended
    {
        QByteArray callId;
        QString number;
        QDateTime answeredAt; // null: never answered
        QDateTime endedAt;
        qint64 talkSeconds = 0;
    };
    // Click-to-dial (Originate): Asterisk's Reason codes, in the console's words.
    enum class DialOutcome { Connected, AgentUnreachable, NoAnswer, Busy, Failed, LinkLost };
    struct DialResult
    {
        QByteArray actionId;
        DialOutcome outcome = DialOutcome::Failed;
        int reason = 0;
        QByteArray callId; // Connected: the call's id at the PBX, reported again when it ends
    };

    std::function<void(const Pop &)> onPop;
    std::function<void(const QByteArray &callId)> onAnswered;
    std::function<void(const Ended &)> onEnded;
    std::function<void(const DialResult &)> onDial;

    void setInterface(const QByteArray &agentInterface) { m_interface = agentInterface; }
    // A click-to-dial the console started: its own call does not pop.
    void expectOriginate(const QByteArray &actionId) { m_originates.insert(actionId, true); }

    void feed(const AmiMessage &message, const QDateTime &at);
    // The link to the PBX dropped at `at`: calls in progress are reported ended then (their
    // hang-up will never be heard), and every click-to-dial still waiting for its answer
    // is reported as LinkLost.
    void reset(const QDateTime &at);

    static DialOutcome outcomeOfReason(int reason);

private:
    bool isMine(const QByteArray &channel) const;

    struct Call
    {
        QByteArray agentChannel;
        QString number;
        QDateTime answeredAt;
        bool outgoing = false; // answered by the customer (DialEnd), not by the operator's phone
    };
    void endCall(const QByteArray &callId, const AmiMessage &hangup, const QDateTime &at);
    QByteArray m_interface;
    QHash<QByteArray, Call> m_calls;         // by Linkedid
    QHash<QByteArray, bool> m_originates;    // ActionIDs of our click-to-dials in flight
};

} // namespace hotline
