#pragma once

#include "Centre.h"
#include "DispatchService.h"
#include "IntakeService.h"
#include "PeopleRepository.h"
#include "ScaleLoader.h"
#include "TriageService.h"

#include <QTest>

namespace hotline::test {

// A small centre for dispatch tests: two engineers and visits waiting in the queue.
//   王工: 浦东新区, washing machines and refrigerators, 08:30–17:30
//   李工: 徐汇区, printers, 08:30–17:30
struct DispatchFixture
{
    static inline const QDate kDay{2026, 11, 23}; // a Monday
    qint64 wang = 0;
    qint64 li = 0;

    void build(Centre &centre)
    {
        ScaleLoader::load(centre, {}); // the catalogue
        PeopleRepository people(centre.database());
        Engineer w;
        w.name = QStringLiteral("王工");
        w.phone = QStringLiteral("13900000001");
        w.district = QStringLiteral("浦东新区");
        w.skills = {QStringLiteral("washing_machine"), QStringLiteral("refrigerator")};
        wang = people.addEngineer(w);
        Engineer l = w;
        l.name = QStringLiteral("李工");
        l.district = QStringLiteral("徐汇区");
        l.skills = {QStringLiteral("printer")};
        li = people.addEngineer(l);
        people.addUser({0, QStringLiteral("boss"), QStringLiteral("主管"), Role::Supervisor, false}, {},
                       centre.now());
        centre.setActor({0, QStringLiteral("主管"), Role::Supervisor});
    }

    // A washing-machine call in 浦东新区 sent to the dispatch queue; returns its visit.
    static BoardVisit queuedVisit(Centre &centre, const QString &name, const QString &model = QStringLiteral("WM-D8012"),
                                  const QString &district = QStringLiteral("浦东新区"))
    {
        IntakeDraft d;
        d.name = name;
        d.address = QStringLiteral("上海市") + district + QStringLiteral("张江路100弄5号1202室");
        d.district = district;
        d.phones = {{QStringLiteral("13912345678"), true}};
        d.modelCode = model;
        d.fault = QStringLiteral("脱水时剧烈晃动并停机");
        const qint64 ticket = IntakeService(centre).save(d).ticketId;
        TriageService(centre).finish(ticket, {TriageOutcome::Visit, {}, {}, {}, false});
        for (const BoardVisit &v : DispatchService(centre).day(kDay).queue) {
            if (v.ticketId == ticket)
                return v;
        }
        qFatal("queued visit not found");
    }

    // A visit fixed on site at `completed` (the centre's clock is moved there and back);
    // returns its ticket.
    qint64 completedVisit(Centre &centre, QDateTime &clock, const QDateTime &completed, const QString &name)
    {
        const QDateTime saved = clock;
        const Actor actor = centre.actor();
        clock = completed.addSecs(-4 * 3600);
        centre.setActor({0, QStringLiteral("主管"), Role::Supervisor});
        const BoardVisit v = queuedVisit(centre, name);
        DispatchService dispatch(centre);
        const auto moved = dispatch.move({v.id, v.version, wang, QDateTime(completed.date(), QTime(9, 0)), 60, {}, true, {}});
        if (!moved.applied)
            qFatal("not assigned: %s", qPrintable(moved.message));
        clock = completed;
        DispatchService::VisitReport report;
        report.visitId = v.id;
        report.expectedVersion = moved.version;
        if (!dispatch.recordResult(report).applied)
            qFatal("no result");
        centre.setActor(actor);
        clock = saved;
        return v.ticketId;
    }
};

} // namespace hotline::test
