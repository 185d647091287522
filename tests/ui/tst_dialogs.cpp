// The small dialogs, driven as an operator would: the log-in (R26) keeps the user name and
// clears the password on a refusal, says why, and lets the right password in; the phone
// settings give back what was typed; the tickets behind a dashboard figure open with Enter.
// With HOTLINE_SHOTS set to a folder, each dialog is also saved there as a PNG, in the
// language of HOTLINE_SHOTS_LANG (zh_CN or en), to be looked at.
#include "AccountService.h"
#include "Appearance.h"
#include "Centre.h"
#include "LoginDialog.h"
#include "PhoneSettingsDialog.h"
#include "TestDatabase.h"
#include "TicketsBehindDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace hotline;

class DialogsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void logInRefusedThenAccepted();
    void phoneSettingsRoundTrip();
    void ticketsBehindOpenWithEnter();

private:
    static void shoot(QWidget *w, const char *name);
};

void DialogsTest::initTestCase()
{
    Appearance::apply(*qApp);
    Appearance::installTranslation(*qApp, qEnvironmentVariable("HOTLINE_SHOTS_LANG", QStringLiteral("en")));
}

void DialogsTest::shoot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("HOTLINE_SHOTS");
    if (dir.isEmpty())
        return;
    w->grab().save(dir + QStringLiteral("/%1-%2.png").arg(QLatin1String(name),
                                                          qEnvironmentVariable("HOTLINE_SHOTS_LANG", QStringLiteral("en"))));
}

void DialogsTest::logInRefusedThenAccepted()
{
    test::TestDatabase tdb;
    auto centre = Centre::open(tdb.spec());
    centre->actAsCommandLine();
    AccountService(*centre).addUser(QStringLiteral("admin"), {}, Role::Admin, QStringLiteral("correct horse 7"));
    AccountService(*centre).addUser(QStringLiteral("lina"), QStringLiteral("李娜"), Role::Operator,
                                    QStringLiteral("correct horse 7"));
    centre->setActor({});
    LoginDialog dialog(*centre);
    dialog.setUserName(QStringLiteral("lina"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QCOMPARE(QApplication::focusWidget(), password); // the name is known: straight to the password
    QTest::keyClicks(password, QStringLiteral("not it"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(user->text(), QStringLiteral("lina"));
    QVERIFY(password->text().isEmpty());
    shoot(&dialog, "login-refused");
    QTest::keyClicks(password, QStringLiteral("correct horse 7"));
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(centre->actor().name, QStringLiteral("李娜"));
}

void DialogsTest::phoneSettingsRoundTrip()
{
    PhoneLink::Settings s;
    s.host = QStringLiteral("pbx.local");
    s.port = 5039;
    s.user = QStringLiteral("hotline");
    s.secret = QStringLiteral("s3cret");
    s.agentInterface = QStringLiteral("PJSIP/agent7");
    PhoneSettingsDialog dialog(s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    shoot(&dialog, "phone-settings");
    auto *host = dialog.findChildren<QLineEdit *>().first();
    host->clear();
    QTest::keyClicks(host, QStringLiteral("  10.0.0.5 "));
    const PhoneLink::Settings back = dialog.settings();
    QCOMPARE(back.host, QStringLiteral("10.0.0.5"));
    QCOMPARE(back.port, quint16(5039));
    QCOMPARE(back.secret, QStringLiteral("s3cret"));
    QCOMPARE(back.agentInterface, QStringLiteral("PJSIP/agent7"));
    QVERIFY(back.complete());
}

void DialogsTest::ticketsBehindOpenWithEnter()
{
    QList<TicketSummary> tickets;
    for (qint64 id : {12, 7}) {
        TicketSummary t;
        t.id = id;
        t.customerName = QStringLiteral("顾客%1").arg(id);
        t.modelCode = QStringLiteral("WM-D8012");
        t.fault = QStringLiteral("脱水时剧烈晃动");
        t.createdAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0));
        tickets.append(t);
    }
    TicketsBehindDialog dialog(QStringLiteral("Visit in 24 h: Missed"), tickets);
    QSignalSpy open(&dialog, &TicketsBehindDialog::openRequested);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    shoot(&dialog, "tickets-behind");
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("ticketsBehind"));
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toLongLong(), 7);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(DialogsTest)
#include "tst_dialogs.moc"
