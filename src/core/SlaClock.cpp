#include "SlaClock.h"

#include <algorithm>

namespace hotline {

SlaClock::SlaClock(const QDateTime &start, qint64 allowedSeconds, const WorkingCalendar &calendar,
                   QList<SlaPause> pauses)
    : m_start(start), m_allowed(allowedSeconds), m_calendar(calendar)
{
    std::sort(pauses.begin(), pauses.end(), [](const SlaPause &a, const SlaPause &b) { return a.from < b.from; });
    for (const SlaPause &p : pauses) {
        if (!p.from.isValid() || (!p.ongoing() && p.to <= qMax(p.from, m_start)))
            continue; // empty, or over before the clock started
        Span span{qMax(p.from, m_start), p.to};
        if (!m_paused.isEmpty()) {
            Span &last = m_paused.last();
            if (!last.to.isValid())
                continue; // an open pause already stops the clock from its start on
            if (span.from <= last.to) { // overlapping records count once
                last.to = span.to.isValid() ? qMax(last.to, span.to) : QDateTime();
                continue;
            }
        }
        m_paused.append(span);
    }
}

qint64 SlaClock::pausedSeconds(const QDateTime &at) const
{
    qint64 total = 0;
    for (const Span &s : m_paused) {
        if (s.from >= at)
            break;
        const QDateTime end = s.to.isValid() ? qMin(s.to, at) : at;
        total += m_calendar.workingSecondsBetween(s.from, end);
    }
    return total;
}

qint64 SlaClock::usedSeconds(const QDateTime &at) const
{
    if (at <= m_start)
        return 0;
    return m_calendar.workingSecondsBetween(m_start, at) - pausedSeconds(at);
}

double SlaClock::usedFraction(const QDateTime &at) const
{
    return m_allowed > 0 ? double(usedSeconds(at)) / double(m_allowed) : 1.0;
}

bool SlaClock::pausedAt(const QDateTime &at) const
{
    return std::any_of(m_paused.cbegin(), m_paused.cend(), [&](const Span &s) {
        return s.from <= at && (!s.to.isValid() || at < s.to);
    });
}

QDateTime SlaClock::momentUsed(qint64 seconds) const
{
    QDateTime cursor = m_start;
    qint64 remaining = seconds;
    for (const Span &s : m_paused) {
        if (s.from > cursor) {
            const qint64 running = m_calendar.workingSecondsBetween(cursor, s.from);
            if (running >= remaining)
                return m_calendar.addWorkingTime(cursor, remaining);
            remaining -= running;
        }
        if (!s.to.isValid())
            return {}; // stopped until someone resumes it
        cursor = qMax(cursor, s.to);
    }
    return m_calendar.addWorkingTime(cursor, remaining);
}

SlaThresholds::SlaThresholds(QList<int> percents)
    : m_percents(std::move(percents))
{
}

std::optional<SlaThresholds> SlaThresholds::parse(const QString &text)
{
    QList<int> percents;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int p = part.trimmed().remove(u'%').toInt(&ok);
        if (!ok || p < 1 || p > 99 || (!percents.isEmpty() && p <= percents.last()))
            return std::nullopt;
        percents.append(p);
    }
    if (percents.isEmpty())
        return std::nullopt;
    return SlaThresholds(percents);
}

QString SlaThresholds::text() const
{
    QStringList parts;
    for (int p : m_percents)
        parts.append(QString::number(p));
    return parts.join(u',');
}

std::optional<SlaWarning> SlaThresholds::warningAt(const SlaClock &clock, const WorkingCalendar &calendar,
                                                   const QDateTime &now) const
{
    QList<int> levels = m_percents;
    levels.append(100);
    for (auto it = levels.crbegin(); it != levels.crend(); ++it) {
        const QDateTime reached = clock.momentUsed(clock.allowedSeconds() * *it / 100);
        if (!reached.isValid() || reached > now)
            continue;
        // R27: counted in working time, and told in working time only.
        const QDateTime delivered = calendar.nextWorkingMoment(reached);
        if (delivered <= now)
            return SlaWarning{*it, reached, delivered};
    }
    return std::nullopt;
}

} // namespace hotline
