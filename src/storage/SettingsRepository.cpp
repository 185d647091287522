#include "SettingsRepository.h"

#include "Database.h"

namespace hotline {

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT value FROM centre_settings WHERE key = ?"));
    q.addBindValue(key);
    m_db.run(q, "read a centre setting");
    return q.next() ? q.value(0).toString() : fallback;
}

void SettingsRepository::setValue(const QString &key, const QString &value) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO centre_settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value); // empty, not NULL
    m_db.run(q, "save a centre setting");
}

QMap<QString, QString> SettingsRepository::all() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT key, value FROM centre_settings"));
    m_db.run(q, "read the centre settings");
    QMap<QString, QString> map;
    while (q.next())
        map.insert(q.value(0).toString(), q.value(1).toString());
    return map;
}

} // namespace hotline
