#pragma once

#include <QList>

#include <algorithm>
#include <cstdio>

namespace hotline::bench {

// A timing as the benchmarks report it: median and p95 over repeated runs, in ms.
struct Figure
{
    double median = 0;
    double p95 = 0;
};

inline Figure summarise(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[qMin(ms.size() - 1, qsizetype(ms.size() * 95 / 100))]};
}

// One line: the figure beside its target, and whether the p95 meets it.
inline void report(const char *name, const Figure &f, double target)
{
    std::printf("%-52s median %8.2f ms   p95 %8.2f ms   target < %6.1f ms   %s\n", name, f.median, f.p95, target,
                f.p95 < target ? "met" : "MISSED");
}

} // namespace hotline::bench
