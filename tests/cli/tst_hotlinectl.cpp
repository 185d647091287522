// The two programs as scripts and operators call them: exit codes, messages that name the
// option, and the console's offscreen screenshots. Runs on both backends.
#include "TestDatabase.h"
#include "TestTriageTree.h"

#include <QDate>
#include <QFile>

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hotline;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString program(const char *name)
{
    return qEnvironmentVariable("HOTLINE_BIN_DIR") + u'/' + QLatin1String(name) + u'/'
           + QLatin1String(name);
}

Run run(const char *name, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program(name), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class HotlinectlTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void migrateReportsSchema();
    void ticketAddSavesAndListsWhatToVerify();
    void futurePurchaseDateExitsTwo();
    void badInputExitsTwo_data();
    void badInputExitsTwo();
    void configSetsTheCentresRules();
    void triageValidateAndImportAllOrNothing();
    void demoSeedOnlyIntoAnEmptyDatabase();
    void scaleSeedThenOrdinaryTicket();
    void consoleRendersEveryWorkplace();
    void usersAndLogIn();
    void monthlyReport();
    void slaWatchAndResume();

private:
    QStringList withDb(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), m_tdb->location()} + args;
    }
    QStringList ticketArgs(const QString &purchaseDate) const
    {
        return withDb({QStringLiteral("ticket"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("周杰"),
                       QStringLiteral("--phone"), QStringLiteral("139 1777 2233"), QStringLiteral("--address"),
                       QStringLiteral("上海市杨浦区四平路1239号8号楼502室"), QStringLiteral("--model"),
                       QStringLiteral("RF-B452W"), QStringLiteral("--purchase-date"), purchaseDate,
                       QStringLiteral("--fault"), QStringLiteral("冷藏室不冷，食物放一天就坏")});
    }
    std::unique_ptr<test::TestDatabase> m_tdb;
};

void HotlinectlTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    HOTLINE_REQUIRE_DATABASE(*m_tdb);
}

void HotlinectlTest::cleanup()
{
    m_tdb.reset();
}

