// The callback queue worked with keys only: three calls, satisfied, no answer, reopen (R18–R22).
#include "CallbackQueueModel.h"
#include "CallbacksWorkplace.h"
#include "DispatchFixture.h"
#include "MorningList.h"
#include "TestDatabase.h"
#include "VisitRepository.h"

#include <QFile>
#include <QTableView>
#include <QTemporaryDir>

using namespace hotline;

class CallbacksTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void threeCallsWithKeys();
    void morningListExports();
};

void CallbacksTest::threeCallsWithKeys()
{
    test::TestDatabase tdb;
    auto centre = Centre::open(tdb.spec());
    QDateTime now(QDate(2026, 11, 23), QTime(9, 0)); // Monday
    centre->setClock([&now] { return now; });
    test::DispatchFixture fx;
    fx.build(*centre);
    QList<qint64> tickets;
    for (const char *name : {"甲先生", "乙女士", "丙先生"})
        tickets.append(fx.completedVisit(*centre, now, QDateTime(QDate(2026, 11, 20), QTime(15, 0)),
                                         QString::fromUtf8(name)));
    centre->setActor({0, QStringLiteral("回访员"), Role::Operator});
    IntakeService intake(*centre);

    // The workplace produces the morning's calls itself (R18: Friday's visits, Monday 08:30).
    CallbacksWorkplace work(*centre, intake);
    QVERIFY2(work.service().queue().isEmpty(), "a hidden workplace reads and produces nothing");
    work.resize(1300, 800);
    work.show(); // its first look of the working day produces the morning's calls
    QVERIFY(QTest::qWaitForWindowExposed(&work));
    QTableView *view = work.queueView();
    QCOMPARE(work.model()->rowCount(), 3);
    view->setFocus();
    view->setCurrentIndex(work.model()->index(0, 0));
    auto ticketOfRow0 = [&] { return work.model()->taskAt(0)->ticketId; };

    // 1: take it (Enter), fixed and satisfied (1).
    const qint64 first = ticketOfRow0();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(work.model()->taskAt(0)->claimedBy, QStringLiteral("回访员"));
    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(intake.ticket(first)->state, TicketState::Closed);
    QCOMPARE(work.model()->rowCount(), 2);

    // 2: no answer (3): the call stays, an hour later.
    view->setCurrentIndex(work.model()->index(0, 0));
    const qint64 second = ticketOfRow0();
    QTest::keyClick(view, Qt::Key_Return);
    QTest::keyClick(view, Qt::Key_3);
    QCOMPARE(work.model()->rowCount(), 2);
    const auto retried = VisitRepository(centre->database()).callbackTasks(second);
    QCOMPARE(retried.size(), 1);
    QCOMPARE(retried[0].dueAt, now.addSecs(3600));

    // 3: not fixed (2): reopened as a repeat, into the dispatch queue (R20).
    view->setCurrentIndex(work.model()->index(0, 0));
    const qint64 third = ticketOfRow0();
    QVERIFY(third != second);
    QTest::keyClick(view, Qt::Key_Return);
    QTest::keyClick(view, Qt::Key_2);
    QCOMPARE(intake.ticket(third)->state, TicketState::Reopened);
    QVERIFY(intake.ticket(third)->markers.contains(QStringLiteral("repeat")));
    QCOMPARE(work.model()->rowCount(), 1); // only the retry is left
    QCOMPARE(work.model()->taskAt(0)->ticketId, second);
}

void CallbacksTest::morningListExports()
{
    CallbackTask t;
    t.ticketId = 42;
    t.dueAt = QDateTime(QDate(2026, 11, 23), QTime(8, 30));
    t.customerName = QStringLiteral("张伟");
    t.phone = QStringLiteral("138 0013 8000");
    t.modelCode = QStringLiteral("WM-D8012");
    t.fault = QStringLiteral("脱水晃动, 有\"咚咚\"声"); // a comma and quotes, as customers say it
    t.reason = QStringLiteral("visit_follow_up");
    const QString csv = MorningList::csv({t});
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 2);
    QVERIFY(csv.contains(QStringLiteral("\"脱水晃动, 有\"\"咚咚\"\"声\"")));
    QVERIFY(csv.contains(QStringLiteral("#000042")));

    QTemporaryDir dir;
    QVERIFY(MorningList::save(dir.filePath(QStringLiteral("list.csv")), t.dueAt.date(), {t}));
    QFile f(dir.filePath(QStringLiteral("list.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF"));
    QVERIFY(MorningList::save(dir.filePath(QStringLiteral("list.pdf")), t.dueAt.date(), {t}));
    QFile pdf(dir.filePath(QStringLiteral("list.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
}

QTEST_MAIN(CallbacksTest)
#include "tst_callbacks.moc"
