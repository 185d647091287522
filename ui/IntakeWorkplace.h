#pragma once

#include "Workplace.h"

#include "IntakeDraft.h"
#include "IntakeService.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <utility>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Ui {
class IntakeForm;
}

namespace hotline {

class CallerPanel;
class TriagePanel;
class TriageService;
class DraftStore;

// The intake workplace: one form with every R1 field, the returning caller beside it (R3),
// doubtful data flagged inline as it is typed (R2), warranty worked out as soon as model and
// purchase date are known (R4), and every keystroke kept in a draft until the ticket is saved.
class IntakeWorkplace final : public Workplace
{
    Q_OBJECT
public:
    IntakeWorkplace(IntakeService &intake, TriageService &triage, DraftStore &drafts,
                    QWidget *parent = nullptr);
    ~IntakeWorkplace() override;

    IntakeDraft draft() const;
    // True while the operator is typing a call not yet saved: a screen pop must not wipe it.
    bool isTakingCall() const;
    qint64 takeCallLogId() { return std::exchange(m_callLogId, 0); }
    void setDraft(const IntakeDraft &draft);
    bool recoveryOffered() const;
    // The ticket being triaged beside the form, 0 when the form is taking a call.
    qint64 ticketInTriage() const;
    TriagePanel *triagePanel() const { return m_triagePanel; }

public Q_SLOTS:
    // Screen pop and --caller: a new call from this number; `callLogId` is the line the
    // call log started for it (R5), handed back once by takeCallLogId() when its ticket is
    // saved, and forgotten if the operator starts another call instead.
    void startCall(const QString &callerNumber, qint64 callLogId = 0);
    // Brings a saved ticket back into view; a call not yet guided to an outcome resumes its
    // triage where it was. False (with a message) when there is no such ticket.
    bool openTicket(qint64 ticketId);
    bool save();
    void newCall();
    void chooseCaller();
    void flushDraft();
    // Live updates: another console changed tickets; the caller's history is looked up again.
    void followChanges();

Q_SIGNALS:
    void ticketSaved(qint64 ticketId);
    // Click-to-dial a returning customer from their card beside the form.
    void dialRequested(const QString &number, qint64 ticketId);

protected:
    // R3: the caller's earlier tickets as they are now, after a look at another tab.
    void reloadOnShow() override { followChanges(); }

private:
    void buildSidePanel();
    void alignLabelColumns();
    void fillChoices();
    void connectEdits();
    void fieldEdited(IntakeFinding::Field field);
    void refreshReview();
    void showWarranty(const IntakeCheck::Result &result);
    void lookupCaller();
    void takeCustomer(const ReturningCustomer &customer, qint64 unitId);
    void showRecovery(const QDateTime &savedAt);
    void setSaveStatus(const QString &text, const char *kind);
    void startTriage(qint64 ticketId);
    void setFormLocked(bool locked);
    QString typedModelCode() const;

    IntakeService &m_intake;
    DraftStore &m_drafts;
    std::unique_ptr<Ui::IntakeForm> m_ui;
    CallerPanel *m_caller = nullptr;
    TriagePanel *m_triagePanel = nullptr;
    QStackedWidget *m_side = nullptr;
    QWidget *m_formHost = nullptr;
    QListWidget *m_toVerify = nullptr;
    QLabel *m_toVerifyTitle = nullptr;
    QFrame *m_recovery = nullptr;
    QLabel *m_recoveryText = nullptr;
    QTimer m_autosave;
    QTimer m_lookup;
    QSet<IntakeFinding::Field> m_touched;
    qint64 m_customerId = 0;
    qint64 m_unitId = 0;
    QString m_customerName;
    bool m_filling = false; // setDraft in progress: not an edit by the operator
    qint64 m_callLogId = 0;
};

} // namespace hotline
