// Guided triage through the services layer on both backends: trees imported as versions,
// steps recorded (R6), each outcome as one action (R7, R8, R9, R19).
#include "Centre.h"
#include "Database.h"
#include "DemoCentre.h"
#include "IntakeService.h"
#include "TestDatabase.h"
#include "TestTriageTree.h"
#include "TriageRepository.h"
#include "TriageService.h"
#include "VisitRepository.h"

#include <QTest>

using namespace hotline;

namespace {
const QDateTime kMonday10(QDate(2026, 11, 23), QTime(10, 0));
}

class TriageServiceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void importKeepsVersionsAndRefusesOlderOrBroken();
    void brokenStoredVersionLeavesThePreviousInUse();
    void stepsAreRecordedAndMoveTheTicketIntoTriage();
    void remoteFixClosesAndBooksOneFollowUp_data();
    void remoteFixClosesAndBooksOneFollowUp();
    void outcomesThatGoToDispatch_data();
    void outcomesThatGoToDispatch();
    void refusalIsRecorded();
    void secondEndingIsRefused();
    void forbiddenPhrasesFound();

private:
    void asSupervisor();
    qint64 newTicket();
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
    std::unique_ptr<TriageService> m_triage;
    QDateTime m_now = kMonday10;
};

void TriageServiceTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    HOTLINE_REQUIRE_DATABASE(*m_tdb);
    m_centre = Centre::open(m_tdb->spec());
    m_now = kMonday10;
    m_centre->setClock([this] { return m_now; });
    m_triage = std::make_unique<TriageService>(*m_centre);
    asSupervisor();
    QVERIFY(m_triage->importTree(test::washerTree(1), QStringLiteral("washing_machine.json")).imported);
    m_centre->setActor({0, QStringLiteral("李娜"), Role::Operator});
}

// R26: triage content and the centre's settings are changed by supervisors.
void TriageServiceTest::asSupervisor()
{
    m_centre->setActor({0, QStringLiteral("主管"), Role::Supervisor});
}

void TriageServiceTest::cleanup()
{
    m_triage.reset();
    m_centre.reset();
    m_tdb.reset();
}

qint64 TriageServiceTest::newTicket()
{
    IntakeDraft d;
    d.name = QStringLiteral("张伟");
    d.phones = {{QStringLiteral("13800138000"), true}};
    d.fault = QStringLiteral("脱水时剧烈晃动，有撞击声");
    return IntakeService(*m_centre).save(d).ticketId;
}

void TriageServiceTest::importKeepsVersionsAndRefusesOlderOrBroken()
{
    QCOMPARE(m_triage->tree(QStringLiteral("washing_machine"))->version, 1);
    asSupervisor();
    auto r = m_triage->importTree(test::washerTree(1), QStringLiteral("again.json"));
    QVERIFY(!r.imported);
    QVERIFY(r.errors.first().problem.contains(QStringLiteral("not newer")));

    QByteArray broken = test::washerTree(2);
    broken.replace("\"next\": \"fix_door\"", "\"next\": \"fix_nowhere\"");
    r = m_triage->importTree(broken, QStringLiteral("broken.json"));
    QVERIFY(!r.imported);
    QCOMPARE(r.errors.first().node, QStringLiteral("q_door"));
    QCOMPARE(m_triage->tree(QStringLiteral("washing_machine"))->version, 1); // still in use

    QVERIFY(m_triage->importTree(test::washerTree(2), QStringLiteral("v2.json")).imported);
    QCOMPARE(m_triage->tree(QStringLiteral("washing_machine"))->version, 2);
    QVERIFY(!m_triage->tree(QStringLiteral("printer")));
}

void TriageServiceTest::brokenStoredVersionLeavesThePreviousInUse()
{
    // A version that became invalid in the database (edited by hand) never breaks a console.
    QByteArray broken = test::washerTree(5);
    broken.replace("\"start\": \"q_start\"", "\"start\": \"q_gone\"");
    TriageRepository(m_centre->database()).addTree({QStringLiteral("washing_machine"), 5, broken, {}, m_now}, {});
    m_triage->reload();
    QCOMPARE(m_triage->tree(QStringLiteral("washing_machine"))->version, 1);
    QCOMPARE(m_triage->skippedVersions().size(), 1);
    QVERIFY(m_triage->skippedVersions().first().contains(QStringLiteral("v5")));
}

