// pinLocalZone: the system zone named once in TZ, so glibc stops re-reading it on every
// conversion; the local time it gives is the one before, and a TZ the user set is kept.
#include "LocalZone.h"

#include <QDateTime>
#include <QTest>

using namespace hotline;

class LocalZoneTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unsetZoneBecomesTheSystemFile();
    void zoneTheUserSetIsKept();
};

void LocalZoneTest::unsetZoneBecomesTheSystemFile()
{
    qunsetenv("TZ");
    const QDateTime moment = QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);
    const QDateTime before = moment.toLocalTime();
    pinLocalZone();
    QCOMPARE(qgetenv("TZ"), QByteArray(":/etc/localtime"));
    const QDateTime after = moment.toLocalTime();
    QCOMPARE(after.offsetFromUtc(), before.offsetFromUtc());
    QCOMPARE(after.time(), before.time());
}

void LocalZoneTest::zoneTheUserSetIsKept()
{
    qputenv("TZ", QByteArrayLiteral("Asia/Shanghai"));
    pinLocalZone();
    QCOMPARE(qgetenv("TZ"), QByteArray("Asia/Shanghai"));
}

QTEST_GUILESS_MAIN(LocalZoneTest)
#include "tst_localzone.moc"
