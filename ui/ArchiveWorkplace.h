#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace hotline {

class ArchiveService;
class TicketListModel;

// R22: search the archive as you type: customer name, any number, address, model, serial,
// fault text. Enter opens the ticket beside the intake form.
class ArchiveWorkplace final : public QWidget
{
    Q_OBJECT
public:
    explicit ArchiveWorkplace(ArchiveService &archive, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    TicketListModel *results() const { return m_model; }

public Q_SLOTS:
    void search();
    void dialCurrent();

Q_SIGNALS:
    void openRequested(qint64 ticketId);
    // Click-to-dial the customer of the ticket picked.
    void dialRequested(const QString &number, qint64 ticketId);

private:
    ArchiveService &m_archive;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    TicketListModel *m_model = nullptr;
    QTimer m_typing;
};

} // namespace hotline
