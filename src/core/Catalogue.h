#pragma once

#include <QString>
#include <QStringList>
#include <QTime>

namespace hotline {

struct FeeSchedule
{
    QString code;
    QString name;
    qint64 callOutFeeFen = 0;
    qint64 labourPerHourFen = 0;
};

struct ProductModel
{
    qint64 id = 0;
    QString code;
    QString name;
    QString brand;
    QString category; // "washing_machine", "air_conditioner", ... (triage trees follow it)
    int warrantyMonths = 12;
    QString feeSchedule;
};

struct Engineer
{
    qint64 id = 0;
    QString name;
    QString phone;
    QString district;
    QTime workStart{8, 30};
    QTime workEnd{17, 30};
    QStringList skills; // product categories
};

enum class Role { Operator, Supervisor, Admin };

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Operator;
    bool disabled = false;
};

} // namespace hotline
