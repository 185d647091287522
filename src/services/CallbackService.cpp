#include "CallbackService.h"

#include "CallbackRepository.h"

#include "Centre.h"
#include "CentreSettings.h"
#include "Database.h"
#include "FollowUpRule.h"
#include "StorageError.h"
#include "TicketRepository.h"
#include "VisitRepository.h"

namespace hotline {

CallbackService::CallbackService(Centre &centre)
    : m_centre(centre)
{
    const auto s = centre.settings();
    auto number = [&s](const QString &key, int fallback) {
        bool ok = false;
        const int n = s.value(key).toInt(&ok);
        return ok && n > 0 ? n : fallback;
    };
    m_policy.attempts = number(CentreSettings::kCallbackAttempts, m_policy.attempts);
    m_policy.spacingMinutes = number(CentreSettings::kCallbackSpacing, m_policy.spacingMinutes);
    m_policy.claimTimeoutMinutes = number(CentreSettings::kCallbackClaimTimeout, m_policy.claimTimeoutMinutes);
}

QList<Complaint> CallbackService::complaints(bool openOnly) const
{
    try {
        return CallbackRepository(m_centre.database()).complaints(openOnly);
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

void CallbackService::resolveComplaint(qint64 complaintId, const QString &resolution)
{
    if (resolution.trimmed().isEmpty())
        throw CentreError(tr("Write down how the complaint was resolved."));
    bool done = false;
    try {
        Transaction tx(m_centre.database());
        done = CallbackRepository(m_centre.database())
                   .resolveComplaint(complaintId, resolution.trimmed(), m_centre.now(), m_centre.actor().name);
        if (done)
            m_centre.recordChange(ChangeTopic::Complaint, complaintId);
        tx.commit();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    if (!done)
        throw CentreError(tr("This complaint was already resolved."));
}

CallbackService::Produced CallbackService::produce(const QDate &day)
{
    Produced p;
    const WorkingCalendar &cal = m_centre.calendar();
    if (!cal.isWorkingDay(day))
        return p; // R27: no calls are due on a rest day
    p.completionDay = CallbackPolicy::completionDayFor(day, cal);
    // Completions on the previous working day, and on any rest days between it and `day`.
    const QDateTime from(p.completionDay, QTime(0, 0));
    const QDateTime to(day, QTime(0, 0));
    try {
        const Database &db = m_centre.database();
        Transaction tx(db);
        const CallbackRepository callbacks(db);
        p.visitFollowUps = callbacks.produceVisitFollowUps(from, to, CallbackPolicy::morningOf(day, cal),
                                                           m_centre.now());
        for (const auto &[ticket, ended] : callbacks.remoteFixesWithoutFollowUp()) {
            if (VisitRepository(db).addCallbackTaskOnce({ticket, 0, QStringLiteral("remote_fix_follow_up"),
                                                         FollowUpRule::due(ended, cal), QStringLiteral("open"),
                                                         m_centre.now()}))
                ++p.remoteFixFollowUps;
        }
        if (p.visitFollowUps + p.remoteFixFollowUps > 0)
            m_centre.recordChange(ChangeTopic::Callback, 0); // many at once: reload the queue
        tx.commit();
    } catch (const StorageError &e) {
        throw CentreError(tr("The follow-up calls were not produced: %1").arg(e.message()));
    }
    return p;
}

QList<CallbackTask> CallbackService::exportQueue(const QString &destination) const
{
    m_centre.require(Permission::ExportCustomerData);
    const QList<CallbackTask> tasks = queue();
    m_centre.audit(QStringLiteral("exported"), destination, QStringLiteral("morning list, %1 calls").arg(tasks.size()));
    return tasks;
}

QList<CallbackTask> CallbackService::queue() const
{
    try {
        return CallbackRepository(m_centre.database()).open(QDateTime(m_centre.today().addDays(1), QTime(0, 0)));
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

std::optional<CallbackTask> CallbackService::task(qint64 id) const
{
    try {
        return CallbackRepository(m_centre.database()).task(id);
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

bool CallbackService::take(qint64 taskId)
{
    const QDateTime now = m_centre.now();
    try {
        Transaction tx(m_centre.database());
        const bool taken = CallbackRepository(m_centre.database())
                               .claim(taskId, m_centre.actor().name, now,
                                      now.addSecs(-qint64(m_policy.claimTimeoutMinutes) * 60));
        if (taken)
            m_centre.recordChange(ChangeTopic::Callback, taskId);
        tx.commit();
        return taken;
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

QString CallbackService::messageText(const CallbackTask &task) const
{
    const QString centre = m_centre.settings().value(CentreSettings::kCentreName, tr("the service centre"));
    return tr("[%1] Hello %2, we tried to call you about your repair (ticket %3) but could not reach "
              "you. Please call us back at a convenient time. Thank you.")
        .arg(centre, task.customerName, TicketSummary::displayNumber(task.ticketId));
}

CallbackService::Result CallbackService::record(qint64 taskId, const Report &rep)
{
    Result r;
    const Database &db = m_centre.database();
    const Actor &actor = m_centre.actor();
    const QDateTime now = m_centre.now();
    const WorkingCalendar &cal = m_centre.calendar();
    try {
        Transaction tx(db);
        const CallbackRepository callbacks(db);
        const TicketRepository tickets(db);
        const auto task = callbacks.task(taskId);
        if (!task || task->claimedBy != actor.name) {
            r.message = tr("Take the call first: another operator may be calling this customer.");
            return r;
        }
        auto log = [&](const QString &action, const QString &value) {
            tickets.appendHistory({0, task->ticketId, now, actor.name, action, QStringLiteral("callback"), {}, value},
                                  actor.userId);
        };
        QString state = QStringLiteral("done");
        QString outcome;
        QDateTime nextDue;
        int attempts = task->attempts + 1;
        switch (rep.outcome) {
        case Outcome::Satisfied: // R22: closed and archived, searchable later
            outcome = QStringLiteral("satisfied");
            callbacks.setRatings(task->ticketId, rep.ratingUnit, rep.ratingEngineer);
            tickets.setState(task->ticketId, TicketState::Closed, now);
            log(QStringLiteral("callback_satisfied"),
                QStringLiteral("unit %1/5, engineer %2/5").arg(rep.ratingUnit).arg(rep.ratingEngineer));
            break;
        case Outcome::NotFixed: { // R20: reopened at once, back to the supervisor as a repeat
            outcome = QStringLiteral("not_fixed");
            const auto ticket = tickets.ticket(task->ticketId);
            QStringList markers = ticket ? ticket->markers : QStringList();
            if (!markers.contains(QStringLiteral("repeat")))
                markers.append(QStringLiteral("repeat"));
            tickets.setTriageResult(task->ticketId, TicketState::Reopened, ticket ? ticket->triageOutcome : QString(),
                                    markers, now, now);
            NewVisit again;
            again.ticketId = task->ticketId;
            again.status = QStringLiteral("queued");
            VisitRepository(db).addVisit(again);
            log(QStringLiteral("reopened"), rep.note.trimmed());
            break;
        }
        case Outcome::NoAnswer: // R21: try again; after the last try, a text message
            outcome = QStringLiteral("no_answer");
            nextDue = m_policy.retryAfter(now, attempts, cal);
            if (nextDue.isValid()) {
                state = QStringLiteral("open");
            } else {
                const QString text = messageText(*task);
                callbacks.addMessage(task->ticketId, task->phone, text, now, actor.name);
                r.messageSent = true;
                log(QStringLiteral("message_sent"), text);
            }
            break;
        case Outcome::Busy: // R21: at the time the customer names, 30 minutes by default
            outcome = QStringLiteral("busy");
            state = QStringLiteral("open");
            nextDue = rep.callBackAt.isValid() ? rep.callBackAt : now.addSecs(qint64(m_policy.busyMinutes) * 60);
            attempts = task->attempts;
            break;
        case Outcome::Complaint: // R23
            outcome = QStringLiteral("complaint");
            if (rep.whatHappened.trimmed().isEmpty()) {
                r.message = tr("Write down what happened before recording the complaint.");
                return r;
            }
            callbacks.addComplaint(task->ticketId, task->customerId, now, actor.name, rep.whatHappened.trimmed(),
                                   rep.customerFeels.trimmed(), rep.offered.trimmed(), rep.escalate);
            log(rep.escalate ? QStringLiteral("complaint_escalated") : QStringLiteral("complaint"),
                rep.whatHappened.trimmed());
            break;
        }
        callbacks.addAttempt(taskId, now, actor.name, outcome, rep.note.trimmed());
        if (!callbacks.settle(taskId, task->version, actor.name, state, outcome, nextDue, attempts, now)) {
            r.message = tr("This call was changed elsewhere; the queue has been refreshed.");
            return r;
        }
        m_centre.recordChange(ChangeTopic::Callback, taskId);
        m_centre.recordChange(ChangeTopic::Ticket, task->ticketId);
        if (outcome == u"complaint")
            m_centre.recordChange(ChangeTopic::Complaint, 0);
        tx.commit();
        r.applied = true;
        r.done = state == u"done";
        r.nextDue = nextDue;
    } catch (const StorageError &e) {
        throw CentreError(tr("The call was not recorded: %1").arg(e.message()));
    }
    return r;
}

} // namespace hotline
