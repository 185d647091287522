#include "Centre.h"
#include "CentreSettings.h"
#include "CtlContext.h"

#include <fmt/core.h>

namespace hotline {

// hotlinectl config list | get KEY | set KEY VALUE: the centre-wide settings (R3 region and
// area code, R27 working calendar).
int runConfig(CtlContext &ctx)
{
    const QString verb = ctx.word(1);
    QCommandLineParser parser;
    if (verb == u"list") {
        ctx.parse(parser, 2);
        const auto values = ctx.centre().settings();
        for (const auto &[key, meaning] : CentreSettings::describedKeys())
            fmt::print("{:<24} {:<24} {}\n", key.toStdString(),
                       values.value(key, QStringLiteral("(default)")).toStdString(), meaning.toStdString());
        return ExitOk;
    }
    if (verb == u"get") {
        ctx.parse(parser, 3);
        const QString key = ctx.word(2);
        bool known = false;
        for (const auto &described : CentreSettings::describedKeys())
            known |= described.first == key;
        if (!known)
            throw BadInput{QStringLiteral("'%1' is not a setting: see 'config list'").arg(key)};
        fmt::print("{}\n", ctx.centre().settings().value(key).toStdString());
        return ExitOk;
    }
    if (verb == u"set") {
        ctx.parse(parser, 4);
        const QString key = ctx.word(2);
        const QString value = ctx.word(3);
        if (key.isEmpty() || parser.positionalArguments().size() < 4)
            throw BadInput{QStringLiteral("use: config set KEY VALUE")};
        const QString problem = CentreSettings::validate(key, value);
        if (!problem.isEmpty())
            throw BadInput{key + QStringLiteral(": ") + problem};
        ctx.centre().setSetting(key, value);
        fmt::print("{} = {}\n", key.toStdString(), value.trimmed().toStdString());
        return ExitOk;
    }
    throw BadInput{QStringLiteral("use 'config list', 'config get KEY' or 'config set KEY VALUE'")};
}

} // namespace hotline
