#pragma once

#include "DatabaseSpec.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace hotline::test {

// A fresh, empty database for one test, on the backend the test run asks for
// (HOTLINE_TEST_BACKEND=sqlite|postgresql). SQLite: a file in a temporary folder.
// PostgreSQL: a new database on the server named by PGHOST/PGPORT/PGUSER, dropped afterwards.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    // False (and the test should QSKIP) only when PostgreSQL was asked for and no server is
    // configured; scripts/test always configures one and fails on skips.
    bool available() const { return m_available; }
    QString skipReason() const { return m_skipReason; }

    const DatabaseSpec &spec() const { return m_spec; }
    // For the CLI: a path or postgresql:// URL.
    QString location() const;
    static QString backend();
    static bool isPostgres() { return backend() == u"postgresql"; }

private:
    bool m_available = false;
    QString m_skipReason;
    DatabaseSpec m_spec;
    QTemporaryDir m_dir;
    QString m_pgDatabase;
};

} // namespace hotline::test

// A PostgreSQL test with no server skips when run by hand; under scripts/test
// (HOTLINE_NO_SKIPS=1) it fails, so that CI never passes without running it.
#define HOTLINE_REQUIRE_DATABASE(db)                                                               \
    do {                                                                                          \
        if (!(db).available()) {                                                                  \
            if (qEnvironmentVariableIsSet("HOTLINE_NO_SKIPS"))                                     \
                QFAIL(qPrintable((db).skipReason()));                                             \
            QSKIP(qPrintable((db).skipReason()));                                                 \
        }                                                                                         \
    } while (false)
