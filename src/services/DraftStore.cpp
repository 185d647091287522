#include "DraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace hotline {

DraftStore::DraftStore(QString directory)
{
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                    + QStringLiteral("/drafts");
    QDir().mkpath(directory);
    m_path = directory + QStringLiteral("/intake.json");
}

bool DraftStore::save(const IntakeDraft &draft, const QDateTime &at)
{
    if (draft.isBlank()) {
        clear();
        return true;
    }
    QJsonObject root{{QStringLiteral("savedAt"), at.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("draft"), draft.toJson()}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return file.commit();
}

std::optional<DraftStore::Stored> DraftStore::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    Stored s{IntakeDraft::fromJson(root.value(QStringLiteral("draft")).toObject()),
             QDateTime::fromString(root.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs)
                 .toLocalTime()};
    if (s.draft.isBlank())
        return std::nullopt;
    return s;
}

void DraftStore::clear()
{
    QFile::remove(m_path);
}

} // namespace hotline
