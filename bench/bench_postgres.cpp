// A centre on PostgreSQL (the throwaway cluster scripts/bench starts; PGHOST/PGPORT):
//   - save an intake (target p95 < 40 ms), beside raw INSERTs of the same core rows;
//   - a change seen by 20 other consoles' connections through LISTEN/NOTIFY (target p95
//     < 300 ms), from just before the writer's save to each console's live-update signal.
// The centre is loaded at 1/100 scale (10,000 customers, 30,000 tickets; 1/1000 with --quick).
#include "BenchFigures.h"
#include "Centre.h"
#include "DatabaseSpec.h"
#include "IntakeSaveBench.h"
#include "IntakeService.h"
#include "LiveUpdates.h"
#include "ScaleLoader.h"
#include "LocalZone.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace hotline;
using namespace hotline::bench;

namespace {

bool maintenance(const QString &statement)
{
    bool ok = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-maintenance"));
        c.setHostName(qEnvironmentVariable("PGHOST"));
        c.setPort(qEnvironmentVariableIntValue("PGPORT"));
        c.setUserName(qEnvironmentVariable("PGUSER", QStringLiteral("postgres")));
        c.setDatabaseName(QStringLiteral("postgres"));
        if (c.open()) {
            QSqlQuery q(c);
            ok = q.exec(statement);
            if (!ok)
                std::fprintf(stderr, "bench: %s\n", qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-maintenance"));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    hotline::pinLocalZone();
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    if (qEnvironmentVariableIsEmpty("PGHOST") || qEnvironmentVariableIsEmpty("PGPORT")) {
        std::fprintf(stderr, "bench: PostgreSQL figures need PGHOST and PGPORT (scripts/bench starts a cluster)\n");
        return 1;
    }
    const QString name = QStringLiteral("hotline_bench_%1").arg(QCoreApplication::applicationPid());
    if (!maintenance(QStringLiteral("CREATE DATABASE ") + name))
        return 1;
    DatabaseSpec spec;
    spec.kind = DatabaseSpec::Kind::Postgres;
    spec.host = qEnvironmentVariable("PGHOST");
    spec.port = qEnvironmentVariableIntValue("PGPORT");
    spec.user = qEnvironmentVariable("PGUSER", QStringLiteral("postgres"));
    spec.databaseName = name;
    {
        auto writer = Centre::open(spec);
        writer->setActor({0, QStringLiteral("bench"), Role::Operator});
        const qint64 customers = quick ? 1000 : 10000;
        ScaleLoader::load(*writer, {customers, customers * 3, 1});
        std::printf("# PostgreSQL centre: %lld customers, %lld tickets\n", static_cast<long long>(customers),
                    static_cast<long long>(customers * 3));
        measureIntakeSave(*writer, QStringLiteral("PostgreSQL"), 40, quick ? 20 : 100,
                          QStringLiteral("%1 tickets in the centre").arg(customers * 3));

        // Twenty other consoles, each its own connection listening for changes.
        std::vector<std::unique_ptr<Centre>> consoles;
        std::vector<std::unique_ptr<LiveUpdates>> live;
        QList<double> seen;
        QElapsedTimer clock;
        int arrived = 0;
        for (int i = 0; i < 20; ++i) {
            consoles.push_back(Centre::open(spec));
            consoles.back()->setActor({0, QStringLiteral("console %1").arg(i), Role::Operator});
            live.push_back(std::make_unique<LiveUpdates>(*consoles.back()));
            QObject::connect(live.back().get(), &LiveUpdates::changed, &app, [&](ChangeTopic, qint64) {
                seen.append(clock.nsecsElapsed() / 1e6);
                ++arrived;
            });
        }
        IntakeService intake(*writer);
        for (int round = 0; round < (quick ? 5 : 25); ++round) {
            QCoreApplication::processEvents();
            arrived = 0;
            IntakeDraft d;
            d.name = QStringLiteral("通知测试%1").arg(round);
            d.phones = {{QStringLiteral("1880000%1").arg(round, 4, 10, QLatin1Char('0')), true}};
            d.fault = QStringLiteral("空调不制冷");
            clock.start();
            intake.save(d);
            while (arrived < 20 && clock.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (arrived < 20)
                qFatal("bench: only %d of 20 consoles saw the change", arrived);
        }
        Row row;
        row.figure = QStringLiteral("change seen by 20 other connections (NOTIFY), p95");
        row.measured = summarise(seen);
        row.target = 300;
        row.note = QStringLiteral("%1 deliveries, timed from just before the writer's save").arg(seen.size());
        record(row);
        live.clear();
        consoles.clear();
    }
    maintenance(QStringLiteral("DROP DATABASE ") + name + QStringLiteral(" WITH (FORCE)"));
    return 0;
}
