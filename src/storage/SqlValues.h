#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QVariant>

// How values are written to and read from both backends: ISO-8601 text, so that they sort
// and compare alike in SQLite and PostgreSQL.
namespace hotline::sql {

// R20, R13: when a ticket's current request was made, as SQL over the tickets alias `t`:
// its latest reopening (the follow-up call found it not fixed), else its first call. The
// SLA watch and the board (so the planner) count the clocks from it, whatever the state.
inline QString requestedAt(const QString &t)
{
    return QStringLiteral("COALESCE((SELECT MAX(h.at) FROM ticket_history h WHERE h.ticket_id = %1.id "
                          "AND h.action = 'reopened'), %1.created_at)")
        .arg(t);
}

inline QVariant moment(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

inline QDateTime momentFrom(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime() : t;
}

inline QVariant day(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QDate dayFrom(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

inline QVariant clock(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

inline QTime clockFrom(const QVariant &v)
{
    return QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace hotline::sql
