#pragma once

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTime>

namespace hotline {

// Rule R27: the service centre's working days and hours. "Next morning" and the SLA clocks
// count in this calendar. Public holidays close a day; make-up working days (调休) open a
// day that is normally a rest day.
class WorkingCalendar
{
public:
    WorkingCalendar();

    void setHours(QTime start, QTime end);
    void setRestDays(QSet<int> isoWeekdays); // 1 = Monday … 7 = Sunday
    void setHolidays(QSet<QDate> days);
    void setMakeUpWorkdays(QSet<QDate> days);

    QTime startOfDay() const { return m_start; }
    QTime endOfDay() const { return m_end; }
    QSet<int> restDays() const { return m_restDays; }
    QSet<QDate> holidays() const { return m_holidays; }
    QSet<QDate> makeUpWorkdays() const { return m_makeUp; }

    bool isWorkingDay(const QDate &day) const;
    QDate previousWorkingDay(const QDate &day) const; // strictly before
    QDate nextWorkingDay(const QDate &day) const;     // strictly after
    bool isWorkingTime(const QDateTime &moment) const;
    // The moment itself when it falls in working time, else the start of the next working period.
    QDateTime nextWorkingMoment(const QDateTime &moment) const;
    // R13 + R27: `seconds` of working time after `from` (the 24 h / 48 h commitments).
    QDateTime addWorkingTime(const QDateTime &from, qint64 seconds) const;
    // Working time from `from` to `to`; negative when `to` is earlier.
    qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;

private:
    // nextWorkingMoment on a moment's reading (its date and time, held in UTC).
    QDateTime nextReading(const QDateTime &reading) const;
    qint64 secondsBetweenReadings(const QDateTime &from, const QDateTime &to) const; // from <= to
    // The same on the moments themselves, for a clock that changes on the way.
    QDateTime addWorkingTimeOnMoments(const QDateTime &from, qint64 seconds) const;
    qint64 workingSecondsOnMoments(const QDateTime &from, const QDateTime &to) const;

    QTime m_start{8, 30};
    QTime m_end{17, 30};
    QSet<int> m_restDays{6, 7};
    QSet<QDate> m_holidays;
    QSet<QDate> m_makeUp;
};

} // namespace hotline
