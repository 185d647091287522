// The planning assistant at centre scale: 150 engineers, 1,500 visits on one day (a third
// already booked, a third of those pinned). Reports the time to plan the day beside the greedy
// baseline on the same request, what each places, and the time to suggest slots for one
// queued visit. Figures only; nothing here is asserted in a test.
#include "BenchFigures.h"
#include "DayPlanner.h"
#include "PlanningInstance.h"
#include "SlotSuggester.h"
#include "LocalZone.h"

#include <QCoreApplication>

#include <cstdio>

using namespace hotline;
using hotline::bench::record;
using hotline::bench::Row;
using hotline::bench::summarise;
using hotline::bench::timeMs;

int main(int argc, char *argv[])
{
    hotline::pinLocalZone();
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int engineers = quick ? 15 : 150;
    const int visits = quick ? 150 : 1500;
    const int runs = quick ? 3 : 9;
    const QString scale = QStringLiteral("%1 engineers, %2 visits").arg(engineers).arg(visits);

    DayPlanRequest request = test::PlanningInstance::generate(engineers, visits, 20261123u, 33, 45);

    QList<double> planned, greedy;
    DayPlan plan, baseline;
    for (int i = 0; i < runs; ++i) {
        planned.append(timeMs([&] { plan = DayPlanner::plan(request); }));
        greedy.append(timeMs([&] { baseline = GreedyPlanner::plan(request); }));
    }
    Row row;
    row.figure = QStringLiteral("Plan the day (DayPlanner)");
    row.measured = summarise(planned);
    row.target = 1000;
    row.baselineName = QStringLiteral("greedy, queue order");
    row.baseline = summarise(greedy);
    const qsizetype total = request.assigned.size() + request.queued.size();
    row.note = QStringLiteral("%1; placed %2 (greedy %3), 24 h commitments met %4 (greedy %5), travel %6 min "
                              "(greedy %7)")
                   .arg(scale)
                   .arg(total - plan.unplaced.size())
                   .arg(total - baseline.unplaced.size())
                   .arg(plan.commitmentsMet)
                   .arg(baseline.commitmentsMet)
                   .arg(plan.travelMinutes)
                   .arg(baseline.travelMinutes);
    record(row);

    // Suggestions for queued visits against a full day: about ten booked visits per engineer.
    const DayPlanRequest full = test::PlanningInstance::generate(engineers, visits * 4 / 3, 20261123u, 75, 30);
    SlotRequest slots;
    slots.engineers = full.engineers;
    for (const AssignedVisit &a : full.assigned)
        slots.scheduled.append(a.visit);
    slots.travel = full.travel;
    slots.calendar = full.calendar;
    slots.now = full.now;
    slots.day = full.day;
    QList<double> suggest;
    qsizetype offered = 0;
    for (qsizetype i = 0; i < full.queued.size() && suggest.size() < runs * 10; i += 7) {
        slots.visit = full.queued[i];
        suggest.append(timeMs([&] { offered += SlotSuggester::suggest(slots).size(); }));
    }
    Row s;
    s.figure = QStringLiteral("Suggest slots for one queued visit");
    s.measured = summarise(suggest);
    s.target = 20;
    s.note = QStringLiteral("%1 engineers, %2 booked visits; %3 suggestions over %4 visits")
                 .arg(engineers)
                 .arg(slots.scheduled.size())
                 .arg(offered)
                 .arg(suggest.size());
    record(s);
    std::printf("  %s\n  %s\n", qPrintable(row.note), qPrintable(s.note));
    return 0;
}
