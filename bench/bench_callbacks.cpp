// The callback queue and the archive at centre scale: producing the morning's calls for
// 10,000 visits completed the day before (target < 200 ms), and searching 3 M tickets as
// the operator types (p95 < 30 ms). The scale database is generated once (deterministic,
// seed 1) and reused from the cache folder. HOTLINE_BENCH_SLOW=1 lists each production
// run and every keystroke over its target, for profiling.
#include "ArchiveService.h"
#include "BulkInserter.h"
#include "CallbackService.h"
#include "BenchFigures.h"
#include "Centre.h"
#include "Database.h"
#include "ScaleLoader.h"
#include "SettingsRepository.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

using namespace hotline;
using hotline::bench::report;
using hotline::bench::summarise;

namespace {

const QDate kCallDay(2026, 11, 24);      // a Tuesday
const QDate kCompletionDay(2026, 11, 23); // the Monday before


// 1/100 scale for --quick: 10,000 customers, 30,000 tickets, 100 completions.
void generate(Centre &centre, qint64 tickets, int completions)
{
    std::fprintf(stderr, "bench: generating %lld tickets (once; reused next time)...\n", static_cast<long long>(tickets));
    ScaleLoader::load(centre, {tickets / 3, tickets, 1}, [](qint64 done, qint64 total) {
        std::fprintf(stderr, "\r  %3d%%", int(done * 100 / total));
    });
    std::fprintf(stderr, "\n");
    const Database &db = centre.database();
    Transaction tx(db);
    BulkInserter visits(db, QStringLiteral("visits"),
                        {QStringLiteral("id"), QStringLiteral("ticket_id"), QStringLiteral("starts_at"), QStringLiteral("ends_at"),
                         QStringLiteral("status"), QStringLiteral("result"), QStringLiteral("completed_at")});
    const qint64 first = BulkInserter::nextId(db, QStringLiteral("visits"));
    for (int i = 0; i < completions; ++i) {
        const QDateTime start(kCompletionDay, QTime(8, 30).addSecs((i % 16) * 30 * 60));
        visits.add({first + i, qint64(i) * (tickets / completions) + 1, sql::moment(start),
                    sql::moment(start.addSecs(3600)), QStringLiteral("completed"), QStringLiteral("fixed_on_site"),
                    sql::moment(start.addSecs(3600))});
    }
    visits.flush();
    SettingsRepository(db).setValue(QStringLiteral("bench.ready"), QString::number(tickets));
    tx.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const qint64 tickets = quick ? 30000 : 3000000;
    const int completions = quick ? 100 : 10000;

    QString dir = qEnvironmentVariable("HOTLINE_BENCH_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/hotline-bench");
    QDir().mkpath(dir);
    DatabaseSpec spec;
    spec.path = dir + QStringLiteral("/centre-%1.sqlite").arg(tickets);
    auto centre = Centre::open(spec);
    centre->setClock([] { return QDateTime(kCallDay, QTime(7, 0)); });
    centre->setActor({0, QStringLiteral("bench"), Role::Operator});
    if (centre->settings().value(QStringLiteral("bench.ready")) != QString::number(tickets))
        generate(*centre, tickets, completions);

    // Producing the morning's calls: each run starts from an empty queue.
    QList<double> produce;
    int made = 0;
    for (int run = 0; run < (quick ? 5 : 20); ++run) {
        centre->database().execute(QStringLiteral("DELETE FROM callback_tasks"), "reset the queue");
        QElapsedTimer t;
        t.start();
        made = CallbackService(*centre).produce(kCallDay).visitFollowUps;
        produce.append(t.nsecsElapsed() / 1e6);
        if (qEnvironmentVariableIsSet("HOTLINE_BENCH_SLOW"))
            std::fprintf(stderr, "produce run %d: %.1f ms\n", run, produce.last());
    }
    if (made != completions) {
        std::fprintf(stderr, "bench: produced %d calls, expected %d\n", made, completions);
        return 1;
    }

    // Search as you type: every prefix (2+ characters) of names, numbers, serials, fault words.
    ArchiveService archive(*centre);
    QStringList queries;
    QSqlQuery q(centre->database().connection());
    q.exec(QStringLiteral("SELECT c.name, t.contact_phone, u.serial FROM tickets t JOIN customers c ON c.id = t.customer_id "
                          "JOIN units u ON u.id = t.unit_id WHERE t.id % 997 = 0 LIMIT 12"));
    while (q.next()) {
        for (int i = 0; i < 3; ++i)
            queries.append(q.value(i).toString());
    }
    queries << QStringLiteral("不制冷") << QStringLiteral("卡纸") << QStringLiteral("E21");
    QList<double> search;
    for (const QString &query : std::as_const(queries)) {
        for (qsizetype n = 2; n <= query.size(); ++n) {
            QElapsedTimer t;
            t.start();
            archive.search(query.left(n), 20);
            search.append(t.nsecsElapsed() / 1e6);
            if (qEnvironmentVariableIsSet("HOTLINE_BENCH_SLOW") && search.last() > 30)
                std::fprintf(stderr, "slow: %s %.1f ms\n", qPrintable(query.left(n)), search.last());
        }
    }

    std::printf("Callback queue and archive: %lld tickets, %d visits completed %s%s\n",
                static_cast<long long>(tickets), completions, qPrintable(kCompletionDay.toString(Qt::ISODate)),
                quick ? " (quick run, 1/100 scale)" : "");
    report("produce the morning's calls", summarise(produce), 200);
    report("archive search as you type (one keystroke)", summarise(search), 30);
    return 0;
}
