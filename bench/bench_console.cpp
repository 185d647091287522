// The console itself on the 1 M-customer centre (1/100 with --quick):
//   - cold start: process start to the first painted window, logged in (target < 1 s),
//     beside `hotline --version` (the process start with nothing to do);
//   - memory: resident set after five idle seconds (target < 200 MB);
//   - screen pop: a DialBegin event written by a loopback PBX to the caller's record on
//     screen (parse, track, look up, fill the intake, paint; target < 50 ms).
#include "BenchFigures.h"
#include "CallerPanel.h"
#include "Database.h"
#include "DraftStore.h"
#include "IntakeWorkplace.h"
#include "MainWindow.h"
#include "PhoneLink.h"
#include "ScaleCentre.h"
#include "SlaService.h"
#include "LocalZone.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cstdio>

using namespace hotline;
using namespace hotline::bench;

namespace {

// Starts the console; returns the milliseconds to its "ready" line, and the resident set it
// reports after `idleSeconds` (0: not asked).
double startConsole(bool quick, int idleSeconds, qint64 *rssKb = nullptr)
{
    QProcess p;
    QStringList args{QStringLiteral("--db"), ScaleCentre::path(quick), QStringLiteral("--user"), ScaleCentre::userName(),
                     QStringLiteral("--password-stdin"), QStringLiteral("--ready-report"), QString::number(idleSeconds)};
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(HOTLINE_CONSOLE), args);
    p.write(ScaleCentre::password().toUtf8() + '\n');
    p.closeWriteChannel();
    double readyMs = -1;
    QByteArray out;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
        p.waitForReadyRead(50);
        out += p.readAllStandardOutput();
        if (readyMs < 0 && out.contains("ready"))
            readyMs = t.nsecsElapsed() / 1e6;
        if (p.state() == QProcess::NotRunning && !p.bytesAvailable())
            break;
    }
    p.waitForFinished();
    if (readyMs < 0)
        qFatal("bench: the console did not start: %s %s", out.constData(), p.readAllStandardError().constData());
    if (p.exitCode() != 0)
        qFatal("bench: the console exited with %d: %s", p.exitCode(), p.readAllStandardError().constData());
    if (rssKb) {
        const qsizetype at = out.indexOf("rss ");
        *rssKb = at < 0 ? 0 : out.mid(at + 4, out.indexOf('\n', at) - at - 4).trimmed().toLongLong();
        if (*rssKb <= 0)
            qFatal("bench: the console reported no resident set: %s", out.constData());
    }
    return readyMs;
}

double processStart()
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral(HOTLINE_CONSOLE), {QStringLiteral("--version")});
    p.waitForFinished();
    return t.nsecsElapsed() / 1e6;
}

// A PBX on loopback that accepts the console's log-in and, on demand, rings its phone.
class RingingPbx : public QTcpServer
{
public:
    RingingPbx()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            m_client = nextPendingConnection();
            m_client->write("Asterisk Call Manager/9.0.0\r\n");
            connect(m_client, &QTcpSocket::readyRead, this, [this] { answer(); });
        });
        listen(QHostAddress::LocalHost, 0);
    }
    bool connected() const { return m_loggedIn; }
    void ring(const QString &number, int call)
    {
        const QByteArray id = "1795471000." + QByteArray::number(call);
        m_client->write("Event: DialBegin\r\nPrivilege: call,all\r\nChannel: PJSIP/trunk-0000" + QByteArray::number(call)
                        + "\r\nChannelState: 4\r\nChannelStateDesc: Ring\r\nCallerIDNum: " + number.toUtf8()
                        + "\r\nCallerIDName: <unknown>\r\nUniqueid: " + id + "\r\nLinkedid: " + id
                        + "\r\nDestChannel: PJSIP/agent1-0000" + QByteArray::number(call)
                        + "\r\nDestChannelState: 5\r\nDestUniqueid: " + id + "1\r\nDestLinkedid: " + id
                        + "\r\nDialString: agent1\r\n\r\n");
        m_client->flush();
    }

private:
    void answer()
    {
        m_in += m_client->readAll();
        qsizetype end;
        while ((end = m_in.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray block = m_in.left(end);
            m_in.remove(0, end + 4);
            QByteArray actionId;
            for (const QByteArray &line : block.split('\n')) {
                if (line.toLower().startsWith("actionid:"))
                    actionId = line.mid(9).trimmed();
            }
            m_client->write("Response: Success\r\nActionID: " + actionId + "\r\nMessage: Accepted\r\n\r\n");
            m_loggedIn = m_loggedIn || block.toLower().contains("action: login");
        }
    }
    QTcpSocket *m_client = nullptr;
    QByteArray m_in;
    bool m_loggedIn = false;
};

