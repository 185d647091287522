// The intake workplace driven as an operator drives it: QTest key events into a real window
// on a real (SQLite) database with the demo centre in it.
#include "ArchiveWorkplace.h"
#include "Centre.h"
#include "TicketListModel.h"
#include "DemoCentre.h"
#include "DraftStore.h"
#include "IntakeService.h"
#include "IntakeWorkplace.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "TypeText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hotline;

class IntakeWorkplaceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typesAFullIntakeAndSavesWithCtrlS();
    void flagsDoubtfulDataInlineWhileTyping();
    void impossibleDateBlocksSaveAndKeepsEverything();
    void returningCallerFillsTheForm();
    void warrantyAndConsent();
    void draftRecoveredAfterWindowDestroyed();
    void draftOnDiskBeforeAnyShutdown();
    void archiveSearchAsYouTypeOpensTheTicket();

private:
    template<typename T> T *field(const char *name) const
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    void type(QWidget *w, const QString &text) { test::typeText(w, text); }
    void openWindow();

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Centre> m_centre;
    std::unique_ptr<QTemporaryDir> m_draftDir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<MainWindow> m_window;
};

void IntakeWorkplaceTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void IntakeWorkplaceTest::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    m_centre = Centre::open(m_tdb->spec());
    m_centre->setClock([] { return QDateTime(QDate(2026, 11, 23), QTime(10, 0)); });
    DemoCentre::seed(*m_centre, 5);
    QVERIFY(m_centre->logInDemoSupervisor());
    m_draftDir = std::make_unique<QTemporaryDir>();
    m_drafts = std::make_unique<DraftStore>(m_draftDir->path());
    openWindow();
}

void IntakeWorkplaceTest::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_centre, *m_drafts);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void IntakeWorkplaceTest::cleanup()
{
    m_window.reset();
    m_drafts.reset();
    m_draftDir.reset();
    m_centre.reset();
    m_tdb.reset();
}

void IntakeWorkplaceTest::typesAFullIntakeAndSavesWithCtrlS()
{
    QSignalSpy saved(m_window->intake(), &IntakeWorkplace::ticketSaved);
    type(field<QLineEdit>("phoneEdit"), QStringLiteral("139-1777-2233"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // to "preferred"
    type(field<QLineEdit>("nameEdit"), QStringLiteral("欧阳明"));
    type(field<QLineEdit>("addressEdit"), QStringLiteral("上海市静安区南京西路1266号2座1203室"));
    type(field<QComboBox>("modelCombo")->lineEdit(), QStringLiteral("AC-K35G"));
    type(field<QLineEdit>("serialEdit"), QStringLiteral("AC25123456"));
    type(field<QLineEdit>("purchaseDateEdit"), QStringLiteral("2025-06-18"));
    type(field<QPlainTextEdit>("faultEdit"), QStringLiteral("开机后只吹风不制冷，外机不转"));
    type(field<QLineEdit>("preferredTimeEdit"), QStringLiteral("工作日下午"));

    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    const qint64 id = saved.first().first().toLongLong();

    // The ticket is in the database with what was typed.
    IntakeService intake(*m_centre);
    const auto ticket = intake.ticket(id);
    QVERIFY(ticket);
    QCOMPARE(ticket->customerName, QStringLiteral("欧阳明"));
    QCOMPARE(ticket->modelCode, QStringLiteral("AC-K35G"));
    QCOMPARE(ticket->fault, QStringLiteral("开机后只吹风不制冷，外机不转"));
    QVERIFY2(ticket->toVerify.isEmpty(), qPrintable(ticket->toVerify.join(u',')));
    QCOMPARE(intake.findCaller(QStringLiteral("+8613917772233")).first().customer.id, ticket->customerId);
    // The ticket stays in view, read-only, with its number to read out, while triage starts.
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("欧阳明"));
    QVERIFY(!field<QLineEdit>("nameEdit")->isEnabled());
    QVERIFY(field<QLabel>("saveStatus")->text().contains(TicketSummary::displayNumber(id)));
    QCOMPARE(m_window->intake()->ticketInTriage(), id);
    // Still on the phone with this customer: another ring does not take the guided call away.
    QVERIFY(m_window->intake()->isTakingCall());
    QVERIFY(!m_drafts->load());
    // Ctrl+N: the next call gets an empty form.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(field<QLineEdit>("nameEdit")->text().isEmpty());
    QVERIFY(field<QLineEdit>("nameEdit")->isEnabled());
    QCOMPARE(m_window->intake()->ticketInTriage(), 0);
    QVERIFY(!m_window->intake()->isTakingCall());
}

void IntakeWorkplaceTest::flagsDoubtfulDataInlineWhileTyping()
{
    // R2: flagged inline as it is typed.
    auto *hint = field<QLabel>("phoneHint");
    QVERIFY(hint->isHidden());
    type(field<QLineEdit>("phoneEdit"), QStringLiteral("12345"));
    QVERIFY(!hint->isHidden());
    QVERIFY(hint->text().contains(QStringLiteral("12345")));
    QTest::keyClicks(field<QLineEdit>("phoneEdit"), QStringLiteral("678901")); // 12345678901: still not valid
    type(field<QPlainTextEdit>("faultEdit"), QStringLiteral("坏了"));
    QVERIFY(!field<QLabel>("faultHint")->isHidden());
    // The side list shows everything the ticket would carry.
    auto *list = field<QListWidget>("toVerifyList");
    QStringList codes;
    for (int i = 0; i < list->count(); ++i)
        codes.append(list->item(i)->data(Qt::UserRole).toString());
    QVERIFY(codes.contains(QStringLiteral("phone_invalid")));
    QVERIFY(codes.contains(QStringLiteral("fault_vague")));
    QVERIFY(codes.contains(QStringLiteral("name_missing")));
    // Correcting the number clears its flag.
    field<QLineEdit>("phoneEdit")->clear();
    type(field<QLineEdit>("phoneEdit"), QStringLiteral("13917772233"));
    QVERIFY(hint->isHidden());
}

void IntakeWorkplaceTest::impossibleDateBlocksSaveAndKeepsEverything()
{
    QSignalSpy saved(m_window->intake(), &IntakeWorkplace::ticketSaved);
    type(field<QLineEdit>("nameEdit"), QStringLiteral("刘洋"));
    type(field<QLineEdit>("purchaseDateEdit"), QStringLiteral("2027-02-30"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!field<QLabel>("purchaseDateHint")->isHidden());
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("刘洋"));
    QCOMPARE(field<QLineEdit>("purchaseDateEdit")->text(), QStringLiteral("2027-02-30"));
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>("purchaseDateEdit"));
    // Corrected, it saves.
    field<QLineEdit>("purchaseDateEdit")->clear();
    type(field<QLineEdit>("purchaseDateEdit"), QStringLiteral("2026-02-28"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
}

void IntakeWorkplaceTest::returningCallerFillsTheForm()
{
    // R3: typing the number finds the customer while the call is live; Ctrl+U takes them.
    type(field<QLineEdit>("phoneEdit"), QStringLiteral("+86 138 0013 8000"));
    QTRY_COMPARE(field<QLabel>("matchHeadline")->isVisible(), true);
    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::ControlModifier);
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("张伟"));
    QVERIFY(!field<QLineEdit>("addressEdit")->text().isEmpty());
    QCOMPARE(field<QLineEdit>("otherPhoneEdit")->text(), QStringLiteral("021-6234 5678"));
    // Their only unit is taken too: model, serial and purchase date.
    QCOMPARE(m_window->intake()->draft().modelCode, QStringLiteral("WM-D8012"));
    QCOMPARE(field<QLineEdit>("serialEdit")->text(), QStringLiteral("WM23518842"));
    QVERIFY(!field<QLineEdit>("purchaseDateEdit")->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), field<QPlainTextEdit>("faultEdit"));
    QVERIFY(m_window->intake()->draft().customerId > 0);
}

