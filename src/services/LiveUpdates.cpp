#include "LiveUpdates.h"

#include "Centre.h"
#include "ChangeRepository.h"
#include "Database.h"
#include "StorageError.h"

#include <QSqlDriver>

namespace hotline {

LiveUpdates::LiveUpdates(Centre &centre, QObject *parent)
    : QObject(parent)
    , m_centre(centre)
{
    const Database &db = centre.database();
    try {
        m_lastId = ChangeRepository(db).lastId();
    } catch (const StorageError &) {
        // No live updates is not a reason to refuse the console; the timers keep trying.
    }
    if (db.isPostgres()) {
        m_seenReconnects = db.reconnects();
        connect(db.connection().driver(), &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    const ChangeLine line = ChangeRepository::fromPayload(payload.toString());
                    m_lastId = qMax(m_lastId, line.id);
                    if (source != QSqlDriver::SelfSource)
                        deliver(line.topic, line.entityId, line.origin);
                });
        subscribe();
        connect(&m_health, &QTimer::timeout, this, &LiveUpdates::checkConnection);
        m_health.start(kHealthMilliseconds);
    }
    if (!m_pushed) {
        connect(&m_timer, &QTimer::timeout, this, &LiveUpdates::poll);
        m_timer.start(kPollMilliseconds);
    }
}

void LiveUpdates::subscribe()
{
    QSqlDriver *driver = m_centre.database().connection().driver();
    const QString channel = QString::fromLatin1(ChangeRepository::kChannel);
    if (driver->subscribedToNotifications().contains(channel))
        driver->unsubscribeFromNotification(channel);
    m_pushed = driver->subscribeToNotification(channel);
}

void LiveUpdates::checkConnection()
{
    const Database &db = m_centre.database();
    const bool up = db.ensureConnected();
    if (up && db.reconnects() != m_seenReconnects) {
        // A new connection: listen again, and deliver what changed while this one was away.
        m_seenReconnects = db.reconnects();
        subscribe();
        poll();
    }
    if (up != m_connected) {
        m_connected = up;
        Q_EMIT connectionChanged(up);
    }
}

LiveUpdates::~LiveUpdates()
{
    if (m_pushed) {
        QSqlDriver *driver = m_centre.database().connection().driver();
        if (driver)
            driver->unsubscribeFromNotification(QString::fromLatin1(ChangeRepository::kChannel));
    }
}

void LiveUpdates::poll()
{
    try {
        const ChangeRepository changes(m_centre.database());
        if (!m_centre.database().isPostgres()) {
            const qint64 version = changes.dataVersion();
            if (version == m_dataVersion)
                return;
            m_dataVersion = version;
        }
        const QList<ChangeLine> lines = changes.since(m_lastId);
        for (const ChangeLine &line : lines) {
            m_lastId = line.id;
            deliver(line.topic, line.entityId, line.origin);
        }
    } catch (const StorageError &) {
        // Busy or briefly unreachable: the next tick tries again.
    }
}

void LiveUpdates::deliver(const QString &topic, qint64 id, const QString &origin)
{
    if (origin == m_centre.consoleId())
        return;
    if (const auto t = ChangeTopics::fromCode(topic))
        Q_EMIT changed(*t, id);
}

} // namespace hotline
