#include "AccountService.h"

#include "AuditRepository.h"
#include "Centre.h"
#include "Database.h"
#include "PasswordHash.h"
#include "PeopleRepository.h"
#include "StorageError.h"

#include <QRegularExpression>

namespace hotline {

bool AccountService::needsFirstAdministrator() const
{
    try {
        return PeopleRepository(m_centre.database()).userCount() == 0;
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

QString AccountService::checkedPassword(const QString &password) const
{
    if (password.size() < kMinimumPasswordLength)
        throw CentreInputError(tr("Password: use at least %n characters.", nullptr, kMinimumPasswordLength));
    if (password.trimmed() != password)
        throw CentreInputError(tr("Password: it starts or ends with a space; type it without."));
    return PasswordHash::make(password);
}

User AccountService::addUser(const QString &login, const QString &displayName, Role role, const QString &password)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,31}$"));
    if (!loginPattern.match(login).hasMatch())
        throw CentreInputError(tr("User name '%1': use 1 to 32 small letters, digits, '.', '-' or '_', "
                             "starting with a letter or digit.")
                              .arg(login));
    const bool first = needsFirstAdministrator();
    if (first && role != Role::Admin)
        throw CentreInputError(tr("The first user must be an administrator (--role admin): "
                             "only an administrator can add the others."));
    if (!first)
        m_centre.require(Permission::ManageUsers);
    const QString hash = checkedPassword(password);
    User user{0, login, displayName.trimmed().isEmpty() ? login : displayName.trimmed(), role, false};
    try {
        const Database &db = m_centre.database();
        Transaction tx(db);
        const PeopleRepository people(db);
        if (people.userByLogin(login))
            throw CentreInputError(tr("User name '%1' is taken: choose another.").arg(login));
        user.id = people.addUser(user, hash, m_centre.now());
        m_centre.audit(QStringLiteral("user_added"), login, Permissions::roleCode(role));
        tx.commit();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    return user;
}

User AccountService::existing(const QString &login) const
{
    try {
        if (const auto user = PeopleRepository(m_centre.database()).userByLogin(login))
            return *user;
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    throw CentreInputError(tr("There is no user '%1'.").arg(login));
}

void AccountService::setPassword(const QString &login, const QString &password)
{
    const User user = existing(login);
    if (user.id != m_centre.actor().userId)
        m_centre.require(Permission::ManageUsers);
    const QString hash = checkedPassword(password);
    try {
        const Database &db = m_centre.database();
        Transaction tx(db);
        PeopleRepository(db).setPasswordHash(user.id, hash);
        m_centre.audit(QStringLiteral("password_set"), login);
        tx.commit();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

void AccountService::disable(const QString &login)
{
    m_centre.require(Permission::ManageUsers);
    const User user = existing(login);
    if (user.disabled)
        return;
    try {
        const Database &db = m_centre.database();
        Transaction tx(db);
        const PeopleRepository people(db);
        if (user.role == Role::Admin && people.activeAdminCount() <= 1)
            throw CentreError(tr("'%1' is the last administrator who can log in: add another "
                                 "administrator before disabling this one.")
                                  .arg(login));
        people.setDisabled(user.id, true);
        m_centre.audit(QStringLiteral("user_disabled"), login);
        tx.commit();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

QList<User> AccountService::users() const
{
    m_centre.require(Permission::ManageUsers);
    try {
        return PeopleRepository(m_centre.database()).users();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

void AccountService::logIn(const QString &login, const QString &password)
{
    try {
        const Database &db = m_centre.database();
        const PeopleRepository people(db);
        const auto user = people.userByLogin(login.trimmed());
        const bool right = user && PasswordHash::verify(people.passwordHash(user->id), password);
        if (!right || user->disabled) {
            AuditRepository(db).add({m_centre.now(), login.trimmed(), 0, QStringLiteral("login_refused"),
                                     login.trimmed(), right ? QStringLiteral("disabled") : QString()});
            if (right)
                throw CentreError(tr("The account '%1' is disabled: ask an administrator.").arg(login.trimmed()));
            throw CentreError(tr("The user name or the password is wrong."));
        }
        m_centre.setActor({user->id, user->displayName, user->role});
        m_centre.audit(QStringLiteral("logged_in"), user->login);
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

} // namespace hotline
