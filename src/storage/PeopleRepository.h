#pragma once

#include "Catalogue.h"
#include "Permissions.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace hotline {

class Database;

// The centre's people: console users and field engineers.
class PeopleRepository
{
public:
    explicit PeopleRepository(const Database &db) : m_db(db) {}

    qint64 addUser(const User &user, const QString &passwordHash, const QDateTime &createdAt) const;
    std::optional<User> userByLogin(const QString &login) const;
    QList<User> users() const;
    qint64 userCount() const;
    int activeAdminCount() const;
    // The argon2id hash (libsodium's string form); empty when the user has no password.
    QString passwordHash(qint64 userId) const;
    void setPasswordHash(qint64 userId, const QString &hash) const;
    void setDisabled(qint64 userId, bool disabled) const;

    qint64 addEngineer(const Engineer &engineer) const;
    QList<Engineer> engineers() const;

private:
    const Database &m_db;
};

} // namespace hotline
