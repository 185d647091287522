#pragma once

#include "Workplace.h"

#include "ReportService.h"


class QChart;
class QChartView;
class QDateEdit;
class QLabel;

namespace hotline {

class ArchiveService;
class Centre;

// The supervisor's picture of the centre (R9, R13, R20, R22, R24): commitments kept, calls
// fixed on the phone, satisfaction, complaints and repeats, and each engineer's load, for
// today or any period. Every bar and slice opens the tickets behind it; the figures follow
// live updates; the period's report is saved as PDF or CSV.
class DashboardWorkplace final : public Workplace
{
    Q_OBJECT
public:
    DashboardWorkplace(Centre &centre, ArchiveService &archive, QWidget *parent = nullptr);

    const ServiceFigures &figures() const { return m_figures; }
    void setPeriod(const QDate &from, const QDate &to);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openRequested(qint64 ticketId);

protected:
    void reloadOnShow() override { refresh(); }

private:
    void buildUi();
    void showTickets(const QString &title, const QList<qint64> &ids);
    void saveReport();
    QChartView *addChart(int row, int column);
    void drawCommitments();
    void drawCalls();
    void drawSatisfaction();
    void drawComplaints();
    void drawLoad();

    Centre &m_centre;
    ArchiveService &m_archive;
    ReportService m_reports;
    ServiceFigures m_figures;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_message = nullptr;
    QChartView *m_commitments = nullptr;
    QChartView *m_calls = nullptr;
    QChartView *m_satisfaction = nullptr;
    QChartView *m_complaints = nullptr;
    QChartView *m_load = nullptr;
};

} // namespace hotline
