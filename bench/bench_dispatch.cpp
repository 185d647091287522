// Dispatch board at centre scale: 150 engineers, 1,500 visits on one day.
// Reports the time to show the board (load the day from the database, lay it out, paint the
// window) and the time per drag-move frame (the R11 check on the target plus the repaint),
// each as median and p95 beside its target.
#include "BenchFigures.h"
#include "Centre.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DispatchBoard.h"
#include "DispatchWorkplace.h"
#include "PeopleRepository.h"
#include "ScaleLoader.h"
#include "TicketRepository.h"
#include "VisitMime.h"
#include "VisitRepository.h"
#include "LocalZone.h"

#include <QApplication>
#include <QDragMoveEvent>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace hotline;
using hotline::bench::report;
using hotline::bench::summarise;

namespace {

const QDate kDay(2026, 11, 23);

void buildCentre(Centre &centre, int engineers, int visits)
{
    ScaleLoader::load(centre, {}); // catalogue
    const Database &db = centre.database();
    Transaction tx(db);
    PeopleRepository people(db);
    CustomerRepository customers(db);
    TicketRepository tickets(db);
    VisitRepository visitRepo(db);
    const QStringList districts = {QStringLiteral("浦东新区"), QStringLiteral("徐汇区"), QStringLiteral("静安区"),
                                   QStringLiteral("黄浦区"), QStringLiteral("长宁区"), QStringLiteral("普陀区")};
    const QStringList categories = {QStringLiteral("washing_machine"), QStringLiteral("air_conditioner"),
                                    QStringLiteral("refrigerator"), QStringLiteral("printer")};
    QList<qint64> ids;
    for (int e = 0; e < engineers; ++e) {
        Engineer eng;
        eng.name = QStringLiteral("工程师%1").arg(e, 3, 10, QLatin1Char('0'));
        eng.phone = QStringLiteral("139%1").arg(e, 8, 10, QLatin1Char('0'));
        eng.district = districts[e % districts.size()];
        eng.skills = {categories[e % 4], categories[(e + 1) % 4]};
        ids.append(people.addEngineer(eng));
    }
    for (int i = 0; i < visits; ++i) {
        const qint64 c = customers.addCustomer(QStringLiteral("客户%1").arg(i), QDateTime(kDay.addDays(-2), QTime(9, 0)));
        const qint64 a = customers.addAddress(c, {0, QStringLiteral("上海市某区某路%1号").arg(i), districts[i % districts.size()]});
        const qint64 u = customers.addUnit(c, {0, 1, QStringLiteral("WM-D8012"), {}, {}, {}, QDate(2024, 1, 1)});
        NewTicket t;
        t.customerId = c;
        t.addressId = a;
        t.unitId = u;
        t.fault = QStringLiteral("脱水时剧烈晃动");
        t.warranty = QStringLiteral("in_warranty");
        t.state = TicketState::Scheduled;
        t.createdAt = QDateTime(kDay.addDays(-1), QTime(9, 0).addSecs(i * 20));
        const qint64 ticket = tickets.addTicket(t);
        NewVisit v;
        v.ticketId = ticket;
        v.engineerId = ids[i % engineers];
        const int slot = i / engineers; // ten visits a day each, 50 minutes apart
        v.startsAt = QDateTime(kDay, QTime(8, 30).addSecs(slot * 50 * 60));
        v.endsAt = v.startsAt.addSecs(40 * 60);
        v.status = QStringLiteral("scheduled");
        visitRepo.addVisit(v);
    }
    tx.commit();
}


} // namespace

int main(int argc, char *argv[])
{
    hotline::pinLocalZone();
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int engineers = quick ? 15 : 150;
    const int visits = quick ? 150 : 1500;
    const int showRuns = quick ? 3 : 15;
    const int frames = quick ? 30 : 300;

    QTemporaryDir dir;
    DatabaseSpec spec;
    spec.path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto centre = Centre::open(spec);
    centre->setClock([] { return QDateTime(kDay, QTime(8, 0)); });
    centre->setActor({0, QStringLiteral("bench"), Role::Supervisor});
    buildCentre(*centre, engineers, visits);

    DispatchWorkplace work(*centre);
    work.resize(1440, 860);
    work.show();
    QApplication::processEvents();

    // Showing the board: the day from the database, laid out, the window painted.
    QList<double> show;
    for (int i = 0; i < showRuns; ++i) {
        QElapsedTimer t;
        t.start();
        work.showDate(kDay);
        work.grab();
        show.append(t.nsecsElapsed() / 1e6);
    }

    // Dragging: each frame is one move event over a new slot (check + repaint).
    const DispatchDay &day = work.day();
    DispatchBoard *board = work.board();
    const BoardVisit &moving = day.visits.first();
    std::unique_ptr<QMimeData> mime(VisitMime::encode({moving.id, moving.version}));
    {
        QDragEnterEvent enter(board->pointFor(day.engineers.first().id, QDateTime(kDay, QTime(9, 0))),
                              Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(board, &enter);
    }
    QList<double> frame;
    int judged = 0;
    for (int i = 0; i < frames; ++i) {
        const qint64 engineer = day.engineers[i % qMin<qsizetype>(12, day.engineers.size())].id;
        const QPoint pos = board->pointFor(engineer, QDateTime(kDay, QTime(9, 0).addSecs((i % 28) * 15 * 60)));
        QElapsedTimer t;
        t.start();
        QDragMoveEvent move(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(board, &move);
        QApplication::processEvents(); // paints what the move made dirty, as the event loop would
        frame.append(t.nsecsElapsed() / 1e6);
        judged += board->preview().active ? 1 : 0;
    }
    if (judged != frames) {
        std::fprintf(stderr, "bench: only %d of %d drag moves reached the board\n", judged, frames);
        return 1;
    }

    const QString scale = QStringLiteral("%1 engineers x %2 visits").arg(engineers).arg(visits);
    report("open the dispatch day (load + lay out + paint), p95", summarise(show), 200, scale);
    report("one drag-move frame on that board (R11 check + repaint), p95", summarise(frame), 16, scale);
    return 0;
}
