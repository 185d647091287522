#include "CentreSettings.h"

#include <QStringList>

namespace hotline::CentreSettings {

namespace {

QSet<QDate> parseDays(const QString &text)
{
    QSet<QDate> days;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QDate d = QDate::fromString(p.trimmed(), Qt::ISODate);
        if (d.isValid())
            days.insert(d);
    }
    return days;
}

QString joinDays(const QSet<QDate> &days)
{
    QList<QDate> sorted(days.cbegin(), days.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (const QDate &d : sorted)
        parts.append(d.toString(Qt::ISODate));
    return parts.join(u',');
}

} // namespace

PhoneNormalizer phoneNormalizer(const QMap<QString, QString> &s)
{
    return PhoneNormalizer(s.value(kPhoneRegion, QStringLiteral("CN")), s.value(kLocalAreaCode));
}

WorkingCalendar workingCalendar(const QMap<QString, QString> &s)
{
    WorkingCalendar cal;
    const QStringList hours = s.value(kWorkingHours).split(u'-');
    if (hours.size() == 2)
        cal.setHours(QTime::fromString(hours[0].trimmed(), QStringLiteral("HH:mm")),
                     QTime::fromString(hours[1].trimmed(), QStringLiteral("HH:mm")));
    if (s.contains(kRestDays)) {
        QSet<int> rest;
        const QStringList days = s.value(kRestDays).split(u',', Qt::SkipEmptyParts);
        for (const QString &d : days) {
            const int n = d.trimmed().toInt();
            if (n >= 1 && n <= 7)
                rest.insert(n);
        }
        cal.setRestDays(rest);
    }
    cal.setHolidays(parseDays(s.value(kHolidays)));
    cal.setMakeUpWorkdays(parseDays(s.value(kMakeUpDays)));
    return cal;
}

QString formatCalendar(const WorkingCalendar &cal, QMap<QString, QString> *s)
{
    s->insert(kWorkingHours, cal.startOfDay().toString(QStringLiteral("HH:mm")) + u'-'
                                 + cal.endOfDay().toString(QStringLiteral("HH:mm")));
    QList<int> rest(cal.restDays().cbegin(), cal.restDays().cend());
    std::sort(rest.begin(), rest.end());
    QStringList restText;
    for (int d : rest)
        restText.append(QString::number(d));
    s->insert(kRestDays, restText.join(u','));
    s->insert(kHolidays, joinDays(cal.holidays()));
    s->insert(kMakeUpDays, joinDays(cal.makeUpWorkdays()));
    return s->value(kWorkingHours);
}

} // namespace hotline::CentreSettings
