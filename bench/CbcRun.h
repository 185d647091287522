#pragma once

#include <QHash>
#include <QString>

namespace hotline::bench {

// A mixed-integer model solved by COIN-OR CBC (Debian's coinor-cbc, /usr/bin/cbc; scripts/setup
// installs it), run as a separate program on a model in CPLEX LP format.
struct CbcSolution
{
    bool optimal = false;          // CBC proved the values optimal
    QString status;                // CBC's status line, or why there is no solution, in words
    QHash<QString, double> values; // the variables CBC gave a value other than zero
    double milliseconds = 0;       // wall-clock time of the run, reading the model included
};

// Solves the model with a time limit; a missing cbc, a run that fails or outlasts the limit,
// or a model CBC cannot solve comes back as a solution that is not optimal, with the reason.
CbcSolution solveWithCbc(const QString &lpModel, int timeLimitSeconds);

// Reads the file CBC writes with `solution FILE`: its status line, then one line per
// variable: index, name, value, objective coefficient ("**" before a value out of bounds).
CbcSolution readCbcSolution(const QString &text);

} // namespace hotline::bench
