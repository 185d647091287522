#include "ArchiveWorkplace.h"

#include "ArchiveService.h"
#include "Centre.h"
#include "CommandKeys.h"
#include "RecordTable.h"
#include "TicketListModel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hotline {

ArchiveWorkplace::ArchiveWorkplace(ArchiveService &archive, QWidget *parent)
    : QWidget(parent)
    , m_archive(archive)
{
    setObjectName(QStringLiteral("archiveWorkplace"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("archiveSearch"));
    m_search->setPlaceholderText(tr("Name, any phone number, address, model, serial or words of the fault"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("panelTitle"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_count, 1);
    auto *dial = new QPushButton(tr("&Call customer (Ctrl+D)"), this);
    dial->setObjectName(QStringLiteral("archiveDialButton"));
    dial->setToolTip(tr("Your phone rings first, then the customer of the ticket picked is dialled"));
    dial->setShortcut(CommandKeys::dial());
    connect(dial, &QPushButton::clicked, this, &ArchiveWorkplace::dialCurrent);
    row->addWidget(dial);
    layout->addLayout(row);
    m_model = new TicketListModel(this);
    m_model->setShowTime(true);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(TicketListModel::Fault, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    // Results as you type, without a query per keystroke.
    m_typing.setSingleShot(true);
    m_typing.setInterval(150);
    connect(&m_typing, &QTimer::timeout, this, &ArchiveWorkplace::search);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_typing.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing.stop();
        search();
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(TicketListModel::TicketIdRole).toLongLong());
    });
    m_count->setText(tr("Closed tickets stay searchable: type to search."));
}

void ArchiveWorkplace::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_model->setTickets({});
        m_count->setText(tr("Closed tickets stay searchable: type to search."));
        return;
    }
    try {
        const QList<TicketSummary> found = m_archive.search(text);
        m_model->setTickets(found);
        m_count->setText(tr("%n ticket(s) found", nullptr, int(found.size())));
    } catch (const CentreError &e) {
        m_count->setText(e.message());
    }
}

void ArchiveWorkplace::dialCurrent()
{
    const QModelIndex picked = m_view->currentIndex();
    if (!picked.isValid()) {
        m_count->setText(tr("Pick a ticket first: its customer is called."));
        return;
    }
    // About a ticket, the customer is called on the number they gave for it, as a callback is.
    const QString number = picked.data(TicketListModel::ContactPhoneRole).toString();
    if (number.isEmpty())
        m_count->setText(tr("No phone number on file for this ticket."));
    else
        Q_EMIT dialRequested(number, picked.data(TicketListModel::TicketIdRole).toLongLong());
}

} // namespace hotline
