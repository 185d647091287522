// The dispatch board driven as a supervisor drives it: drag events sent to the board (a real
// QDrag does nothing offscreen), the queue model's drag-and-drop, keyboard placing, undo.
#include "DispatchBoard.h"
#include "DispatchFixture.h"
#include "DispatchQueueModel.h"
#include "DispatchWorkplace.h"
#include "PlanPreviewDialog.h"
#include "SlaService.h"
#include "SlaWatchModel.h"
#include "JobSheet.h"
#include "TestDatabase.h"
#include "VisitMime.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDragMoveEvent>
#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>

using namespace hotline;

class DispatchBoardTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void queueModelDragAndDrop();
    void dragShowsTheVerdictBeforeRelease();
    void refusedDropIsForcedOnlyWithAReason();
    void keyboardPlacing();
    void escapeCancels();
    void undoAndRedo();
    void resultFromTheKeyboard();
    void jobSheetHasWhatTheEngineerNeeds();
    void suggestAndTakeByKeyboard();
    void pinByKeyboard();
    void planTheDayIsOneUndoableStep();
    void pauseAndResumeByKeyboard();
    void alertsFollowTheClock();
    void resumeButtonActsOnTheChosenAlert();

private:
    QDateTime at(int h, int m = 0) const { return QDateTime(test::DispatchFixture::kDay, QTime(h, m)); }
    void drag(QEvent::Type type, const QPoint &pos, const QMimeData *mime);
    void dropAt(qint64 engineer, const QDateTime &start, const BoardVisit &v);
    const BoardVisit *scheduled(qint64 visitId) const;

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
    test::DispatchFixture m_fx;
    BoardVisit m_visit;
    std::unique_ptr<DispatchWorkplace> m_work;
    QDateTime m_now;
};

void DispatchBoardTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    m_centre = Centre::open(m_tdb->spec());
    m_now = QDateTime(test::DispatchFixture::kDay, QTime(8, 0));
    m_centre->setClock([this] { return m_now; });
    m_fx.build(*m_centre);
    m_visit = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("张伟"));
    m_work = std::make_unique<DispatchWorkplace>(*m_centre);
    m_work->askOverride = [](const QStringList &) { return std::optional<QString>(); };
    m_work->resize(1400, 800);
    m_work->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_work.get()));
}

void DispatchBoardTest::cleanup()
{
    m_work.reset();
    m_centre.reset();
    m_tdb.reset();
}

void DispatchBoardTest::drag(QEvent::Type type, const QPoint &pos, const QMimeData *mime)
{
    QDragMoveEvent event(pos, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier, type);
    if (type == QEvent::Drop) {
        QDropEvent drop(QPointF(pos), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_work->board(), &drop);
        return;
    }
    QApplication::sendEvent(m_work->board(), &event);
}

void DispatchBoardTest::dropAt(qint64 engineer, const QDateTime &start, const BoardVisit &v)
{
    std::unique_ptr<QMimeData> mime(VisitMime::encode({v.id, v.version}));
    const QPoint pos = m_work->board()->pointFor(engineer, start);
    drag(QEvent::DragEnter, pos, mime.get());
    drag(QEvent::DragMove, pos, mime.get());
    drag(QEvent::Drop, pos, mime.get());
}

const BoardVisit *DispatchBoardTest::scheduled(qint64 visitId) const
{
    for (const BoardVisit &v : m_work->day().visits) {
        if (v.id == visitId)
            return &v;
    }
    return nullptr;
}

