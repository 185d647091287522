#include "CustomerAvailability.h"

#include "DateInput.h"

#include <algorithm>

namespace hotline {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
const char *const kDayCodes[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char *const kDayNames[]
    = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

QString hhmm(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QString isoDate(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

int minuteFloor(const QTime &t)
{
    return t.msecsSinceStartOfDay() / 60000;
}

int minuteCeil(const QTime &t)
{
    return (t.msecsSinceStartOfDay() + 59999) / 60000;
}

// Wall-clock order of two moments, each read on its own clock.
bool notAfter(const QDate &d1, const QTime &t1, const QDate &d2, const QTime &t2)
{
    return d1 < d2 || (d1 == d2 && t1 <= t2);
}

// 1 … 7 for "Mon", "monday", "周一" or "星期一", 0 for anything else.
int weekdayOf(const QString &word)
{
    static const QString kHanDays = QStringLiteral("一二三四五六日");
    for (const QString &lead : {QStringLiteral("周"), QStringLiteral("星期")}) {
        if (word.size() == lead.size() + 1 && word.startsWith(lead)) {
            const QChar day = word.back();
            if (day == u'天')
                return 7;
            const qsizetype at = kHanDays.indexOf(day);
            if (at >= 0)
                return int(at) + 1;
        }
    }
    for (int i = 0; i < 7; ++i) {
        if (word.compare(QLatin1String(kDayCodes[i]), Qt::CaseInsensitive) == 0
            || word.compare(QLatin1String(kDayNames[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

std::optional<QTime> timeOf(const QString &text)
{
    const QTime t = QTime::fromString(text.trimmed(), QStringLiteral("H:mm"));
    return t.isValid() ? std::optional<QTime>(t) : std::nullopt;
}

// Dashes, tildes and full-width punctuation as operators type them, read as the plain form.
QString plain(QString part)
{
    for (const QChar dash :
         {QChar(0x2013), QChar(0x2014), QChar(u'~'), QChar(0xFF5E), QChar(0xFF0D)})
        part.replace(dash, u'-');
    part.replace(QChar(0xFF1A), u':');
    part.replace(QChar(0xFF0C), u',');
    part.replace(QChar(0x3001), u',');
    part.replace(QStringLiteral("至"), QStringLiteral("-"));
    // Days as Chinese operators write them for a group: working days, the weekend, every day.
    part.replace(QStringLiteral("工作日"), QStringLiteral("Mon-Fri"));
    part.replace(QStringLiteral("周末"), QStringLiteral("Sat,Sun"));
    part.replace(QStringLiteral("每天"), QStringLiteral("Mon-Sun"));
    return part.simplified();
}

} // namespace

bool CustomerAvailability::allows(const QDateTime &start, const QDateTime &end) const
{
    if (isEmpty())
        return true;
    if (!start.isValid() || !end.isValid() || end < start)
        return false;
    const QDate day = start.date();
    for (const WeeklyWindow &w : weekly) {
        if (end.date() == day && w.weekdays.contains(day.dayOfWeek()) && w.from <= start.time()
            && end.time() <= w.to)
            return true;
    }
    for (const DatedWindow &w : dated) {
        if (notAfter(w.from.date(), w.from.time(), day, start.time())
            && notAfter(end.date(), end.time(), w.to.date(), w.to.time()))
            return true;
    }
    return false;
}

QList<CustomerAvailability::DaySpan> CustomerAvailability::spansOn(const QDate &day) const
{
    if (isEmpty())
        return {{0, kMinutesPerDay}};
    QList<DaySpan> spans;
    for (const WeeklyWindow &w : weekly) {
        if (w.weekdays.contains(day.dayOfWeek()))
            spans.append({minuteCeil(w.from), minuteFloor(w.to)});
    }
    for (const DatedWindow &w : dated) {
        if (w.from.date() <= day && day <= w.to.date())
            spans.append({w.from.date() == day ? minuteCeil(w.from.time()) : 0,
                          w.to.date() == day ? minuteFloor(w.to.time()) : kMinutesPerDay});
    }
    spans.removeIf([](const DaySpan &s) { return s.to <= s.from; });
    std::sort(spans.begin(), spans.end(), [](const DaySpan &a, const DaySpan &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
    return spans;
}

std::optional<CustomerAvailability> CustomerAvailability::parse(const QString &text, QString *error)
{
    CustomerAvailability result;
    for (const QString &raw : text.split(u';')) {
        const QString part = plain(raw);
        if (part.isEmpty())
            continue;
        const auto fail = [&](const QString &why) {
            if (error)
                *error = tr("In “%1”: %2").arg(raw.trimmed(), why);
            return std::nullopt;
        };
        const QStringList tokens = part.split(u' ');

        // The hours: "from-to", or for a dated window "from-date to".
        int hoursAt = 0;
        while (hoursAt < tokens.size() && !tokens[hoursAt].front().isDigit())
            ++hoursAt;
        const bool isDated = hoursAt == 0 && !tokens[0].contains(u':');
        const QString lead = isDated ? tokens[0] : tokens.mid(0, hoursAt).join(QString());
        const QString hours = tokens.mid(isDated ? 1 : hoursAt).join(u' ');
        if (lead.isEmpty())
            return fail(
                tr("which days? Write the days or a date before the hours, e.g. “Mon-Fri %1” or "
                   "“2026-11-25 %1”")
                    .arg(hours));
        if (hours.isEmpty())
            return fail(
                tr("the hours are missing; write them after %1, e.g. “%1 12:00-17:00”").arg(lead));
        const qsizetype dash = hours.indexOf(u'-');
        if (dash < 0)
            return fail(tr("write the hours as from-to, e.g. “12:00-17:00”"));
        const QString fromText = hours.left(dash).trimmed();
        QString toText = hours.mid(dash + 1).trimmed();
        const std::optional<QTime> from = timeOf(fromText);
        if (!from)
            return fail(
                tr("“%1” is not a time; write hours and minutes, e.g. “09:00”").arg(fromText));

        QDate toDate; // a dated window may end on a later day: "18:00-2026-11-26 10:00"
        if (isDated && toText.contains(u' ')) {
            const QString dateText = toText.section(u' ', 0, 0);
            const DateInput d = DateInput::parse(dateText);
            if (d.state != DateInput::State::Valid)
                return fail(
                    tr("“%1” is not a date; write year-month-day, e.g. “2026-11-25 09:00-11:00”")
                        .arg(dateText));
            toDate = d.date;
            toText = toText.section(u' ', 1);
        }
        const std::optional<QTime> to = timeOf(toText);
        if (!to)
            return fail(
                tr("“%1” is not a time; write hours and minutes, e.g. “17:00”").arg(toText));

        if (isDated) {
            const DateInput d = DateInput::parse(lead);
            if (d.state != DateInput::State::Valid)
                return fail(
                    tr("“%1” is not a date; write year-month-day, e.g. “2026-11-25 09:00-11:00”")
                        .arg(lead));
            const QDateTime start(d.date, *from);
            const QDateTime end(toDate.isValid() ? toDate : d.date, *to);
            if (!notAfter(start.date(), start.time(), end.date(), end.time()) || start == end)
                return fail(tr("the end comes before the start; write the earlier time first, e.g. "
                               "“09:00-11:00”"));
            result.dated.append({start, end});
            continue;
        }

        WeeklyWindow w{{}, *from, *to};
        for (const QString &item : lead.split(u',', Qt::SkipEmptyParts)) {
            const QStringList ends = item.split(u'-');
            const int first = weekdayOf(ends.first());
            const int last = weekdayOf(ends.last());
            if (first == 0 || last == 0 || ends.size() > 2)
                return fail(
                    tr("“%1” is not a day of the week; write Mon, Tue, Wed, Thu, Fri, Sat or Sun, "
                       "e.g. “Mon,Wed,Fri 12:00-17:00” or “Mon-Fri 09:00-12:00”")
                        .arg(first == 0  ? ends.first()
                             : last == 0 ? ends.last()
                                         : item));
            for (int day = first;; day = day % 7 + 1) { // Sat-Mon runs over the week's end
                w.weekdays.insert(day);
                if (day == last)
                    break;
            }
        }
        if (w.to <= w.from)
            return fail(tr("the end comes before the start; write the earlier time first, e.g. "
                           "“12:00-17:00”"));
        result.weekly.append(w);
    }
    return result;
}

QString CustomerAvailability::toText() const
{
    QStringList parts;
    for (const WeeklyWindow &w : weekly) {
        QList<int> days = w.weekdays.values();
        std::sort(days.begin(), days.end());
        QStringList codes;
        for (int d : std::as_const(days))
            codes.append(QLatin1String(kDayCodes[d - 1]));
        parts.append(codes.join(u',') + u' ' + hhmm(w.from) + u'-' + hhmm(w.to));
    }
    for (const DatedWindow &w : dated) {
        const QString end = w.to.date() == w.from.date()
                                ? hhmm(w.to.time())
                                : isoDate(w.to.date()) + u' ' + hhmm(w.to.time());
        parts.append(isoDate(w.from.date()) + u' ' + hhmm(w.from.time()) + u'-' + end);
    }
    return parts.join(QStringLiteral("; "));
}

QString CustomerAvailability::description() const
{
    if (isEmpty())
        return tr("Any time");
    const auto dayName = [](int isoDay) {
        switch (isoDay) {
        case 1:
            return tr("Mon");
        case 2:
            return tr("Tue");
        case 3:
            return tr("Wed");
        case 4:
            return tr("Thu");
        case 5:
            return tr("Fri");
        case 6:
            return tr("Sat");
        default:
            return tr("Sun");
        }
    };
    QStringList parts;
    for (const WeeklyWindow &w : weekly) {
        QList<int> days = w.weekdays.values();
        std::sort(days.begin(), days.end());
        // Three days or more in a row read as a range: "Mon–Fri"; fewer as a list.
        QStringList names;
        for (qsizetype i = 0; i < days.size();) {
            qsizetype j = i;
            while (j + 1 < days.size() && days[j + 1] == days[j] + 1)
                ++j;
            if (j - i >= 2) {
                names.append(tr("%1–%2").arg(dayName(days[i]), dayName(days[j])));
            } else {
                for (qsizetype k = i; k <= j; ++k)
                    names.append(dayName(days[k]));
            }
            i = j + 1;
        }
        parts.append(
            tr("%1 %2–%3").arg(names.join(QStringLiteral(", ")), hhmm(w.from), hhmm(w.to)));
    }
    for (const DatedWindow &w : dated) {
        const QDate from = w.from.date();
        const QDate to = w.to.date();
        if (from == to)
            parts.append(tr("%1 %2 %3–%4")
                             .arg(dayName(from.dayOfWeek()),
                                  isoDate(from),
                                  hhmm(w.from.time()),
                                  hhmm(w.to.time())));
        else
            parts.append(tr("%1 %2 %3 – %4 %5 %6")
                             .arg(dayName(from.dayOfWeek()),
                                  isoDate(from),
                                  hhmm(w.from.time()),
                                  dayName(to.dayOfWeek()),
                                  isoDate(to),
                                  hhmm(w.to.time())));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace hotline
