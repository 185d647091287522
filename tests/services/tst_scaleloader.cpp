// Scale data: the search index a bulk load fills from the rows it makes (R22) is the one
// indexing each ticket on its own builds from the database, and the progress covers every phase, reaching 100 % once, at the end.
// Runs on both backends.
#include "ArchiveService.h"
#include "Centre.h"
#include "Database.h"
#include "ScaleLoader.h"
#include "SearchRepository.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

using namespace hotline;

namespace {

// The secondary indexes of the loaded tables (not those of keys), by name and definition.
QStringList indexes(const Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(db.isPostgres() ? QStringLiteral("SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                                            "AND tablename IN ('customer_phones', 'addresses', 'units', 'tickets', 'ticket_history') "
                                            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = indexname) ORDER BY 1")
                           : QStringLiteral("SELECT name || ' ' || COALESCE(sql, '') FROM sqlite_master WHERE type = 'index' "
                                            "AND tbl_name IN ('customer_phones', 'addresses', 'units', 'tickets', 'ticket_history') "
                                            "AND sql IS NOT NULL ORDER BY 1"));
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

// The connection's own settings a load changes for its time (BulkLoad, DeferredIndexes).
QStringList sessionSettings(const Database &db)
{
    QStringList list;
    QSqlQuery q(db.connection());
    const QStringList names = db.isPostgres() ? QStringList{QStringLiteral("SHOW synchronous_commit")}
                                              : QStringList{QStringLiteral("PRAGMA synchronous"), QStringLiteral("PRAGMA cache_size"),
                                                            QStringLiteral("PRAGMA temp_store"), QStringLiteral("PRAGMA threads"),
                                                            QStringLiteral("PRAGMA foreign_keys"), QStringLiteral("PRAGMA journal_mode")};
    for (const QString &sql : names) {
        if (q.exec(sql) && q.next())
            list.append(sql + u'=' + q.value(0).toString());
    }
    return list;
}

// Every document of the index (and, on SQLite, the tickets in the pairs index, which keeps
// no text: found() compares what it finds), in ticket order.
QStringList documents(const Database &db)
{
    QStringList rows;
    const QStringList queries = db.isPostgres()
        ? QStringList{QStringLiteral("SELECT ticket_id, body FROM ticket_search ORDER BY ticket_id")}
        : QStringList{QStringLiteral("SELECT rowid, body FROM ticket_search ORDER BY rowid"),
                      QStringLiteral("SELECT rowid, 'pairs' FROM ticket_pairs ORDER BY rowid")};
    for (const QString &sql : queries) {
        QSqlQuery q = db.prepare(sql);
        db.run(q, "read the index");
        while (q.next())
            rows.append(q.value(0).toString() + u'|' + q.value(1).toString());
    }
    return rows;
}

// SQLite's own check of each search index: its segments agree with its documents.
void checkIntegrity(const Database &db)
{
    if (db.isPostgres())
        return;
    for (const char *table : {"ticket_search", "ticket_pairs"})
        db.execute(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QLatin1String(table)),
                   "check the search index");
}

QList<qint64> ticketIds(const Database &db)
{
    QList<qint64> ids;
    QSqlQuery q = db.prepare(QStringLiteral("SELECT id FROM tickets ORDER BY id"));
    db.run(q, "read the tickets");
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

// Every ticket indexed again on its own, as saving a ticket indexes it.
void indexTicketByTicket(const Database &db)
{
    Transaction tx(db);
    for (qint64 id : ticketIds(db))
        SearchRepository(db).index(id);
    tx.commit();
}

// What an operator would type: names, two-character words, numbers, serials, addresses.
const QStringList kSearches = {QStringLiteral("王"),       QStringLiteral("张伟"),   QStringLiteral("漏水"),
                               QStringLiteral("不制冷"),   QStringLiteral("上海市"), QStringLiteral("浦东"),
                               QStringLiteral("139"),      QStringLiteral("1390"),   QStringLiteral("+86139"),
                               QStringLiteral("AC-"),      QStringLiteral("WM"),     QStringLiteral("冰箱 上海"),
                               QStringLiteral("E2"),       QStringLiteral("室 号")};

QMap<QString, QList<qint64>> found(Centre &centre)
{
    QMap<QString, QList<qint64>> results;
    for (const QString &typed : kSearches) {
        for (const TicketSummary &t : ArchiveService(centre).search(typed, 1000))
            results[typed].append(t.id);
    }
    return results;
}

} // namespace

class ScaleLoaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void indexIsTheOneOfTicketByTicket();
    void loadOnTopOfIndexedTickets();
    void sameSeedSameData();
};

