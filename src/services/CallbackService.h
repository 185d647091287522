#pragma once

#include "CallbackPolicy.h"
#include "CallbackTask.h"

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace hotline {

class Centre;

// The callback queue (R18–R23): producing the follow-up calls, taking them, and routing what
// the customer said.
class CallbackService
{
    Q_DECLARE_TR_FUNCTIONS(CallbackService)
public:
    explicit CallbackService(Centre &centre);

    const CallbackPolicy &policy() const { return m_policy; }

    struct Produced
    {
        int visitFollowUps = 0;
        int remoteFixFollowUps = 0;
        QDate completionDay;
    };
    // R18: the calls due on `day` for the visits completed on its previous working day, and
    // any missing two-hour follow-ups of remote fixes (R19). Idempotent, also across consoles.
    // Nothing is due on a rest day (R27).
    Produced produce(const QDate &day);

    // Open tasks due today (overdue first), by due time then priority.
    QList<CallbackTask> queue() const;
    // The same list for printing or a spreadsheet at `destination`: supervisors only, and
    // recorded in the audit trail (R26).
    QList<CallbackTask> exportQueue(const QString &destination) const;
    std::optional<CallbackTask> task(qint64 id) const;

    // Takes the task for this operator; false when another operator is calling it.
    bool take(qint64 taskId);

    enum class Outcome { Satisfied, NotFixed, NoAnswer, Busy, Complaint };
    struct Report
    {
        Outcome outcome = Outcome::Satisfied;
        int ratingUnit = 0;     // 1–5 (Satisfied)
        int ratingEngineer = 0; // 1–5 (Satisfied)
        QDateTime callBackAt;   // Busy: the time the customer named; default +30 min (R21)
        QString note;
        // Complaint (R23)
        QString whatHappened;
        QString customerFeels;
        QString offered;
        bool escalate = false;
    };
    struct Result
    {
        bool done = false;     // the task left the queue
        bool applied = false;
        QDateTime nextDue;     // retry or call-back time
        bool messageSent = false;
        QString message;
    };
    // Records the call as one action. The operator must hold the task (take() first).
    Result record(qint64 taskId, const Report &report);

    QString messageText(const CallbackTask &task) const;

    // R24: complaints and their resolutions, kept in writing and reportable.
    QList<Complaint> complaints(bool openOnly = true) const;
    // Throws CentreError without a resolution or when someone resolved it first.
    void resolveComplaint(qint64 complaintId, const QString &resolution);

private:
    Centre &m_centre;
    CallbackPolicy m_policy;
};

} // namespace hotline
