#pragma once

#include "Ticket.h"
#include "TriageService.h"
#include "TriageWalk.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QShortcut;
class QStackedWidget;
class QVBoxLayout;

namespace hotline {

// Guided phone triage beside the intake form (R6–R9, R25): the question or instruction to
// read, the standard phrase to say, the answers on keys 1–9, Backspace to step back, and one
// action per outcome. Every step is recorded on the ticket as it happens.
class TriagePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit TriagePanel(TriageService &triage, QWidget *parent = nullptr);

    void start(const TicketSummary &ticket);
    qint64 ticketId() const { return m_ticket.id; }
    bool isFinished() const { return m_finished; }
    QString currentNodeId() const;

public Q_SLOTS:
    bool answer(int index); // 0-based
    bool stepBack();
    void switchTree(const QString &category);
    void jumpToSymptom(int index);
    void confirmOutcome();
    void insistOnVisit(); // R8
    void sendToTechSupport();

Q_SIGNALS:
    void finished(qint64 ticketId, hotline::TriageService::Result result);
    void problem(const QString &message);

private:
    void buildUi();
    void render();
    void renderNode(const TriageNode &node);
    void flushSteps();
    void setCallControlsEnabled(bool enabled);
    void addToTrail(const TriageStep &step);
    void end(const TriageService::Ending &ending);
    void showResult(const TriageService::Result &result);
    void tickHandoffClock();
    QString language() const;

    TriageService &m_triage;
    TicketSummary m_ticket;
    TriageWalk m_walk;
    bool m_finished = false;
    bool m_noteWarned = false;
    TriageService::Result m_result;

    QLabel *m_title = nullptr;
    QComboBox *m_treeChoice = nullptr;
    QComboBox *m_symptomChoice = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_say = nullptr;
    QLabel *m_nodeText = nullptr;
    QLabel *m_expect = nullptr;
    QWidget *m_answersHost = nullptr;
    QVBoxLayout *m_answers = nullptr;
    QLabel *m_outcomeText = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_noteWarning = nullptr;
    QPushButton *m_confirm = nullptr;
    QListWidget *m_trail = nullptr;
    QLabel *m_resultText = nullptr;
    QLabel *m_clock = nullptr;
    QPushButton *m_insist = nullptr;
    QPushButton *m_techSupport = nullptr;
    QList<QShortcut *> m_answerKeys;
    QShortcut *m_backKey = nullptr;
    QTimer m_handoffTimer;
};

} // namespace hotline
