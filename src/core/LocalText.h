#pragma once

#include <QJsonObject>
#include <QString>

namespace hotline {

// Content written in both of the console's languages (triage trees, phrases).
struct LocalText
{
    QString zh;
    QString en;

    bool isComplete() const { return !zh.trimmed().isEmpty() && !en.trimmed().isEmpty(); }
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
    // "zh_CN" or anything else (English).
    QString in(const QString &language) const
    {
        const QString &preferred = language.startsWith(u"zh") ? zh : en;
        return preferred.isEmpty() ? (zh.isEmpty() ? en : zh) : preferred;
    }
    static LocalText fromJson(const QJsonValue &v)
    {
        const QJsonObject o = v.toObject();
        return {o.value(QStringLiteral("zh_CN")).toString(), o.value(QStringLiteral("en")).toString()};
    }
};

} // namespace hotline
