#pragma once

#include <QMap>
#include <QString>

namespace hotline {

class Database;

// The centre's own settings, shared by every console on the database: phone region,
// local area code, working calendar (R27), whether this is a demo centre.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    void setValue(const QString &key, const QString &value) const;
    QMap<QString, QString> all() const;

private:
    const Database &m_db;
};

} // namespace hotline
