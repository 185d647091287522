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
        if (db.isPostgres()) {
            QSqlDriver *driver = db.connection().driver();
            m_pushed = driver->subscribeToNotification(QString::fromLatin1(ChangeRepository::kChannel));
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                        if (source == QSqlDriver::SelfSource)
                            return;
                        const ChangeLine line = ChangeRepository::fromPayload(payload.toString());
                        deliver(line.topic, line.entityId, line.origin);
                    });
        }
    } catch (const StorageError &) {
        // No live updates is not a reason to refuse the console; polling below still tries.
    }
    if (!m_pushed) {
        connect(&m_timer, &QTimer::timeout, this, &LiveUpdates::poll);
        m_timer.start(kPollMilliseconds);
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