void ScaleLoaderTest::indexIsTheOneOfTicketByTicket()
{
    test::TestDatabase tdb;
    HOTLINE_REQUIRE_DATABASE(tdb);
    auto centre = Centre::open(tdb.spec());
    centre->setClock([] { return QDateTime(QDate(2026, 11, 23), QTime(10, 0)); });

    const QStringList indexesBefore = indexes(centre->database());
    QVERIFY(indexesBefore.size() >= 5);
    const QStringList settingsBefore = sessionSettings(centre->database());
    QCOMPARE(settingsBefore.size(), centre->database().isPostgres() ? 1 : 6);
    QList<QPair<qint64, qint64>> calls;
    ScaleLoader::load(*centre, {400, 1300, 7}, [&](qint64 done, qint64 total) { calls.append({done, total}); });
    // The indexes set aside for the load are all back, as they were.
    QCOMPARE(indexes(centre->database()), indexesBefore);
    // So are the connection's settings: the bulk load's page cache, the index builds' sorting.
    QCOMPARE(sessionSettings(centre->database()), settingsBefore);
    // One chunk of customers, one of tickets with their documents, one step per index built
    // after them; on SQLite one more for the search indexes brought in from their files. The
    // last step is the 100 %, told once, at the end.
    const Database &db = centre->database();
    const int indexFiles = db.isPostgres() ? 0 : 1;
    QCOMPARE(calls.size(), 2 + indexesBefore.size() + indexFiles);
    const qint64 total = calls.first().second;
    QCOMPARE(total, 400 + 1300 + 1300 + indexFiles * 1300); // customers, tickets, indexes, search
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls[i].second, total);
        QVERIFY(i == 0 || calls[i].first > calls[i - 1].first);
        QCOMPARE(calls[i].first == total, i == calls.size() - 1); // 100 % once, at the very end
    }
    QCOMPARE(calls[0].first, 400);
    QCOMPARE(calls[1].first, 400 + 1300); // the indexes still to come: not yet 100 %

    const QStringList bulk = documents(db);
    checkIntegrity(db);
    if (!db.isPostgres()) {
        // SQLite's load does not check references row by row: every one must hold, and the
        // connection checks them again afterwards.
        QSqlQuery check(db.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!check.next(), qPrintable(check.value(0).toString()));
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_keys")) && check.next());
        QCOMPARE(check.value(0).toInt(), 1);
    }
    QCOMPARE(bulk.size(), db.isPostgres() ? 1300 : 2 * 1300);
    const auto bulkFound = found(*centre);
    QVERIFY(!bulkFound.value(QStringLiteral("139")).isEmpty());

    // The ordinary path: every ticket indexed on its own, as saving a ticket does.
    indexTicketByTicket(db);
    QCOMPARE(documents(db), bulk);
    QCOMPARE(found(*centre), bulkFound);
}

// A second load into a centre whose tickets are indexed already: its documents join the
// index (SQLite cannot copy a second index's storage in, so each is indexed there), and the
// files the indexes were built in are gone.
void ScaleLoaderTest::loadOnTopOfIndexedTickets()
{
    test::TestDatabase tdb;
    HOTLINE_REQUIRE_DATABASE(tdb);
    auto centre = Centre::open(tdb.spec());
    centre->setClock([] { return QDateTime(QDate(2026, 11, 23), QTime(10, 0)); });
    ScaleLoader::load(*centre, {200, 600, 3});
    ScaleLoader::load(*centre, {100, 300, 5});
    const Database &db = centre->database();
    checkIntegrity(db);
    const QStringList bulk = documents(db);
    QCOMPARE(bulk.size(), db.isPostgres() ? 900 : 2 * 900);
    const auto bulkFound = found(*centre);
    indexTicketByTicket(db);
    QCOMPARE(documents(db), bulk);
    QCOMPARE(found(*centre), bulkFound);
    if (!db.isPostgres()) {
        const QFileInfo file(tdb.spec().path);
        QCOMPARE(file.dir().entryList({file.fileName() + QStringLiteral(".*")}, QDir::Files), QStringList());
    }
}

void ScaleLoaderTest::sameSeedSameData()
{
    QStringList loaded[2];
    for (QStringList &docs : loaded) {
        test::TestDatabase tdb;
        HOTLINE_REQUIRE_DATABASE(tdb);
        auto centre = Centre::open(tdb.spec());
        centre->setClock([] { return QDateTime(QDate(2026, 3, 29), QTime(1, 30)); });
        ScaleLoader::load(*centre, {150, 500, 11});
        const Database &db = centre->database();
        docs = documents(db);
        QSqlQuery q = db.prepare(QStringLiteral("SELECT id, customer_id, state, created_at, closed_at FROM tickets ORDER BY id"));
        db.run(q, "read the tickets");
        while (q.next())
            docs.append(q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString() + u'|'
                        + q.value(3).toString() + u'|' + q.value(4).toString());
    }
    QVERIFY(loaded[0].size() > 500);
    QCOMPARE(loaded[0], loaded[1]);
}

QTEST_GUILESS_MAIN(ScaleLoaderTest)
#include "tst_scaleloader.moc"
