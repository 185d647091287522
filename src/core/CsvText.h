#pragma once

#include <QString>
#include <QStringList>

namespace hotline::CsvText {

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
inline QString field(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
        s = u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return s;
}

// One record, CRLF-terminated as spreadsheets expect.
inline QString row(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(field(f));
    return quoted.join(u',') + QStringLiteral("\r\n");
}

} // namespace hotline::CsvText
