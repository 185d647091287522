#include "DatabaseSpec.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace hotline {

std::optional<DatabaseSpec> DatabaseSpec::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    DatabaseSpec spec;
    if (t.isEmpty()) {
        *error = QStringLiteral("empty database location");
        return std::nullopt;
    }
    if (t.startsWith(u"postgresql://") || t.startsWith(u"postgres://")) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            *error = QStringLiteral("not a valid PostgreSQL URL: %1 (expected "
                                    "postgresql://user@host:port/dbname)").arg(t);
            return std::nullopt;
        }
        spec.kind = Kind::Postgres;
        spec.host = url.host();
        spec.port = url.port(5432);
        spec.user = url.userName();
        spec.password = url.password();
        spec.databaseName = url.path().mid(1);
        if (spec.databaseName.isEmpty()) {
            *error = QStringLiteral("the PostgreSQL URL names no database: %1").arg(t);
            return std::nullopt;
        }
        return spec;
    }
    if (t.contains(u"://")) {
        *error = QStringLiteral("unknown database scheme in %1: use a file path or postgresql://")
                     .arg(t);
        return std::nullopt;
    }
    spec.kind = Kind::Sqlite;
    spec.path = QDir::cleanPath(QDir::current().absoluteFilePath(t));
    return spec;
}

std::optional<DatabaseSpec> DatabaseSpec::resolve(const QString &commandLine, QString *error)
{
    if (!commandLine.isEmpty())
        return parse(commandLine, error);
    const QString env = qEnvironmentVariable("HOTLINE_DB");
    if (!env.isEmpty())
        return parse(env, error);
    DatabaseSpec spec;
    spec.path = defaultSqlitePath();
    return spec;
}

QString DatabaseSpec::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/hotline.sqlite");
}

QString DatabaseSpec::display() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("SQLite %1").arg(QDir::toNativeSeparators(path));
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return QStringLiteral("PostgreSQL %1%2:%3/%4").arg(who, host).arg(port).arg(databaseName);
}

} // namespace hotline
