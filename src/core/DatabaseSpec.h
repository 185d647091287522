#pragma once

#include <QString>

#include <optional>

namespace hotline {

// Which database a program opens: a SQLite file (one desk) or a PostgreSQL server (a centre).
// Written as a path or as postgresql://user[:password]@host[:port]/dbname.
struct DatabaseSpec
{
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    // nullopt with *error set when the text cannot be a database location.
    static std::optional<DatabaseSpec> parse(const QString &text, QString *error);
    // --db, else HOTLINE_DB, else the SQLite file under the user's app-data location.
    static std::optional<DatabaseSpec> resolve(const QString &commandLine, QString *error);
    static QString defaultSqlitePath();

    // For status bars and logs: never shows the password.
    QString display() const;
};

} // namespace hotline
