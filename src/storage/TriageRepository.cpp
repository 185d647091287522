#include "TriageRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace hotline {

namespace {

TriageStep::Kind stepKindFrom(const QString &code)
{
    for (auto k : {TriageStep::Kind::Shown, TriageStep::Kind::Answered,
                   TriageStep::Kind::SteppedBack, TriageStep::Kind::Jumped}) {
        if (TriageStep::kindCode(k) == code)
            return k;
    }
    return TriageStep::Kind::Shown;
}

} // namespace

void TriageRepository::addTree(const StoredTriageTree &t, const QString &importedBy) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO triage_trees (category, version, content, source_file, imported_at, imported_by) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.category);
    q.addBindValue(t.version);
    q.addBindValue(QString::fromUtf8(t.content));
    q.addBindValue(t.sourceFile);
    q.addBindValue(sql::moment(t.importedAt));
    q.addBindValue(importedBy);
    m_db.run(q, "store a triage tree");
}

int TriageRepository::latestVersion(const QString &category) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM triage_trees WHERE category = ?"));
    q.addBindValue(category);
    m_db.run(q, "read a triage tree version");
    return q.next() ? q.value(0).toInt() : 0;
}

QList<StoredTriageTree> TriageRepository::trees() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT category, version, content, source_file, imported_at FROM triage_trees "
        "ORDER BY category, version DESC"));
    m_db.run(q, "read the triage trees");
    QList<StoredTriageTree> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString().toUtf8(),
                     q.value(3).toString(), sql::momentFrom(q.value(4))});
    return list;
}

void TriageRepository::addStep(qint64 ticketId, const QString &actor, const TriageStep &s) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO triage_steps (ticket_id, at, actor, kind, category, tree_version, node_id, text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(ticketId);
    q.addBindValue(sql::moment(s.at));
    q.addBindValue(actor);
    q.addBindValue(TriageStep::kindCode(s.kind));
    q.addBindValue(s.category);
    q.addBindValue(s.treeVersion);
    q.addBindValue(s.nodeId);
    q.addBindValue(s.text);
    m_db.run(q, "record a triage step");
}

QList<TriageStep> TriageRepository::steps(qint64 ticketId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT kind, at, category, tree_version, node_id, text FROM triage_steps "
        "WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    m_db.run(q, "read the triage steps");
    QList<TriageStep> list;
    while (q.next())
        list.append({stepKindFrom(q.value(0).toString()), sql::momentFrom(q.value(1)),
                     q.value(2).toString(), q.value(3).toInt(), q.value(4).toString(),
                     q.value(5).toString()});
    return list;
}

void TriageRepository::addPartsRequest(qint64 ticketId, const QString &part, const QDateTime &at,
                                       const QString &by) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO parts_requests (ticket_id, part, created_at, created_by) VALUES (?, ?, ?, ?)"));
    q.addBindValue(ticketId);
    q.addBindValue(part);
    q.addBindValue(sql::moment(at));
    q.addBindValue(by);
    m_db.run(q, "raise a parts request");
}

QStringList TriageRepository::partsRequested(qint64 ticketId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT part FROM parts_requests WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    m_db.run(q, "read the parts requests");
    QStringList parts;
    while (q.next())
        parts.append(q.value(0).toString());
    return parts;
}

} // namespace hotline
