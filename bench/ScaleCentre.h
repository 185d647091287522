#pragma once

#include "Centre.h"

#include <QDate>

#include <memory>

namespace hotline::bench {

// The centre the benchmarks measure: 1 M customers, 3 M tickets over three years, and
// 10,000 visits completed on kCompletionDay (1/100 of that with --quick). Generated once,
// deterministically (seed 1), into HOTLINE_BENCH_DIR (default ~/.cache/hotline-bench) and
// reused; the generation time is kept with it and reported as a figure of its own.
struct ScaleCentre
{
    static inline const QDate kCallDay{2026, 11, 24};       // a Tuesday
    static inline const QDate kCompletionDay{2026, 11, 23}; // the Monday before

    static qint64 tickets(bool quick) { return quick ? 30000 : 3000000; }
    static qint64 customers(bool quick) { return tickets(quick) / 3; }
    static int completions(bool quick) { return quick ? 100 : 10000; }
    static QString path(bool quick);

    // Opens the centre (generating it first when needed) as an operator at 07:00 on kCallDay;
    // `reportGeneration`: records the generation time as a figure.
    static std::unique_ptr<Centre> open(bool quick, bool reportGeneration = true);
    // The user the console benchmarks log in as, with this password.
    static QString userName() { return QStringLiteral("bench"); }
    static QString password() { return QStringLiteral("bench-password-1"); }
};

} // namespace hotline::bench
