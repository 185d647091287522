#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace hotline {

class Database;

// One change another console may be showing.
struct ChangeLine
{
    qint64 id = 0;
    QString topic;
    qint64 entityId = 0;
    QString origin; // the console that made it
};

// The change log behind live updates. record() belongs in the writer's transaction: the
// line (and, on PostgreSQL, the NOTIFY carrying it) becomes visible only if the change does.
class ChangeRepository
{
public:
    explicit ChangeRepository(const Database &db) : m_db(db) {}

    static constexpr const char *kChannel = "hotline_changes";
    // The NOTIFY payload the change_log trigger sends: "topic entityId origin logId".
    static ChangeLine fromPayload(const QString &payload);

    void record(const QString &topic, qint64 entityId, const QString &origin, const QDateTime &at) const;
    qint64 lastId() const;
    QList<ChangeLine> since(qint64 id) const;
    // SQLite: a number that changes whenever another connection commits to the file.
    qint64 dataVersion() const;

private:
    const Database &m_db;
};

} // namespace hotline
