#include "AccountService.h"
#include "Centre.h"
#include "CtlContext.h"
#include "Permissions.h"

#include <fmt/core.h>

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <string>

namespace hotline {

namespace {

// One line from standard input; from a terminal, prompted and without echo.
QString readSecret(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        fmt::print(stderr, "{}", prompt.toStdString());
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool got = static_cast<bool>(std::getline(std::cin, line));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        fmt::print(stderr, "\n");
    }
    if (!got)
        throw BadInput{QStringLiteral("no password on standard input")};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QString newPassword(const QString &login)
{
    const QString password = readSecret(QStringLiteral("New password for %1: ").arg(login));
    if (isatty(STDIN_FILENO) && readSecret(QStringLiteral("Type it again: ")) != password)
        throw BadInput{QStringLiteral("the two passwords differ: nothing was changed")};
    return password;
}

} // namespace

// hotlinectl audit [--action A] [--limit N]: who logged in, managed users, exported data or
// changed settings, newest first (R5, R26).
int runAudit(CtlContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption action(QStringLiteral("action"), QStringLiteral("only this kind"), QStringLiteral("kind"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("at most N lines (50)"), QStringLiteral("N"),
                                   QStringLiteral("50"));
    parser.addOptions({action, limit});
    ctx.parse(parser, 1);
    const qint64 n = parser.isSet(limit) ? CtlContext::positiveNumber(parser, QStringLiteral("limit")) : 50;
    for (const AuditEntry &e : ctx.centre().auditTrail(int(qMin<qint64>(n, 100000)), parser.value(action)))
        fmt::print("{}  {:<16} {:<20} {}{}\n", e.at.toString(Qt::ISODate).toStdString(), e.action.toStdString(),
                   e.actor.toStdString(), e.subject.toStdString(),
                   e.detail.isEmpty() ? std::string() : "  (" + e.detail.toStdString() + ")");
    return ExitOk;
}

// hotlinectl user add|passwd|disable|list (R26).
int runUser(CtlContext &ctx)
{
    const QString verb = ctx.word(1);
    QCommandLineParser parser;
    if (verb == u"add") {
        const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("operator, supervisor or admin"),
                                      QStringLiteral("role"));
        const QCommandLineOption display(QStringLiteral("display-name"), QStringLiteral("name shown in records"),
                                         QStringLiteral("text"));
        parser.addOptions({role, display});
        ctx.parse(parser, 3);
        const QString login = ctx.word(2);
        if (login.isEmpty() || parser.positionalArguments().size() < 3)
            throw BadInput{QStringLiteral("use: user add NAME --role operator|supervisor|admin")};
        Role r = Role::Operator;
        if (!parser.isSet(role) || !Permissions::roleFromCode(parser.value(role), &r))
            throw BadInput{QStringLiteral("--role: give operator, supervisor or admin")};
        Centre &centre = ctx.centre();
        const QString password = newPassword(login);
        const User u = AccountService(centre).addUser(login, parser.value(display), r, password);
        fmt::print("added {} ({}) as {}\n", u.login.toStdString(), u.displayName.toStdString(),
                   Permissions::roleCode(u.role).toStdString());
        return ExitOk;
    }
    if (verb == u"passwd" || verb == u"disable") {
        ctx.parse(parser, 3);
        const QString login = ctx.word(2);
        if (login.isEmpty() || parser.positionalArguments().size() < 3)
            throw BadInput{QStringLiteral("use: user %1 NAME").arg(verb)};
        AccountService accounts(ctx.centre());
        if (verb == u"passwd") {
            accounts.setPassword(login, newPassword(login));
            fmt::print("password set for {}\n", login.toStdString());
        } else {
            accounts.disable(login);
            fmt::print("{} can no longer log in\n", login.toStdString());
        }
        return ExitOk;
    }
    if (verb == u"list") {
        ctx.parse(parser, 2);
        for (const User &u : AccountService(ctx.centre()).users())
            fmt::print("{:<20} {:<11} {}{}\n", u.login.toStdString(), Permissions::roleCode(u.role).toStdString(),
                       u.displayName.toStdString(), u.disabled ? "  (disabled)" : "");
        return ExitOk;
    }
    throw BadInput{QStringLiteral("use 'user add', 'user passwd', 'user disable' or 'user list'")};
}

} // namespace hotline
