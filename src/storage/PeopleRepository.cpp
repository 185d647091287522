#include "PeopleRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QHash>

namespace hotline {

namespace {

Role roleFrom(const QVariant &code)
{
    Role r = Role::Operator;
    Permissions::roleFromCode(code.toString(), &r);
    return r;
}

User userFrom(const QSqlQuery &q)
{
    return User{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), roleFrom(q.value(3)),
                q.value(4).toInt() != 0};
}

} // namespace

qint64 PeopleRepository::addUser(const User &u, const QString &passwordHash,
                                 const QDateTime &createdAt) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO users (login, display_name, role, password_hash, disabled, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(u.login);
    q.addBindValue(u.displayName);
    q.addBindValue(Permissions::roleCode(u.role));
    q.addBindValue(passwordHash.isEmpty() ? QVariant()
                                          : QVariant(passwordHash));
    q.addBindValue(u.disabled ? 1 : 0);
    q.addBindValue(sql::moment(createdAt));
    return m_db.insertReturningId(q, "add a user");
}

std::optional<User> PeopleRepository::userByLogin(const QString &login) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, login, display_name, role, disabled FROM users WHERE login = ?"));
    q.addBindValue(login);
    m_db.run(q, "find a user");
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

QList<User> PeopleRepository::users() const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, login, display_name, role, disabled FROM users ORDER BY login"));
    m_db.run(q, "list users");
    QList<User> list;
    while (q.next())
        list.append(userFrom(q));
    return list;
}

qint64 PeopleRepository::userCount() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM users"));
    m_db.run(q, "count users");
    return q.next() ? q.value(0).toLongLong() : 0;
}

int PeopleRepository::activeAdminCount() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0"));
    m_db.run(q, "count administrators");
    return q.next() ? q.value(0).toInt() : 0;
}

QString PeopleRepository::passwordHash(qint64 userId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.addBindValue(userId);
    m_db.run(q, "read a password hash");
    return q.next() ? q.value(0).toString() : QString();
}

void PeopleRepository::setPasswordHash(qint64 userId, const QString &hash) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(userId);
    m_db.run(q, "set a password");
}

void PeopleRepository::setDisabled(qint64 userId, bool disabled) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"));
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(userId);
    m_db.run(q, "disable a user");
}

qint64 PeopleRepository::addEngineer(const Engineer &e) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO engineers (name, phone, district, work_start, work_end) "
        "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(e.name);
    q.addBindValue(e.phone);
    q.addBindValue(e.district);
    q.addBindValue(sql::clock(e.workStart));
    q.addBindValue(sql::clock(e.workEnd));
    const qint64 id = m_db.insertReturningId(q, "add an engineer");
    QSqlQuery s = m_db.prepare(
        QStringLiteral("INSERT INTO engineer_skills (engineer_id, category) VALUES (?, ?)"));
    for (const QString &skill : e.skills) {
        s.addBindValue(id);
        s.addBindValue(skill);
        m_db.run(s, "add an engineer's skill");
    }
    return id;
}

QList<Engineer> PeopleRepository::engineers() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, name, phone, district, work_start, work_end FROM engineers "
        "WHERE active = 1 ORDER BY name"));
    m_db.run(q, "list engineers");
    QList<Engineer> list;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Engineer e;
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.phone = q.value(2).toString();
        e.district = q.value(3).toString();
        e.workStart = sql::clockFrom(q.value(4));
        e.workEnd = sql::clockFrom(q.value(5));
        index.insert(e.id, list.size());
        list.append(e);
    }
    QSqlQuery s = m_db.prepare(
        QStringLiteral("SELECT engineer_id, category FROM engineer_skills ORDER BY category"));
    m_db.run(s, "list engineers' skills");
    while (s.next()) {
        const auto it = index.constFind(s.value(0).toLongLong());
        if (it != index.cend())
            list[*it].skills.append(s.value(1).toString());
    }
    return list;
}

} // namespace hotline
