// The supervisor's figures (dashboard and monthly report) on a known November: every figure
// is an exact number worked out by hand below, on both backends.
//   A  Mon 23 09:00  fixed on the phone; its follow-up call turns into a complaint, resolved
//   B  Mon 23 09:10  to dispatch at once; visited Mon 23 14:00                 (R13 in time)
//   C  Mon 23 09:20  call ended 09:21, put in the queue only at 09:40 (R9 late); visit in December
//   D  Tue 24 08:00  visited 09:00, fixed 12:00 (R13 both in time); satisfied, rated 4 and 5
//   E  Mon  2 10:00  call ended 10:01, queued a minute later (R9 in time); visited Fri 20 09:00,
//                    fixed 11:00 (R13 both late); "not fixed": reopened (R20), which restarts
//                    its queue clock but does not change how its call was handed on
//   F  Mon 23 09:30  call ended 09:31, queued exactly 5 minutes later (R9 in time)
//   G  Mon 23 09:40  call ended 09:41, queued 5 minutes and 1 second later (R9 late)
//   H  Mon  9 09:00  call ended 09:01, queued a minute later; the customer away from 10:00 to
//                    Fri 20 09:00 (the SLA clocks paused); visited Fri 20 14:00: in time only
//                    because the wait does not count (R13)
// The SLA watch ran on Tue 10 at 09:00 and recorded E's two breaches (visit due Wed 4 16:00,
// repair due Mon 9 13:00); H was paused, so nothing was breached for it.
#include "CallbackService.h"
#include "Centre.h"
#include "DispatchFixture.h"
#include "ReportService.h"
#include "SlaService.h"
#include "TestDatabase.h"

#include <QTest>

using namespace hotline;

class ReportServiceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyFigureOfNovember();
    void theReportCarriesTheSameNumbers();
    void aPeriodWithNothingInIt();

private:
    qint64 call(const QDateTime &at, const QString &name, TriageOutcome outcome, const QDateTime &endedAt = {},
                int queuedAfterSeconds = 19 * 60);
    qint64 visitOf(qint64 ticket) const;
    void assign(qint64 ticket, const QDateTime &start);
    void complete(qint64 ticket, const QDateTime &at);
    void followUp(qint64 ticket, const QDateTime &at, const CallbackService::Report &report);

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
    test::DispatchFixture m_fx;
    QDateTime m_now;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_d = 0, m_e = 0, m_f = 0, m_g = 0, m_h = 0;
    ServiceFigures m_november;
};

qint64 ReportServiceTest::call(const QDateTime &at, const QString &name, TriageOutcome outcome, const QDateTime &endedAt,
                               int queuedAfterSeconds)
{
    m_now = at;
    m_centre->setActor({0, QStringLiteral("接线员"), Role::Operator});
    IntakeDraft d;
    d.name = name;
    d.address = QStringLiteral("上海市浦东新区张江路100弄5号1202室");
    d.district = QStringLiteral("浦东新区");
    d.phones = {{QStringLiteral("13912345678"), true}};
    d.modelCode = QStringLiteral("WM-D8012");
    d.fault = QStringLiteral("脱水时剧烈晃动并停机");
    const qint64 ticket = IntakeService(*m_centre).save(d).ticketId;
    if (endedAt.isValid()) {
        TriageStep step;
        step.at = at.addSecs(30);
        step.category = QStringLiteral("washing_machine");
        step.nodeId = QStringLiteral("start");
        step.text = QStringLiteral("机器是否放平？");
        TriageService(*m_centre).record(ticket, {step});
        TriageStep last = step;
        last.kind = TriageStep::Kind::Answered;
        last.at = endedAt;
        TriageService(*m_centre).record(ticket, {last});
        m_now = endedAt.addSecs(queuedAfterSeconds); // when the operator sends it on
    }
    TriageService(*m_centre).finish(ticket, {outcome, {}, {}, {}, false});
    m_centre->setActor({0, QStringLiteral("主管"), Role::Supervisor});
    return ticket;
}

qint64 ReportServiceTest::visitOf(qint64 ticket) const
{
    DispatchService dispatch(*m_centre);
    for (const QDate &day : {m_now.date(), QDate(2026, 11, 1)}) {
        const DispatchDay d = dispatch.day(day);
        for (const BoardVisit &v : d.queue + d.visits) {
            if (v.ticketId == ticket)
                return v.id;
        }
    }
    return 0;
}

void ReportServiceTest::assign(qint64 ticket, const QDateTime &start)
{
    DispatchService dispatch(*m_centre);
    for (const BoardVisit &v : dispatch.day(start.date()).queue) {
        if (v.ticketId == ticket) {
            QVERIFY2(dispatch.move({v.id, v.version, m_fx.wang, start, 60, QStringLiteral("test"), true, {}}).applied,
                     "not assigned");
            return;
        }
    }
    QFAIL("not in the queue");
}

