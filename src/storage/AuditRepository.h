#pragma once

#include "AuditEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace hotline {

class Database;

class AuditRepository
{
public:
    explicit AuditRepository(const Database &db) : m_db(db) {}

    void add(const AuditEntry &entry) const;
    // Newest first; `action` empty for every kind.
    QList<AuditEntry> recent(int limit, const QString &action = {}) const;

private:
    const Database &m_db;
};

} // namespace hotline
