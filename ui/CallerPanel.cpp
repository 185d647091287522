#include "CallerPanel.h"

#include "CommandKeys.h"
#include "RecordTable.h"
#include "TicketListModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hotline {

CallerPanel::CallerPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("callerPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *title = new QLabel(tr("Caller history"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    layout->addWidget(title);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    m_prompt = new QLabel(m_pages);
    m_prompt->setObjectName(QStringLiteral("panelPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_pages->addWidget(m_prompt);

    auto *found = new QWidget(m_pages);
    auto *foundLayout = new QVBoxLayout(found);
    foundLayout->setContentsMargins(0, 0, 0, 0);
    m_headline = new QLabel(found);
    m_headline->setObjectName(QStringLiteral("matchHeadline"));
    m_headline->setWordWrap(true);
    foundLayout->addWidget(m_headline);

    m_customerList = new QListWidget(found);
    m_customerList->setMaximumHeight(90);
    foundLayout->addWidget(m_customerList);

    m_details = new QLabel(found);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    foundLayout->addWidget(m_details);

    auto *unitsLabel = new QLabel(tr("Units"), found);
    unitsLabel->setObjectName(QStringLiteral("sectionLabel"));
    foundLayout->addWidget(unitsLabel);
    m_units = new QListWidget(found);
    m_units->setMaximumHeight(86);
    foundLayout->addWidget(m_units);

    auto *ticketsLabel = new QLabel(tr("Earlier tickets"), found);
    ticketsLabel->setObjectName(QStringLiteral("sectionLabel"));
    foundLayout->addWidget(ticketsLabel);
    m_tickets = new TicketListModel(this);
    m_ticketView = new QTableView(found);
    m_ticketView->setModel(m_tickets);
    setUpRecordTable(m_ticketView);
    m_ticketView->horizontalHeader()->setStretchLastSection(false);
    m_ticketView->horizontalHeader()->setSectionResizeMode(TicketListModel::Fault,
                                                           QHeaderView::Stretch);
    m_ticketView->hideColumn(TicketListModel::Customer); // it is the caller's own list
    foundLayout->addWidget(m_ticketView, 1);

    m_useButton = new QPushButton(tr("&Use this customer"), found);
    m_useButton->setToolTip(tr("Fill the form with this customer's details (Ctrl+U)"));
    m_dialButton = new QPushButton(tr("&Call back (Ctrl+D)"), found);
    m_dialButton->setObjectName(QStringLiteral("callerDialButton"));
    m_dialButton->setToolTip(tr("Your phone rings first, then this customer's preferred number is dialled"));
    m_dialButton->setShortcut(CommandKeys::dial());
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_dialButton);
    buttons->addWidget(m_useButton);
    foundLayout->addLayout(buttons);
    m_pages->addWidget(found);

    connect(m_customerList, &QListWidget::currentRowChanged, this, &CallerPanel::showCustomer);
    connect(m_customerList, &QListWidget::itemActivated, this, &CallerPanel::chooseCurrent);
    connect(m_units, &QListWidget::itemActivated, this, &CallerPanel::chooseCurrent);
    connect(m_useButton, &QPushButton::clicked, this, &CallerPanel::chooseCurrent);
    connect(m_dialButton, &QPushButton::clicked, this, &CallerPanel::dialCurrent);
    connect(m_ticketView, &QTableView::activated, this, [this](const QModelIndex &index) {
        // Choosing an earlier ticket means "the same unit again".
        const qint64 unitId = index.data(TicketListModel::UnitIdRole).toLongLong();
        for (int i = 0; i < m_units->count(); ++i) {
            if (m_units->item(i)->data(Qt::UserRole).toLongLong() == unitId)
                m_units->setCurrentRow(i);
        }
        chooseCurrent();
    });
    showPrompt();
}

void CallerPanel::showPrompt()
{
    m_matches.clear();
    m_prompt->setText(tr("Type the caller's number in any format: their earlier tickets and "
                         "units appear here while you talk."));
    m_pages->setCurrentIndex(0);
}

void CallerPanel::showMatches(const QString &number, const QList<ReturningCustomer> &matches)
{
    m_matches = matches;
    if (matches.isEmpty()) {
        m_prompt->setText(tr("No earlier record for %1: this is a new customer.").arg(number));
        m_pages->setCurrentIndex(0);
        return;
    }
    m_headline->setText(matches.size() == 1
                            ? tr("Known caller: %1").arg(number)
                            : tr("%n customers share %1: ask for the name", nullptr,
                                 int(matches.size())).arg(number));
    m_customerList->clear();
    for (const ReturningCustomer &m : matches) {
        const QString where = m.customer.addresses.isEmpty() ? QString()
                                                             : m.customer.addresses.first().district;
        m_customerList->addItem(tr("%1  ·  %2  ·  %n ticket(s)", nullptr, int(m.tickets.size()))
                                    .arg(m.customer.name, where));
    }
    m_customerList->setVisible(matches.size() > 1);
    m_pages->setCurrentIndex(1);
    m_customerList->setCurrentRow(0);
    showCustomer(0);
}

void CallerPanel::showCustomer(int index)
{
    if (index < 0 || index >= m_matches.size())
        return;
    const ReturningCustomer &m = m_matches.at(index);
    QStringList numbers;
    for (const CustomerPhone &p : m.customer.phones)
        numbers.append(p.preferred ? p.typed + tr(" (preferred)") : p.typed);
    const QString address = m.customer.addresses.isEmpty() ? tr("no address on file")
                                                           : m.customer.addresses.first().text;
    m_details->setText(QStringLiteral("<b>%1</b><br>%2<br>%3")
                           .arg(m.customer.name.toHtmlEscaped(),
                                numbers.join(QStringLiteral(" · ")).toHtmlEscaped(),
                                address.toHtmlEscaped()));
    m_units->clear();
    for (const Unit &u : m.customer.units) {
        const QString bought = u.purchaseDate.isValid()
                                   ? tr("bought %1").arg(u.purchaseDate.toString(Qt::ISODate))
                                   : tr("purchase date unknown");
        auto *item = new QListWidgetItem(QStringLiteral("%1 %2  ·  %3  ·  %4")
                                             .arg(u.modelCode, u.modelName,
                                                  u.serial.isEmpty() ? tr("no serial") : u.serial,
                                                  bought));
        item->setData(Qt::UserRole, u.id);
        m_units->addItem(item);
    }
    m_tickets->setTickets(m.tickets);
}

const ReturningCustomer *CallerPanel::current() const
{
    const int row = m_customerList->currentRow();
    if (m_pages->currentIndex() != 1 || row < 0 || row >= m_matches.size())
        return nullptr;
    return &m_matches.at(row);
}

qint64 CallerPanel::selectedUnitId() const
{
    const QListWidgetItem *item = m_units->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CallerPanel::chooseCurrent()
{
    if (const ReturningCustomer *c = current())
        Q_EMIT customerChosen(*c, selectedUnitId());
}

void CallerPanel::dialCurrent()
{
    const ReturningCustomer *c = current();
    const QString number = c ? c->customer.numberToCall() : QString();
    if (number.isEmpty())
        return;
    const QModelIndex picked = m_ticketView->currentIndex();
    qint64 ticketId = picked.isValid() ? picked.data(TicketListModel::TicketIdRole).toLongLong() : 0;
    if (!ticketId && !c->tickets.isEmpty())
        ticketId = c->tickets.first().id;
    Q_EMIT dialRequested(number, ticketId);
}

} // namespace hotline
