#pragma once

#include <QString>

#include <functional>

namespace hotline {

class Centre;

// Scale data for benchmarks and load tests: N customers (one mobile each, one address, one
// unit) and M tickets spread over them and over the last three years, each ticket searchable
// (R22). One thread makes the rows and search documents (ScaleRows) while this one writes the
// rows in large transactions; the secondary indexes are built afterwards. On SQLite each of
// the two search indexes is filled in a file of its own, on a thread of its own, and brought
// into the centre's file at the end. Deterministic for the same seed.
class ScaleLoader
{
public:
    struct Options
    {
        qint64 customers = 0;
        qint64 tickets = 0;
        quint32 seed = 1;
    };
    // Called after each chunk with rows done and rows in all.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // How long each phase took, in milliseconds: what a slow load is profiled by.
    struct Phases
    {
        qint64 customers = 0; // customers, phones, addresses, units
        qint64 tickets = 0;   // tickets and their first history line (PostgreSQL: and their search documents)
        qint64 indexes = 0;   // the secondary indexes, built after the rows
        qint64 search = 0;    // waiting for SQLite's search indexes and bringing them in; tickets
                              // from before the load missing from the search index
    };

    static Phases load(Centre &centre, const Options &options, const Progress &progress = {});
};

} // namespace hotline
