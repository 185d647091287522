// The AMI parser on every recording of a real Asterisk 22 PBX: the banner, every block,
// CRLF or LF, bytes in any pieces, repeated keys; and bounded on garbage.
#include "AmiParser.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace hotline;

class AmiParserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRecordingParses_data();
    void everyRecordingParses();
    void piecesDoNotMatter();
    void lfOnlyAndLowercaseKeys();
    void repeatedKeysKeepTheirOrder();
    void anOverlongLineIsRefused();
    void randomBytesNeverCrash();
};

namespace {

QByteArray recording(const QString &name)
{
    QFile f(QStringLiteral(HOTLINE_AMI_DATA) + u'/' + name + QStringLiteral(".server.bin"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<AmiMessage> parse(const QByteArray &bytes, qsizetype piece, QByteArray *banner = nullptr)
{
    QList<AmiMessage> out;
    AmiParser parser([&out](AmiMessage &&m) { out.append(std::move(m)); });
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        parser.feed(bytes.mid(at, piece));
    if (banner)
        *banner = parser.banner();
    return out;
}

// Blocks as a reader counts them: runs of non-empty lines after the banner.
int blocksIn(const QByteArray &bytes)
{
    int blocks = 0;
    bool inBlock = false;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const bool empty = lines[i].trimmed().isEmpty();
        if (!empty && !inBlock)
            ++blocks;
        inBlock = !empty;
    }
    return blocks - (inBlock ? 1 : 0); // an unfinished last block is not a message yet
}

} // namespace

void AmiParserTest::everyRecordingParses_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = QDir(QStringLiteral(HOTLINE_AMI_DATA)).entryList({QStringLiteral("*.server.bin")});
    QVERIFY(files.size() >= 9);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QString(f).remove(QStringLiteral(".server.bin"));
}

void AmiParserTest::everyRecordingParses()
{
    QFETCH(QString, name);
    const QByteArray bytes = recording(name);
    QVERIFY(!bytes.isEmpty());
    QByteArray banner;
    const QList<AmiMessage> messages = parse(bytes, bytes.size(), &banner);
    QCOMPARE(banner, QByteArray("Asterisk Call Manager/11.0.0"));
    QCOMPARE(messages.size(), blocksIn(bytes));
    for (const AmiMessage &m : messages)
        QVERIFY2(m.isEvent() || m.isResponse() || m.has("ActionID") || m.has(""), m.fields.first().first.constData());
}

void AmiParserTest::piecesDoNotMatter()
{
    const QByteArray bytes = recording(QStringLiteral("inbound-sip-call-to-agent"));
    const QList<AmiMessage> whole = parse(bytes, bytes.size());
    for (qsizetype piece : {1, 2, 7, 100, 1500}) {
        const QList<AmiMessage> pieces = parse(bytes, piece);
        QCOMPARE(pieces.size(), whole.size());
        for (qsizetype i = 0; i < whole.size(); ++i)
            QCOMPARE(pieces[i].fields, whole[i].fields);
    }
}

void AmiParserTest::lfOnlyAndLowercaseKeys()
{
    const QList<AmiMessage> m = parse("Asterisk Call Manager/11.0.0\nresponse: Success\nactionid: 7\n\n", 5);
    QCOMPARE(m.size(), 1);
    QCOMPARE(m[0].response(), QByteArray("Success"));
    QCOMPARE(m[0].actionId(), QByteArray("7"));
}

void AmiParserTest::repeatedKeysKeepTheirOrder()
{
    // A Command action's answer: one Output line per line of CLI output.
    const QList<AmiMessage> m = parse("Asterisk Call Manager/11.0.0\r\nResponse: Success\r\nActionID: 3\r\n"
                                      "Output: Channel   Location\r\nOutput: PJSIP/agent1-00000001 400@test\r\n"
                                      "Output: 1 active channel\r\n\r\n",
                                      9);
    QCOMPARE(m.size(), 1);
    QCOMPARE(m[0].values("Output"), (QList<QByteArray>{"Channel   Location", "PJSIP/agent1-00000001 400@test",
                                                       "1 active channel"}));
    QCOMPARE(m[0].value("output"), QByteArray("Channel   Location"));
}

void AmiParserTest::anOverlongLineIsRefused()
{
    int delivered = 0;
    AmiParser parser([&delivered](AmiMessage &&) { ++delivered; });
    QVERIFY(parser.feed("Asterisk Call Manager/11.0.0\r\nEvent: FullyBooted\r\n\r\n"));
    QByteArray huge(AmiParser::kMaxLine + 10, 'x');
    QVERIFY(!parser.feed(huge.left(5000)) || !parser.feed(huge.mid(5000)));
    QVERIFY(parser.failed());
    QVERIFY(parser.error().contains(QStringLiteral("longer than")));
    QVERIFY(!parser.feed("Event: After\r\n\r\n")); // nothing more until reset
    QCOMPARE(delivered, 1);
}

void AmiParserTest::randomBytesNeverCrash()
{
    QRandomGenerator random(42);
    for (int round = 0; round < 200; ++round) {
        QByteArray junk(random.bounded(1, 70000), Qt::Uninitialized);
        for (char &c : junk)
            c = char(random.bounded(256));
        AmiParser parser([](AmiMessage &&) {});
        parser.feed(junk);
        QVERIFY(parser.failed() || parser.banner().size() <= AmiParser::kMaxLine);
    }
}

QTEST_GUILESS_MAIN(AmiParserTest)
#include "tst_amiparser.moc"
