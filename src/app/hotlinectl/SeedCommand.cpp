#include "Centre.h"
#include "CtlContext.h"
#include "DemoCentre.h"
#include "ScaleLoader.h"

#include <QElapsedTimer>

#include <fmt/core.h>

namespace hotline {

int runSeed(CtlContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"));
    const QCommandLineOption seed(QStringLiteral("seed"), {}, QStringLiteral("N"));
    const QCommandLineOption customers(QStringLiteral("customers"), {}, QStringLiteral("N"));
    const QCommandLineOption tickets(QStringLiteral("tickets"), {}, QStringLiteral("M"));
    parser.addOptions({demo, seed, customers, tickets});
    ctx.parse(parser, 1);

    const qint64 seedValue = parser.isSet(seed) ? CtlContext::positiveNumber(parser, QStringLiteral("seed")) : 1;
    if (seedValue > 0xffffffffLL)
        throw BadInput{QStringLiteral("--seed: use a number below 4294967296")};
    const bool scale = parser.isSet(customers) || parser.isSet(tickets);
    if (parser.isSet(demo) == scale)
        throw BadInput{QStringLiteral("say what to seed: --demo, or --customers N [--tickets M]")};

    if (parser.isSet(demo)) {
        Centre &centre = ctx.centre();
        const DemoCentre::Summary s = DemoCentre::seed(centre, quint32(seedValue));
        fmt::print("Demo centre seeded in {} as of {}:\n"
                   "  {} customers, {} tickets, {} engineers\n"
                   "  {} visits on today's board, {} completed on the previous working day\n"
                   "  {} open follow-up calls, {} triage trees\n"
                   "  a call in triage now: hotline --ticket {}\n",
                   centre.location().toStdString(), centre.today().toString(Qt::ISODate).toStdString(),
                   s.customers, s.tickets, s.engineers, s.visitsToday, s.completedYesterday,
                   s.openCallbacks, s.triageTrees, s.callInTriage);
        return ExitOk;
    }

    ScaleLoader::Options o;
    o.customers = CtlContext::positiveNumber(parser, QStringLiteral("customers"));
    o.tickets = CtlContext::positiveNumber(parser, QStringLiteral("tickets"));
    o.seed = quint32(seedValue);
    if (o.tickets > 0 && o.customers == 0)
        throw BadInput{QStringLiteral("--tickets needs --customers: scale tickets belong to the "
                                      "customers loaded with them")};
    Centre &centre = ctx.centre();
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    const ScaleLoader::Phases took = ScaleLoader::load(centre, o, [&](qint64 done, qint64 total) {
        const int percent = total ? int(done * 100 / total) : 100;
        if (percent == lastPercent)
            return;
        lastPercent = percent;
        const int bar = percent / 4;
        fmt::print(stderr, "\r[{:<25}] {:3}%  {} of {} rows  {:.0f} s", std::string(size_t(bar), '#'),
                   percent, done, total, timer.elapsed() / 1000.0);
    });
    fmt::print(stderr, "\n");
    fmt::print("Loaded {} customers and {} tickets into {} in {:.1f} s\n", o.customers, o.tickets,
               centre.location().toStdString(), timer.elapsed() / 1000.0);
    fmt::print("  customers {:.1f} s, tickets {:.1f} s, secondary indexes {:.1f} s, search indexes finished {:.1f} s\n",
               took.customers / 1000.0, took.tickets / 1000.0, took.indexes / 1000.0, took.search / 1000.0);
    return ExitOk;
}

} // namespace hotline
