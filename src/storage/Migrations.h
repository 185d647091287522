#pragma once

#include <QList>
#include <QString>

namespace hotline {

class Database;

// Versioned schema changes from db/migrations (embedded at build time), applied on open.
// NNNN_name.sql is portable SQL; NNNN_name.sqlite.sql / NNNN_name.postgresql.sql, when
// present, replace it on that backend. Each version runs in its own transaction and
// records itself in schema_meta.
class Migrations
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString sql;
    };

    // Steps for the backend of `db`, in order.
    static QList<Step> available(const Database &db);
    static int latestVersion();

    static int currentVersion(const Database &db);
    // Brings the schema up to date; returns how many steps ran. Throws StorageError when
    // the database is newer than this program, naming both versions.
    static int apply(const Database &db);

    // Splits a migration into statements (on ";" at the end of a line).
    static QStringList statements(const QString &sql);
};

} // namespace hotline
