#include "PlanPreviewDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hotline {

namespace {

QString engineerName(const DispatchDay &day, qint64 id)
{
    for (const Engineer &e : day.engineers) {
        if (e.id == id)
            return e.name;
    }
    return QString();
}

const BoardVisit *visitOf(const DispatchDay &day, qint64 id)
{
    for (const QList<BoardVisit> *list : {&day.visits, &day.queue}) {
        for (const BoardVisit &v : *list) {
            if (v.id == id)
                return &v;
        }
    }
    return nullptr;
}

} // namespace

PlanPreviewDialog::PlanPreviewDialog(const DayPlan &plan, const DispatchDay &day, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("planPreview"));
    setWindowTitle(tr("Plan for %1").arg(QLocale().toString(day.date, QLocale::LongFormat)));
    auto *layout = new QVBoxLayout(this);

    int fromQueue = 0;
    for (const PlannedMove &m : plan.moves)
        fromQueue += m.fromEngineerId == 0 ? 1 : 0;
    const int moved = int(plan.moves.size()) - fromQueue;
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("planSummary"));
    summary->setWordWrap(true);
    summary->setText(
        tr("<b>%1 from the queue placed, %2 booked visit(s) moved, %3 left for you.</b><br>"
           "Visits starting within 24 working hours of the request (R13): %4; late or left over: %5. "
           "Travel for all engineers: %6 min. Pinned visits stay where they are.")
            .arg(fromQueue)
            .arg(moved)
            .arg(plan.unplaced.size())
            .arg(plan.commitmentsMet)
            .arg(plan.commitmentsAtRisk)
            .arg(plan.travelMinutes));
    layout->addWidget(summary);
    if (moved > 0) {
        auto *agree = new QLabel(tr("A booked visit that moves needs its customer's agreement (R14): "
                                    "call them after applying."),
                                 this);
        agree->setObjectName(QStringLiteral("verifyText"));
        agree->setWordWrap(true);
        layout->addWidget(agree);
    }

    m_table = new QTableWidget(int(plan.moves.size() + plan.unplaced.size()), 4, this);
    m_table->setHorizontalHeaderLabels({tr("Visit"), tr("From"), tr("To"), tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    const auto hhmm = [](const QDateTime &t) { return t.toString(QStringLiteral("HH:mm")); };
    const auto visitText = [&](qint64 id) {
        const BoardVisit *v = visitOf(day, id);
        return v ? QStringLiteral("%1 · %2 · %3").arg(v->customerName, v->district, v->modelCode) : QString::number(id);
    };
    int row = 0;
    // Visits from the queue first: what the plan is for; then the booked visits it moves.
    QList<PlannedMove> moves = plan.moves;
    std::stable_sort(moves.begin(), moves.end(), [](const PlannedMove &a, const PlannedMove &b) {
        return (a.fromEngineerId == 0) > (b.fromEngineerId == 0);
    });
    for (const PlannedMove &m : std::as_const(moves)) {
        const QString from = m.fromEngineerId ? QStringLiteral("%1 %2").arg(engineerName(day, m.fromEngineerId), hhmm(m.fromStart))
                                              : tr("Queue");
        const QStringList cells = {visitText(m.visitId), from,
                                   QStringLiteral("%1 %2–%3").arg(engineerName(day, m.toEngineerId), hhmm(m.start), hhmm(m.end)),
                                   m.reason};
        for (int c = 0; c < 4; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
    for (const Unplaced &u : plan.unplaced) {
        const QStringList cells = {visitText(u.visitId),
                                   u.fromEngineerId ? engineerName(day, u.fromEngineerId) : tr("Queue"), tr("Queue"),
                                   u.reason};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setForeground(QColor(0x8a, 0x53, 0x00));
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Row heights once the columns have their widths (the reasons wrap).
    QTimer::singleShot(0, m_table, &QTableWidget::resizeRowsToContents);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *apply = buttons->addButton(tr("Apply plan"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Discard"), QDialogButtonBox::RejectRole);
    apply->setDefault(true);
    apply->setEnabled(!plan.moves.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 560);
}

} // namespace hotline
