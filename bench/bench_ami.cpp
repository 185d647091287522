// AMI events parsed per second: our parser against Node's asterisk-ami-events-stream on the
// same bytes in the same run (target: at least 10x). The stream is every recording from a
// real Asterisk 22 PBX (tests/data/ami), banners removed, repeated to about 32 MB (6 MB with
// --quick), fed to both in 64 KiB pieces, as a socket delivers it.
#include "AmiParser.h"
#include "BenchFigures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cstdio>

using namespace hotline;
using namespace hotline::bench;

namespace {

QByteArray buildStream(qsizetype target)
{
    QByteArray one;
    const QDir dir(QStringLiteral(HOTLINE_AMI_DATA));
    for (const QString &name : dir.entryList({QStringLiteral("*.server.bin")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("bench: cannot read %s", qPrintable(name));
        const QByteArray bytes = f.readAll();
        one += bytes.mid(bytes.indexOf('\n') + 1); // the banner comes once per connection
    }
    QByteArray stream;
    stream.reserve(target + one.size());
    while (stream.size() < target)
        stream += one;
    return stream;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 3 : 5;
    const QByteArray stream = buildStream(quick ? 6 << 20 : 32 << 20);
    constexpr qsizetype kPiece = 64 * 1024;

    QList<double> rates;
    qint64 messages = 0;
    for (int r = 0; r < runs; ++r) {
        qint64 count = 0;
        AmiParser parser([&count](AmiMessage &&) { ++count; });
        parser.feed(QByteArray("Asterisk Call Manager/9.0.0\r\n"));
        const double ms = timeMs([&] {
            for (qsizetype at = 0; at < stream.size(); at += kPiece)
                parser.feed(stream.constData() + at, qMin(kPiece, stream.size() - at));
        });
        if (parser.failed())
            qFatal("bench: the parser stopped: %s", qPrintable(parser.error()));
        messages = count;
        rates.append(count / (ms / 1000.0));
    }

    Row row;
    row.figure = QStringLiteral("AMI messages parsed per second");
    row.unit = QStringLiteral("msg/s");
    row.higherIsBetter = true;
    row.measured = Figure::one(summarise(rates).median); // a rate: the median of the runs
    row.target = 0;
    row.minRatio = 10;
    row.note = QStringLiteral("%1 MB, %2 messages").arg(stream.size() >> 20).arg(messages);

    // The baseline, on the same bytes.
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString peers = QStringLiteral(HOTLINE_SOURCE_DIR "/tests/ami-peer");
    QTemporaryFile bytes;
    if (node.isEmpty() || !QFile::exists(peers + QStringLiteral("/node_modules/asterisk-ami-events-stream"))
        || !bytes.open() || bytes.write(stream) != stream.size() || !bytes.flush()) {
        row.note += QStringLiteral("; Node baseline unavailable (run scripts/setup)");
        record(row);
        return 0;
    }
    QProcess p;
    p.start(node, {QStringLiteral(HOTLINE_SOURCE_DIR "/bench/ami-node-parse.js"), peers, bytes.fileName(),
                   QString::number(runs)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        qFatal("bench: the Node parser failed: %s", p.readAllStandardError().constData());
    const QJsonObject result = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const qint64 nodeMessages = result.value(QStringLiteral("messages")).toInteger();
    QList<double> nodeRates;
    for (const QJsonValue &s : result.value(QStringLiteral("seconds")).toArray())
        nodeRates.append(nodeMessages / s.toDouble());
    row.baselineName = QStringLiteral("Node asterisk-ami-events-stream 1.2.8");
    row.baseline = Figure::one(summarise(nodeRates).median);
    if (nodeMessages != messages)
        row.note += QStringLiteral("; Node counted %1 messages").arg(nodeMessages);
    record(row);
    return 0;
}
