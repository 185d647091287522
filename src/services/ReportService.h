#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace hotline {

class Centre;

// Met or missed, with the tickets on each side (a chart opens the tickets behind it).
struct Share
{
    QList<qint64> met;
    QList<qint64> missed;
    int total() const { return int(met.size() + missed.size()); }
    // Percent met, 0 when there was nothing to count.
    double percent() const { return total() ? 100.0 * double(met.size()) / total() : 0.0; }
};

struct EngineerLoad
{
    QString engineer;
    int visits = 0;
    int completed = 0;
    QList<qint64> tickets;
};

// The centre's numbers for the days from..to (inclusive): what the dashboard shows and
// the monthly report prints.
struct ServiceFigures
{
    QDate from;
    QDate to;
    QList<qint64> calls;        // tickets taken
    QList<qint64> guided;       // of those, guided to an outcome on the phone (R7)
    QList<qint64> remoteFixes;  // of those, fixed on the phone (R7a)
    Share handoff;              // R9: in the supervisor's queue within 5 minutes of the call
    Share visitOnTime;          // R13: first visit within 24 working hours of the request
    Share repairOnTime;         // R13: fixed within 48 working hours
    QList<qint64> visitBreaches;  // R13: recorded by the SLA watch, due in the period
    QList<qint64> repairBreaches;
    QList<qint64> repeats;      // R20: reopened after a follow-up call
    QList<qint64> rated;        // R22: closed by a satisfied follow-up call, rated
    double unitRating = 0;      // average, 1–5
    double engineerRating = 0;  // average, 1–5
    int complaintsOpened = 0;   // R24
    int complaintsResolved = 0;
    int complaintsOpenNow = 0;
    QList<qint64> complaintTickets;
    QList<EngineerLoad> load;

    double remoteFixPercent() const
    {
        return guided.isEmpty() ? 0.0 : 100.0 * double(remoteFixes.size()) / double(guided.size());
    }
};

// The supervisor's picture (R9, R13, R20, R22, R24), counted in working time (R27) without
// the time tickets' clocks stood paused.
class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)
public:
    explicit ReportService(Centre &centre) : m_centre(centre) {}

    static constexpr int kHandoffSeconds = 5 * 60;
    ServiceFigures figures(const QDate &from, const QDate &to) const;

    // The monthly service report (R24 complaints are reportable): one figure per line, in
    // the console's language. CSV for spreadsheets; HTML for print and PDF. Exporting the
    // report is recorded in the audit trail (R26); supervisors only.
    QString csv(const ServiceFigures &f) const;
    QString html(const ServiceFigures &f) const;
    void recordExport(const ServiceFigures &f, const QString &destination) const;

    struct Line
    {
        QString figure;
        QString value;
        QString detail;
    };
    QList<Line> lines(const ServiceFigures &f) const;

private:
    Centre &m_centre;
};

} // namespace hotline
