#pragma once

#include "TriageWalk.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace hotline {

class Database;

struct StoredTriageTree
{
    QString category;
    int version = 0;
    QByteArray content;
    QString sourceFile;
    QDateTime importedAt;
};

// R6: triage trees as imported, and the steps of each guided call.
class TriageRepository
{
public:
    explicit TriageRepository(const Database &db) : m_db(db) {}

    void addTree(const StoredTriageTree &tree, const QString &importedBy) const;
    int latestVersion(const QString &category) const; // 0 when none
    // Every stored version, newest first within each category.
    QList<StoredTriageTree> trees() const;

    void addStep(qint64 ticketId, const QString &actor, const TriageStep &step) const;
    QList<TriageStep> steps(qint64 ticketId) const;

    void addPartsRequest(qint64 ticketId, const QString &part, const QDateTime &at,
                         const QString &by) const;
    QStringList partsRequested(qint64 ticketId) const;

private:
    const Database &m_db;
};

} // namespace hotline
