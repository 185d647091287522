#include "Centre.h"

#include "AuditRepository.h"
#include "CentreSettings.h"
#include "ChangeRepository.h"
#include "Database.h"
#include "Migrations.h"
#include "PeopleRepository.h"
#include "SearchRepository.h"
#include "SettingsRepository.h"
#include "StorageError.h"

#include <QUuid>

namespace hotline {

Centre::Centre(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_consoleId(QUuid::createUuid().toString(QUuid::Id128).left(12))
{}

Centre::~Centre() = default;

std::unique_ptr<Centre> Centre::open(const DatabaseSpec &spec)
{
    try {
        auto db = Database::open(spec);
        Migrations::apply(*db);
        if (SearchRepository(*db).isBehind()) {
            // R22: an upgrade made the search indexes again (migration 13), or their filling
            // was cut short: they cover the tickets already there.
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
    require(Permission::ChangeSettings);
    try {
        Transaction tx(*m_db);
        const SettingsRepository settings(*m_db);
        const QString before = settings.value(key);
        settings.setValue(key, value.trimmed());
        audit(QStringLiteral("setting_changed"), key, before + QStringLiteral(" → ") + value.trimmed());
        tx.commit();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    reloadSettings();
}

bool Centre::logInDemoSupervisor()
{
    if (!isDemo())
        return false;
    try {
        const auto user = PeopleRepository(*m_db).userByLogin(QStringLiteral("demo"));
        if (!user || user->disabled)
            return false;
        m_actor = {user->id, user->displayName, user->role};
        return true;
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

void Centre::actAsCommandLine()
{
    QString account = qEnvironmentVariable("USER");
    if (account.isEmpty())
        account = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    m_actor = {0, QStringLiteral("hotlinectl (%1)").arg(account), Role::Admin};
}

QString Centre::roleLabel(Role role)
{
    switch (role) {
    case Role::Operator: return tr("operator");
    case Role::Supervisor: return tr("supervisor");
    case Role::Admin: return tr("administrator");
    }
    return {};
}

void Centre::require(Permission permission) const
{
    if (may(permission))
        return;
    QString what;
    switch (permission) {
    case Permission::TakeCalls:
    case Permission::ViewBoard: break;
    case Permission::Assign: what = tr("Assigning, moving or taking back visits"); break;
    case Permission::OverrideCheck: what = tr("Overriding a refused assignment"); break;
    case Permission::EditTriageContent: what = tr("Changing the guided-triage content"); break;
    case Permission::ExportCustomerData: what = tr("Exporting customer data"); break;
    case Permission::ChangeSettings: what = tr("Changing the centre's settings"); break;
    case Permission::ManageUsers: what = tr("Managing users"); break;
    case Permission::ReadAudit: what = tr("Reading the audit trail"); break;
    }
    const Role needed = Permissions::allows(Role::Supervisor, permission) ? Role::Supervisor : Role::Admin;
    throw CentreError(tr("%1 needs the %2 role; %3 is logged in as %4.")
                          .arg(what, roleLabel(needed), m_actor.name, roleLabel(m_actor.role)));
}

void Centre::recordChange(ChangeTopic topic, qint64 id) const
{
    try {
        ChangeRepository(*m_db).record(ChangeTopics::code(topic), id, m_consoleId, now());
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

QList<AuditEntry> Centre::auditTrail(int limit, const QString &action) const
{
    require(Permission::ReadAudit);
    try {
        return AuditRepository(*m_db).recent(limit, action);
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

void Centre::audit(const QString &action, const QString &subject, const QString &detail) const
{
    try {
        AuditRepository(*m_db).add({now(), m_actor.name, m_actor.userId, action, subject, detail});
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

} // namespace hotline
