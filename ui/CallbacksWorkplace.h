#pragma once

#include "CallbackService.h"
#include "Workplace.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;
class QTimeEdit;

namespace hotline {

class CallbackQueueModel;
class Centre;
class IntakeService;

// The callback queue (R18–R23): the morning's follow-up calls, taken one at a time, each
// outcome one key: 1 satisfied, 2 not fixed, 3 no answer, 4 busy, 5 complaint.
class CallbacksWorkplace final : public Workplace
{
    Q_OBJECT
public:
    CallbacksWorkplace(Centre &centre, IntakeService &intake, QWidget *parent = nullptr);

    CallbackService &service() { return m_callbacks; }
    QTableView *queueView() const { return m_view; }
    CallbackQueueModel *model() const { return m_model; }
    QString message() const;

Q_SIGNALS:
    // Click-to-dial (Ctrl+D): the selected customer's number.
    void dialRequested(const QString &number, qint64 ticketId);

public Q_SLOTS:
    // R18: at the start of the working day, and after a visit is completed.
    void produce(const QDate &day);
    void refresh();
    // Live updates: the list follows other consoles; the call being worked stays as it is.
    void followChanges();
    void followComplaints();
    bool takeSelected();
    void record(CallbackService::Outcome outcome);

protected:
    // R18: the first look of a working day produces the morning's calls.
    void reloadOnShow() override;

private:
    void buildUi();
    void showTask();
    void say(const QString &text, const char *kind);
    qint64 selectedTask() const;

    Centre &m_centre;
    IntakeService &m_intake;
    CallbackService m_callbacks;
    QDate m_producedOn; // the day whose morning's calls this console produced
    CallbackQueueModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_phrases = nullptr;
    QListWidget *m_history = nullptr;
    QSpinBox *m_ratingUnit = nullptr;
    QSpinBox *m_ratingEngineer = nullptr;
    QTimeEdit *m_callBackAt = nullptr;
    QLineEdit *m_note = nullptr;
    class ComplaintsDialog *m_complaints = nullptr; // while open, it follows live updates
    qint64 m_shownTask = 0;
    bool m_keepPanel = false;
    QLineEdit *m_complaint = nullptr;
    QLineEdit *m_feels = nullptr;
    QLineEdit *m_offered = nullptr;
    QCheckBox *m_escalate = nullptr;
};

} // namespace hotline
