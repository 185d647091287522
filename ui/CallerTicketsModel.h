#pragma once

#include "Ticket.h"

#include <QAbstractTableModel>
#include <QList>

namespace hotline {

// R3: a returning customer's earlier tickets, newest first, shown while the call is live.
class CallerTicketsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Number, Model, Fault, State, ColumnCount };
    enum Role { TicketIdRole = Qt::UserRole + 1, UnitIdRole };

    explicit CallerTicketsModel(QObject *parent = nullptr);

    void setTickets(QList<TicketSummary> tickets);
    const TicketSummary *ticketAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<TicketSummary> m_tickets;
};

} // namespace hotline
