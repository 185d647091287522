#include "PlanPreviewDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hotline {

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
    // R14: a booked visit given a new time needs its customer's agreement; an unticked one
    // goes back to the queue instead.
    int newTimes = 0;
    for (const PlannedMove &m : plan.moves)
        newTimes += m.fromEngineerId != 0 && m.fromStart != m.start ? 1 : 0;
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
    if (newTimes > 0) {
        auto *agree = new QLabel(tr("A booked visit at a new time needs its customer's agreement (R14): tick "
                                    "each one the customer agreed to; an unticked one goes back to the queue."),
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
        const BoardVisit *v = day.visit(id);
        return v ? QStringLiteral("%1 · %2 · %3").arg(v->customerName, v->district, v->modelCode) : QString::number(id);
    };
    const auto engineerName = [&](qint64 id) {
        const Engineer *e = day.engineer(id);
        return e ? e->name : QString();
    };
    int row = 0;
    // Visits from the queue first: what the plan is for; then the booked visits it moves.
    QList<PlannedMove> moves = plan.moves;
    std::stable_sort(moves.begin(), moves.end(), [](const PlannedMove &a, const PlannedMove &b) {
        return (a.fromEngineerId == 0) > (b.fromEngineerId == 0);
    });
    for (const PlannedMove &m : std::as_const(moves)) {
        const QString from = m.fromEngineerId ? QStringLiteral("%1 %2").arg(engineerName(m.fromEngineerId), hhmm(m.fromStart))
                                              : tr("Queue");
        const QStringList cells = {visitText(m.visitId), from,
                                   QStringLiteral("%1 %2–%3").arg(engineerName(m.toEngineerId), hhmm(m.start), hhmm(m.end)),
                                   m.reason};
        for (int c = 0; c < 4; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (m.fromEngineerId != 0 && m.fromStart != m.start) {
            QTableWidgetItem *visit = m_table->item(row, 0);
            visit->setFlags(visit->flags() | Qt::ItemIsUserCheckable);
            visit->setCheckState(Qt::Unchecked);
            visit->setData(Qt::UserRole, m.visitId);
            visit->setToolTip(tr("Tick when the customer agreed to the new time (R14)"));
        }
        ++row;
    }
    for (const Unplaced &u : plan.unplaced) {
        const QStringList cells = {visitText(u.visitId),
                                   u.fromEngineerId ? engineerName(u.fromEngineerId) : tr("Queue"), tr("Queue"),
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
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(980, 560);
}

QSet<qint64> PlanPreviewDialog::agreedVisits() const
{
    QSet<qint64> agreed;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *visit = m_table->item(row, 0);
        if (visit->flags().testFlag(Qt::ItemIsUserCheckable) && visit->checkState() == Qt::Checked)
            agreed.insert(visit->data(Qt::UserRole).toLongLong());
    }
    return agreed;
}

} // namespace hotline
