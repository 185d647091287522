// Eight consoles' worth of writers on the same rows at once, on one PostgreSQL database and
// on one SQLite file: afterwards no update is lost, no callback task is duplicated, every
// task was claimed by exactly one operator, and the audit trail matches the writes.
#include "Centre.h"
#include "Database.h"
#include "DemoCentre.h"
#include "TestDatabase.h"

#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace hotline;

class StressTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eightWritersLoseNothing();

private:
    qint64 scalar(const QString &sql) const;
    std::unique_ptr<Centre> m_centre;
};

qint64 StressTest::scalar(const QString &sql) const
{
    QSqlQuery q(m_centre->database().connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void StressTest::eightWritersLoseNothing()
{
    test::TestDatabase tdb;
    HOTLINE_REQUIRE_DATABASE(tdb);
    m_centre = Centre::open(tdb.spec());
    DemoCentre::seed(*m_centre, 11);
    // The morning's calls are produced again by all eight at once.
    QVERIFY(scalar(QStringLiteral("DELETE FROM callback_tasks WHERE state = 'open' AND id NOT IN "
                                  "(SELECT task_id FROM callback_attempts)")) >= -1);
    QHash<qint64, int> versionBefore;
    {
        QSqlQuery q(m_centre->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, version FROM visits")));
        while (q.next())
            versionBefore.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }

    constexpr int kWorkers = 8;
    constexpr int kRounds = 100;
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int i = 0; i < kWorkers; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(QStringLiteral(HOTLINE_STRESS_WORKER),
                 {tdb.location(), QStringLiteral("worker-%1").arg(i), QString::number(kRounds), QString::number(i + 1)});
        workers.push_back(std::move(p));
    }
    QHash<qint64, int> moves;
    QHash<qint64, QString> claimedBy, recordedBy;
    int applied = 0, failed = 0, busy = 0;
    for (int i = 0; i < kWorkers; ++i) {
        QProcess &p = *workers[i];
        QVERIFY2(p.waitForFinished(240000), "a worker did not finish");
        QCOMPARE(p.exitCode(), 0);
        const QString worker = QStringLiteral("worker-%1").arg(i);
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QStringList w = line.split(u' ');
            const qint64 id = w.value(1).toLongLong();
            if (w[0] == u"move") {
                ++moves[id];
                ++applied;
            } else if (w[0] == u"claim") {
                QVERIFY2(!claimedBy.contains(id), qPrintable(QStringLiteral("task %1 claimed twice").arg(id)));
                claimedBy.insert(id, worker);
            } else if (w[0] == u"record") {
                QCOMPARE(claimedBy.value(id), worker);
                recordedBy.insert(id, worker);
            } else if (w[0] == u"busy") {
                ++busy;
            } else if (w[0] == u"failed") {
                failed += int(id);
            }
        }
    }
    qInfo("%d moves applied, %lld calls claimed, %d claims found taken, %lld recorded, %d writes refused",
          applied, qint64(claimedBy.size()), busy, qint64(recordedBy.size()), failed);
    QVERIFY(applied > kWorkers * kRounds / 2);
    QVERIFY(recordedBy.size() > 5);

    // No lost update: every applied move raised its visit's version by exactly one.
    QSqlQuery q(m_centre->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, version FROM visits")));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toInt() - versionBefore.value(id), moves.value(id));
    }
    // The audit trail matches the writes: one history line per applied move, one attempt per
    // recorded call, by the worker that made it.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ticket_history WHERE actor LIKE 'worker-%' "
                                   "AND action IN ('assigned', 'unassigned')")),
             qint64(applied));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM callback_attempts WHERE actor LIKE 'worker-%'")),
             qint64(recordedBy.size()));
    QVERIFY(q.exec(QStringLiteral("SELECT task_id, actor FROM callback_attempts WHERE actor LIKE 'worker-%'")));
    while (q.next())
        QCOMPARE(q.value(1).toString(), recordedBy.value(q.value(0).toLongLong()));
    // Every task claimed by one operator, and each recorded one done under that name.
    QVERIFY(q.exec(QStringLiteral("SELECT id, claimed_by, state FROM callback_tasks WHERE claimed_by LIKE 'worker-%'")));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toString(), claimedBy.value(id));
        if (recordedBy.contains(id))
            QCOMPARE(q.value(2).toString(), QStringLiteral("done"));
    }
    // No callback task twice, although eight consoles produced the morning at once.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM (SELECT visit_id, reason FROM callback_tasks WHERE "
                                   "visit_id IS NOT NULL GROUP BY visit_id, reason HAVING count(*) > 1) d")),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM (SELECT ticket_id FROM callback_tasks WHERE "
                                   "reason = 'remote_fix_follow_up' GROUP BY ticket_id HAVING count(*) > 1) d")),
             qint64(0));
    if (!m_centre->isPostgres()) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
    m_centre.reset();
}

QTEST_GUILESS_MAIN(StressTest)
#include "tst_stress.moc"