void TriageServiceTest::stepsAreRecordedAndMoveTheTicketIntoTriage()
{
    const qint64 id = newTicket();
    TriageWalk walk(*m_triage->tree(QStringLiteral("washing_machine")), QStringLiteral("zh_CN"));
    walk.begin(m_now);
    QVERIFY(walk.answer(0, m_now.addSecs(20)));
    QVERIFY(walk.back(m_now.addSecs(30)));
    QVERIFY(walk.answer(3, m_now.addSecs(40)));
    m_triage->record(id, walk.takeSteps());

    const auto steps = m_triage->steps(id);
    QCOMPARE(steps.size(), 6); // shown, answered, shown, stepped back, answered, shown
    QCOMPARE(steps[0].nodeId, QStringLiteral("q_start"));
    QCOMPARE(steps[1].kind, TriageStep::Kind::Answered);
    QCOMPARE(steps[1].text, QStringLiteral("不脱水"));
    QCOMPARE(steps[3].kind, TriageStep::Kind::SteppedBack);
    QCOMPARE(steps[4].text, QStringLiteral("不启动"));
    QCOMPARE(steps[5].nodeId, QStringLiteral("q_door"));
    QCOMPARE(steps[5].at, m_now.addSecs(40));
    QCOMPARE(steps[5].treeVersion, 1);
    QCOMPARE(IntakeService(*m_centre).ticket(id)->state, TicketState::InTriage);
}

void TriageServiceTest::remoteFixClosesAndBooksOneFollowUp_data()
{
    QTest::addColumn<QDateTime>("callEnds");
    QTest::addColumn<QDateTime>("followUp");
    // R19 + R27, calendar 08:30–17:30, Saturday and Sunday off.
    QTest::newRow("morning") << kMonday10 << QDateTime(QDate(2026, 11, 23), QTime(12, 0));
    QTest::newRow("after closing") << QDateTime(QDate(2026, 11, 23), QTime(16, 10))
                                   << QDateTime(QDate(2026, 11, 24), QTime(8, 30));
    QTest::newRow("friday evening") << QDateTime(QDate(2026, 11, 27), QTime(16, 0))
                                    << QDateTime(QDate(2026, 11, 30), QTime(8, 30));
}

void TriageServiceTest::remoteFixClosesAndBooksOneFollowUp()
{
    QFETCH(QDateTime, callEnds);
    QFETCH(QDateTime, followUp);
    const qint64 id = newTicket();
    m_now = callEnds;
    const auto r = m_triage->finish(id, {TriageOutcome::RemoteFix, QStringLiteral("衣物不平衡"), {},
                                         QStringLiteral("我们两小时后回访"), false});
    QCOMPARE(r.state, TicketState::ResolvedByPhone);
    QCOMPARE(r.followUpDue, followUp);
    QVERIFY(r.followUpBooked);
    const auto tasks = VisitRepository(m_centre->database()).callbackTasks(id);
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks[0].reason, QStringLiteral("remote_fix_follow_up"));
    QCOMPARE(tasks[0].dueAt, followUp);
    const auto ticket = IntakeService(*m_centre).ticket(id);
    QCOMPARE(ticket->state, TicketState::ResolvedByPhone);
    QCOMPARE(ticket->triageOutcome, QStringLiteral("remote_fix"));
    // Booking the same follow-up again (a second console) creates nothing.
    QCOMPARE(VisitRepository(m_centre->database())
                 .addCallbackTaskOnce({id, 0, QStringLiteral("remote_fix_follow_up"), followUp,
                                       QStringLiteral("open"), m_now}),
             0);
    QCOMPARE(VisitRepository(m_centre->database()).callbackTasks(id).size(), 1);
}

