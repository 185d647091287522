#include "DashboardWorkplace.h"

#include "ArchiveService.h"
#include "Centre.h"
#include "DateBox.h"
#include "PrintedReport.h"
#include "TicketsBehindDialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalPercentBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace hotline {

namespace {

const QColor kMet(0x2e, 0x7d, 0x32);
const QColor kMissed(0xc6, 0x28, 0x28);
const QColor kNeutral(0x1f, 0x5f, 0xa8);
const QColor kMuted(0x9e, 0xa7, 0xb3);

QChart *freshChart(QChartView *view, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart *old = view->chart();
    view->setChart(chart);
    // Later, not now: a refresh can come while one of its bars' clicks is being handled.
    if (old)
        old->deleteLater();
    return chart;
}

// Whole numbers only: one tick per unit up to ten, then nice steps.
QValueAxis *countAxis(int most)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    const int top = qMax(4, most + 1);
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(top <= 10 ? 1 : top <= 50 ? 5 : top <= 200 ? 20 : 100);
    return axis;
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

} // namespace

DashboardWorkplace::DashboardWorkplace(Centre &centre, ArchiveService &archive, QWidget *parent)
    : Workplace(parent)
    , m_centre(centre)
    , m_archive(archive)
    , m_reports(centre)
{
    setObjectName(QStringLiteral("dashboardWorkplace"));
    buildUi();
    // This month so far; counted when the dashboard is first shown, not at start-up.
    const QDate today = m_centre.today();
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
}

void DashboardWorkplace::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *bar = new QHBoxLayout;
    auto preset = [this, bar](const QString &text, auto period) {
        auto *button = new QPushButton(text, this);
        bar->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, period] {
            const auto [from, to] = period(m_centre.today());
            setPeriod(from, to);
        });
    };
    preset(tr("&Today"), [](const QDate &d) { return std::pair{d, d}; });
    preset(tr("This &week"), [](const QDate &d) { return std::pair{d.addDays(1 - d.dayOfWeek()), d}; });
    preset(tr("This &month"), [](const QDate &d) { return std::pair{QDate(d.year(), d.month(), 1), d}; });
    preset(tr("&Last month"), [](const QDate &d) {
        const QDate first = QDate(d.year(), d.month(), 1).addMonths(-1);
        return std::pair{first, first.addMonths(1).addDays(-1)};
    });
    bar->addSpacing(12);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        fitDateBox(edit, QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::editingFinished, this, &DashboardWorkplace::refresh);
    }
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    bar->addWidget(m_message, 1);
    auto *report = new QPushButton(tr("&Report (PDF / CSV)…"), this);
    report->setEnabled(m_centre.may(Permission::ExportCustomerData)); // R26
    connect(report, &QPushButton::clicked, this, &DashboardWorkplace::saveReport);
    bar->addWidget(report);
    layout->addLayout(bar);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("panelTitle"));
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    layout->addLayout(grid, 1);
    auto add = [this, grid](int row, int column, int columnSpan = 1) {
        auto *view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
        grid->addWidget(view, row, column, 1, columnSpan);
        return view;
    };
    m_commitments = add(0, 0);
    m_calls = add(0, 1);
    m_satisfaction = add(0, 2);
    m_load = add(1, 0, 2);
    m_complaints = add(1, 2);
}

void DashboardWorkplace::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void DashboardWorkplace::refresh()
{
    const QDate from = m_from->date();
    const QDate to = qMax(from, m_to->date());
    try {
        m_figures = m_reports.figures(from, to);
    } catch (const CentreError &e) {
        m_message->setText(e.message());
        return;
    }
    m_message->clear();
    const ServiceFigures &f = m_figures;
    m_headline->setText(tr("%1 to %2: %n call(s) taken", nullptr, int(f.calls.size()))
                            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                        + QStringLiteral("  ·  ")
                        + tr("%1% fixed on the phone").arg(f.remoteFixPercent(), 0, 'f', 0) + QStringLiteral("  ·  ")
                        + tr("%1% visited within 24 h").arg(f.visitOnTime.percent(), 0, 'f', 0)
                        + QStringLiteral("  ·  ") + tr("%n complaint(s) open", nullptr, f.complaintsOpenNow));
    drawCommitments();
    drawCalls();
    drawSatisfaction();
    drawComplaints();
    drawLoad();
}

void DashboardWorkplace::drawCommitments()
{
    const ServiceFigures &f = m_figures;
    QChart *chart = freshChart(m_commitments, tr("Commitments kept (R9, R13)"));
    const QList<std::pair<QString, const Share *>> rows{
        {tr("Repair in 48 h"), &f.repairOnTime}, {tr("Visit in 24 h"), &f.visitOnTime}, {tr("Queue in 5 min"), &f.handoff}};
    auto *met = barSet(tr("Kept"), kMet);
    auto *missed = barSet(tr("Missed"), kMissed);
    QStringList categories;
    for (const auto &[label, share] : rows) {
        categories << tr("%1 (%2%)").arg(label).arg(share->percent(), 0, 'f', 0);
        *met << share->met.size();
        *missed << share->missed.size();
    }
    auto *series = new QHorizontalPercentBarSeries;
    series->append({met, missed});
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto *value = new QValueAxis;
    value->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(value, Qt::AlignBottom);
    series->attachAxis(value);
    connect(series, &QHorizontalPercentBarSeries::clicked, this, [this, rows, met](int index, QBarSet *set) {
        const auto &[label, share] = rows.at(index);
        showTickets(label + QStringLiteral(": ") + set->label(), set == met ? share->met : share->missed);
    });
}

