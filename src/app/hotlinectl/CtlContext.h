#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>

namespace hotline {

class Centre;

// Exit codes of hotlinectl.
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitBadInput = 2 };

// Bad input on the command line: the message names the option and what to do. Exits 2.
struct BadInput
{
    QString message;
};

// What every command gets: its own arguments and a way to open the centre.
class CtlContext
{
public:
    CtlContext(QString dbOption, QStringList arguments);
    ~CtlContext();

    // The command's options, parsed; throws BadInput on unknown options or stray arguments.
    void parse(QCommandLineParser &parser, int positionalArguments = 0) const;
    // Opens (and migrates) the database from --db / HOTLINE_DB / the default file.
    Centre &centre();

    // The command's words: word(0) is the command, word(1) its subcommand ("ticket add").
    QString word(int i) const { return m_arguments.value(i + 1); }

    static qint64 positiveNumber(const QCommandLineParser &parser, const QString &option);

private:
    QString m_dbOption;
    QStringList m_arguments;
    std::unique_ptr<Centre> m_centre;
};

int runCallbacks(CtlContext &ctx);
int runConfig(CtlContext &ctx);
int runSeed(CtlContext &ctx);
int runTicket(CtlContext &ctx);
int runTriage(CtlContext &ctx);
int runUser(CtlContext &ctx);
int runAudit(CtlContext &ctx);
int runReport(CtlContext &ctx);
int runSla(CtlContext &ctx);

} // namespace hotline
