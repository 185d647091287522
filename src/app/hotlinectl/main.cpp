// hotlinectl: administration and automation for a Hotline centre.
#include "Centre.h"
#include "CtlContext.h"
#include "LocalZone.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include <fmt/core.h>

#include <memory>

using namespace hotline;

namespace {

const char *kUsage = R"(Usage: hotlinectl [--db PATH|postgresql://user@host:port/db] COMMAND [OPTIONS]

Commands:
  migrate                       bring the database schema up to date
  config list | get KEY | set KEY VALUE
                                the centre's settings: phone region, local area code,
                                working hours, rest days, holidays
  callbacks produce [--for YYYY-MM-DD]
                                the morning's follow-up calls (R18), idempotent
  callbacks list                the calls due today
  sla watch                     the SLA warnings, breaches and paused clocks (R13); records
                                new breaches, so it can run as a job every few minutes
  sla pause TICKET --reason parts|customer [--note TEXT]
  sla resume TICKET [--note TEXT]
                                stop or restart a ticket's 24 h / 48 h clocks
  seed --demo [--seed N]        fill a new database with a realistic demo centre
  seed --customers N --tickets M [--seed N]
                                load scale data (progress on standard error)
  ticket add --name NAME --phone NUMBER [--phone NUMBER] --address TEXT
             [--district D] --model CODE [--serial S] --purchase-date YYYY-MM-DD
             --fault TEXT [--request TEXT] [--preferred-time TEXT]
             [--priority normal|urgent] [--channel phone|walk_in|web|other]
             [--carry-in] [--charge-consent]
                                save a ticket with the same checks as the intake form
  triage validate FILE...       check triage tree files (db/triage/README.md)
  triage import FILE...|--shipped
                                store new versions of trees (all files valid, or none)
  triage list                   the trees in use
  user add NAME --role operator|supervisor|admin [--display-name TEXT]
                                a console user; the first must be an admin
  user passwd NAME              set a user's password
  user disable NAME             the user can no longer log in (kept in the records)
  user list                     every user, role and state
                                Passwords are read from the terminal without echo,
                                or as one line from standard input when it is not one.
  report --month YYYY-MM [--lang zh_CN|en] [--csv FILE] [--pdf FILE]
                                the monthly service report (R9, R13, R20, R22, R24)
  audit [--action KIND] [--limit N]
                                the audit trail: log-ins, user changes, exports, settings
  version                       print the version

The database is --db, else $HOTLINE_DB, else the desk's own SQLite file.
Exit codes: 0 done, 1 failed (database, files), 2 bad input.
)";

int runMigrate(CtlContext &ctx)
{
    QCommandLineParser parser;
    ctx.parse(parser, 1);
    Centre &centre = ctx.centre();
    fmt::print("{}: schema version {}\n", centre.location().toStdString(), centre.schemaVersion());
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    hotline::pinLocalZone();
    // A report saved as PDF is laid out with fonts: that takes a GUI application (offscreen).
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report |= qstrcmp(argv[i], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(report ? new QGuiApplication(argc, argv)
                                                          : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("hotline"));
    QCoreApplication::setOrganizationName(QStringLiteral("hotline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOTLINE_VERSION));

    // Global options come before the command: hotlinectl --db X seed --demo
    QStringList args = app.arguments().mid(1);
    QString db;
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString a = args.takeFirst();
        if (a == u"--db" && !args.isEmpty()) {
            db = args.takeFirst();
        } else if (a.startsWith(u"--db=")) {
            db = a.mid(5);
        } else if (a == u"--help" || a == u"-h") {
            fmt::print("{}", kUsage);
            return ExitOk;
        } else if (a == u"--version") {
            fmt::print("hotlinectl {}\n", HOTLINE_VERSION);
            return ExitOk;
        } else {
            fmt::print(stderr, "hotlinectl: unknown option '{}' (try --help)\n", a.toStdString());
            return ExitBadInput;
        }
    }
    if (args.isEmpty()) {
        fmt::print(stderr, "hotlinectl: no command given\n\n{}", kUsage);
        return ExitBadInput;
    }

    const QString command = args.first();
    CtlContext ctx(db, QStringList{QStringLiteral("hotlinectl")} + args);
    try {
        if (command == u"migrate")
            return runMigrate(ctx);
        if (command == u"callbacks")
            return runCallbacks(ctx);
        if (command == u"config")
            return runConfig(ctx);
        if (command == u"sla")
            return runSla(ctx);
        if (command == u"seed")
            return runSeed(ctx);
        if (command == u"triage")
            return runTriage(ctx);
        if (command == u"ticket")
            return runTicket(ctx);
        if (command == u"user")
            return runUser(ctx);
        if (command == u"audit")
            return runAudit(ctx);
        if (command == u"report")
            return runReport(ctx);
        if (command == u"version") {
            fmt::print("hotlinectl {} (schema {})\n", HOTLINE_VERSION, Centre::knownSchemaVersion());
            return ExitOk;
        }
        if (command == u"help") {
            fmt::print("{}", kUsage);
            return ExitOk;
        }
        fmt::print(stderr, "hotlinectl: unknown command '{}' (try --help)\n", command.toStdString());
        return ExitBadInput;
    } catch (const BadInput &e) {
        fmt::print(stderr, "hotlinectl {}: {}\n", command.toStdString(), e.message.toStdString());
        return ExitBadInput;
    } catch (const CentreInputError &e) {
        fmt::print(stderr, "hotlinectl {}: {}\n", command.toStdString(), e.message().toStdString());
        return ExitBadInput;
    } catch (const CentreError &e) {
        fmt::print(stderr, "hotlinectl {}: {}\n", command.toStdString(), e.message().toStdString());
        return ExitFailed;
    }
}
