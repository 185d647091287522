#pragma once

#include "IntakeService.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace hotline {

class TicketListModel;

// R3: beside the intake form, who is calling: the customers found on the number typed,
// their units and their earlier tickets, and a way to take their details into the form.
class CallerPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CallerPanel(QWidget *parent = nullptr);

    void showPrompt();
    void showMatches(const QString &number, const QList<ReturningCustomer> &matches);
    const ReturningCustomer *current() const;
    int matchCount() const { return int(m_matches.size()); }

Q_SIGNALS:
    // The operator takes this customer (and, when one was picked, this unit) into the form.
    void customerChosen(const hotline::ReturningCustomer &customer, qint64 unitId);
    // Click-to-dial the customer on screen, about the ticket picked (else their newest).
    void dialRequested(const QString &number, qint64 ticketId);

public Q_SLOTS:
    void chooseCurrent();
    void dialCurrent();

private:
    void showCustomer(int index);
    qint64 selectedUnitId() const;

    QList<ReturningCustomer> m_matches;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_headline = nullptr;
    QListWidget *m_customerList = nullptr;
    QLabel *m_details = nullptr;
    QListWidget *m_units = nullptr;
    QTableView *m_ticketView = nullptr;
    TicketListModel *m_tickets = nullptr;
    QPushButton *m_useButton = nullptr;
    QPushButton *m_dialButton = nullptr;
};

} // namespace hotline
