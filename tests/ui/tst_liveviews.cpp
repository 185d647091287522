// Live updates in the console: what one console changes appears on another's open views
// within one second, without a manual refresh (board, callback queue, triage queue).
#include "CallbackQueueModel.h"
#include "CallbackService.h"
#include "CallbacksWorkplace.h"
#include "Centre.h"
#include "DemoCentre.h"
#include "DispatchService.h"
#include "DashboardWorkplace.h"
#include "DispatchWorkplace.h"
#include "DraftStore.h"
#include "IntakeService.h"
#include "MainWindow.h"
#include "TestDatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hotline;

class LiveViewsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void theCallbackQueueShowsAnotherOperatorsCall();
    void theBoardShowsAnotherSupervisorsMove();
    void theDashboardCountsAnotherConsolesCall();

private:
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_other; // the console making changes
    std::unique_ptr<Centre> m_mine;  // the console watching
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<MainWindow> m_window;
};

void LiveViewsTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    HOTLINE_REQUIRE_DATABASE(*m_tdb);
    m_other = Centre::open(m_tdb->spec());
    DemoCentre::seed(*m_other, 8);
    QVERIFY(m_other->logInDemoSupervisor());
    m_mine = Centre::open(m_tdb->spec());
    QVERIFY(m_mine->logInDemoSupervisor());
    m_dir = std::make_unique<QTemporaryDir>();
    m_drafts = std::make_unique<DraftStore>(m_dir->path());
    m_window = std::make_unique<MainWindow>(*m_mine, *m_drafts);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void LiveViewsTest::cleanup()
{
    m_window.reset();
    m_drafts.reset();
    m_dir.reset();
    m_mine.reset();
    m_other.reset();
    m_tdb.reset();
}

void LiveViewsTest::theCallbackQueueShowsAnotherOperatorsCall()
{
    m_window->showView(MainWindow::View::Callbacks);
    CallbackQueueModel *model = m_window->callbacks()->model();
    QVERIFY(model->rowCount() > 0);
    const qint64 task = model->taskAt(0)->id;
    QVERIFY(model->taskAt(0)->claimedBy.isEmpty());
    m_other->setActor({0, QStringLiteral("回访员乙"), Role::Operator});
    QVERIFY(CallbackService(*m_other).take(task));
    QTRY_COMPARE_WITH_TIMEOUT(model->taskAt(model->rowOf(task))->claimedBy, QStringLiteral("回访员乙"), 1000);
}

void LiveViewsTest::theBoardShowsAnotherSupervisorsMove()
{
    m_window->showView(MainWindow::View::Dispatch);
    DispatchWorkplace *board = m_window->dispatch();
    QVERIFY(!board->day().visits.isEmpty());
    const BoardVisit v = board->day().visits.first();
    QVERIFY(DispatchService(*m_other).move({v.id, v.version, 0, {}, 90, {}, true, {}}).applied);
    auto inQueue = [board, &v] {
        for (const BoardVisit &q : board->day().queue) {
            if (q.id == v.id)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(inQueue(), 1000);
}

void LiveViewsTest::theDashboardCountsAnotherConsolesCall()
{
    m_window->showView(MainWindow::View::Dashboard);
    DashboardWorkplace *dashboard = m_window->dashboard();
    dashboard->setPeriod(m_mine->today(), m_mine->today());
    const qsizetype before = dashboard->figures().calls.size();
    IntakeDraft d;
    d.name = QStringLiteral("统计测试");
    d.phones = {{QStringLiteral("139 1555 0001"), true}};
    d.address = QStringLiteral("上海市徐汇区漕溪北路 88 号 3 楼 301 室");
    d.fault = QStringLiteral("打印机卡纸");
    const auto saved = IntakeService(*m_other).save(d);
    QVERIFY(saved.saved);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->figures().calls.size(), before + 1, 1000);
    QVERIFY(dashboard->figures().calls.contains(saved.ticketId));
}

QTEST_MAIN(LiveViewsTest)
#include "tst_liveviews.moc"
