#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>

namespace hotline::bench {

// A timing as the benchmarks report it: median and p95 over repeated runs.
struct Figure
{
    double median = 0;
    double p95 = 0;
    bool single = false; // one value (a size, a rate, a one-off time): no spread to show

    static Figure one(double value) { return {value, value, true}; }
};

inline Figure summarise(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values[qMin(values.size() - 1, qsizetype(values.size() * 95 / 100))]};
}

// One line of the benchmark table: the figure, its target, and where there is one the
// baseline measured in the same run on the same data, with the ratio figure / baseline.
struct Row
{
    QString figure;
    Figure measured;
    QString unit = QStringLiteral("ms");
    double target = 0;
    bool higherIsBetter = false;     // a rate: the target is a minimum
    QString baselineName;            // empty: no baseline
    Figure baseline;
    std::optional<double> maxRatio;  // e.g. 1.5: p95 / baseline p95 must not exceed it
    std::optional<double> minRatio;  // e.g. 10: measured / baseline must reach it (rates)
    QString note;                    // scale, caveats
    QString ifMissed;                // what profiling found, and the fix, shown when missed

    QString targetText() const
    {
        QStringList parts;
        if (target > 0)
            parts.append((higherIsBetter ? QStringLiteral(">= ") : QStringLiteral("< ")) + QString::number(target) + u' ' + unit);
        if (maxRatio)
            parts.append(QStringLiteral("ratio <= %1").arg(*maxRatio));
        if (minRatio)
            parts.append(QStringLiteral("%1x baseline").arg(*minRatio));
        return parts.join(QStringLiteral(", "));
    }
    double ratio() const
    {
        if (baselineName.isEmpty())
            return 0;
        if (higherIsBetter)
            return baseline.median > 0 ? measured.median / baseline.median : 0;
        return baseline.p95 > 0 ? measured.p95 / baseline.p95 : 0;
    }
    bool met() const
    {
        // Times are judged on the p95, rates on the median.
        bool ok = higherIsBetter ? measured.median >= target : measured.p95 < target;
        if (maxRatio)
            ok = ok && ratio() <= *maxRatio;
        if (minRatio)
            ok = ok && ratio() >= *minRatio;
        return ok;
    }
};

// Prints the row at once and, when HOTLINE_BENCH_JSON names a file, appends it there as one
// JSON line; scripts/bench gathers those lines into the table and the JSON report.
inline void record(const Row &row)
{
    const QByteArray name = row.figure.toUtf8();
    const QByteArray unit = row.unit.toUtf8();
    if (row.measured.single)
        std::printf("%-60s value  %10.2f  %14s %-6s target %-24s", name.constData(), row.measured.median, "",
                    unit.constData(), row.targetText().toUtf8().constData());
    else
        std::printf("%-60s median %10.2f  p95 %10.2f %-6s target %-24s", name.constData(), row.measured.median,
                    row.measured.p95, unit.constData(), row.targetText().toUtf8().constData());
    if (!row.baselineName.isEmpty())
        std::printf("  baseline %.2f (ratio %.2f)", row.higherIsBetter ? row.baseline.median : row.baseline.p95,
                    row.ratio());
    std::printf("  %s\n", row.met() ? "met" : "MISSED");
    std::fflush(stdout);

    const QString file = qEnvironmentVariable("HOTLINE_BENCH_JSON");
    if (file.isEmpty())
        return;
    QJsonObject o{{QStringLiteral("figure"), row.figure},
                  {QStringLiteral("unit"), row.unit},
                  {QStringLiteral("median"), row.measured.median},
                  {QStringLiteral("target"), row.targetText()},
                  {QStringLiteral("met"), row.met()}};
    if (!row.baselineName.isEmpty()) {
        o.insert(QStringLiteral("baseline"), row.baselineName);
        o.insert(QStringLiteral("baseline_median"), row.baseline.median);
        if (!row.baseline.single)
            o.insert(QStringLiteral("baseline_p95"), row.baseline.p95);
        o.insert(QStringLiteral("ratio"), row.ratio());
    }
    if (!row.measured.single)
        o.insert(QStringLiteral("p95"), row.measured.p95);
    QString note = row.note;
    if (!row.met() && !row.ifMissed.isEmpty())
        note += (note.isEmpty() ? QString() : QStringLiteral("; ")) + QStringLiteral("missed: ") + row.ifMissed;
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    QFile out(file);
    if (out.open(QIODevice::Append))
        out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
}

// The older one-line form, for a time with a target and nothing else.
inline void report(const char *name, const Figure &f, double target, const QString &note = {})
{
    Row row;
    row.figure = QString::fromUtf8(name);
    row.measured = f;
    row.target = target;
    row.note = note;
    record(row);
}

// Times one call in milliseconds.
template<typename F>
double timeMs(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace hotline::bench
