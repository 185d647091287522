#pragma once

#include "Ticket.h"

#include <QAbstractTableModel>
#include <QList>

namespace hotline {

// A list of tickets: a returning customer's earlier ones while the call is live (R3), or the
// calls waiting for triage.
class TicketListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Number, Customer, Model, Fault, State, ColumnCount };
    enum Role { TicketIdRole = Qt::UserRole + 1, UnitIdRole, ContactPhoneRole };

    explicit TicketListModel(QObject *parent = nullptr);

    void setTickets(QList<TicketSummary> tickets);
    void setShowTime(bool show) { m_showTime = show; }
    const TicketSummary *ticketAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<TicketSummary> m_tickets;
    bool m_showTime = false;
};

} // namespace hotline
