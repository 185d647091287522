#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>

#include <optional>

namespace hotline {

// When the customer can receive the engineer, as told at intake (R1: the customer's request,
// preferred visit time). A visit is booked only inside one of these windows (R10, R11), and
// moving it elsewhere needs the customer's agreement (R14). No window at all means any time.
//
// Times are wall-clock times on the visit's own clock, as the engineer's working hours are:
// a window 12:00–17:00 means 12:00–17:00 whatever time spec the visit's QDateTime carries.
class CustomerAvailability
{
    Q_DECLARE_TR_FUNCTIONS(CustomerAvailability)
public:
    // Every week on these days (ISO: 1 = Monday … 7 = Sunday), from–to on each of them.
    struct WeeklyWindow
    {
        QSet<int> weekdays;
        QTime from;
        QTime to;
        friend bool operator==(const WeeklyWindow &, const WeeklyWindow &) = default;
    };
    // Once: from–to, which may run past midnight into a later day.
    struct DatedWindow
    {
        QDateTime from;
        QDateTime to;
        friend bool operator==(const DatedWindow &, const DatedWindow &) = default;
    };
    // Part of one day, in minutes after midnight; `to` may be 1440 (the end of the day).
    struct DaySpan
    {
        int from = 0;
        int to = 0;
        friend bool operator==(const DaySpan &, const DaySpan &) = default;
    };

    QList<WeeklyWindow> weekly;
    QList<DatedWindow> dated;

    bool isEmpty() const { return weekly.isEmpty() && dated.isEmpty(); }
    // The whole visit, start to end, inside one window (always true when empty).
    bool allows(const QDateTime &start, const QDateTime &end) const;
    // The windows that touch `day`, cut to it, sorted; the whole day when empty.
    QList<DaySpan> spansOn(const QDate &day) const;

    // The stored form, also typed on the command line, e.g.
    //   "Mon,Wed,Fri 12:00-17:00; 2026-11-25 09:00-11:00"
    // Parts are separated by ';'. Days may be listed (Mon,Wed), given as a range (Mon-Fri),
    // or spelled in full (Monday); a dated window may end on a later day
    // ("2026-11-25 18:00-2026-11-26 10:00"). The empty text is "any time". On an error,
    // `error` names the part that is wrong and what to write instead.
    static std::optional<CustomerAvailability> parse(const QString &text, QString *error = nullptr);
    QString toText() const; // canonical: parse(toText()) gives the same availability back

    // For people: "Mon, Wed, Fri 12:00–17:00; Wed 2026-11-25 09:00–11:00", "Any time".
    QString description() const;

    friend bool operator==(const CustomerAvailability &, const CustomerAvailability &) = default;
};

} // namespace hotline