void IntakeWorkplaceTest::warrantyAndConsent()
{
    // R4: worked out as soon as model and purchase date are known; "today" is 2026-11-23.
    auto *consent = field<QCheckBox>("consentCheck");
    auto *warranty = field<QLabel>("warrantyLabel");
    type(field<QComboBox>("modelCombo")->lineEdit(), QStringLiteral("PR-L2208")); // 12 months
    QVERIFY(!consent->isEnabled());
    type(field<QLineEdit>("purchaseDateEdit"), QStringLiteral("2025-11-24")); // covered to 11-23
    QVERIFY2(warranty->text().contains(QStringLiteral("In warranty")), qPrintable(warranty->text()));
    QVERIFY(!consent->isEnabled());

    field<QLineEdit>("purchaseDateEdit")->clear();
    type(field<QLineEdit>("purchaseDateEdit"), QStringLiteral("2025-11-23")); // covered to 11-22
    QVERIFY2(warranty->text().contains(QStringLiteral("Out of warranty")), qPrintable(warranty->text()));
    QVERIFY(consent->isEnabled());
    QVERIFY(!field<QLabel>("consentHint")->isHidden());
    consent->setFocus();
    QTest::keyClick(consent, Qt::Key_Space);
    QVERIFY(consent->isChecked());
    QVERIFY(field<QLabel>("consentHint")->isHidden());
}

void IntakeWorkplaceTest::draftRecoveredAfterWindowDestroyed()
{
    type(field<QLineEdit>("phoneEdit"), QStringLiteral("13917772233"));
    type(field<QLineEdit>("nameEdit"), QStringLiteral("未保存的客户"));
    type(field<QPlainTextEdit>("faultEdit"), QStringLiteral("冰箱冷藏室不冷，已经两天了"));
    const IntakeDraft typed = m_window->intake()->draft();
    m_window.reset(); // closed without saving, before the autosave timer fired

    openWindow();
    QVERIFY(m_window->intake()->recoveryOffered());
    QCOMPARE(m_window->intake()->draft(), typed);
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("未保存的客户"));
}

void IntakeWorkplaceTest::draftOnDiskBeforeAnyShutdown()
{
    // A crash gives no chance to save: the autosave must already have written it.
    type(field<QLineEdit>("nameEdit"), QStringLiteral("断电前的客户"));
    QTRY_VERIFY(DraftStore(m_draftDir->path()).load().has_value());
    QCOMPARE(DraftStore(m_draftDir->path()).load()->draft.name, QStringLiteral("断电前的客户"));
}

void IntakeWorkplaceTest::archiveSearchAsYouTypeOpensTheTicket()
{
    // R22: Ctrl+5, type a serial, Enter twice: the old ticket opens beside the intake form.
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    auto *box = field<QLineEdit>("archiveSearch");
    type(box, QStringLiteral("WM23518842"));
    auto *results = m_window->findChild<ArchiveWorkplace *>()->results();
    QTRY_VERIFY(results->rowCount() >= 2); // both of 张伟's tickets on that washer
    QCOMPARE(results->ticketAt(0)->customerName, QStringLiteral("张伟"));
    const qint64 id = results->ticketAt(0)->id;
    QTest::keyClick(box, Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("张伟"));
    QVERIFY(field<QLabel>("saveStatus")->text().contains(TicketSummary::displayNumber(id)));
}

QTEST_MAIN(IntakeWorkplaceTest)
#include "tst_intakeworkplace.moc"
