#include "TriageQueueWorkplace.h"

#include "Centre.h"
#include "TicketListModel.h"
#include "TriageService.h"
#include "RecordTable.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hotline {

TriageQueueWorkplace::TriageQueueWorkplace(TriageService &triage, QWidget *parent)
    : Workplace(parent)
    , m_triage(triage)
{
    setObjectName(QStringLiteral("triageQueue"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(16);

    auto *left = new QVBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("panelTitle"));
    left->addWidget(m_count);
    m_model = new TicketListModel(this);
    m_model->setShowTime(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("triageQueueView"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(TicketListModel::Fault, QHeaderView::Stretch);
    left->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    auto *reload = new QPushButton(tr("&Refresh (F5)"), this);
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    auto *resume = new QPushButton(tr("Re&sume triage (Enter)"), this);
    resume->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(reload);
    buttons->addWidget(resume);
    left->addLayout(buttons);
    layout->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    auto *stepsTitle = new QLabel(tr("Steps recorded so far"), this);
    stepsTitle->setObjectName(QStringLiteral("panelTitle"));
    right->addWidget(stepsTitle);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("queueSteps"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setWordWrap(true);
    right->addWidget(m_steps, 1);
    layout->addLayout(right, 2);

    connect(reload, &QPushButton::clicked, this, &TriageQueueWorkplace::refresh);
    connect(resume, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedTicket())
            Q_EMIT resumeRequested(id);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT resumeRequested(index.data(TicketListModel::TicketIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TriageQueueWorkplace::showSteps);
}

void TriageQueueWorkplace::refresh()
{
    const qint64 keep = selectedTicket();
    QList<TicketSummary> tickets;
    try {
        tickets = m_triage.waitingForTriage();
    } catch (const CentreError &e) {
        m_count->setText(e.message());
        return;
    }
    m_model->setTickets(tickets);
    m_count->setText(tr("%n call(s) waiting for triage", nullptr, int(tickets.size())));
    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->ticketAt(i)->id == keep)
            row = i;
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    showSteps();
}

qint64 TriageQueueWorkplace::selectedTicket() const
{
    const TicketSummary *t = m_model->ticketAt(m_view->currentIndex().row());
    return t ? t->id : 0;
}

void TriageQueueWorkplace::showSteps()
{
    m_steps->clear();
    const qint64 id = selectedTicket();
    if (!id)
        return;
    try {
        const QList<TriageStep> steps = m_triage.steps(id);
        for (const TriageStep &s : steps) {
            if (s.kind != TriageStep::Kind::Answered)
                m_steps->addItem(s.at.toString(QStringLiteral("HH:mm  ")) + s.text);
            else
                m_steps->addItem(QStringLiteral("        → ") + s.text);
        }
        if (steps.isEmpty())
            m_steps->addItem(tr("Not started: the call was saved without guidance."));
    } catch (const CentreError &e) {
        m_steps->addItem(e.message());
    }
}

} // namespace hotline
