#pragma once

#include "AmiClient.h"
#include "CallTracker.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace hotline {

// This console's phone (R3 screen pop, click-to-dial), over the PBX's manager interface.
// Configured per console: the PBX, the AMI account (its secret in a file only this user can
// read), and the operator's own phone interface. Without a PBX the console works as
// before; the link's state is only shown.
class PhoneLink final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString host;
        quint16 port = 5038;
        QString user;
        QString secret;
        QString agentInterface; // e.g. PJSIP/agent1
        QString dialContext = QStringLiteral("from-internal");
        bool complete() const { return !host.isEmpty() && !user.isEmpty() && !agentInterface.isEmpty(); }
    };
    // QSettings for the plain values, a 0600 file for the secret.
    static Settings load();
    static void save(const Settings &settings);
    static QString secretFile();

    // `now`: the clock the call log keeps (the centre's), so a call's answer and end are on
    // the same clock as its start.
    explicit PhoneLink(std::function<QDateTime()> now, QObject *parent = nullptr);
    void start(const Settings &settings);
    bool isUp() const { return m_client.state() == AmiClient::State::Connected; }
    // Click-to-dial: the operator's phone rings first, then the customer's number. Returns
    // the dial's id, which dialFinished() reports back; empty when there is no link.
    QByteArray dial(const QString &number);

Q_SIGNALS:
    void linkChanged(bool up, const QString &text);
    void ringing(const QString &number, const QString &name, const QString &callId);
    void callEnded(const QString &callId, const QDateTime &answeredAt, const QDateTime &endedAt, qint64 talkSeconds);
    // `pbxCallId`: the connected call's id; callEnded() reports its end under it.
    void dialFinished(const QByteArray &dialId, bool connected, const QString &pbxCallId, const QString &text);

private:
    AmiClient m_client;
    CallTracker m_tracker;
    std::function<QDateTime()> m_now;
    Settings m_settings;
};

} // namespace hotline
