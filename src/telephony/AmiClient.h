#pragma once

#include "AmiMessage.h"

#include <QObject>
#include <QString>

#include <memory>

namespace hotline {

// The link to the PBX over the Asterisk Manager Interface. Boost.Asio runs the socket on
// its own thread; this object's functions only post work onto it, and everything it learns
// comes back as queued signals on the thread that owns this object. It logs in, correlates
// actions by ActionID with a time limit each (no answer in time: the link is dropped and
// made again), pings to keep the link alive, and after any
// drop reconnects with growing, jittered pauses, until stop(). Events are filtered to the
// ones the console uses.
class AmiClient final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 5038;
        QString user;
        QString secret;
        int actionTimeoutMs = 10000;
        int keepaliveMs = 20000;
        int firstRetryMs = 500;
        int maxRetryMs = 30000;
    };
    enum class State { Stopped, Connecting, LoggingIn, Connected, Refused };
    Q_ENUM(State)

    explicit AmiClient(QObject *parent = nullptr);
    ~AmiClient() override;

    void start(const Settings &settings);
    void stop();
    State state() const { return m_state; }

    // Sends an action (its fields, without ActionID) and returns the ActionID it was given.
    QByteArray send(const QByteArray &action, const QList<QPair<QByteArray, QByteArray>> &fields);
    // Click-to-dial: rings `agentInterface` first, then dials `number` in `context`.
    QByteArray originate(const QByteArray &agentInterface, const QString &number, const QString &context,
                         const QString &callerId);

    // Which events reach the console; responses always do.
    static bool wanted(const AmiMessage &message);

Q_SIGNALS:
    void stateChanged(hotline::AmiClient::State state, const QString &detail);
    void received(const hotline::AmiMessage &message);

private:
    struct Worker;
    void setState(State state, const QString &detail);
    void stopWorker();
    std::shared_ptr<Worker> m_worker;
    quint64 m_link = 0; // counts links started and stopped: what an old link queued is dropped
    State m_state = State::Stopped;
};

} // namespace hotline

Q_DECLARE_METATYPE(hotline::AmiMessage)
