// R22: the archive is searchable by customer name, any number in any format, address,
// model, serial and fault text, on both backends (FTS5 trigram / pg_trgm).
#include "ArchiveService.h"
#include "Centre.h"
#include "Database.h"
#include "DemoCentre.h"
#include "IntakeService.h"
#include "SearchRepository.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace hotline;

class ArchiveSearchTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void findsTheFeaturedCustomersTickets_data();
    void findsTheFeaturedCustomersTickets();
    void everyWordMustMatch();
    void aNewTicketIsFindableAtOnce();
    void aTicketIndexedAgainLosesItsOldWords();
    void wildcardsAreText();
    void twoCharacterWords_data();
    void twoCharacterWords();
    void anUpgradedFileIndexesItsOldTickets();
    void anIndexFillingCutShortIsResumed();

private:
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
};

void ArchiveSearchTest::initTestCase()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    HOTLINE_REQUIRE_DATABASE(*m_tdb);
    m_centre = Centre::open(m_tdb->spec());
    m_centre->setClock([] { return QDateTime(QDate(2026, 11, 23), QTime(10, 0)); });
    DemoCentre::seed(*m_centre, 4);
}

void ArchiveSearchTest::cleanupTestCase()
{
    m_centre.reset();
    m_tdb.reset();
}

void ArchiveSearchTest::findsTheFeaturedCustomersTickets_data()
{
    QTest::addColumn<QString>("typed");
    // 张伟: 138 0013 8000 and 021-6234 5678, WM-D8012 serial WM23518842, closed and phone-fixed tickets.
    QTest::newRow("name") << QStringLiteral("张伟");
    QTest::newRow("mobile as digits") << QStringLiteral("13800138000");
    QTest::newRow("mobile with dashes") << QStringLiteral("138-0013-8000");
    QTest::newRow("mobile with +86") << QStringLiteral("+86 138 0013 8000");
    QTest::newRow("landline without area code") << QStringLiteral("6234 5678");
    QTest::newRow("serial") << QStringLiteral("WM23518842");
    QTest::newRow("serial in lower case") << QStringLiteral("wm23518842");
    QTest::newRow("fault words") << QStringLiteral("撞击声");
    QTest::newRow("error code") << QStringLiteral("E21");
}

void ArchiveSearchTest::findsTheFeaturedCustomersTickets()
{
    QFETCH(QString, typed);
    const auto found = ArchiveService(*m_centre).search(typed);
    QVERIFY2(!found.isEmpty(), qPrintable(typed));
    bool zhang = false;
    for (const TicketSummary &t : found)
        zhang |= t.customerName == u"张伟";
    QVERIFY2(zhang, qPrintable(typed));
}

void ArchiveSearchTest::everyWordMustMatch()
{
    ArchiveService archive(*m_centre);
    const auto both = archive.search(QStringLiteral("张伟 E21"));
    QCOMPARE(both.size(), 1);
    QCOMPARE(both.first().state, TicketState::ResolvedByPhone);
    QVERIFY(archive.search(QStringLiteral("张伟 冰箱压缩机没有这种故障")).isEmpty());
    QVERIFY(archive.search(QStringLiteral("   ")).isEmpty());
}

void ArchiveSearchTest::aNewTicketIsFindableAtOnce()
{
    IntakeDraft d;
    d.name = QStringLiteral("司马光");
    d.phones = {{QStringLiteral("139 1777 2233"), true}};
    d.fault = QStringLiteral("打印机卡纸，取出后仍提示卡纸E2");
    d.serial = QStringLiteral("PRX-778899");
    QVERIFY(IntakeService(*m_centre).save(d).saved);
    QCOMPARE(ArchiveService(*m_centre).search(QStringLiteral("PRX-778899")).size(), 1);
    QCOMPARE(ArchiveService(*m_centre).search(QStringLiteral("139 1777 2233")).size(), 1);
}

