#include "CentreSettings.h"

#include <QRegularExpression>
#include <QSet>
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

bool isDayList(const QString &text)
{
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (!QDate::fromString(p.trimmed(), Qt::ISODate).isValid())
            return false;
    }
    return true;
}

} // namespace

QList<QPair<QString, QString>> describedKeys()
{
    return {
        {kCentreName, QStringLiteral("the centre's name, for reports and messages")},
        {kPhoneRegion, QStringLiteral("region for reading numbers without country code (CN)")},
        {kLocalAreaCode, QStringLiteral("area code added to caller IDs without one (21 for Shanghai)")},
        {kWorkingHours, QStringLiteral("working hours, HH:mm-HH:mm (08:30-17:30)")},
        {kRestDays, QStringLiteral("weekly rest days, 1 = Monday ... 7 = Sunday (6,7)")},
        {kHolidays, QStringLiteral("public holidays, YYYY-MM-DD,YYYY-MM-DD,...")},
        {kMakeUpDays, QStringLiteral("make-up working days on weekends, YYYY-MM-DD,...")},
        {kForbiddenPhrases, QStringLiteral("phrases never to use with customers, a|b|c (R25)")},
        {kCallbackAttempts, QStringLiteral("follow-up call attempts before the text message (3)")},
        {kCallbackSpacing, QStringLiteral("minutes between follow-up attempts (60)")},
        {kCallbackClaimTimeout, QStringLiteral("minutes before a taken, untouched call returns to the pool (15)")},
        {kSlaWarnings, QStringLiteral("percent of the 24 h / 48 h time at which supervisors are warned (75,90)")},
    };
}

QString validate(const QString &key, const QString &value)
{
    const QString v = value.trimmed();
    if (key == kCentreName)
        return v.isEmpty() ? QStringLiteral("the name cannot be empty") : QString();
    if (key == kPhoneRegion) {
        static const QRegularExpression code(QStringLiteral("^[A-Za-z]{2}$"));
        return code.match(v).hasMatch() ? QString()
                                        : QStringLiteral("use a two-letter region code such as CN");
    }
    if (key == kLocalAreaCode) {
        static const QRegularExpression digits(QStringLiteral("^0?\\d{2,4}$"));
        return v.isEmpty() || digits.match(v).hasMatch()
                   ? QString()
                   : QStringLiteral("use the area code's digits, such as 21 or 021");
    }
    if (key == kWorkingHours) {
        const QStringList parts = v.split(u'-');
        const QTime start = parts.size() == 2 ? QTime::fromString(parts[0].trimmed(), QStringLiteral("HH:mm")) : QTime();
        const QTime end = parts.size() == 2 ? QTime::fromString(parts[1].trimmed(), QStringLiteral("HH:mm")) : QTime();
        return start.isValid() && end.isValid() && start < end
                   ? QString()
                   : QStringLiteral("use HH:mm-HH:mm with the start before the end, such as 08:30-17:30");
    }
    if (key == kRestDays) {
        const QStringList days = v.split(u',', Qt::SkipEmptyParts);
        QSet<int> distinct;
        for (const QString &d : days) {
            bool ok = false;
            const int n = d.trimmed().toInt(&ok);
            if (!ok || n < 1 || n > 7)
                return QStringLiteral("use weekday numbers 1-7 separated by commas, such as 6,7");
            distinct.insert(n);
        }
        return distinct.size() == 7 ? QStringLiteral("at least one day of the week must be a working day") : QString();
    }
    if (key == kCallbackAttempts || key == kCallbackSpacing || key == kCallbackClaimTimeout) {
        bool ok = false;
        const int n = v.toInt(&ok);
        return ok && n > 0 && n <= 1440 ? QString() : QStringLiteral("use a whole number from 1 to 1440");
    }
    if (key == kSlaWarnings)
        return SlaThresholds::parse(v) ? QString()
                                       : QStringLiteral("use rising whole percents from 1 to 99 separated by commas, such as 75,90");
    if (key == kForbiddenPhrases)
        return QString(); // any list; empty means the built-in one
    if (key == kHolidays || key == kMakeUpDays)
        return isDayList(v) ? QString() : QStringLiteral("use dates YYYY-MM-DD separated by commas");
    return QStringLiteral("unknown setting: see 'hotlinectl config list'");
}

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

SlaThresholds slaThresholds(const QMap<QString, QString> &s)
{
    return SlaThresholds::parse(s.value(kSlaWarnings)).value_or(SlaThresholds());
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
