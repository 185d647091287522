#include "TicketListModel.h"

#include <QBrush>
#include <QColor>

namespace hotline {

TicketListModel::TicketListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TicketListModel::setTickets(QList<TicketSummary> tickets)
{
    beginResetModel();
    m_tickets = std::move(tickets);
    endResetModel();
}

const TicketSummary *TicketListModel::ticketAt(int row) const
{
    return row >= 0 && row < m_tickets.size() ? &m_tickets.at(row) : nullptr;
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    const TicketSummary *t = ticketAt(index.row());
    if (!t || index.column() >= ColumnCount)
        return {};
    if (role == TicketIdRole)
        return t->id;
    if (role == UnitIdRole)
        return t->unitId;
    if (role == ContactPhoneRole)
        return t->contactPhone;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Date:
            return t->createdAt.toString(m_showTime ? QStringLiteral("yyyy-MM-dd HH:mm")
                                                    : QStringLiteral("yyyy-MM-dd"));
        case Number: return TicketSummary::displayNumber(t->id);
        case Customer: return t->customerName;
        case Model: return t->modelCode;
        case Fault: return t->fault;
        case State: return TicketTypes::label(t->state);
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Fault)
        return t->fault;
    if (role == Qt::ForegroundRole && index.column() == State) {
        const bool open = t->state != TicketState::Closed && t->state != TicketState::ResolvedByPhone;
        if (open)
            return QBrush(QColor(0xb4, 0x53, 0x09)); // still open: the caller may be chasing it
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date: return tr("Date");
    case Number: return tr("Ticket");
    case Customer: return tr("Customer");
    case Model: return tr("Model");
    case Fault: return tr("Fault");
    case State: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

} // namespace hotline
