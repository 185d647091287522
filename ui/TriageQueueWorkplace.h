#pragma once

#include "Workplace.h"

class QLabel;
class QListWidget;
class QTableView;

namespace hotline {

class TicketListModel;
class TriageService;

// The Triage workplace: calls taken but not yet guided to an outcome (new tickets, and calls
// left mid-triage), oldest first, with the steps recorded so far. Enter resumes the call in
// the intake workplace, where the customer and ticket stay beside the script.
class TriageQueueWorkplace final : public Workplace
{
    Q_OBJECT
public:
    explicit TriageQueueWorkplace(TriageService &triage, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void resumeRequested(qint64 ticketId);

protected:
    void reloadOnShow() override { refresh(); }

private:
    void showSteps();
    qint64 selectedTicket() const;

    TriageService &m_triage;
    TicketListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QListWidget *m_steps = nullptr;
};

} // namespace hotline