void DispatchBoardTest::queueModelDragAndDrop()
{
    DispatchQueueModel *model = m_work->queueModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0, 0)}));
    const auto payload = VisitMime::decode(mime.get());
    QVERIFY(payload);
    QCOMPARE(payload->visitId, m_visit.id);
    QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {})); // already queued
    QVERIFY(!VisitMime::decode(nullptr));

    // Scheduled, then dragged back onto the queue: unassigned.
    dropAt(m_fx.wang, at(10), m_visit);
    const BoardVisit *v = scheduled(m_visit.id);
    QVERIFY(v);
    std::unique_ptr<QMimeData> back(VisitMime::encode({v->id, v->version}));
    QVERIFY(model->canDropMimeData(back.get(), Qt::MoveAction, -1, -1, {}));
    QSignalSpy unassign(model, &DispatchQueueModel::unassignRequested);
    QVERIFY(model->dropMimeData(back.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(unassign.count(), 1);
    QVERIFY(!scheduled(m_visit.id));
    QCOMPARE(model->rowCount(), 1);
}

void DispatchBoardTest::dragShowsTheVerdictBeforeRelease()
{
    DispatchBoard *board = m_work->board();
    std::unique_ptr<QMimeData> mime(VisitMime::encode({m_visit.id, m_visit.version}));
    drag(QEvent::DragEnter, board->pointFor(m_fx.wang, at(10)), mime.get());
    drag(QEvent::DragMove, board->pointFor(m_fx.wang, at(10)), mime.get());
    QVERIFY(board->preview().active);
    QCOMPARE(board->preview().target.engineerId, m_fx.wang);
    QCOMPARE(board->preview().target.start, at(10));
    QVERIFY(board->preview().problems.isEmpty());

    // R11: over the printer engineer in another district: refused, with the reasons, still dragging.
    drag(QEvent::DragMove, board->pointFor(m_fx.li, at(10)), mime.get());
    QCOMPARE(board->preview().problems.size(), 2);
    QVERIFY(board->preview().problems[0].message.contains(QStringLiteral("李工")));
    // Past closing time.
    drag(QEvent::DragMove, board->pointFor(m_fx.wang, at(16, 30)), mime.get());
    QCOMPARE(board->preview().problems.size(), 1);
    QCOMPARE(board->preview().problems[0].kind, AssignmentProblem::Kind::Hours);

    drag(QEvent::Drop, board->pointFor(m_fx.wang, at(10, 15)), mime.get());
    QVERIFY(!board->preview().active);
    const BoardVisit *v = scheduled(m_visit.id);
    QVERIFY(v);
    QCOMPARE(v->engineerId, m_fx.wang);
    QCOMPARE(v->start, at(10, 15));
}

void DispatchBoardTest::refusedDropIsForcedOnlyWithAReason()
{
    dropAt(m_fx.li, at(10), m_visit);
    QVERIFY(!scheduled(m_visit.id)); // cancelled: no reason given
    QVERIFY(m_work->message().contains(QStringLiteral("李工")));

    QStringList shown;
    m_work->askOverride = [&shown](const QStringList &reasons) {
        shown = reasons;
        return std::optional<QString>(QStringLiteral("客户只接受今天上午"));
    };
    dropAt(m_fx.li, at(10), m_visit);
    QCOMPARE(shown.size(), 2);
    QVERIFY(scheduled(m_visit.id));
    bool recorded = false;
    for (const auto &h : IntakeService(*m_centre).history(m_visit.ticketId))
        recorded |= h.action == u"override" && h.newValue == u"客户只接受今天上午";
    QVERIFY(recorded);
}

void DispatchBoardTest::keyboardPlacing()
{
    // Enter on the queue item, then arrows: Down one engineer, Right six quarters, Enter.
    auto *queue = m_work->findChild<QListView *>(QStringLiteral("dispatchQueue"));
    queue->setFocus();
    queue->setCurrentIndex(m_work->queueModel()->index(0, 0));
    QTest::keyClick(queue, Qt::Key_Return);
    DispatchBoard *board = m_work->board();
    QVERIFY(board->hasFocus());
    QVERIFY(board->preview().active);
    // Rows in name order: 李工, then 王工.
    QCOMPARE(m_work->day().engineers.first().id, m_fx.li);
    QCOMPARE(board->preview().target.engineerId, m_fx.li);
    QCOMPARE(board->preview().target.start, at(8, 30));
    QTest::keyClick(board, Qt::Key_Down);
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(board, Qt::Key_Right);
    QCOMPARE(board->preview().target.engineerId, m_fx.wang);
    QCOMPARE(board->preview().target.start, at(10));
    QVERIFY(board->preview().problems.isEmpty());
    QTest::keyClick(board, Qt::Key_Return);
    const BoardVisit *v = scheduled(m_visit.id);
    QVERIFY(v);
    QCOMPARE(v->engineerId, m_fx.wang);
    QCOMPARE(v->start, at(10));
}

void DispatchBoardTest::escapeCancels()
{
    DispatchBoard *board = m_work->board();
    board->beginPlacing(m_visit);
    QTest::keyClick(board, Qt::Key_Right);
    QVERIFY(board->preview().active);
    QTest::keyClick(board, Qt::Key_Escape);
    QVERIFY(!board->preview().active);
    QVERIFY(!scheduled(m_visit.id));
    QCOMPARE(m_work->queueModel()->rowCount(), 1);
}

void DispatchBoardTest::undoAndRedo()
{
    dropAt(m_fx.wang, at(10), m_visit);
    QVERIFY(scheduled(m_visit.id));
    QCOMPARE(m_work->undoStack()->count(), 1);
    QTest::keyClick(m_work->board(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!scheduled(m_visit.id));
    QCOMPARE(m_work->queueModel()->rowCount(), 1);
    m_work->undoStack()->redo();
    QVERIFY(scheduled(m_visit.id));
    QCOMPARE(scheduled(m_visit.id)->start, at(10));
}

void DispatchBoardTest::resultFromTheKeyboard()
{
    dropAt(m_fx.wang, at(10), m_visit);
    m_work->askResult = [](const BoardVisit &v) {
        DispatchService::VisitReport r;
        r.visitId = v.id;
        r.expectedVersion = v.version;
        r.outcome = DispatchService::VisitOutcome::SecondVisit;
        return std::optional(r);
    };
    DispatchBoard *board = m_work->board();
    board->setFocus();
    QTest::keyClick(board, Qt::Key_Tab); // picks the first (only) visit on the board
    QCOMPARE(board->selectedVisit(), m_visit.id);
    QTest::keyClick(board, Qt::Key_R); // R17
    QVERIFY(!scheduled(m_visit.id));
    QCOMPARE(m_work->queueModel()->rowCount(), 1); // back in the queue, marked repeat
    QVERIFY(m_work->queueModel()->visitAt(0)->markers.contains(QStringLiteral("repeat")));
}

void DispatchBoardTest::jobSheetHasWhatTheEngineerNeeds()
{
    dropAt(m_fx.wang, at(10), m_visit);
    const QList<JobSheetStop> stops = m_work->dispatch().jobSheet(m_work->day(), m_fx.wang);
    QCOMPARE(stops.size(), 1);
    QVERIFY(stops[0].address.contains(QStringLiteral("张江路")));
    QCOMPARE(stops[0].phones, QStringList{QStringLiteral("13912345678")});
    QVERIFY(m_work->dispatch().jobSheet(m_work->day(), m_fx.li).isEmpty());
    const QString html = JobSheet::html(m_work->day().engineers.last(), test::DispatchFixture::kDay, stops);
    for (const QString &needed : {QStringLiteral("张伟"), QStringLiteral("张江路"), QStringLiteral("13912345678"),
                                  QStringLiteral("WM-D8012"), QStringLiteral("脱水时剧烈晃动并停机"),
                                  QStringLiteral("10:00")})
        QVERIFY2(html.contains(needed), qPrintable(needed));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheets.pdf"));
    int sheets = 0;
    QVERIFY(JobSheet::writePdf(pdf, m_work->day(), m_work->dispatch(), &sheets));
    QCOMPARE(sheets, 1);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page/")
                 + bytes.count("/Type /Page "), qsizetype(1)); // one engineer, one page
}

// The planning assistant from the keyboard: S in the queue shows the suggestions as ghosts
// on the board, 1 takes the best as an ordinary undoable move (R10, R11).
void DispatchBoardTest::suggestAndTakeByKeyboard()
{
    QListView *queue = m_work->findChild<QListView *>(QStringLiteral("dispatchQueue"));
    QVERIFY(queue);
    queue->setFocus();
    queue->setCurrentIndex(m_work->queueModel()->index(0, 0));
    QTest::keyClick(queue, Qt::Key_S);
    DispatchBoard *board = m_work->board();
    QCOMPARE(board->suggestionsFor(), m_visit.id);
    QVERIFY(!board->suggestions().isEmpty());
    const SlotSuggestion best = board->suggestions().first();
    QVERIFY(m_work->dispatch().check(m_work->day(), m_visit, best.engineerId, best.start).isEmpty());
    QTest::keyClick(queue, Qt::Key_1);
    QVERIFY(scheduled(m_visit.id));
    QCOMPARE(scheduled(m_visit.id)->engineerId, best.engineerId);
    QCOMPARE(scheduled(m_visit.id)->start, best.start);
    QVERIFY(board->suggestions().isEmpty());
    m_work->undoStack()->undo();
    QVERIFY(!scheduled(m_visit.id));
}

// P on a selected block pins it (kept when the day is planned) and P again unpins it.
void DispatchBoardTest::pinByKeyboard()
{
    dropAt(m_fx.wang, at(10), m_visit);
    DispatchBoard *board = m_work->board();
    board->setFocus();
    QCOMPARE(board->selectedVisit(), m_visit.id); // the visit just dropped
    QTest::keyClick(board, Qt::Key_P);
    QVERIFY2(scheduled(m_visit.id)->pinned, qPrintable(m_work->message()));
    QTest::keyClick(board, Qt::Key_P);
    QVERIFY(!scheduled(m_visit.id)->pinned);
}

// Ctrl+Shift+P: the preview, then the plan applied as one step, taken back with Ctrl+Z.
void DispatchBoardTest::planTheDayIsOneUndoableStep()
{
    const BoardVisit second = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("李娜"));
    m_work->reload();
    int previewRows = 0;
    m_work->askApplyPlan = [&](PlanPreviewDialog &dialog) {
        previewRows = dialog.table()->rowCount();
        return true;
    };
    QTest::keyClick(m_work->board(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(previewRows, 2);
    QVERIFY(scheduled(m_visit.id));
    QVERIFY(scheduled(second.id));
    QCOMPARE(m_work->undoStack()->count(), 1);
    QTest::keyClick(m_work->board(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!scheduled(m_visit.id));
    QVERIFY(!scheduled(second.id));
    QCOMPARE(m_work->queueModel()->rowCount(), 2);
    m_work->undoStack()->redo();
    QVERIFY(scheduled(m_visit.id));
}

// W on a queued visit: the customer is away, its clocks stand (R13), shown in the queue and the
// SLA alerts; W again starts them.
void DispatchBoardTest::pauseAndResumeByKeyboard()
{
    QString askedFor;
    m_work->askPause = [&](const QString &customer) {
        askedFor = customer;
        return std::optional<std::pair<QString, QString>>({SlaPause::kCustomer, QStringLiteral("出差")});
    };
    auto *queue = m_work->findChild<QListView *>(QStringLiteral("dispatchQueue"));
    queue->setFocus();
    queue->setCurrentIndex(m_work->queueModel()->index(0, 0));
    QTest::keyClick(queue, Qt::Key_W);
    QCOMPARE(askedFor, QStringLiteral("张伟"));
    QVERIFY2(m_work->queueModel()->index(0, 0).data().toString().contains(u"SLA paused"), qPrintable(m_work->message()));
    SlaWatchModel *alerts = m_work->alertModel();
    QCOMPARE(alerts->rowCount(), 1);
    QVERIFY(alerts->index(0, 0).data(SlaWatchModel::PausedRole).toBool());
    QCOMPARE(alerts->index(0, 0).data(SlaWatchModel::VisitIdRole).toLongLong(), m_visit.id);
    QVERIFY(alerts->index(0, 0).data().toString().contains(u"出差"));

    queue->setFocus();
    queue->setCurrentIndex(m_work->queueModel()->index(0, 0));
    QTest::keyClick(queue, Qt::Key_W);
    QVERIFY(!m_work->queueModel()->index(0, 0).data().toString().contains(u"SLA paused"));
    QCOMPARE(alerts->rowCount(), 0);
}

// R13, R27: the watch is read again as time passes; a warning told, then the breach, and the
// alert leads to its visit in the queue.
void DispatchBoardTest::alertsFollowTheClock()
{
    QSignalSpy changed(m_work.get(), &DispatchWorkplace::alertsChanged);
    m_now = QDateTime(test::DispatchFixture::kDay.addDays(2), QTime(8, 30)); // Wednesday: 75 % of 24 h
    m_work->refreshAlerts();
    QCOMPARE(changed.last().at(0).toInt(), 1); // warned
    QCOMPARE(changed.last().at(1).toInt(), 0); // breached
    auto *view = m_work->findChild<QListView *>(QStringLiteral("slaAlerts"));
    view->setFocus();
    view->setCurrentIndex(m_work->alertModel()->index(0, 0));
    auto *queue = m_work->findChild<QListView *>(QStringLiteral("dispatchQueue"));
    QCOMPARE(queue->currentIndex().data(DispatchQueueModel::VisitIdRole).toLongLong(), m_visit.id);
    QVERIFY(m_work->alertModel()->index(0, 0).data().toString().contains(u"75 %"));

    m_now = QDateTime(test::DispatchFixture::kDay.addDays(2), QTime(16, 0)); // past 14:30
    m_work->refreshAlerts();
    QCOMPARE(changed.last().at(0).toInt(), 0);
    QCOMPARE(changed.last().at(1).toInt(), 1);
    QVERIFY(m_work->alertModel()->index(0, 0).data().toString().contains(u"BREACHED"));
}

// A ticket waiting for parts has no visit: its alert, once chosen, is what the Resume button
// and W act on, not the visit selected in the queue; W works on the board too.
void DispatchBoardTest::resumeButtonActsOnTheChosenAlert()
{
    const BoardVisit parts = test::DispatchFixture::queuedVisit(*m_centre, QStringLiteral("李娜"));
    DispatchService dispatch(*m_centre);
    const auto moved = dispatch.move({parts.id, parts.version, m_fx.wang, at(10), 90, {}, true, {}});
    QVERIFY(moved.applied);
    DispatchService::VisitReport report;
    report.visitId = parts.id;
    report.expectedVersion = moved.version;
    report.outcome = DispatchService::VisitOutcome::NeedsParts;
    report.parts = QStringLiteral("门封");
    QVERIFY(dispatch.recordResult(report).applied);
    m_work->reload();

    auto *queue = m_work->findChild<QListView *>(QStringLiteral("dispatchQueue"));
    queue->setFocus();
    queue->setCurrentIndex(m_work->queueModel()->index(0, 0)); // 张伟, running
    auto *alerts = m_work->findChild<QListView *>(QStringLiteral("slaAlerts"));
    QCOMPARE(m_work->alertModel()->rowCount(), 1);
    alerts->setCurrentIndex(m_work->alertModel()->index(0, 0)); // 李娜, waiting for parts
    auto *resume = m_work->findChild<QPushButton *>(QStringLiteral("resumeClocks"));
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY2(m_work->message().contains(u"李娜"), qPrintable(m_work->message()));
    QCOMPARE(IntakeService(*m_centre).ticket(parts.ticketId)->state, TicketState::AwaitingDispatch);
    QCOMPARE(m_work->queueModel()->rowCount(), 2); // back in the queue

    // W on a block on the board.
    dropAt(m_fx.wang, at(13), m_visit);
    DispatchBoard *board = m_work->board();
    board->setFocus();
    QCOMPARE(board->selectedVisit(), m_visit.id);
    QString askedFor;
    m_work->askPause = [&](const QString &customer) {
        askedFor = customer;
        return std::optional<std::pair<QString, QString>>({SlaPause::kCustomer, QString()});
    };
    QTest::keyClick(board, Qt::Key_W);
    QCOMPARE(askedFor, QStringLiteral("张伟"));
    QVERIFY(!SlaService(*m_centre).pauses(m_visit.ticketId).isEmpty());
}

QTEST_MAIN(DispatchBoardTest)
#include "tst_dispatchboard.moc"