void ReportServiceTest::complete(qint64 ticket, const QDateTime &at)
{
    m_now = at;
    DispatchService dispatch(*m_centre);
    for (const BoardVisit &v : dispatch.day(at.date()).visits) {
        if (v.ticketId == ticket) {
            DispatchService::VisitReport r;
            r.visitId = v.id;
            r.expectedVersion = v.version;
            QVERIFY(dispatch.recordResult(r).applied);
            return;
        }
    }
    QFAIL("no visit that day");
}

void ReportServiceTest::followUp(qint64 ticket, const QDateTime &at, const CallbackService::Report &report)
{
    m_now = at;
    m_centre->setActor({0, QStringLiteral("回访员"), Role::Operator});
    CallbackService callbacks(*m_centre);
    callbacks.produce(at.date());
    for (const CallbackTask &t : callbacks.queue()) {
        if (t.ticketId == ticket) {
            QVERIFY(callbacks.take(t.id));
            QVERIFY(callbacks.record(t.id, report).applied);
            m_centre->setActor({0, QStringLiteral("主管"), Role::Supervisor});
            return;
        }
    }
    QFAIL("no follow-up call for the ticket");
}

void ReportServiceTest::initTestCase()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    HOTLINE_REQUIRE_DATABASE(*m_tdb);
    m_centre = Centre::open(m_tdb->spec());
    m_centre->setClock([this] { return m_now; });
    m_now = QDateTime(QDate(2026, 11, 1), QTime(9, 0));
    m_fx.build(*m_centre);

    m_e = call(QDateTime(QDate(2026, 11, 2), QTime(10, 0)), QStringLiteral("顾客戊"), TriageOutcome::Visit,
               QDateTime(QDate(2026, 11, 2), QTime(10, 1)), 60);
    m_h = call(QDateTime(QDate(2026, 11, 9), QTime(9, 0)), QStringLiteral("顾客辛"), TriageOutcome::Visit,
               QDateTime(QDate(2026, 11, 9), QTime(9, 1)), 60);
    m_now = QDateTime(QDate(2026, 11, 9), QTime(10, 0));
    SlaService(*m_centre).pause(m_h, SlaPause::kCustomer, QStringLiteral("出国"));
    m_now = QDateTime(QDate(2026, 11, 10), QTime(9, 0));
    SlaService(*m_centre).watch();
    m_now = QDateTime(QDate(2026, 11, 19), QTime(16, 0));
    assign(m_e, QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    complete(m_e, QDateTime(QDate(2026, 11, 20), QTime(11, 0)));
    m_now = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
    SlaService(*m_centre).resume(m_h, {});
    assign(m_h, QDateTime(QDate(2026, 11, 20), QTime(14, 0)));

    m_a = call(QDateTime(QDate(2026, 11, 23), QTime(9, 0)), QStringLiteral("顾客甲"), TriageOutcome::RemoteFix);
    m_b = call(QDateTime(QDate(2026, 11, 23), QTime(9, 10)), QStringLiteral("顾客乙"), TriageOutcome::Visit);
    assign(m_b, QDateTime(QDate(2026, 11, 23), QTime(14, 0)));
    m_c = call(QDateTime(QDate(2026, 11, 23), QTime(9, 20)), QStringLiteral("顾客丙"), TriageOutcome::Visit,
               QDateTime(QDate(2026, 11, 23), QTime(9, 21)));
    assign(m_c, QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
    m_f = call(QDateTime(QDate(2026, 11, 23), QTime(9, 30)), QStringLiteral("顾客己"), TriageOutcome::Visit,
               QDateTime(QDate(2026, 11, 23), QTime(9, 31)), ReportService::kHandoffSeconds);
    m_g = call(QDateTime(QDate(2026, 11, 23), QTime(9, 40)), QStringLiteral("顾客庚"), TriageOutcome::Visit,
               QDateTime(QDate(2026, 11, 23), QTime(9, 41)), ReportService::kHandoffSeconds + 1);
    followUp(m_e, QDateTime(QDate(2026, 11, 23), QTime(10, 0)),
             {CallbackService::Outcome::NotFixed, 0, 0, {}, QStringLiteral("还是晃"), {}, {}, {}, false});

    m_d = call(QDateTime(QDate(2026, 11, 24), QTime(8, 0)), QStringLiteral("顾客丁"), TriageOutcome::Visit);
    assign(m_d, QDateTime(QDate(2026, 11, 24), QTime(9, 0)));
    complete(m_d, QDateTime(QDate(2026, 11, 24), QTime(12, 0)));
    followUp(m_a, QDateTime(QDate(2026, 11, 24), QTime(13, 0)),
             {CallbackService::Outcome::Complaint, 0, 0, {}, {}, QStringLiteral("等了很久"), QStringLiteral("生气"),
              QStringLiteral("道歉"), true});
    followUp(m_d, QDateTime(QDate(2026, 11, 25), QTime(9, 0)),
             {CallbackService::Outcome::Satisfied, 4, 5, {}, {}, {}, {}, {}, false});
    m_now = QDateTime(QDate(2026, 11, 26), QTime(9, 0));
    CallbackService callbacks(*m_centre);
    const QList<Complaint> open = callbacks.complaints();
    QCOMPARE(open.size(), 1);
    callbacks.resolveComplaint(open.first().id, QStringLiteral("已致电道歉并赠送延保"));

    m_now = QDateTime(QDate(2026, 12, 1), QTime(9, 0));
    m_november = ReportService(*m_centre).figures(QDate(2026, 11, 1), QDate(2026, 11, 30));
}

void ReportServiceTest::cleanupTestCase()
{
    m_centre.reset();
    m_tdb.reset();
}

void ReportServiceTest::everyFigureOfNovember()
{
    const ServiceFigures &f = m_november;
    QCOMPARE(f.calls, (QList<qint64>{m_e, m_h, m_a, m_b, m_c, m_f, m_g, m_d}));
    QCOMPARE(f.guided.size(), 8);
    QCOMPARE(f.remoteFixes, QList<qint64>{m_a});
    QCOMPARE(f.remoteFixPercent(), 100.0 / 8);
    // R9: C was put in the queue 19 minutes after its call ended, G a second too late; E
    // was on time, and its reopening weeks later does not change that.
    QCOMPARE(f.handoff.met, (QList<qint64>{m_e, m_h, m_b, m_f, m_d}));
    QCOMPARE(f.handoff.missed, (QList<qint64>{m_c, m_g}));
    QCOMPARE(f.handoff.percent(), 500.0 / 7);
    // R13: E waited eighteen days; C's first visit is in December; H waited eleven days for
    // its customer, 1 working hour before the pause and 5 after it.
    QCOMPARE(f.visitOnTime.met, (QList<qint64>{m_h, m_b, m_d}));
    QCOMPARE(f.visitOnTime.missed, QList<qint64>{m_e});
    QCOMPARE(f.repairOnTime.met, QList<qint64>{m_d});
    QCOMPARE(f.repairOnTime.missed, QList<qint64>{m_e});
    QCOMPARE(f.visitBreaches, QList<qint64>{m_e}); // recorded by the watch on the 10th
    QCOMPARE(f.repairBreaches, QList<qint64>{m_e});
    QCOMPARE(f.repeats, QList<qint64>{m_e}); // R20
    QCOMPARE(f.rated, QList<qint64>{m_d});   // R22
    QCOMPARE(f.unitRating, 4.0);
    QCOMPARE(f.engineerRating, 5.0);
    QCOMPARE(f.complaintsOpened, 1); // R24
    QCOMPARE(f.complaintsResolved, 1);
    QCOMPARE(f.complaintsOpenNow, 0);
    QCOMPARE(f.complaintTickets, QList<qint64>{m_a});
    // 王工 had E, H, B and D in November (C is in December); 李工 none.
    QCOMPARE(f.load.size(), 2);
    for (const EngineerLoad &l : f.load) {
        if (l.engineer == u"王工") {
            QCOMPARE(l.visits, 4);
            QCOMPARE(l.completed, 2);
            QCOMPARE(l.tickets, (QList<qint64>{m_e, m_h, m_b, m_d}));
        } else {
            QCOMPARE(l.visits, 0);
        }
    }
}

void ReportServiceTest::theReportCarriesTheSameNumbers()
{
    ReportService report(*m_centre);
    const QString csv = report.csv(m_november);
    const QStringList rows = csv.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 12 + 2); // header, the figures, one line per engineer
    QVERIFY2(csv.contains(QStringLiteral("Calls taken,8,")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("Fixed on the phone (remote-fix rate),12.5%,1 of 8 guided calls")));
    QVERIFY(csv.contains(QStringLiteral("In the dispatch queue within 5 minutes (R9),71.4%,5 of 7")));
    QVERIFY(csv.contains(QStringLiteral("Visited within 24 working hours (R13),75.0%,3 of 4")));
    QVERIFY(csv.contains(QStringLiteral("SLA breaches recorded as they happened (R13),2,\"1 without a visit in 24 h, "
                                        "1 not repaired in 48 h\"")));
    QVERIFY(csv.contains(QStringLiteral("Repaired within 48 working hours (R13),50.0%,1 of 2")));
    QVERIFY(csv.contains(QStringLiteral("Repeat visits: reopened after the follow-up call (R20),1,")));
    QVERIFY(csv.contains(QStringLiteral("Satisfaction with the unit (1–5),4.00,1 rated follow-up call")));
    QVERIFY(csv.contains(QStringLiteral("Complaints opened (R24),1,")));
    QVERIFY(csv.contains(QStringLiteral("Visits: 王工,4,2 completed")));
    QVERIFY(report.html(m_november).contains(QStringLiteral("<td align='right'>75.0%</td>")));
}

void ReportServiceTest::aPeriodWithNothingInIt()
{
    const ServiceFigures f = ReportService(*m_centre).figures(QDate(2026, 10, 1), QDate(2026, 10, 31));
    QVERIFY(f.calls.isEmpty());
    QCOMPARE(f.remoteFixPercent(), 0.0);
    QCOMPARE(f.handoff.percent(), 0.0);
    QCOMPARE(f.unitRating, 0.0);
}

QTEST_GUILESS_MAIN(ReportServiceTest)
#include "tst_reportservice.moc"
