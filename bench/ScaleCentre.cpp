#include "ScaleCentre.h"

#include "AccountService.h"
#include "BenchFigures.h"
#include "BulkInserter.h"
#include "Database.h"
#include "ScaleLoader.h"
#include "SettingsRepository.h"
#include "SqlValues.h"

#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

namespace hotline::bench {

namespace {

void progressBar(qint64 done, qint64 total)
{
    const int percent = int(done * 100 / qMax<qint64>(total, 1));
    const int filled = percent * 40 / 100;
    std::fprintf(stderr, "\r  [%s%s] %3d%%", QByteArray(filled, '#').constData(), QByteArray(40 - filled, '.').constData(),
                 percent);
    std::fflush(stderr);
}

void generate(Centre &centre, bool quick)
{
    const qint64 tickets = ScaleCentre::tickets(quick);
    const int completions = ScaleCentre::completions(quick);
    std::fprintf(stderr, "bench: generating %lld customers and %lld tickets (once; reused next time)\n",
                 static_cast<long long>(ScaleCentre::customers(quick)), static_cast<long long>(tickets));
    QElapsedTimer clock;
    clock.start();
    ScaleLoader::load(centre, {ScaleCentre::customers(quick), tickets, 1}, progressBar);
    std::fprintf(stderr, "\n");
    const Database &db = centre.database();
    {
        Transaction tx(db);
        BulkInserter visits(db, QStringLiteral("visits"),
                            {QStringLiteral("id"), QStringLiteral("ticket_id"), QStringLiteral("starts_at"),
                             QStringLiteral("ends_at"), QStringLiteral("status"), QStringLiteral("result"),
                             QStringLiteral("completed_at")});
        const qint64 first = BulkInserter::nextId(db, QStringLiteral("visits"));
        for (int i = 0; i < completions; ++i) {
            const QDateTime start(ScaleCentre::kCompletionDay, QTime(8, 30).addSecs((i % 16) * 30 * 60));
            visits.add({first + i, qint64(i) * (tickets / completions) + 1, sql::moment(start),
                        sql::moment(start.addSecs(3600)), QStringLiteral("completed"), QStringLiteral("fixed_on_site"),
                        sql::moment(start.addSecs(3600))});
        }
        visits.flush();
        tx.commit();
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    SettingsRepository settings(db);
    settings.setValue(QStringLiteral("bench.generated_seconds"), QString::number(seconds, 'f', 1));
    settings.setValue(QStringLiteral("bench.generated_on"), QDate::currentDate().toString(Qt::ISODate));
    settings.setValue(QStringLiteral("bench.ready"), QString::number(tickets));
}

} // namespace

QString ScaleCentre::path(bool quick)
{
    QString dir = qEnvironmentVariable("HOTLINE_BENCH_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/hotline-bench");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/centre-%1.sqlite").arg(tickets(quick));
}

std::unique_ptr<Centre> ScaleCentre::open(bool quick, bool reportGeneration)
{
    DatabaseSpec spec;
    spec.path = path(quick);
    auto centre = Centre::open(spec);
    centre->setClock([] { return QDateTime(kCallDay, QTime(7, 0)); });
    if (centre->settings().value(QStringLiteral("bench.ready")) != QString::number(tickets(quick)))
        generate(*centre, quick);
    // The console benchmarks log in as this user (a centre generated before it existed gains it).
    centre->setActor({0, QStringLiteral("bench"), Role::Admin});
    AccountService accounts(*centre);
    const QList<User> users = accounts.users();
    if (std::none_of(users.cbegin(), users.cend(), [](const User &u) { return u.login == userName(); }))
        accounts.addUser(userName(), QStringLiteral("Bench"), Role::Admin, password());
    centre->setActor({0, QStringLiteral("bench"), Role::Operator});
    if (!reportGeneration)
        return centre;
    Row row;
    row.figure = QStringLiteral("generate the centre (%1 customers, %2 tickets)")
                     .arg(customers(quick)).arg(tickets(quick));
    row.unit = QStringLiteral("s");
    const double seconds = centre->settings().value(QStringLiteral("bench.generated_seconds")).toDouble();
    row.measured = {seconds, seconds};
    row.target = 120;
    row.note = QStringLiteral("once, then reused; generated on %1")
                   .arg(centre->settings().value(QStringLiteral("bench.generated_on")));
    record(row);
    return centre;
}

} // namespace hotline::bench
