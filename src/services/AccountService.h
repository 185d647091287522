#pragma once

#include "Catalogue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hotline {

class Centre;

// Users, passwords and log-in (R26). Passwords are kept only as argon2id hashes; there is
// no default password anywhere: the first administrator is created with hotlinectl.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)
public:
    explicit AccountService(Centre &centre) : m_centre(centre) {}

    static constexpr int kMinimumPasswordLength = 8;

    // True while the centre has no user at all: only an administrator can be added then.
    bool needsFirstAdministrator() const;
    // Needs ManageUsers, except for the very first user, who must be an administrator.
    // Throws CentreError naming the field that is wrong.
    User addUser(const QString &login, const QString &displayName, Role role, const QString &password);
    // Users may change their own password; an administrator anyone's.
    void setPassword(const QString &login, const QString &password);
    // The last administrator who can log in cannot be disabled.
    void disable(const QString &login);
    QList<User> users() const;

    // Checks the password and makes the user the centre's actor. The refusal does not say
    // whether the name or the password was wrong. Every attempt is in the audit trail.
    void logIn(const QString &login, const QString &password);

private:
    User existing(const QString &login) const;
    QString checkedPassword(const QString &password) const;
    Centre &m_centre;
};

} // namespace hotline
