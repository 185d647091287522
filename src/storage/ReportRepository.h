#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace hotline {

class Database;

// The rows behind the supervisor's figures (R9, R13, R20, R22, R24) for one period
// [from, to). Each list is small for a month of a centre; the arithmetic in working time
// (R27) is done by the service.
class ReportRepository
{
public:
    explicit ReportRepository(const Database &db) : m_db(db) {}

    struct Call
    {
        qint64 ticketId = 0;
        QDateTime createdAt;
        QString triageOutcome; // empty: not yet guided to an end
        QDateTime handoffAt;   // R9: when the call's outcome sent it on (its history line)
        QDateTime lastStepAt;  // the last guided step: the call's end (null: no step)
    };
    // Calls taken in the period.
    QList<Call> calls(const QDateTime &from, const QDateTime &to) const;

    struct Timing
    {
        qint64 ticketId = 0;
        QDateTime requestedAt;
        QDateTime at; // the first visit's start, or the fixed visit's completion
    };
    // R13: tickets whose first visit starts in the period.
    QList<Timing> firstVisits(const QDateTime &from, const QDateTime &to) const;
    // R13: visits completed as fixed in the period.
    QList<Timing> repairs(const QDateTime &from, const QDateTime &to) const;
    // R20: tickets reopened in the period.
    QList<qint64> reopened(const QDateTime &from, const QDateTime &to) const;

    struct Rating
    {
        qint64 ticketId = 0;
        int unit = 0;
        int engineer = 0;
    };
    // R22: tickets closed in the period by a satisfied follow-up call, with their ratings.
    QList<Rating> ratings(const QDateTime &from, const QDateTime &to) const;

    // R24: complaints opened in the period, resolved in the period, and open now.
    QList<qint64> complaintTicketsOpened(const QDateTime &from, const QDateTime &to, int *count) const;
    int complaintsResolved(const QDateTime &from, const QDateTime &to) const;
    int complaintsOpenNow() const;

    struct Load
    {
        qint64 engineerId = 0;
        QString engineer;
        int visits = 0;
        int completed = 0;
        QList<qint64> tickets;
    };
    // Visits per engineer starting in the period, every active engineer listed.
    QList<Load> load(const QDateTime &from, const QDateTime &to) const;

private:
    const Database &m_db;
};

} // namespace hotline