// R22: indexing a ticket again takes its old words out of both indexes (SQLite's pairs index
// keeps no text: they come out by the document they were made from).
void ArchiveSearchTest::aTicketIndexedAgainLosesItsOldWords()
{
    IntakeDraft d;
    d.name = QStringLiteral("范仲淹");
    d.phones = {{QStringLiteral("139 1777 4488"), true}};
    d.fault = QStringLiteral("洗衣机漏水");
    const qint64 id = IntakeService(*m_centre).save(d).ticketId;
    QVERIFY(id > 0);
    const auto finds = [&](const QString &typed) {
        const QList<TicketSummary> found = ArchiveService(*m_centre).search(typed, 1000);
        return std::any_of(found.cbegin(), found.cend(), [&](const TicketSummary &t) { return t.id == id; });
    };
    QVERIFY(finds(QStringLiteral("漏水")));
    const Database &db = m_centre->database();
    db.execute(QStringLiteral("UPDATE tickets SET fault = '洗衣机异响' WHERE id = %1").arg(id), "change the fault");
    SearchRepository(db).index(id);
    QVERIFY(!finds(QStringLiteral("漏水")));
    QVERIFY(!finds(QStringLiteral("范仲淹 漏水")));
    QVERIFY(finds(QStringLiteral("异响")));
    QVERIFY(finds(QStringLiteral("范仲淹")));
    if (!db.isPostgres()) {
        // Only the pairs index answers a two-character word: no entry of the old text is left.
        QSqlQuery q = db.prepare(QStringLiteral("SELECT count(*) FROM ticket_pairs WHERE ticket_pairs MATCH '漏水' AND rowid = ?"));
        q.addBindValue(id);
        db.run(q, "look at the pairs index");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        db.execute(QStringLiteral("INSERT INTO ticket_pairs (ticket_pairs) VALUES ('integrity-check')"), "check the index");
    }
}

void ArchiveSearchTest::wildcardsAreText()
{
    QVERIFY(ArchiveService(*m_centre).search(QStringLiteral("%")).isEmpty());
    QVERIFY(ArchiveService(*m_centre).search(QStringLiteral("_")).isEmpty());
}

void ArchiveSearchTest::twoCharacterWords_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("found");
    // 司马光's ticket (saved above): "打印机卡纸，取出后仍提示卡纸E2", serial PRX-778899.
    QTest::newRow("two Chinese characters inside the fault") << QStringLiteral("卡纸") << true;
    QTest::newRow("two Chinese characters of the name") << QStringLiteral("马光") << true;
    QTest::newRow("two Chinese characters with another word") << QStringLiteral("取出 马光") << true;
    QTest::newRow("a pair that is not there") << QStringLiteral("光打") << false;
    QTest::newRow("a short word checked beside a long one") << QStringLiteral("prx-778899 马光") << true;
    QTest::newRow("one character narrows nothing") << QStringLiteral("光") << false;
    // An error code written against Chinese text, and the start of the serial (R22).
    QTest::newRow("two letters against Chinese text") << QStringLiteral("E2") << true;
    QTest::newRow("two letters in lower case") << QStringLiteral("e2") << true;
    QTest::newRow("two letters that are not there") << QStringLiteral("Q9") << false;
}

void ArchiveSearchTest::twoCharacterWords()
{
    QFETCH(QString, typed);
    QFETCH(bool, found);
    bool sima = false;
    for (const TicketSummary &t : ArchiveService(*m_centre).search(typed))
        sima |= t.customerName == u"司马光";
    QCOMPARE(sima, found);
}

