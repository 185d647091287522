// Crash safety: what the operator typed survives on disk until the ticket is saved.
#include "DraftStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hotline;

class DraftStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEveryField();
    void blankDraftLeavesNothing();
    void damagedFileIsIgnored();
};

void DraftStoreTest::roundTripKeepsEveryField()
{
    QTemporaryDir dir;
    IntakeDraft d;
    d.customerId = 17;
    d.unitId = 4;
    d.name = QStringLiteral("张伟");
    d.address = QStringLiteral("上海市浦东新区张江路100号");
    d.district = QStringLiteral("浦东新区");
    d.phones = {{QStringLiteral("138 0013 8000"), false}, {QStringLiteral("021-6234 5678"), true}};
    d.modelCode = QStringLiteral("WM-D8012");
    d.serial = QStringLiteral("WM1");
    d.purchaseDate = QStringLiteral("2024-13-40"); // impossible input is kept as typed
    d.fault = QStringLiteral("脱水晃动\n第二行");
    d.serviceMode = ServiceMode::CarryIn;
    d.preferredTime = QStringLiteral("周六上午");
    d.requestNote = QStringLiteral("先打电话");
    d.channel = Channel::Web;
    d.priority = Priority::Urgent;
    d.chargeConsent = true;
    const QDateTime at(QDate(2026, 11, 23), QTime(14, 32, 5));
    {
        DraftStore store(dir.path());
        QVERIFY(store.save(d, at));
    }
    DraftStore reopened(dir.path());
    const auto loaded = reopened.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->draft, d);
    QCOMPARE(loaded->savedAt, at);
}

void DraftStoreTest::blankDraftLeavesNothing()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    IntakeDraft d;
    d.name = QStringLiteral("x");
    QVERIFY(store.save(d, QDateTime::currentDateTime()));
    QVERIFY(QFile::exists(store.filePath()));
    QVERIFY(store.save(IntakeDraft{}, QDateTime::currentDateTime()));
    QVERIFY(!QFile::exists(store.filePath()));
    QVERIFY(!store.load());
}

void DraftStoreTest::damagedFileIsIgnored()
{
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QFile f(store.filePath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"draft\": {\"name\": \"half");
    f.close();
    QVERIFY(!store.load());
}

QTEST_GUILESS_MAIN(DraftStoreTest)
#include "tst_draftstore.moc"
