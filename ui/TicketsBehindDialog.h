#pragma once

#include "Ticket.h"

#include <QDialog>

class QTableView;

namespace hotline {

class TicketListModel;

// The tickets behind one figure of the dashboard; Enter or a double click opens one.
class TicketsBehindDialog final : public QDialog
{
    Q_OBJECT
public:
    TicketsBehindDialog(const QString &title, const QList<TicketSummary> &tickets, QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested(qint64 ticketId);

private:
    void openCurrent();
    TicketListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace hotline
