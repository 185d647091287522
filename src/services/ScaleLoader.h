#pragma once

#include <QString>

#include <functional>

namespace hotline {

class Centre;

// Scale data for benchmarks and load tests: N customers (one mobile each, one address, one
// unit) and M tickets spread over them and over the last three years, each ticket searchable
// (R22) as it goes in. One thread makes the rows (ScaleRows) while this one writes them in
// large transactions; the secondary indexes are built afterwards. Deterministic for the same
// seed.
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
        qint64 tickets = 0;   // tickets, their first history line and their search documents
        qint64 indexes = 0;   // the secondary indexes, built after the rows
        qint64 search = 0;    // tickets from before the load missing from the search index
    };

    static Phases load(Centre &centre, const Options &options, const Progress &progress = {});
};

} // namespace hotline
