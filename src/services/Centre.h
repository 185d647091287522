#pragma once

#include "AuditEntry.h"
#include "Catalogue.h"
#include "ChangeTopic.h"
#include "Permissions.h"
#include "PhoneNormalizer.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>

namespace hotline {

class Database;
struct DatabaseSpec;

// Who is acting: every change is recorded against them (R5).
struct Actor
{
    qint64 userId = 0; // 0 when the person has no user record yet
    QString name;
    Role role = Role::Operator;
};

// An opened service centre: its database, brought up to date, and its settings. The use-case
// services take a Centre; the UI and the CLI never see the database behind it.
class Centre
{
    Q_DECLARE_TR_FUNCTIONS(Centre)
public:
    // Opens and migrates. Throws CentreError with a message for people.
    static std::unique_ptr<Centre> open(const DatabaseSpec &spec);
    ~Centre();

    QString location() const;   // "SQLite /home/…/hotline.sqlite"
    bool isPostgres() const;
    bool isDemo() const;
    int schemaVersion() const;
    static int knownSchemaVersion(); // the newest schema this program can open

    const PhoneNormalizer &phones() const { return m_phones; }
    const WorkingCalendar &calendar() const { return m_calendar; }
    void reloadSettings();
    QMap<QString, QString> settings() const;
    // Checked with CentreSettings::validate first; throws CentreError when it is refused.
    void setSetting(const QString &key, const QString &value);

    // Who is acting. The console sets it by logging in (AccountService::logIn); tests and
    // tools set it directly.
    const Actor &actor() const { return m_actor; }
    void setActor(Actor actor) { m_actor = std::move(actor); }
    // A demo centre opens logged in as its demo supervisor; false on any other centre.
    bool logInDemoSupervisor();
    // hotlinectl works with the database's own credentials, so it acts as an administrator,
    // recorded under the operating-system account that ran it.
    void actAsCommandLine();

    // R26: whether the actor's role allows `permission`; require() throws CentreError
    // naming what was refused and why.
    bool may(Permission permission) const { return Permissions::allows(m_actor.role, permission); }
    void require(Permission permission) const;
    // R5, R26: one line of the audit trail, as the actor, now. Throws CentreError.
    void audit(const QString &action, const QString &subject, const QString &detail = {}) const;
    // Newest first; `action` empty for every kind. Supervisors and administrators only.
    QList<AuditEntry> auditTrail(int limit, const QString &action = {}) const;
    static QString roleLabel(Role role);

    // Live updates: this console's own id, and a change other consoles should show. Call
    // recordChange inside the writing transaction. Throws CentreError.
    QString consoleId() const { return m_consoleId; }
    void recordChange(ChangeTopic topic, qint64 id) const;

    // Time, replaceable in tests.
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTime(); }
    QDate today() const { return now().date(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    const Database &database() const { return *m_db; }

private:
    explicit Centre(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    PhoneNormalizer m_phones;
    WorkingCalendar m_calendar;
    Actor m_actor;
    std::function<QDateTime()> m_clock;
    QString m_consoleId;
};

// A centre cannot be opened or a use case cannot complete; the message is for people.
class CentreError : public std::runtime_error
{
public:
    explicit CentreError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

// The request itself is wrong: a field, named in the message, must be corrected. The CLI
// exits 2 on it.
class CentreInputError : public CentreError
{
public:
    using CentreError::CentreError;
};

} // namespace hotline
