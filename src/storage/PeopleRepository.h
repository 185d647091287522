#pragma once

#include "Catalogue.h"

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

    qint64 addEngineer(const Engineer &engineer) const;
    QList<Engineer> engineers() const;

    static QString roleCode(Role r);
    static Role roleFromCode(const QString &code);

private:
    const Database &m_db;
};

} // namespace hotline
