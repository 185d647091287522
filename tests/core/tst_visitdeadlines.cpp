// R15 (notice of delay) and R16 (ready to leave) deadlines for a scheduled visit.
#include "VisitDeadlines.h"

#include <QTest>

using namespace hotline;

class VisitDeadlinesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deadlines_data();
    void deadlines();
};

void VisitDeadlinesTest::deadlines_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("assignedAt");
    QTest::addColumn<QTime>("leaveBy");
    const QDate day(2026, 11, 23);
    // R16: same day → 20 minutes after assignment.
    QTest::newRow("assigned this morning") << QDateTime(day, QTime(14, 0)) << QDateTime(day, QTime(9, 40))
                                           << QTime(10, 0);
    // R16: assigned the day before → 20 minutes after the start of work.
    QTest::newRow("assigned yesterday") << QDateTime(day, QTime(14, 0)) << QDateTime(day.addDays(-1), QTime(16, 0))
                                        << QTime(8, 50);
    QTest::newRow("never recorded") << QDateTime(day, QTime(11, 0)) << QDateTime() << QTime(8, 50);
}

void VisitDeadlinesTest::deadlines()
{
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, assignedAt);
    QFETCH(QTime, leaveBy);
    const VisitDeadlines d = VisitDeadlines::of(start, assignedAt, QTime(8, 30));
    QCOMPARE(d.leaveBy.time(), leaveBy);
    QCOMPARE(d.leaveBy.date(), start.date());
    // R15: 30 minutes before for a short delay, 2 hours before for a long one.
    QCOMPARE(d.tellShortDelayBy, start.addSecs(-30 * 60));
    QCOMPARE(d.tellLongDelayBy, start.addSecs(-2 * 3600));
}

QTEST_GUILESS_MAIN(VisitDeadlinesTest)
#include "tst_visitdeadlines.moc"
