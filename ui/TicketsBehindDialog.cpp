#include "TicketsBehindDialog.h"

#include "RecordTable.h"
#include "TicketListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace hotline {

TicketsBehindDialog::TicketsBehindDialog(const QString &title, const QList<TicketSummary> &tickets, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    resize(900, 480);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("%1 · %n ticket(s); Enter opens one", nullptr, int(tickets.size())).arg(title), this);
    heading->setObjectName(QStringLiteral("panelTitle"));
    layout->addWidget(heading);
    m_model = new TicketListModel(this);
    m_model->setShowTime(true);
    m_model->setTickets(tickets);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ticketsBehind"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(TicketListModel::Fault, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &TicketsBehindDialog::openCurrent);
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_view);
    enter->setContext(Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &TicketsBehindDialog::openCurrent);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->setFocus();
}

void TicketsBehindDialog::openCurrent()
{
    if (const TicketSummary *t = m_model->ticketAt(m_view->currentIndex().row())) {
        Q_EMIT openRequested(t->id);
        accept();
    }
}

} // namespace hotline