void DashboardWorkplace::drawCalls()
{
    const ServiceFigures &f = m_figures;
    QChart *chart = freshChart(m_calls, tr("Calls: fixed on the phone (%1%)").arg(f.remoteFixPercent(), 0, 'f', 0));
    QList<qint64> sentOn, notGuided;
    for (qint64 id : f.calls) {
        if (!f.guided.contains(id))
            notGuided.append(id);
        else if (!f.remoteFixes.contains(id))
            sentOn.append(id);
    }
    const QList<std::tuple<QString, QList<qint64>, QColor>> slices{
        {tr("By phone"), f.remoteFixes, kMet},
        {tr("To a visit"), sentOn, kNeutral},
        {tr("Not guided"), notGuided, kMuted}};
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    for (const auto &[label, ids, color] : slices) {
        QPieSlice *slice = series->append(QStringLiteral("%1: %2").arg(label).arg(ids.size()), qMax<qsizetype>(ids.size(), 0));
        slice->setColor(color);
        const QString title = label;
        const QList<qint64> tickets = ids;
        connect(slice, &QPieSlice::clicked, this, [this, title, tickets] { showTickets(title, tickets); });
    }
    chart->addSeries(series);
}

void DashboardWorkplace::drawSatisfaction()
{
    const ServiceFigures &f = m_figures;
    QChart *chart = freshChart(m_satisfaction, tr("Satisfaction, %n rated call(s) (R22)", nullptr, int(f.rated.size())));
    auto *unit = barSet(tr("Unit"), kNeutral);
    auto *engineer = barSet(tr("Engineer"), kMet);
    *unit << f.unitRating;
    *engineer << f.engineerRating;
    auto *series = new QBarSeries;
    series->append({unit, engineer});
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *axis = new QValueAxis;
    axis->setRange(0, 5);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    connect(series, &QBarSeries::clicked, this, [this](int, QBarSet *) { showTickets(tr("Rated follow-up calls"), m_figures.rated); });
}

void DashboardWorkplace::drawComplaints()
{
    const ServiceFigures &f = m_figures;
    QChart *chart = freshChart(m_complaints, tr("Complaints (R24) and repeats (R20)"));
    chart->legend()->hide();
    auto *set = barSet(tr("Count"), kMissed);
    *set << f.complaintsOpened << f.complaintsResolved << f.complaintsOpenNow << f.repeats.size();
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append({tr("Opened"), tr("Resolved"), tr("Open"), tr("Repeats")});
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *value = countAxis(std::max({f.complaintsOpened, f.complaintsResolved, f.complaintsOpenNow, int(f.repeats.size())}));
    chart->addAxis(value, Qt::AlignLeft);
    series->attachAxis(value);
    connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index == 3)
            showTickets(tr("Repeat visits"), m_figures.repeats);
        else
            showTickets(tr("Complaints"), m_figures.complaintTickets);
    });
}

void DashboardWorkplace::drawLoad()
{
    const ServiceFigures &f = m_figures;
    QChart *chart = freshChart(m_load, tr("Visits per engineer"));
    auto *done = barSet(tr("Completed"), kMet);
    auto *rest = barSet(tr("Scheduled"), kNeutral);
    QStringList names;
    int most = 0;
    for (const EngineerLoad &l : f.load) {
        names << l.engineer;
        *done << l.completed;
        *rest << (l.visits - l.completed);
        most = qMax(most, l.visits);
    }
    auto *series = new QStackedBarSeries;
    series->append({done, rest});
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(names);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *value = countAxis(most);
    chart->addAxis(value, Qt::AlignLeft);
    series->attachAxis(value);
    connect(series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_figures.load.size())
            showTickets(m_figures.load[index].engineer, m_figures.load[index].tickets);
    });
}

void DashboardWorkplace::showTickets(const QString &title, const QList<qint64> &ids)
{
    QList<TicketSummary> tickets;
    try {
        tickets = m_archive.tickets(ids);
    } catch (const CentreError &e) {
        m_message->setText(e.message());
        return;
    }
    TicketsBehindDialog dialog(title, tickets, this);
    connect(&dialog, &TicketsBehindDialog::openRequested, this, &DashboardWorkplace::openRequested);
    dialog.exec();
}

void DashboardWorkplace::saveReport()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the service report"),
        QStringLiteral("service-report-%1-%2.pdf").arg(m_figures.from.toString(Qt::ISODate), m_figures.to.toString(Qt::ISODate)),
        tr("PDF (*.pdf);;CSV (*.csv)"));
    if (file.isEmpty())
        return;
    try {
        m_reports.recordExport(m_figures, file);
    } catch (const CentreError &e) {
        m_message->setText(e.message());
        return;
    }
    m_message->setText(PrintedReport::save(file, m_reports.csv(m_figures), m_reports.html(m_figures))
                           ? tr("Saved %1").arg(file)
                           : tr("Cannot write %1").arg(file));
}

} // namespace hotline
