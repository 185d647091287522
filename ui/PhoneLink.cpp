#include "PhoneLink.h"

#include "PhoneNormalizer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace hotline {

QString PhoneLink::secretFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/pbx-secret");
}

PhoneLink::Settings PhoneLink::load()
{
    QSettings s;
    Settings p;
    p.host = s.value(QStringLiteral("pbx/host")).toString();
    p.port = quint16(s.value(QStringLiteral("pbx/port"), 5038).toUInt());
    p.user = s.value(QStringLiteral("pbx/user")).toString();
    p.agentInterface = s.value(QStringLiteral("pbx/interface")).toString();
    p.dialContext = s.value(QStringLiteral("pbx/context"), p.dialContext).toString();
    QFile f(secretFile());
    if (f.open(QIODevice::ReadOnly))
        p.secret = QString::fromUtf8(f.readAll()).trimmed();
    return p;
}

void PhoneLink::save(const Settings &p)
{
    QSettings s;
    s.setValue(QStringLiteral("pbx/host"), p.host);
    s.setValue(QStringLiteral("pbx/port"), p.port);
    s.setValue(QStringLiteral("pbx/user"), p.user);
    s.setValue(QStringLiteral("pbx/interface"), p.agentInterface);
    s.setValue(QStringLiteral("pbx/context"), p.dialContext);
    // No keychain is sure to be there on a Debian desktop: a file only this user can read.
    QDir().mkpath(QFileInfo(secretFile()).absolutePath());
    QSaveFile f(secretFile());
    if (f.open(QIODevice::WriteOnly)) {
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write(p.secret.toUtf8());
        f.commit();
        QFile::setPermissions(secretFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

PhoneLink::PhoneLink(std::function<QDateTime()> now, QObject *parent)
    : QObject(parent)
    , m_now(std::move(now))
{
    connect(&m_client, &AmiClient::received, this, [this](const AmiMessage &m) { m_tracker.feed(m, m_now()); });
    connect(&m_client, &AmiClient::stateChanged, this, [this](AmiClient::State state, const QString &detail) {
        if (state != AmiClient::State::Connected)
            m_tracker.reset(m_now()); // no call or dial is left waiting
        switch (state) {
        case AmiClient::State::Connected: Q_EMIT linkChanged(true, tr("☎ Phone ready (%1)").arg(m_settings.agentInterface)); break;
        case AmiClient::State::Connecting: Q_EMIT linkChanged(false, tr("☎ Connecting to the PBX…")); break;
        case AmiClient::State::LoggingIn: Q_EMIT linkChanged(false, tr("☎ Logging in to the PBX…")); break;
        case AmiClient::State::Refused: Q_EMIT linkChanged(false, tr("☎ The PBX refused the log-in: %1").arg(detail)); break;
        case AmiClient::State::Stopped: Q_EMIT linkChanged(false, tr("☎ No phone link")); break;
        }
    });
    m_tracker.onPop = [this](const CallTracker::Pop &p) {
        Q_EMIT ringing(p.number, p.name, QString::fromUtf8(p.callId));
    };
    m_tracker.onEnded = [this](const CallTracker::Ended &e) {
        Q_EMIT callEnded(QString::fromUtf8(e.callId), e.answeredAt, e.endedAt, e.talkSeconds);
    };
    m_tracker.onDial = [this](const CallTracker::DialResult &r) {
        QString text;
        switch (r.outcome) {
        case CallTracker::DialOutcome::Connected: text = tr("Your phone is ringing: pick it up, the customer is dialled next."); break;
        case CallTracker::DialOutcome::AgentUnreachable: text = tr("Your phone did not answer or is offline (%1).").arg(m_settings.agentInterface); break;
        case CallTracker::DialOutcome::Busy: text = tr("The line is busy."); break;
        case CallTracker::DialOutcome::NoAnswer: text = tr("No answer."); break;
        case CallTracker::DialOutcome::Failed: text = tr("The call could not be placed (PBX reason %1).").arg(r.reason); break;
        case CallTracker::DialOutcome::LinkLost: text = tr("The phone link dropped before the PBX answered: dial again, or by hand."); break;
        }
        Q_EMIT dialFinished(r.actionId, r.outcome == CallTracker::DialOutcome::Connected, QString::fromUtf8(r.callId), text);
    };
}

void PhoneLink::start(const Settings &settings)
{
    m_settings = settings;
    m_tracker.setInterface(settings.agentInterface.toUtf8());
    if (!settings.complete()) {
        m_client.stop();
        Q_EMIT linkChanged(false, tr("☎ No phone link (File → Phone settings)"));
        return;
    }
    AmiClient::Settings s;
    s.host = settings.host;
    s.port = settings.port;
    s.user = settings.user;
    s.secret = settings.secret;
    m_client.start(s);
}

QByteArray PhoneLink::dial(const QString &number)
{
    if (!isUp())
        return {};
    const QString digits = PhoneNormalizer::dialString(number);
    if (digits.isEmpty())
        return {};
    const QByteArray id = m_client.originate(m_settings.agentInterface.toUtf8(), digits, m_settings.dialContext,
                                             QStringLiteral("\"%1\" <%1>").arg(digits));
    if (!id.isEmpty())
        m_tracker.expectOriginate(id);
    return id;
}

} // namespace hotline
