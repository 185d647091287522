#pragma once

#include "ChangeTopic.h"

#include <QObject>
#include <QTimer>

namespace hotline {

class Centre;

// Changes made by other consoles, as they happen. PostgreSQL: LISTEN/NOTIFY through Qt
// SQL's notification support, delivered by the event loop. SQLite: PRAGMA data_version
// (an integer read, no table access) every `interval`, and the change log only when
// another connection has committed. This console's own changes are not repeated to it.
class LiveUpdates final : public QObject
{
    Q_OBJECT
public:
    explicit LiveUpdates(Centre &centre, QObject *parent = nullptr);
    ~LiveUpdates() override;

    // True when the database pushes changes (PostgreSQL); false when they are polled.
    bool pushed() const { return m_pushed; }
    bool connected() const { return m_connected; }
    static constexpr int kPollMilliseconds = 250;
    static constexpr int kHealthMilliseconds = 2000;

Q_SIGNALS:
    void changed(hotline::ChangeTopic topic, qint64 id);
    // PostgreSQL: the server went away (false) or is back (true). While it is away the
    // console keeps working on what it shows; after it is back, the changes made meanwhile
    // by other consoles are delivered from the change log.
    void connectionChanged(bool connected);

private:
    void subscribe();
    void poll();
    void checkConnection();
    void deliver(const QString &topic, qint64 id, const QString &origin);

    Centre &m_centre;
    QTimer m_timer;
    QTimer m_health;
    int m_seenReconnects = 0;
    bool m_connected = true;
    qint64 m_lastId = 0;
    qint64 m_dataVersion = -1;
    bool m_pushed = false;
};

} // namespace hotline
