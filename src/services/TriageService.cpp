#include "TriageService.h"

#include "Centre.h"
#include "CentreSettings.h"
#include "Database.h"
#include "FollowUpRule.h"
#include "ServicePhrases.h"
#include "StorageError.h"
#include "TicketRepository.h"
#include "TriageRepository.h"
#include "VisitRepository.h"

#include <QDir>
#include <QFile>

namespace hotline {

namespace {

QString markerFor(TriageOutcome o)
{
    switch (o) {
    case TriageOutcome::Parts: return QStringLiteral("parts");
    case TriageOutcome::CarryIn: return QStringLiteral("carry_in");
    case TriageOutcome::TechSupport: return QStringLiteral("tech_support");
    case TriageOutcome::RemoteFix:
    case TriageOutcome::Visit: break;
    }
    return {};
}

} // namespace

TriageService::TriageService(Centre &centre)
    : m_centre(centre)
{
    reload();
}

void TriageService::reload()
{
    m_trees.clear();
    m_skipped.clear();
    QList<StoredTriageTree> stored;
    try {
        stored = TriageRepository(m_centre.database()).trees();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    for (const StoredTriageTree &s : std::as_const(stored)) {
        if (m_trees.contains(s.category))
            continue; // a newer valid version is in use
        QList<TriageError> errors;
        const QString name = QStringLiteral("%1 v%2").arg(s.category).arg(s.version);
        if (auto tree = TriageTree::read(s.content, name, &errors))
            m_trees.insert(s.category, *tree);
        else
            m_skipped.append(name + QStringLiteral(": ") + errors.value(0).problem);
    }
}

QList<TriageTree> TriageService::trees() const
{
    QList<TriageTree> list = m_trees.values();
    std::sort(list.begin(), list.end(),
              [](const TriageTree &a, const TriageTree &b) { return a.category < b.category; });
    return list;
}

std::optional<TriageTree> TriageService::tree(const QString &category) const
{
    const auto it = m_trees.constFind(category);
    if (it == m_trees.cend())
        return std::nullopt;
    return *it;
}

TriageService::ImportResult TriageService::importTree(const QByteArray &content, const QString &fileName)
{
    m_centre.require(Permission::EditTriageContent); // R26
    ImportResult r;
    const auto tree = TriageTree::read(content, fileName, &r.errors);
    if (!tree)
        return r;
    r.category = tree->category;
    r.version = tree->version;
    try {
        const TriageRepository repo(m_centre.database());
        Transaction tx(m_centre.database());
        const int latest = repo.latestVersion(tree->category);
        if (tree->version <= latest) {
            r.errors.append({fileName, {}, QStringLiteral("version %1 is not newer than the imported "
                                                          "version %2 of %3: raise 'version'")
                                               .arg(tree->version)
                                               .arg(latest)
                                               .arg(tree->category)});
            return r;
        }
        repo.addTree({tree->category, tree->version, content, fileName, m_centre.now()},
                     m_centre.actor().name);
        tx.commit();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    r.imported = true;
    reload();
    return r;
}

QList<TriageService::ImportResult> TriageService::importTrees(const QList<QPair<QString, QByteArray>> &files)
{
    m_centre.require(Permission::EditTriageContent); // R26
    QList<ImportResult> results;
    bool allGood = true;
    try {
        const Database &db = m_centre.database();
        const TriageRepository repo(db);
        Transaction tx(db);
        QHash<QString, int> seen;
        for (const auto &[name, content] : files) {
            ImportResult r;
            const auto tree = TriageTree::read(content, name, &r.errors);
            if (tree) {
                r.category = tree->category;
                r.version = tree->version;
                const int latest = qMax(repo.latestVersion(tree->category), seen.value(tree->category));
                if (tree->version <= latest)
                    r.errors.append({name, {}, QStringLiteral("version %1 is not newer than version %2 of %3: "
                                                              "raise 'version'")
                                                   .arg(tree->version)
                                                   .arg(latest)
                                                   .arg(tree->category)});
                else
                    seen.insert(tree->category, tree->version);
            }
            allGood &= r.errors.isEmpty();
            results.append(r);
        }
        if (!allGood)
            return results; // rolled back: nothing half-imported
        for (qsizetype i = 0; i < files.size(); ++i) {
            repo.addTree({results[i].category, results[i].version, files[i].second, files[i].first, m_centre.now()},
                         m_centre.actor().name);
            results[i].imported = true;
        }
        tx.commit();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    reload();
    return results;
}

QList<TriageService::ImportResult> TriageService::importShipped()
{
    QList<ImportResult> results;
    const QDir dir(QStringLiteral(":/db/triage"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        QList<TriageError> errors;
        const auto tree = TriageTree::read(content, name, &errors);
        if (tree && m_trees.contains(tree->category)
            && m_trees.value(tree->category).version >= tree->version)
            continue; // already in use
        results.append(importTree(content, name));
    }
    return results;
}

void TriageService::record(qint64 ticketId, const QList<TriageStep> &steps)
{
    if (steps.isEmpty())
        return;
    const Database &db = m_centre.database();
    try {
        Transaction tx(db);
        const TicketRepository tickets(db);
        const auto ticket = tickets.ticket(ticketId);
        if (!ticket)
            throw CentreError(tr("Ticket %1 does not exist").arg(TicketSummary::displayNumber(ticketId)));
        const TriageRepository repo(db);
        for (const TriageStep &s : steps)
            repo.addStep(ticketId, m_centre.actor().name, s);
        if (ticket->state == TicketState::New) {
            tickets.setState(ticketId, TicketState::InTriage, steps.first().at);
            tickets.appendHistory({0, ticketId, steps.first().at, m_centre.actor().name,
                                   QStringLiteral("state"), QStringLiteral("state"),
                                   TicketTypes::code(TicketState::New),
                                   TicketTypes::code(TicketState::InTriage)},
                                  m_centre.actor().userId);
        }
        m_centre.recordChange(ChangeTopic::Ticket, ticketId);
        tx.commit();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

QList<TriageStep> TriageService::steps(qint64 ticketId) const
{
    try {
        return TriageRepository(m_centre.database()).steps(ticketId);
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

QList<TicketSummary> TriageService::waitingForTriage() const
{
    try {
        return TicketRepository(m_centre.database())
            .ticketsInStates({TicketState::New, TicketState::InTriage});
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

TriageService::Result TriageService::finish(qint64 ticketId, const Ending &e)
{
    const Database &db = m_centre.database();
    const QDateTime now = m_centre.now();
    const Actor &actor = m_centre.actor();
    Result r;
    try {
        Transaction tx(db);
        const TicketRepository tickets(db);
        const auto ticket = tickets.ticket(ticketId);
        if (!ticket)
            throw CentreError(tr("Ticket %1 does not exist").arg(TicketSummary::displayNumber(ticketId)));
        if (!tickets.claimTriageOutcome(ticketId, now)) {
            const auto now_ = tickets.ticket(ticketId);
            throw CentreError(tr("Ticket %1 is already %2: its call was ended elsewhere")
                                  .arg(TicketSummary::displayNumber(ticketId),
                                       TicketTypes::label(now_ ? now_->state : ticket->state)));
        }

        auto log = [&](const QString &action, const QString &field, const QString &value) {
            tickets.appendHistory({0, ticketId, now, actor.name, action, field, {}, value}, actor.userId);
        };
        r.markers = ticket->markers;
        if (e.outcome == TriageOutcome::RemoteFix) {
            // R7a + R19: closed as resolved by phone, followed up two hours later (R27).
            r.state = TicketState::ResolvedByPhone;
            r.followUpDue = FollowUpRule::due(now, m_centre.calendar());
            const qint64 id = VisitRepository(db).addCallbackTaskOnce(
                {ticketId, 0, QStringLiteral("remote_fix_follow_up"), r.followUpDue,
                 QStringLiteral("open"), now});
            r.followUpBooked = id > 0;
        } else {
            // R7b–e, R8: to the supervisor's queue; R9: within 5 minutes of the call ending.
            r.state = TicketState::AwaitingDispatch;
            const QString marker = markerFor(e.outcome);
            if (!marker.isEmpty() && !r.markers.contains(marker))
                r.markers.append(marker);
            if (e.refusedGuidance && !r.markers.contains(QStringLiteral("refused_guidance")))
                r.markers.append(QStringLiteral("refused_guidance"));
            r.handoffDeadline = now.addSecs(kHandoffMinutes * 60);
            NewVisit queued;
            queued.ticketId = ticketId;
            queued.status = QStringLiteral("queued");
            VisitRepository(db).addVisit(queued);
            if (e.outcome == TriageOutcome::Parts && !e.part.trimmed().isEmpty()) {
                TriageRepository(db).addPartsRequest(ticketId, e.part.trimmed(), now, actor.name);
                log(QStringLiteral("parts_request"), QStringLiteral("part"), e.part.trimmed());
            }
        }
        tickets.setTriageResult(ticketId, r.state, TriageTree::outcomeCode(e.outcome), r.markers,
                                r.state == TicketState::AwaitingDispatch ? now : QDateTime(), now);
        if (e.refusedGuidance)
            log(QStringLiteral("refused_guidance"), {}, QStringLiteral("customer insists on a visit")); // R8
        log(QStringLiteral("triage_outcome"), QStringLiteral("outcome"),
            TriageTree::outcomeCode(e.outcome) + (e.finding.isEmpty() ? QString() : u": " + e.finding));
        tickets.appendHistory({0, ticketId, now, actor.name, QStringLiteral("state"), QStringLiteral("state"),
                               TicketTypes::code(ticket->state), TicketTypes::code(r.state)},
                              actor.userId);
        if (!e.customerNote.trimmed().isEmpty())
            log(QStringLiteral("note_to_customer"), QStringLiteral("note"), e.customerNote.trimmed());
        m_centre.recordChange(ChangeTopic::Ticket, ticketId);
        tx.commit();
    } catch (const StorageError &err) {
        throw CentreError(tr("The outcome was not saved: %1").arg(err.message()));
    }
    return r;
}

QDateTime TriageService::now() const
{
    return m_centre.now();
}

QDateTime TriageService::followUpDue(const QDateTime &callEnded) const
{
    return FollowUpRule::due(callEnded, m_centre.calendar());
}

QStringList TriageService::forbiddenPhrases() const
{
    const QString configured = m_centre.settings().value(CentreSettings::kForbiddenPhrases);
    return configured.isEmpty() ? ServicePhrases::defaultForbidden()
                                : configured.split(u'|', Qt::SkipEmptyParts);
}

QStringList TriageService::forbiddenIn(const QString &customerNote) const
{
    return ServicePhrases::forbiddenIn(customerNote, forbiddenPhrases());
}

} // namespace hotline
