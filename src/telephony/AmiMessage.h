#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace hotline {

// One AMI block: its lines as key/value pairs, in order. Keys may repeat (a Command's
// Output lines); lookups ignore case, as Asterisk does.
struct AmiMessage
{
    QList<QPair<QByteArray, QByteArray>> fields;

    QByteArray value(const QByteArray &key) const
    {
        for (const auto &[k, v] : fields) {
            if (k.compare(key, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    bool has(const QByteArray &key) const
    {
        for (const auto &f : fields) {
            if (f.first.compare(key, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QList<QByteArray> values(const QByteArray &key) const
    {
        QList<QByteArray> all;
        for (const auto &[k, v] : fields) {
            if (k.compare(key, Qt::CaseInsensitive) == 0)
                all.append(v);
        }
        return all;
    }
    QByteArray event() const { return value("Event"); }
    QByteArray response() const { return value("Response"); }
    QByteArray actionId() const { return value("ActionID"); }
    bool isEvent() const { return has("Event"); }
    bool isResponse() const { return has("Response"); }
};

} // namespace hotline
