// A console that is killed (SIGKILL) at random moments by tst_crashsafety: it types a call
// into the draft store, saves the ticket, ends its triage (a remote fix books its follow-up
// call, a visit goes to the queue) and clears the draft, over and over. Prints "saved ID"
// after each ticket's triage has ended.
#include "Centre.h"
#include "DatabaseSpec.h"
#include "DraftStore.h"
#include "IntakeService.h"
#include "TriageService.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace hotline;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "use: crash_writer DB DRAFT_FOLDER SEED\n");
        return 2;
    }
    QString error;
    const auto spec = DatabaseSpec::resolve(args[1], &error);
    if (!spec)
        return 2;
    QRandomGenerator random(args[3].toUInt());
    try {
        auto centre = Centre::open(*spec);
        centre->setActor({0, QStringLiteral("接线员"), Role::Operator});
        DraftStore drafts(args[2]);
        IntakeService intake(*centre);
        TriageService triage(*centre);
        for (;;) {
            IntakeDraft d;
            d.name = QStringLiteral("断电测试%1").arg(random.bounded(100000));
            d.phones = {{QStringLiteral("139%1").arg(random.bounded(10000000, 99999999)), true}};
            d.address = QStringLiteral("上海市徐汇区漕溪北路 %1 号 3 楼 301 室").arg(random.bounded(1, 999));
            d.modelCode = QStringLiteral("WM-D8012");
            d.purchaseDate = QStringLiteral("2025-03-01");
            d.fault = QStringLiteral("洗衣机不排水，显示 E21");
            drafts.save(d, centre->now());
            const auto saved = intake.save(d);
            if (!saved.saved)
                return 1;
            TriageService::Ending ending;
            ending.outcome = random.bounded(2) ? TriageOutcome::RemoteFix : TriageOutcome::Visit;
            ending.finding = QStringLiteral("排水泵堵塞");
            triage.finish(saved.ticketId, ending);
            drafts.clear();
            std::printf("saved %lld\n", saved.ticketId);
            std::fflush(stdout);
        }
    } catch (const CentreError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
}
