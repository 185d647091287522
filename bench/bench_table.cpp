// Gathers the figures the benchmarks wrote (one JSON line each) into the report: a
// Markdown table on standard output (as the README shows it) and one JSON document.
//   hotline_bench_table FIGURES.jsonl REPORT.json "title line"
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <cstdio>

namespace {

QString number(const QJsonObject &o, const char *key)
{
    if (!o.contains(QLatin1String(key)))
        return QStringLiteral("—");
    const double v = o.value(QLatin1String(key)).toDouble();
    return v >= 1000 ? QString::number(v, 'f', 0) : QString::number(v, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: hotline_bench_table FIGURES.jsonl REPORT.json [title]\n");
        return 2;
    }
    QFile in(args[1]);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "hotline_bench_table: cannot read %s\n", qPrintable(args[1]));
        return 2;
    }
    QJsonArray figures;
    int line = 0;
    for (const QByteArray &text : in.readAll().split('\n')) {
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        if (!doc.isObject()) {
            std::fprintf(stderr, "hotline_bench_table: %s line %d is not a figure\n", qPrintable(args[1]), line);
            return 2;
        }
        figures.append(doc.object());
    }
    const QString title = args.value(3);
    std::printf("%s\n\n", qPrintable(title));
    std::printf("| figure | median | p95 | target | baseline (same run) | ratio | |\n|---|---:|---:|---|---|---:|---|\n");
    int missed = 0;
    for (const QJsonValue &v : std::as_const(figures)) {
        const QJsonObject o = v.toObject();
        const bool met = o.value(QStringLiteral("met")).toBool();
        missed += met ? 0 : 1;
        const QString unit = o.value(QStringLiteral("unit")).toString();
        QString baseline = QStringLiteral("—");
        if (o.contains(QStringLiteral("baseline_p95")))
            baseline = QStringLiteral("%1: %2 / %3 %4")
                           .arg(o.value(QStringLiteral("baseline")).toString(), number(o, "baseline_median"),
                                number(o, "baseline_p95"), unit);
        else if (o.contains(QStringLiteral("baseline")))
            baseline = QStringLiteral("%1: %2 %3")
                           .arg(o.value(QStringLiteral("baseline")).toString(), number(o, "baseline_median"), unit);
        std::printf("| %s | %s %s | %s | %s | %s | %s | %s |\n", qPrintable(o.value(QStringLiteral("figure")).toString()),
                    qPrintable(number(o, "median")), qPrintable(unit),
                    qPrintable(o.contains(QStringLiteral("p95")) ? number(o, "p95") + u' ' + unit : QStringLiteral("—")),
                    qPrintable(o.value(QStringLiteral("target")).toString()), qPrintable(baseline),
                    qPrintable(number(o, "ratio")), met ? "met" : "**missed**");
    }
    std::printf("\n");
    for (const QJsonValue &v : std::as_const(figures)) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("note")))
            std::printf("- %s: %s\n", qPrintable(o.value(QStringLiteral("figure")).toString()),
                        qPrintable(o.value(QStringLiteral("note")).toString()));
    }
    QJsonObject report{{QStringLiteral("title"), title},
                       {QStringLiteral("date"), QDateTime::currentDateTime().toString(Qt::ISODate)},
                       {QStringLiteral("machine"), QSysInfo::prettyProductName() + QStringLiteral(", ")
                                                       + QSysInfo::currentCpuArchitecture()},
                       {QStringLiteral("missed"), missed},
                       {QStringLiteral("figures"), figures}};
    QFile out(args[2]);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(report).toJson()) < 0) {
        std::fprintf(stderr, "hotline_bench_table: cannot write %s\n", qPrintable(args[2]));
        return 2;
    }
    std::printf("\n%d figure(s), %d missed; JSON: %s\n", int(figures.size()), missed, qPrintable(args[2]));
    return 0;
}
