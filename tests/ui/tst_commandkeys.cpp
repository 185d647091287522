// The console's command keys work while the operator types. On an X11 desktop a text field
// claims Ctrl+U (delete to the start of the line) for itself, so without care "use this
// customer" would wipe the number the operator just typed into the phone field.
// This test runs on a real X server (Xvfb, platform xcb), where those bindings exist. That
// the keys then place the call and take the customer is tested offscreen (tst_clicktodial,
// tst_intakeworkplace).
#include "Centre.h"
#include "DemoCentre.h"
#include "DraftStore.h"
#include "IntakeWorkplace.h"
#include "MainWindow.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hotline;

class CommandKeysTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commandKeysWinOverTheTextField();
};

void CommandKeysTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY2(QKeySequence::keyBindings(QKeySequence::DeleteCompleteLine).contains(QKeySequence(Qt::CTRL | Qt::Key_U)),
             "this test needs the X11 key bindings");
}

namespace {
// What the shortcut machinery asks the focused widget before a key becomes a shortcut:
// true when the widget keeps the key for itself.
bool fieldKeeps(QWidget *field, Qt::Key key)
{
    QKeyEvent ask(QEvent::ShortcutOverride, key, Qt::ControlModifier);
    ask.ignore();
    QApplication::sendEvent(field, &ask);
    return ask.isAccepted();
}
} // namespace

void CommandKeysTest::commandKeysWinOverTheTextField()
{
    test::TestDatabase tdb;
    auto centre = Centre::open(tdb.spec());
    DemoCentre::seed(*centre, 2);
    QVERIFY(centre->logInDemoSupervisor());
    QTemporaryDir drafts;
    DraftStore store(drafts.path());
    MainWindow window(*centre, store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *phone = window.intake()->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
    QVERIFY(phone);
    phone->setText(QStringLiteral("13812345678"));
    phone->setCursorPosition(3);

    // Another window's text field keeps X11's meaning: the bindings are there to win over.
    QLineEdit elsewhere(QStringLiteral("13812345678"));
    elsewhere.setCursorPosition(3);
    QVERIFY(fieldKeeps(&elsewhere, Qt::Key_U));

    // In the console the keys go on to its commands: call back, use this customer.
    QVERIFY(!fieldKeeps(phone, Qt::Key_D));
    QVERIFY2(!fieldKeeps(phone, Qt::Key_U), "Ctrl+U would wipe the number instead of taking the customer");
    QCOMPARE(phone->text(), QStringLiteral("13812345678"));
    QVERIFY2(fieldKeeps(phone, Qt::Key_A), "other editing keys stay the field's");
}

QTEST_MAIN(CommandKeysTest)
#include "tst_commandkeys.moc"
