#pragma once

#include "Catalogue.h"
#include "PhoneNormalizer.h"
#include "WorkingCalendar.h"

#include <QDateTime>
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

    const Actor &actor() const { return m_actor; }
    void setActor(Actor actor) { m_actor = std::move(actor); }
    // The person at this console: the demo supervisor on a demo centre, otherwise the
    // user whose login matches the operating-system account, else that account's name.
    void chooseActorForThisConsole();

    // Time, replaceable in tests.
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTime(); }
    QDate today() const { return now().date(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    const Database &database() const { return *m_db; }

private:
    explicit Centre(std::unique_ptr<Database> db);
    void chooseActor();

    std::unique_ptr<Database> m_db;
    PhoneNormalizer m_phones;
    WorkingCalendar m_calendar;
    Actor m_actor;
    std::function<QDateTime()> m_clock;
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

} // namespace hotline
