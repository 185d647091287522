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
    static constexpr int kPollMilliseconds = 250;

Q_SIGNALS:
    void changed(hotline::ChangeTopic topic, qint64 id);

private:
    void poll();
    void deliver(const QString &topic, qint64 id, const QString &origin);

    Centre &m_centre;
    QTimer m_timer;
    qint64 m_lastId = 0;
    qint64 m_dataVersion = -1;
    bool m_pushed = false;
};

} // namespace hotline
