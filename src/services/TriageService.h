#pragma once

#include "Ticket.h"
#include "TriageTree.h"
#include "TriageWalk.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace hotline {

class Centre;

// Guided phone triage (R6–R9, R19, R25): the centre's trees, the record of each call's
// steps, and the outcome that closes the call.
class TriageService
{
    Q_DECLARE_TR_FUNCTIONS(TriageService)
public:
    explicit TriageService(Centre &centre);

    // Reloads the newest valid version of every category. A stored version that fails
    // validation is skipped (and reported) and the one before it stays in use.
    void reload();
    QList<TriageTree> trees() const;
    std::optional<TriageTree> tree(const QString &category) const;
    QStringList skippedVersions() const { return m_skipped; }

    struct ImportResult
    {
        bool imported = false;
        QString category;
        int version = 0;
        QList<TriageError> errors;
    };
    // Validates and stores a tree file as a new version; nothing is stored on any error.
    ImportResult importTree(const QByteArray &content, const QString &fileName);
    // Several files as one: every file valid and newer than what is stored, or nothing stored.
    QList<ImportResult> importTrees(const QList<QPair<QString, QByteArray>> &files);
    // The trees shipped with this program (db/triage), each imported when it is newer than
    // what the database has. Returns one result per shipped file.
    QList<ImportResult> importShipped();

    // R6: appends the steps to the ticket's record; the first one moves a new ticket into triage.
    void record(qint64 ticketId, const QList<TriageStep> &steps);
    QList<TriageStep> steps(qint64 ticketId) const;
    // Calls taken but not yet guided to an outcome: new tickets and calls left mid-triage.
    QList<TicketSummary> waitingForTriage() const;

    struct Ending
    {
        TriageOutcome outcome = TriageOutcome::Visit;
        QString finding;       // what the tree's outcome says, or the operator's words
        QString part;          // R7c
        QString customerNote;  // what the customer was told (R25-checked by the panel)
        bool refusedGuidance = false; // R8
    };
    struct Result
    {
        TicketState state = TicketState::New;
        QStringList markers;
        QDateTime followUpDue;     // R19: remote fix
        QDateTime handoffDeadline; // R9: in the supervisor's queue by then
        bool followUpBooked = false;
    };
    // Ends the guided call as one action. Throws CentreError when the ticket is not in triage
    // any more (another console finished it) or the database fails.
    Result finish(qint64 ticketId, const Ending &ending);

    // The centre's clock, and when a call ending now would be followed up (R19, R27).
    QDateTime now() const;
    QDateTime followUpDue(const QDateTime &callEnded) const;

    QStringList forbiddenPhrases() const;
    QStringList forbiddenIn(const QString &customerNote) const;

    static constexpr int kHandoffMinutes = 5; // R9

private:
    Centre &m_centre;
    QHash<QString, TriageTree> m_trees;
    QStringList m_skipped;
};

} // namespace hotline
