// A console killed with SIGKILL at random moments, 100 times, in the middle of ticket,
// triage and callback writes: the SQLite file stays sound, no ticket is half-written (each
// has its history, its search entry and, for a remote fix, exactly one follow-up call, or
// the ticket is not there at all), every ticket the writer reported is there, and the draft
// being typed is offered back whole.
#include "Centre.h"
#include "Database.h"
#include "DemoCentre.h"
#include "DraftStore.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hotline;

class CrashSafetyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedAHundredTimes();
};

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

void CrashSafetyTest::killedAHundredTimes()
{
    test::TestDatabase tdb;
    HOTLINE_REQUIRE_DATABASE(tdb);
    qint64 seeded = 0; // the demo's own tickets are not under test
    {
        auto centre = Centre::open(tdb.spec());
        DemoCentre::seed(*centre, 13); // the catalogue and the shipped triage trees
        seeded = scalar(centre->database(), QStringLiteral("SELECT MAX(id) FROM tickets"));
    }
    QTemporaryDir drafts;
    QRandomGenerator random(20261124);
    QSet<qint64> reported;
    int draftsOffered = 0;
    for (int kill = 0; kill < 100; ++kill) {
        QProcess writer;
        writer.start(QStringLiteral(HOTLINE_CRASH_WRITER),
                     {tdb.location(), drafts.path(), QString::number(kill + 1)});
        QVERIFY(writer.waitForStarted());
        QTest::qWait(60 + random.bounded(240));
        writer.kill(); // SIGKILL: no destructor, no rollback, no flush
        QVERIFY(writer.waitForFinished());
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            if (line.startsWith("saved "))
                reported.insert(line.mid(6).toLongLong());
        }
        // The draft is either gone (the call was saved) or whole, and offered back.
        if (const auto stored = DraftStore(drafts.path()).load()) {
            QVERIFY2(stored->draft.name.startsWith(QStringLiteral("断电测试")), qPrintable(stored->draft.name));
            QCOMPARE(stored->draft.fault, QStringLiteral("洗衣机不排水，显示 E21"));
            ++draftsOffered;
        }
    }
    qInfo("%lld tickets reported saved; a draft was offered back after %d of 100 kills",
          qint64(reported.size()), draftsOffered);
    QVERIFY(reported.size() > 50);
    QVERIFY(draftsOffered > 0);

    auto centre = Centre::open(tdb.spec());
    const Database &db = centre->database();
    QSqlQuery check(db.connection());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    const QString written = QStringLiteral(" AND t.id > %1").arg(seeded);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets t WHERE NOT EXISTS "
                                       "(SELECT 1 FROM ticket_history h WHERE h.ticket_id = t.id)")),
             qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE id NOT IN (SELECT rowid FROM ticket_search)")),
             qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets t WHERE t.triage_outcome = 'remote_fix' AND "
                                       "(SELECT count(*) FROM callback_tasks k WHERE k.ticket_id = t.id AND "
                                       "k.reason = 'remote_fix_follow_up') <> 1")
                            + written),
             qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets t WHERE t.triage_outcome = 'visit' AND "
                                       "NOT EXISTS (SELECT 1 FROM visits v WHERE v.ticket_id = t.id)")
                            + written),
             qint64(0));
    for (qint64 id : std::as_const(reported))
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE id = %1 AND triage_outcome <> ''").arg(id)),
                 qint64(1));
}

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "tst_crashsafety.moc"
