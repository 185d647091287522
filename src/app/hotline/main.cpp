// hotline: the service hotline console.
#include "AccountService.h"
#include "ArchiveWorkplace.h"
#include "Appearance.h"
#include "Centre.h"
#include "DatabaseSpec.h"
#include "DraftStore.h"
#include "IntakeWorkplace.h"
#include "LoginDialog.h"
#include "DispatchWorkplace.h"
#include "MainWindow.h"
#include "PlanPreviewDialog.h"
#include "LocalZone.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

using namespace hotline;

namespace {

// Offscreen rendering must be chosen before QApplication exists.
bool wantsScreenshot(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

// The offscreen platform says it cannot propagate size hints on every window; that is
// expected when rendering screenshots and drowns out real problems.
QtMessageHandler defaultHandler = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QStringLiteral("propagateSizeHints")))
        return;
    if (defaultHandler)
        defaultHandler(type, context, message);
}

int fail(bool gui, int code, const QString &message)
{
    std::fprintf(stderr, "hotline: %s\n", qPrintable(message));
    if (gui)
        QMessageBox::critical(nullptr, QObject::tr("Hotline"), message);
    return code;
}

// R26: who is at the console: the user given with --password-stdin (for automation), else
// the demo supervisor on a demo centre, else whoever logs in in the dialog.
// Returns -1 when logged in, else the exit code.
int logIn(Centre &centre, const QString &user, bool passwordOnStdin, bool screenshot)
{
    if (!passwordOnStdin && centre.logInDemoSupervisor())
        return -1;
    AccountService accounts(centre);
    if (accounts.needsFirstAdministrator())
        return fail(!screenshot, 1,
                    QObject::tr("This service centre has no users yet. Create the first administrator "
                                "with: hotlinectl --db %1 user add NAME --role admin")
                        .arg(centre.location().section(u' ', 1)));
    if (passwordOnStdin) {
        if (user.isEmpty())
            return fail(false, 2, QStringLiteral("--password-stdin needs --user NAME"));
        std::string line;
        std::getline(std::cin, line);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        accounts.logIn(user, QString::fromStdString(line));
        return -1;
    }
    if (screenshot)
        return fail(false, 2, QStringLiteral("this database is not a demo: give --user NAME --password-stdin"));
    LoginDialog dialog(centre);
    dialog.setUserName(user.isEmpty() ? qEnvironmentVariable("USER") : user);
    return dialog.exec() == QDialog::Accepted ? -1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    hotline::pinLocalZone();
    const bool screenshot = wantsScreenshot(argc, argv);
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (screenshot)
        defaultHandler = qInstallMessageHandler(quietOffscreen);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hotline"));
    QApplication::setOrganizationName(QStringLiteral("hotline"));
    QApplication::setApplicationVersion(QStringLiteral(HOTLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("After-sales service hotline console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Database: a SQLite file or postgresql://user@host:port/dbname "
                                               "(default: $HOTLINE_DB, else the desk's own file)"),
                                QStringLiteral("location"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Interface language: zh_CN or en (default: system)"),
                                  QStringLiteral("language"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QStringLiteral("Render a workplace offscreen to a PNG file and exit"),
                                  QStringLiteral("file.png"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("Workplace to open: intake, triage, dispatch, callbacks, archive"),
                                  QStringLiteral("name"), QStringLiteral("intake"));
    const QCommandLineOption caller(QStringLiteral("caller"),
                                    QStringLiteral("Open the intake for a call from this number (screen pop)"),
                                    QStringLiteral("number"));
    const QCommandLineOption ticket(QStringLiteral("ticket"),
                                    QStringLiteral("Open this ticket (a call not yet guided resumes its triage)"),
                                    QStringLiteral("number"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QStringLiteral("With --view archive: search the archive for this text"),
                                    QStringLiteral("text"));
    const QCommandLineOption dragPreview(
        QStringLiteral("drag-preview"),
        QStringLiteral("With --view dispatch: show the most urgent queued visit being dragged onto the "
                       "first engineer at HH:MM, with the verdict (for documentation screenshots)"),
        QStringLiteral("HH:MM"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Log in as this user"),
                                  QStringLiteral("name"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the password as one line from standard input"));
    const QCommandLineOption readyReport(
        QStringLiteral("ready-report"),
        QStringLiteral("For benchmarks: print 'ready' once the window is painted, then after this many idle seconds "
                       "the resident memory ('rss KB'), and exit"),
        QStringLiteral("seconds"));
    const QCommandLineOption suggest(QStringLiteral("suggest"),
                                     QStringLiteral("on the dispatch board: the best slots for the first queued visit "
                                                    "(for documentation screenshots)"));
    const QCommandLineOption planPreview(QStringLiteral("plan-preview"),
                                         QStringLiteral("with --screenshot: the planned day, as shown for review"));
    parser.addOptions({db, lang, shot, view, caller, ticket, search, dragPreview, suggest, planPreview, user,
                       passwordStdin, readyReport});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "hotline: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QString language = parser.value(lang);
    if (!language.isEmpty() && language != u"zh_CN" && language != u"en") {
        std::fprintf(stderr, "hotline: --lang: '%s' is not offered: use zh_CN or en\n",
                     qPrintable(language));
        return 2;
    }
    const auto chosenView = MainWindow::viewFromName(parser.value(view));
    if (!chosenView) {
        std::fprintf(stderr, "hotline: --view: '%s' is not a workplace: use %s\n",
                     qPrintable(parser.value(view)),
                     qPrintable(MainWindow::viewNames().join(QStringLiteral(", "))));
        return 2;
    }

    Appearance::apply(app);
    Appearance::installTranslation(app, language);

    QString error;
    const auto spec = DatabaseSpec::resolve(parser.value(db), &error);
    if (!spec)
        return fail(!screenshot, 2, QStringLiteral("--db: ") + error);
    std::unique_ptr<Centre> centre;
    try {
        centre = Centre::open(*spec);
    } catch (const CentreError &e) {
        return fail(!screenshot, 1, e.message());
    }
    // A screenshot must neither show nor touch the operator's own unsaved call.
    QTemporaryDir scratch;
    DraftStore drafts(screenshot ? scratch.path() : QString());
    std::unique_ptr<MainWindow> windowOwner;
    try {
        if (const int code = logIn(*centre, parser.value(user), parser.isSet(passwordStdin), screenshot); code >= 0)
            return code;
        windowOwner = std::make_unique<MainWindow>(*centre, drafts);
    } catch (const CentreError &e) {
        return fail(!screenshot, 1, e.message());
    }
    qint64 ticketId = 0;
    if (parser.isSet(ticket)) {
        bool ok = false;
        ticketId = QString(parser.value(ticket)).remove(u'#').toLongLong(&ok);
        if (!ok || ticketId <= 0)
            return fail(!screenshot, 2, QStringLiteral("--ticket: '%1' is not a ticket number").arg(parser.value(ticket)));
    }
    const QTime dragAt = QTime::fromString(parser.value(dragPreview), QStringLiteral("HH:mm"));
    if (parser.isSet(dragPreview) && !dragAt.isValid())
        return fail(!screenshot, 2, QStringLiteral("--drag-preview: use HH:MM, such as 10:00"));

    // Shown first: a workplace reads its data when it is shown.
    MainWindow &window = *windowOwner;
    window.showView(*chosenView);
    window.show();
    if (parser.isSet(caller))
        window.intake()->startCall(parser.value(caller));
    if (ticketId)
        window.intake()->openTicket(ticketId);
    if (parser.isSet(search)) {
        window.archive()->searchBox()->setText(parser.value(search));
        window.archive()->search();
    }
    if (parser.isSet(dragPreview))
        window.dispatch()->previewDrag(dragAt);
    if (parser.isSet(suggest))
        window.dispatch()->suggestForFirstQueued();
    if (screenshot && parser.isSet(planPreview)) {
        const QString file = parser.value(shot);
        bool saved = false;
        window.dispatch()->askApplyPlan = [&](PlanPreviewDialog &dialog) {
            dialog.show();
            QApplication::processEvents();
            saved = dialog.grab().save(file, "PNG");
            return false;
        };
        window.dispatch()->planDay();
        if (!saved)
            return fail(false, 1, QStringLiteral("no plan to show (is the queue empty?), or cannot write %1").arg(file));
        std::printf("%s\n", qPrintable(file));
        return 0;
    }
    if (screenshot) {
        QApplication::processEvents();
        const QString file = parser.value(shot);
        if (!window.grab().save(file, "PNG"))
            return fail(false, 1, QStringLiteral("cannot write the screenshot to %1").arg(file));
        std::printf("%s\n", qPrintable(file));
        return 0;
    }
    if (parser.isSet(readyReport)) {
        QApplication::processEvents();
        window.repaint();
        std::printf("ready\n");
        std::fflush(stdout);
        QTimer::singleShot(parser.value(readyReport).toInt() * 1000, &app, [] {
            QFile status(QStringLiteral("/proc/self/status"));
            QByteArray rss = "0";
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmRSS:"))
                        rss = line.mid(6).trimmed().split(' ').value(0);
                }
            }
            std::printf("rss %s\n", rss.constData());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
