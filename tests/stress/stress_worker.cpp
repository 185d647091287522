// One console's worth of contention for tst_stress: produces the morning's calls, then for
// --rounds rounds moves a visit on today's board and takes and closes a callback, all on
// the same few rows as the other workers. Prints one line per write that was applied:
//   move VISIT   claim TASK   record TASK   (busy TASK: another worker holds it)
// and "failed N" for writes refused by the database (busy, conflict); those must leave
// nothing behind.
#include "CallbackService.h"
#include "Centre.h"
#include "DatabaseSpec.h"
#include "DispatchService.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace hotline;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "use: stress_worker DB NAME ROUNDS SEED\n");
        return 2;
    }
    QString error;
    const auto spec = DatabaseSpec::resolve(args[1], &error);
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const QString name = args[2];
    const int rounds = args[3].toInt();
    QRandomGenerator random(args[4].toUInt());
    int failed = 0;
    try {
        auto centre = Centre::open(*spec);
        centre->setActor({0, name, Role::Supervisor});
        CallbackService callbacks(*centre);
        DispatchService dispatch(*centre);
        try {
            callbacks.produce(centre->today());
        } catch (const CentreError &) {
            ++failed;
        }
        for (int round = 0; round < rounds; ++round) {
            try {
                const DispatchDay day = dispatch.day(centre->today());
                QList<BoardVisit> all = day.visits + day.queue;
                if (!all.isEmpty() && !day.engineers.isEmpty()) {
                    const BoardVisit v = all[random.bounded(int(all.size()))];
                    // Forced past the check, as a supervisor may: every move is a write, and the
                    // only refusals left are the races this test is about.
                    DispatchService::Move m{v.id, v.version, 0, {}, 90, QStringLiteral("stress"), true,
                                            QStringLiteral("stress")};
                    if (!v.engineerId) {
                        m.engineerId = day.engineers[random.bounded(int(day.engineers.size()))].id;
                        m.start = QDateTime(centre->today(), QTime(8 + random.bounded(9), 30 * random.bounded(2)));
                    }
                    if (dispatch.move(m).applied)
                        std::printf("move %lld\n", v.id);
                }
            } catch (const CentreError &) {
                ++failed;
            }
            try {
                const QList<CallbackTask> queue = callbacks.queue();
                if (!queue.isEmpty()) {
                    const qint64 task = queue[random.bounded(int(queue.size()))].id;
                    if (!callbacks.take(task)) {
                        std::printf("busy %lld\n", task);
                    } else {
                        std::printf("claim %lld\n", task);
                        CallbackService::Report report;
                        report.outcome = CallbackService::Outcome::Satisfied;
                        report.ratingUnit = 5;
                        report.ratingEngineer = 5;
                        if (callbacks.record(task, report).applied)
                            std::printf("record %lld\n", task);
                    }
                }
            } catch (const CentreError &) {
                ++failed;
            }
            std::fflush(stdout);
        }
    } catch (const CentreError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    std::printf("failed %d\n", failed);
    return 0;
}