void HotlinectlTest::migrateReportsSchema()
{
    const Run r = run("hotlinectl", withDb({QStringLiteral("migrate")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("schema version")), qPrintable(r.out));
}

void HotlinectlTest::ticketAddSavesAndListsWhatToVerify()
{
    QCOMPARE(run("hotlinectl", withDb({QStringLiteral("seed"), QStringLiteral("--demo")})).exitCode, 0);
    Run r = run("hotlinectl", ticketArgs(QStringLiteral("2025-01-10")));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Saved ticket #")), qPrintable(r.out + r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("To verify")), qPrintable(r.out));

    // R2: missing data is saved with its flags, and the output names the options to fix.
    r = run("hotlinectl", withDb({QStringLiteral("ticket"), QStringLiteral("add"), QStringLiteral("--phone"),
                                  QStringLiteral("12345"), QStringLiteral("--fault"), QStringLiteral("坏了")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("To verify")));
    for (const char *option : {"--name", "--address", "--phone", "--model", "--purchase-date", "--fault"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
}

void HotlinectlTest::futurePurchaseDateExitsTwo()
{
    QCOMPARE(run("hotlinectl", withDb({QStringLiteral("seed"), QStringLiteral("--demo")})).exitCode, 0);
    const QString future = QDate::currentDate().addDays(3).toString(Qt::ISODate);
    const Run r = run("hotlinectl", ticketArgs(future));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--purchase-date")), qPrintable(r.err));
    QVERIFY2(r.err.contains(future), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void HotlinectlTest::badInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("no command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("migrate"), QStringLiteral("--fast")}
                                    << QStringLiteral("fast");
    QTest::newRow("bad db scheme") << QStringList{QStringLiteral("--db"), QStringLiteral("mysql://h/x"), QStringLiteral("migrate")}
                                   << QStringLiteral("--db");
    QTest::newRow("seed says what") << QStringList{QStringLiteral("seed")} << QStringLiteral("--demo");
    QTest::newRow("negative count") << QStringList{QStringLiteral("seed"), QStringLiteral("--customers"), QStringLiteral("-5")}
                                    << QStringLiteral("--customers");
    QTest::newRow("tickets alone") << QStringList{QStringLiteral("seed"), QStringLiteral("--tickets"), QStringLiteral("5")}
                                   << QStringLiteral("--customers");
    QTest::newRow("bad priority") << QStringList{QStringLiteral("ticket"), QStringLiteral("add"), QStringLiteral("--priority"), QStringLiteral("asap")}
                                  << QStringLiteral("--priority");
    QTest::newRow("ticket without add") << QStringList{QStringLiteral("ticket")} << QStringLiteral("ticket add");
    QTest::newRow("sla says what") << QStringList{QStringLiteral("sla")} << QStringLiteral("sla watch");
    QTest::newRow("sla pause of no number") << QStringList{QStringLiteral("sla"), QStringLiteral("pause"), QStringLiteral("12x"),
                                                           QStringLiteral("--reason"), QStringLiteral("parts")}
                                            << QStringLiteral("TICKET");
    QTest::newRow("sla pause without reason") << QStringList{QStringLiteral("sla"), QStringLiteral("pause"), QStringLiteral("1")}
                                              << QStringLiteral("--reason");
}

void HotlinectlTest::badInputExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const bool ownDb = args.contains(QStringLiteral("--db"));
    const Run r = run("hotlinectl", ownDb ? args : withDb(args));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
}

// R13: the watch as a job lists the paused clocks of the demo's tickets waiting for parts;
// resuming one sends it back to the queue, and a second resume is bad input.
void HotlinectlTest::slaWatchAndResume()
{
    QCOMPARE(run("hotlinectl", withDb({QStringLiteral("seed"), QStringLiteral("--demo")})).exitCode, 0);
    Run r = run("hotlinectl", withDb({QStringLiteral("sla"), QStringLiteral("watch")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("on the SLA watch")), qPrintable(r.out + r.err));
    QString paused;
    for (const QString &line : r.out.split(u'\n')) {
        if (line.contains(QStringLiteral("(paused: parts)")))
            paused = line.section(u' ', 0, 0);
    }
    QVERIFY2(paused.startsWith(u'#'), qPrintable(r.out));
    r = run("hotlinectl", withDb({QStringLiteral("sla"), QStringLiteral("resume"), paused, QStringLiteral("--note"),
                                  QStringLiteral("配件到货")}));
    QCOMPARE(r.exitCode, 0);
    r = run("hotlinectl", withDb({QStringLiteral("sla"), QStringLiteral("watch")}));
    QVERIFY2(!r.out.contains(paused + u' '), qPrintable(r.out)); // running, and not near its limit
    r = run("hotlinectl", withDb({QStringLiteral("sla"), QStringLiteral("resume"), paused}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("not paused")), qPrintable(r.err));
}

void HotlinectlTest::configSetsTheCentresRules()
{
    // R3: the local area code decides how an 8-digit caller ID is read.
    Run r = run("hotlinectl", withDb({QStringLiteral("config"), QStringLiteral("set"),
                                      QStringLiteral("phone.local_area_code"), QStringLiteral("010")}));
    QCOMPARE(r.exitCode, 0);
    r = run("hotlinectl", withDb({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("phone.local_area_code")}));
    QCOMPARE(r.out.trimmed(), QStringLiteral("010"));
    r = run("hotlinectl", withDb({QStringLiteral("ticket"), QStringLiteral("add"), QStringLiteral("--phone"),
                                  QStringLiteral("62345678"), QStringLiteral("--fault"), QStringLiteral("打印机卡纸，取出后仍提示卡纸")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains(QStringLiteral("not a valid phone number")), qPrintable(r.out));

    r = run("hotlinectl", withDb({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("calendar.hours"),
                                  QStringLiteral("18:00-09:00")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("calendar.hours")), qPrintable(r.err));
    r = run("hotlinectl", withDb({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("no.such.key")}));
    QCOMPARE(r.exitCode, 2);
    r = run("hotlinectl", withDb({QStringLiteral("config"), QStringLiteral("list")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("calendar.rest_days")));
}

void HotlinectlTest::triageValidateAndImportAllOrNothing()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &content) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    };
    const QString good = write(QStringLiteral("washer.json"), test::washerTree(3));
    QByteArray brokenContent = test::washerTree(1, QStringLiteral("printer"));
    brokenContent.replace("\"next\": \"carry_board\"", "\"next\": \"q_start\"");
    const QString broken = write(QStringLiteral("printer.json"), brokenContent);

    Run r = run("hotlinectl", withDb({QStringLiteral("triage"), QStringLiteral("validate"), good}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("washing_machine version 3")));

    // The error names the file, the node and the problem (here a cycle back to the start).
    r = run("hotlinectl", withDb({QStringLiteral("triage"), QStringLiteral("validate"), broken}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("printer.json: node q_door")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("cycle")), qPrintable(r.err));

    // One bad file: nothing is imported, not even the good one.
    r = run("hotlinectl", withDb({QStringLiteral("triage"), QStringLiteral("import"), good, broken}));
    QCOMPARE(r.exitCode, 2);
    r = run("hotlinectl", withDb({QStringLiteral("triage"), QStringLiteral("list")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains(QStringLiteral("washing_machine")), qPrintable(r.out));

    r = run("hotlinectl", withDb({QStringLiteral("triage"), QStringLiteral("import"), good}));
    QCOMPARE(r.exitCode, 0);
    r = run("hotlinectl", withDb({QStringLiteral("triage"), QStringLiteral("list")}));
    QVERIFY2(r.out.contains(QStringLiteral("washing_machine")), qPrintable(r.out));
    // The same version again is refused, and with it a valid new file in the same run.
    const QString fresh = write(QStringLiteral("printer-ok.json"), test::washerTree(1, QStringLiteral("printer")));
    QCOMPARE(run("hotlinectl", withDb({QStringLiteral("triage"), QStringLiteral("import"), fresh, good})).exitCode, 2);
    r = run("hotlinectl", withDb({QStringLiteral("triage"), QStringLiteral("list")}));
    QVERIFY2(!r.out.contains(QStringLiteral("printer")), qPrintable(r.out));
    QCOMPARE(run("hotlinectl", withDb({QStringLiteral("triage"), QStringLiteral("validate"),
                                       dir.filePath(QStringLiteral("missing.json"))})).exitCode, 2);
}

void HotlinectlTest::demoSeedOnlyIntoAnEmptyDatabase()
{
    Run r = run("hotlinectl", withDb({QStringLiteral("seed"), QStringLiteral("--demo"), QStringLiteral("--seed"), QStringLiteral("9")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("open follow-up calls")));
    r = run("hotlinectl", withDb({QStringLiteral("seed"), QStringLiteral("--demo")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already holds customers")), qPrintable(r.err));
}

void HotlinectlTest::scaleSeedThenOrdinaryTicket()
{
    Run r = run("hotlinectl", withDb({QStringLiteral("seed"), QStringLiteral("--customers"), QStringLiteral("3000"),
                                      QStringLiteral("--tickets"), QStringLiteral("7000")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Loaded 3000 customers and 7000 tickets")), qPrintable(r.out + r.err));
    QVERIFY(r.err.contains(QStringLiteral("100%"))); // progress went to the end
    // Ids continue after bulk-loaded rows on both backends.
    r = run("hotlinectl", ticketArgs(QStringLiteral("2025-01-10")));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Saved ticket #007001")), qPrintable(r.out + r.err));
}

void HotlinectlTest::consoleRendersEveryWorkplace()
{
    QCOMPARE(run("hotlinectl", withDb({QStringLiteral("seed"), QStringLiteral("--demo")})).exitCode, 0);
    QTemporaryDir dir;
    for (const char *view : {"intake", "triage", "dispatch", "callbacks", "dashboard"}) {
        for (const char *lang : {"zh_CN", "en"}) {
            const QString file = dir.filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(view), QLatin1String(lang)));
            const Run r = run("hotline", withDb({QStringLiteral("--screenshot"), file, QStringLiteral("--view"),
                                                 QLatin1String(view), QStringLiteral("--lang"), QLatin1String(lang)}));
            QCOMPARE(r.exitCode, 0);
            const QImage image(file);
            QVERIFY2(!image.isNull(), qPrintable(file));
            QCOMPARE(image.size(), QSize(1440, 900));
        }
    }
    QCOMPARE(run("hotline", withDb({QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
                                    QStringLiteral("--view"), QStringLiteral("reports")})).exitCode, 2);
}

// R26: the first administrator comes from hotlinectl, passwords from standard input, and a
// console on a real (not demo) centre logs in before it shows anything.
void HotlinectlTest::usersAndLogIn()
{
    QTemporaryDir dir;
    const QString shot = dir.filePath(QStringLiteral("intake.png"));
    const QStringList console = withDb({QStringLiteral("--screenshot"), shot});
    QCOMPARE(run("hotlinectl", withDb({QStringLiteral("migrate")})).exitCode, 0);
    Run r = run("hotline", console);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("user add NAME --role admin")), qPrintable(r.err));

    const QByteArray password = "correct horse 7\n";
    r = run("hotlinectl", withDb({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lina"),
                                  QStringLiteral("--role"), QStringLiteral("operator")}), password);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("administrator")), qPrintable(r.err));
    r = run("hotlinectl", withDb({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
                                  QStringLiteral("--role"), QStringLiteral("admin")}), password);
    QCOMPARE(r.exitCode, 0);
    r = run("hotlinectl", withDb({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lina"),
                                  QStringLiteral("--role"), QStringLiteral("operator"),
                                  QStringLiteral("--display-name"), QStringLiteral("李娜")}), password);
    QCOMPARE(r.exitCode, 0);
    r = run("hotlinectl", withDb({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao"),
                                  QStringLiteral("--role"), QStringLiteral("captain")}), password);
    QCOMPARE(r.exitCode, 2);
    r = run("hotlinectl", withDb({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao"),
                                  QStringLiteral("--role"), QStringLiteral("operator")}), "short\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Password")), qPrintable(r.err));
    r = run("hotlinectl", withDb({QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("user_added")}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count(QStringLiteral("user_added")), 2); // boss and lina; refusals added nobody
    r = run("hotlinectl", withDb({QStringLiteral("user"), QStringLiteral("list")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("lina")) && r.out.contains(QStringLiteral("李娜"))
                 && !r.out.contains(QStringLiteral("zhao")),
             qPrintable(r.out));

    // The console: no screenshot without a log-in, a wrong password refused, the right one opens.
    QCOMPARE(run("hotline", console).exitCode, 2);
    const QStringList asLina = console + QStringList{QStringLiteral("--user"), QStringLiteral("lina"),
                                                     QStringLiteral("--password-stdin")};
    r = run("hotline", asLina, "not the password\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("wrong")), qPrintable(r.err));
    QVERIFY(!QFile::exists(shot));
    r = run("hotline", asLina, password);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!QImage(shot).isNull());

    QCOMPARE(run("hotlinectl", withDb({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("lina")})).exitCode, 0);
    r = run("hotline", asLina, password);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("disabled")), qPrintable(r.err));
}

void HotlinectlTest::monthlyReport()
{
    QCOMPARE(run("hotlinectl", withDb({QStringLiteral("seed"), QStringLiteral("--demo")})).exitCode, 0);
    QTemporaryDir dir;
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    Run r = run("hotlinectl", withDb({QStringLiteral("report"), QStringLiteral("--month"), month, QStringLiteral("--lang"),
                                      QStringLiteral("zh_CN"), QStringLiteral("--csv"), dir.filePath(QStringLiteral("r.csv")),
                                      QStringLiteral("--pdf"), dir.filePath(QStringLiteral("r.pdf"))}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("受理来电")), qPrintable(r.out)); // in Chinese
    QFile csv(dir.filePath(QStringLiteral("r.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(text.contains(QStringLiteral("指标,数值,说明")), qPrintable(text));
    QVERIFY(QFile(dir.filePath(QStringLiteral("r.pdf"))).size() > 1000);
    r = run("hotlinectl", withDb({QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("exported")}));
    QCOMPARE(r.out.count(QStringLiteral("service report")), 2); // R26: each export recorded
    QCOMPARE(run("hotlinectl", withDb({QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-13")})).exitCode, 2);
    QCOMPARE(run("hotlinectl", withDb({QStringLiteral("report")})).exitCode, 2);
}

QTEST_GUILESS_MAIN(HotlinectlTest)
#include "tst_hotlinectl.moc"
