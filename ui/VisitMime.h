#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QString>

#include <optional>

namespace hotline {

// Drag-and-drop payload of the dispatch board: the visit's id and the version the supervisor
// saw, never a pointer.
namespace VisitMime {

inline const QString kType = QStringLiteral("application/x-hotline-visit");

struct Payload
{
    qint64 visitId = 0;
    int version = 0;
};

inline QMimeData *encode(const Payload &p)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << quint8(1) << p.visitId << p.version;
    auto *mime = new QMimeData;
    mime->setData(kType, bytes);
    return mime;
}

inline std::optional<Payload> decode(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(kType))
        return std::nullopt;
    QDataStream in(mime->data(kType));
    quint8 format = 0;
    Payload p;
    in >> format >> p.visitId >> p.version;
    if (in.status() != QDataStream::Ok || format != 1 || p.visitId <= 0)
        return std::nullopt;
    return p;
}

} // namespace VisitMime

} // namespace hotline
