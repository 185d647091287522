#pragma once

#include "WorkingCalendar.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hotline {

// A stretch of time when a ticket's service clocks stood still (R13): it waited for parts or
// for the customer. Recorded with who started and ended it and why (R5).
struct SlaPause
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString reason; // "parts", "customer"
    QString note;
    QDateTime from;
    QDateTime to; // invalid: still paused
    QString startedBy;
    QString endedBy;

    bool ongoing() const { return !to.isValid(); }
    static inline const QString kParts = QStringLiteral("parts");
    static inline const QString kCustomer = QStringLiteral("customer");
};

// One service commitment of a ticket (R13): `allowedSeconds` of the centre's working time
// (R27) from `start`, not counting the working time spent in pauses.
class SlaClock
{
public:
    SlaClock(const QDateTime &start, qint64 allowedSeconds, const WorkingCalendar &calendar,
             QList<SlaPause> pauses = {});

    qint64 allowedSeconds() const { return m_allowed; }
    // Working seconds spent paused, and used on the commitment, by `at`.
    qint64 pausedSeconds(const QDateTime &at) const;
    qint64 usedSeconds(const QDateTime &at) const;
    qint64 leftSeconds(const QDateTime &at) const { return m_allowed - usedSeconds(at); }
    // 0.75 when three quarters of the allowance are used; above 1 when breached.
    double usedFraction(const QDateTime &at) const;
    bool pausedAt(const QDateTime &at) const;
    // The moment `seconds` of the allowance are used up, counting the pauses recorded; invalid
    // when a pause still going on stops the clock before that.
    QDateTime momentUsed(qint64 seconds) const;
    // When the allowance runs out: invalid while a pause still stops the clock.
    QDateTime due() const { return momentUsed(m_allowed); }

private:
    struct Span
    {
        QDateTime from;
        QDateTime to; // invalid: open
    };

    QDateTime m_start;
    qint64 m_allowed = 0;
    WorkingCalendar m_calendar;
    QList<Span> m_paused; // merged, in order, each starting after m_start
};

// R13, R27: the supervisors are warned when a commitment has used these shares of its time
// (e.g. 75 % and 90 %), and told when it is breached. A warning reached out of hours is
// delivered at the next working moment.
struct SlaWarning
{
    int percent = 0;     // the threshold reached; 100: breached
    QDateTime reachedAt; // when the clock reached it
    QDateTime deliveredAt; // the first working moment from then on
};

class SlaThresholds
{
public:
    SlaThresholds() = default;
    explicit SlaThresholds(QList<int> percents);

    QList<int> percents() const { return m_percents; }
    // "75,90" → {75, 90}; nullopt when a value is not a whole percent from 1 to 99, or the
    // values are not rising.
    static std::optional<SlaThresholds> parse(const QString &text);
    QString text() const;

    // The highest threshold (or the breach) the clock reached and delivered by `now`.
    std::optional<SlaWarning> warningAt(const SlaClock &clock, const WorkingCalendar &calendar,
                                        const QDateTime &now) const;

private:
    QList<int> m_percents{75, 90};
};

} // namespace hotline