// R22: a centre upgraded across a change of the index finds its old tickets the new way.
void ArchiveSearchTest::anUpgradedFileIndexesItsOldTickets()
{
    test::TestDatabase tdb;
    {
        auto centre = Centre::open(tdb.spec());
        DemoCentre::seed(*centre, 1);
        IntakeDraft d;
        d.name = QStringLiteral("欧阳修");
        d.phones = {{QStringLiteral("139 1888 4455"), true}};
        d.fault = QStringLiteral("空调显示F3");
        QVERIFY(IntakeService(*centre).save(d).saved);
        // As a file of schema 11 left it: the pairs index without runs of letters and digits.
        centre->database().execute(QStringLiteral("UPDATE schema_meta SET value = '11' WHERE key = 'schema_version'"),
                                   "age the schema");
        centre->database().execute(QStringLiteral("ALTER TABLE visits DROP COLUMN pinned"), "age the schema"); // 14
        for (const char *added : {"DROP TABLE sla_pauses", "DROP TABLE sla_breaches", "DROP INDEX visits_ticket", // 15
                                  "DROP INDEX ticket_history_reopened"}) // 18
            centre->database().execute(QString::fromLatin1(added), "age the schema");
        if (!centre->database().isPostgres()) { // PostgreSQL has no pairs index
            centre->database().execute(QStringLiteral("INSERT INTO ticket_pairs (ticket_pairs) VALUES ('delete-all')"),
                                       "age the index"); // it keeps no text to DELETE by (version 17)
            QVERIFY(ArchiveService(*centre).search(QStringLiteral("F3")).isEmpty());
        }
    }
    auto upgraded = Centre::open(tdb.spec());
    // Both indexes are refilled (version 13 made them again): a run of two, and a name.
    for (const QString &typed : {QStringLiteral("F3"), QStringLiteral("欧阳修"), QStringLiteral("显示F3")}) {
        const QList<TicketSummary> found = ArchiveService(*upgraded).search(typed);
        QVERIFY2(std::any_of(found.cbegin(), found.cend(), [](const TicketSummary &t) { return t.customerName == u"欧阳修"; }),
                 qPrintable(typed));
    }
}

// R22: a console killed while it filled the search index (an upgrade of a large file) has
// its old tickets found after the next start, not never.
void ArchiveSearchTest::anIndexFillingCutShortIsResumed()
{
    test::TestDatabase tdb;
    qint64 ticket = 0;
    {
        auto centre = Centre::open(tdb.spec());
        DemoCentre::seed(*centre, 1);
        IntakeDraft d;
        d.name = QStringLiteral("诸葛亮");
        d.phones = {{QStringLiteral("139 1777 3366"), true}};
        d.fault = QStringLiteral("冰箱显示E7");
        ticket = IntakeService(*centre).save(d).ticketId;
        QVERIFY(ticket > 0);
        // As a cut-short filling leaves it: the newest tickets not in the index.
        const Database &db = centre->database();
        if (!db.isPostgres()) // the pairs index keeps no text: its entries come out by their documents
            db.execute(QStringLiteral("INSERT INTO ticket_pairs (ticket_pairs, rowid, pairs) SELECT 'delete', rowid, "
                                      "search_pairs(body) FROM ticket_search WHERE rowid >= %1").arg(ticket - 5),
                       "cut the index short");
        db.execute(db.isPostgres() ? QStringLiteral("DELETE FROM ticket_search WHERE ticket_id >= %1").arg(ticket - 5)
                                   : QStringLiteral("DELETE FROM ticket_search WHERE rowid >= %1").arg(ticket - 5),
                   "cut the index short");
        QVERIFY(ArchiveService(*centre).search(QStringLiteral("诸葛亮")).isEmpty());
    }
    auto reopened = Centre::open(tdb.spec());
    for (const QString &typed : {QStringLiteral("诸葛亮"), QStringLiteral("E7")}) {
        const QList<TicketSummary> found = ArchiveService(*reopened).search(typed);
        QVERIFY2(std::any_of(found.cbegin(), found.cend(), [&](const TicketSummary &t) { return t.id == ticket; }),
                 qPrintable(typed));
    }
}

QTEST_GUILESS_MAIN(ArchiveSearchTest)
#include "tst_archivesearch.moc"