void screenPop(Centre &centre, bool quick)
{
    // The phone settings go to a scratch folder (the centre's path was resolved before).
    QStandardPaths::setTestModeEnabled(true);
    RingingPbx pbx;
    PhoneLink::Settings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = pbx.serverPort();
    s.user = QStringLiteral("hotline");
    s.secret = QStringLiteral("secret");
    s.agentInterface = QStringLiteral("PJSIP/agent1");
    PhoneLink::save(s);

    QStringList callers;
    QSqlQuery q(centre.database().connection());
    q.exec(QStringLiteral("SELECT typed FROM customer_phones WHERE id % %1 = 3 LIMIT 60")
               .arg(ScaleCentre::customers(quick) / 60)); // spread over the whole table
    while (q.next())
        callers.append(q.value(0).toString());
    QTemporaryDir drafts;
    DraftStore store(drafts.path());
    MainWindow window(centre, store);
    window.resize(1440, 900);
    window.show();
    auto *panel = window.findChild<CallerPanel *>();
    QElapsedTimer wait;
    wait.start();
    while (!pbx.connected() || !window.findChild<QLabel *>(QStringLiteral("phoneLinkLabel"))->text().contains(u'('))
    {
        QApplication::processEvents(QEventLoop::AllEvents, 10);
        if (wait.elapsed() > 10000)
            qFatal("bench: the console did not log in to the loopback PBX");
    }
    QList<double> pops;
    for (int i = 0; i < callers.size(); ++i) {
        window.intake()->newCall();
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        pbx.ring(callers[i], i + 1);
        while (panel->matchCount() == 0) {
            QApplication::processEvents(QEventLoop::AllEvents);
            if (t.elapsed() > 5000)
                qFatal("bench: no screen pop for %s", qPrintable(callers[i]));
        }
        window.repaint(); // the record on screen
        pops.append(t.nsecsElapsed() / 1e6);
    }
    Row row;
    row.figure = QStringLiteral("screen pop: PBX event to the caller's record on screen, p95");
    row.measured = summarise(pops);
    row.target = 50;
    row.note = QStringLiteral("%1 calls on loopback, %2 customers").arg(pops.size()).arg(ScaleCentre::customers(quick));
    record(row);
}

} // namespace

int main(int argc, char *argv[])
{
    hotline::pinLocalZone();
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const auto centre = ScaleCentre::open(quick, false); // generated before any timing
    // A centre in use runs the SLA watch every few minutes (hotlinectl sla watch, or a
    // supervisor's console), so its breaches are on record before a console starts. A
    // freshly generated one has none: the first start recorded some 20,000 at once (2.1 s
    // instead of 0.8). The watch job is a process of its own, whose end writes its WAL into
    // the file: so does the checkpoint here.
    centre->setClock([] { return QDateTime::currentDateTime(); }); // as the consoles started below
    centre->setActor({0, QStringLiteral("sla-watch"), Role::Supervisor}); // R5: who records breaches
    SlaService(*centre).watch();
    centre->setActor({0, ScaleCentre::userName(), Role::Operator});
    centre->setClock([] { return QDateTime(ScaleCentre::kCallDay, QTime(7, 0)); });
    QSqlQuery(centre->database().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    QList<double> starts;
    QList<double> bare;
    for (int i = 0; i < (quick ? 3 : 10); ++i) {
        bare.append(processStart());
        starts.append(startConsole(quick, 0));
        if (qEnvironmentVariableIsSet("HOTLINE_BENCH_SLOW"))
            std::fprintf(stderr, "start %d: %.0f ms\n", i, starts.last());
    }
    Row start;
    start.figure = QStringLiteral("cold start to the painted window, logged in");
    start.measured = summarise(starts);
    start.target = 1000;
    start.baselineName = QStringLiteral("hotline --version");
    start.baseline = summarise(bare);
    start.note = QStringLiteral("new process each time, file cache warm; log-in includes the argon2id check");
    start.ifMissed = QStringLiteral(
        "profiled with perf on 3 M tickets (0.46 s of CPU): a third is reading pages, 36,000 of them for the "
        "supervisor's SLA watch over 17,500 open tickets and their customers (the generated open tickets are "
        "spread over the whole file; a centre's recent tickets lie together at its end); the argon2id check is "
        "13 %, loading the libraries 10 %. Fix: a bigger page cache for the console's connection (a third of "
        "those reads are pages read again), or the watch after the first paint on a connection of its own. A "
        "first start that records thousands of breaches at once (a centre whose watch never ran) takes 2 s");
    record(start);

    qint64 rss = 0;
    startConsole(quick, quick ? 1 : 5, &rss);
    Row memory;
    memory.figure = QStringLiteral("memory (RSS) idle");
    memory.unit = QStringLiteral("MB");
    memory.measured = Figure::one(rss / 1024.0);
    memory.target = 200;
    memory.note = QStringLiteral("after %1 s idle on the intake").arg(quick ? 1 : 5);
    record(memory);

    screenPop(*centre, quick);
    return 0;
}
