#include "ScaleCentre.h"

#include "AccountService.h"
#include "BenchFigures.h"
#include "BulkInserter.h"
#include "Database.h"
#include "ScaleLoader.h"
#include "SettingsRepository.h"
#include "SqlValues.h"

#include <QDir>
#include <QFile>
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
    const ScaleLoader::Phases took = ScaleLoader::load(centre, {ScaleCentre::customers(quick), tickets, 1}, progressBar);
    std::fprintf(stderr, "\n");
    const Database &db = centre.database();
    {
        Transaction tx(db);
        BulkInserter visits(db, QStringLiteral("visits"),
                            {QStringLiteral("id"), QStringLiteral("ticket_id"), QStringLiteral("starts_at"),
                             QStringLiteral("ends_at"), QStringLiteral("status"), QStringLiteral("result"),
                             QStringLiteral("completed_at")});
        const qint64 first = BulkInserter::nextId(db, QStringLiteral("visits"));
        // A visit comes within a day or two of the call (R13), and a centre's ticket ids grow
        // with time: the day's completions are on the newest tickets, every third of the last
        // 3 x completions. (Spread over all 3 M, the foreign-key check of each new follow-up
        // read one page from the disk per completion, a second on a cold file cache.)
        const qint64 newest = tickets - 3 * qint64(completions) + 1;
        for (int i = 0; i < completions; ++i) {
            const QDateTime start(ScaleCentre::kCompletionDay, QTime(8, 30).addSecs((i % 16) * 30 * 60));
            visits.add({first + i, newest + 3 * qint64(i), sql::moment(start),
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
    settings.setValue(QStringLiteral("bench.generated_phases"),
                      QStringLiteral("customers %1 s, tickets %2 s, secondary indexes %3 s, search indexes finished %4 s")
                          .arg(took.customers / 1000.0, 0, 'f', 0)
                          .arg(took.tickets / 1000.0, 0, 'f', 0)
                          .arg(took.indexes / 1000.0, 0, 'f', 0)
                          .arg(took.search / 1000.0, 0, 'f', 0));
    settings.setValue(QStringLiteral("bench.ready"), QString::number(tickets));
}

// A centre in use keeps its file in the operating system's file cache; a benchmark run after
// a reboot, or after another large file was written, would find it there in part or not at
// all, and its p95 figures would measure the disk (twice to five times over on this machine).
// Reading the file once makes every run start from the same state, the one operators work in.
void warmFileCache(const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    qint64 bytes = 0;
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    for (const char *suffix : {"", "-wal"}) {
        QFile file(path + QString::fromLatin1(suffix));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (qint64 n; (n = file.read(buffer.data(), buffer.size())) > 0;)
            bytes += n;
    }
    std::printf("# read the centre's file into the file cache, as in use: %.1f GB in %.1f s\n", bytes / 1e9,
                clock.nsecsElapsed() / 1e9);
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
    const bool ready = centre->settings().value(QStringLiteral("bench.ready")) == QString::number(tickets(quick));
    if (!ready) {
        // Not generated, or cut short: a fresh file, not a second load on top of a partial one.
        centre.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(spec.path + QString::fromLatin1(suffix));
        centre = Centre::open(spec);
    }
    centre->setClock([] { return QDateTime(kCallDay, QTime(7, 0)); });
    if (!ready)
        generate(*centre, quick);
    warmFileCache(spec.path);
    // The console benchmarks log in as this user (a centre generated before it existed gains it).
    centre->setActor({0, QStringLiteral("bench"), Role::Admin});
    AccountService accounts(*centre);
    const QList<User> users = accounts.users();
    if (std::none_of(users.cbegin(), users.cend(), [](const User &u) { return u.login == userName(); }))
        accounts.addUser(userName(), QStringLiteral("Bench"), Role::Admin, password());
    centre->setActor({0, QStringLiteral("bench"), Role::Operator});
    if (!reportGeneration)
        return centre;
    if (centre->settings().value(QStringLiteral("bench.generated_seconds")).isEmpty()) {
        std::printf("# generation time not recorded: this centre was generated by an older benchmark\n");
        return centre;
    }
    Row row;
    row.figure = QStringLiteral("generate the centre (%1 customers, %2 tickets)")
                     .arg(customers(quick)).arg(tickets(quick));
    row.unit = QStringLiteral("s");
    const double seconds = centre->settings().value(QStringLiteral("bench.generated_seconds")).toDouble();
    row.measured = Figure::one(seconds);
    row.target = 120;
    const QString phases = centre->settings().value(QStringLiteral("bench.generated_phases"));
    row.note = QStringLiteral("once, then reused; generated on %1%2")
                   .arg(centre->settings().value(QStringLiteral("bench.generated_on")),
                        phases.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(phases));
    row.ifMissed = QStringLiteral(
        "profiled (perf per thread, vmstat) at 3 M tickets on 2 cores: both cores are busy from the first ticket "
        "to the last index (about 1.75 of 2 over the whole load). Through the tickets the writer, the thread making "
        "the rows and the two search-index threads (SearchIndexFile) share them, the trigram index the most (FTS5's "
        "hash table, bound by memory latency); then the secondary indexes, sorted on two threads, share them with "
        "the search indexes' single segment being written (trigrams 16 s). Idle CPU is left only while the "
        "customers are written (writer and maker alone) and while the search indexes are copied in (6-8 s, one "
        "connection). The same code varies with the machine's speed (compare the Node baseline of the AMI "
        "figure). To gain margin: write the trigram index's text into the centre as the rows are written, so "
        "that only its segments are copied in, and make the rows without a QVariant per value");
    record(row);
    return centre;
}

} // namespace hotline::bench