void TriageServiceTest::outcomesThatGoToDispatch_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("marker");
    QTest::newRow("visit") << int(TriageOutcome::Visit) << QString();
    QTest::newRow("parts") << int(TriageOutcome::Parts) << QStringLiteral("parts");
    QTest::newRow("carry-in") << int(TriageOutcome::CarryIn) << QStringLiteral("carry_in");
    QTest::newRow("tech support") << int(TriageOutcome::TechSupport) << QStringLiteral("tech_support");
}

void TriageServiceTest::outcomesThatGoToDispatch()
{
    QFETCH(int, outcome);
    QFETCH(QString, marker);
    const qint64 id = newTicket();
    const auto o = TriageOutcome(outcome);
    const auto r = m_triage->finish(id, {o, QStringLiteral("finding"), QStringLiteral("排水泵"), {}, false});
    // R9: in the supervisor's queue, with the 5-minute clock running from the end of the call.
    QCOMPARE(r.state, TicketState::AwaitingDispatch);
    QCOMPARE(r.handoffDeadline, m_now.addSecs(5 * 60));
    const auto ticket = IntakeService(*m_centre).ticket(id);
    QCOMPARE(ticket->state, TicketState::AwaitingDispatch);
    QCOMPARE(ticket->handoffAt, m_now);
    QCOMPARE(ticket->markers, marker.isEmpty() ? QStringList() : QStringList{marker});
    QCOMPARE(VisitRepository(m_centre->database()).countVisits(QStringLiteral("queued")), 1);
    QVERIFY(VisitRepository(m_centre->database()).callbackTasks(id).isEmpty());
    // R7c: the parts request is raised at once, with the likely part.
    const QStringList parts = TriageRepository(m_centre->database()).partsRequested(id);
    QCOMPARE(parts, o == TriageOutcome::Parts ? QStringList{QStringLiteral("排水泵")} : QStringList());
}

void TriageServiceTest::refusalIsRecorded()
{
    // R8: the customer refuses guidance and insists on a visit.
    const qint64 id = newTicket();
    m_triage->finish(id, {TriageOutcome::Visit, {}, {}, {}, true});
    const auto ticket = IntakeService(*m_centre).ticket(id);
    QCOMPARE(ticket->state, TicketState::AwaitingDispatch);
    QVERIFY(ticket->markers.contains(QStringLiteral("refused_guidance")));
    bool logged = false;
    for (const auto &h : IntakeService(*m_centre).history(id))
        logged |= h.action == u"refused_guidance" && h.actor == u"李娜";
    QVERIFY(logged);
}

void TriageServiceTest::secondEndingIsRefused()
{
    const qint64 id = newTicket();
    m_triage->finish(id, {TriageOutcome::RemoteFix, {}, {}, {}, false});
    QVERIFY_THROWS_EXCEPTION(CentreError, m_triage->finish(id, {TriageOutcome::Visit, {}, {}, {}, false}));
    QCOMPARE(VisitRepository(m_centre->database()).callbackTasks(id).size(), 1);
    QCOMPARE(IntakeService(*m_centre).ticket(id)->state, TicketState::ResolvedByPhone);
}

void TriageServiceTest::forbiddenPhrasesFound()
{
    // R25, with the built-in list and then the centre's own.
    QCOMPARE(m_triage->forbiddenIn(QStringLiteral("这个问题你自己看说明书吧")),
             (QStringList{QStringLiteral("你自己看说明书"), QStringLiteral("自己看说明书")}));
    QVERIFY(m_triage->forbiddenIn(QStringLiteral("感谢您的耐心，工程师明天上午上门")).isEmpty());
    QVERIFY(!m_triage->forbiddenIn(QStringLiteral("Please READ THE  manual")).isEmpty());
    asSupervisor();
    m_centre->setSetting(QStringLiteral("phrases.forbidden"), QStringLiteral("没办法|找别人"));
    QCOMPARE(m_triage->forbiddenIn(QStringLiteral("这个没办法")), QStringList{QStringLiteral("没办法")});
    QVERIFY(m_triage->forbiddenIn(QStringLiteral("你自己看说明书")).isEmpty());
}

QTEST_GUILESS_MAIN(TriageServiceTest)
#include "tst_triageservice.moc"
