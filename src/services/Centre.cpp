#include "Centre.h"

#include "CentreSettings.h"
#include "Database.h"
#include "Migrations.h"
#include "PeopleRepository.h"
#include "SearchRepository.h"
#include "SettingsRepository.h"
#include "StorageError.h"

namespace hotline {

Centre::Centre(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{}

Centre::~Centre() = default;

std::unique_ptr<Centre> Centre::open(const DatabaseSpec &spec)
{
    try {
        auto db = Database::open(spec);
        if (Migrations::apply(*db) > 0) {
            // A new index kind (R22) covers the tickets already there; empty on a new file.
            Transaction tx(*db);
            SearchRepository(*db).indexMissing();
            tx.commit();
        }
        std::unique_ptr<Centre> centre(new Centre(std::move(db)));
        centre->reloadSettings();
        return centre;
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

QString Centre::location() const
{
    return m_db->spec().display();
}

bool Centre::isPostgres() const
{
    return m_db->isPostgres();
}

bool Centre::isDemo() const
{
    try {
        return SettingsRepository(*m_db).value(CentreSettings::kDemo) == u"1";
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

int Centre::schemaVersion() const
{
    return Migrations::currentVersion(*m_db);
}

int Centre::knownSchemaVersion()
{
    return Migrations::latestVersion();
}

void Centre::reloadSettings()
{
    const auto settings = SettingsRepository(*m_db).all();
    m_phones = CentreSettings::phoneNormalizer(settings);
    m_calendar = CentreSettings::workingCalendar(settings);
}

QMap<QString, QString> Centre::settings() const
{
    try {
        return SettingsRepository(*m_db).all();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

void Centre::setSetting(const QString &key, const QString &value)
{
    const QString problem = CentreSettings::validate(key, value);
    if (!problem.isEmpty())
        throw CentreError(key + QStringLiteral(": ") + problem);
    try {
        SettingsRepository(*m_db).setValue(key, value.trimmed());
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    reloadSettings();
}

void Centre::chooseActorForThisConsole()
{
    try {
        chooseActor();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

void Centre::chooseActor()
{
    const PeopleRepository people(*m_db);
    QString login = isDemo() ? QStringLiteral("demo") : qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME", QStringLiteral("operator"));
    if (const auto user = people.userByLogin(login); user && !user->disabled) {
        m_actor = {user->id, user->displayName, user->role};
        return;
    }
    m_actor = {0, login, Role::Operator};
}

} // namespace hotline
