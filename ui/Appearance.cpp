#include "Appearance.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace hotline::Appearance {

namespace {

const char *kStyleSheet = R"(
QLabel#demoBanner { background: #fff4ce; color: #5c4400; padding: 5px 14px;
                    border-bottom: 1px solid #e8d48a; }
QLabel#panelTitle { font-weight: 600; font-size: 11pt; color: #1f3a5f; padding: 6px 0 2px 0; }
QLabel#sectionLabel { font-weight: 600; color: #44546a; padding-top: 4px; }
QLabel#matchHeadline { color: #0b6b3a; font-weight: 600; }
QLabel#panelPrompt { color: #5b6675; padding: 8px; background: #f4f6f9; border-radius: 4px; }
QGroupBox { font-weight: 600; color: #1f3a5f; border: 1px solid #d5dbe3; border-radius: 6px;
            margin-top: 12px; padding: 10px 8px 6px 8px; background: #fbfcfd; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QLabel[role="hint"][hint="verify"] { color: #8a5300; }
QLabel[role="hint"][hint="impossible"] { color: #b3261e; font-weight: 600; }
QLabel[hint="ok"] { color: #0b6b3a; }
QToolButton#slaStatus[hint="ok"] { color: #0b6b3a; }
QToolButton#slaStatus[hint="verify"] { color: #8a5300; font-weight: 600; }
QToolButton#slaStatus[hint="impossible"] { color: #b3261e; font-weight: 600; }
QLabel[hint="verify"] { color: #8a5300; }
QLabel[hint="impossible"] { color: #b3261e; font-weight: 600; }
QLineEdit[hint="verify"], QComboBox[hint="verify"], QPlainTextEdit[hint="verify"] {
    border: 1px solid #d99a29; background: #fffaf0; }
QLineEdit[hint="impossible"], QComboBox[hint="impossible"], QPlainTextEdit[hint="impossible"] {
    border: 2px solid #b3261e; background: #fff5f4; }
QFrame#recoveryBanner { background: #e8f1fd; border: 1px solid #9dbfe9; border-radius: 6px; }
QListWidget#toVerifyList { background: #fffdf7; border: 1px solid #eadcb8; }
QLabel#placeholderTitle { font-size: 20pt; font-weight: 600; color: #1f3a5f; }
QLabel#placeholderBadge { color: #8a5300; font-weight: 600; padding: 6px; }
QLabel#placeholderText { color: #5b6675; font-size: 11pt; }
QLabel#triageText { font-size: 13pt; font-weight: 600; color: #17263a; padding: 6px 2px; }
QLabel#sayPhrase { background: #eef6ee; border-left: 4px solid #3c8d4f; padding: 6px 8px;
                   color: #1e4d2b; }
QLabel#expectText { color: #44546a; font-style: italic; padding: 2px; }
QLabel#outcomeText { font-size: 12pt; padding: 6px 2px; }
QLabel#triageResult { font-size: 12pt; font-weight: 600; color: #0b6b3a; padding: 8px 2px; }
QLabel#handoffClock { font-size: 12pt; color: #8a5300; font-weight: 600; }
QPushButton[role="answer"] { text-align: left; padding: 9px 14px; font-size: 11pt; }
QTabBar::tab { padding: 7px 18px; }
QTabBar::tab:selected { font-weight: 600; }
QPushButton { padding: 5px 14px; }
)";

} // namespace

void apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = app.style()->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf2, 0xf4, 0xf7));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf7, 0xfa));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xdb));
    // A locked (saved) form shows what was taken, not the hints for typing it.
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, Qt::transparent);
    app.setPalette(p);

    // Chinese and Latin text in one face, large enough to read all day.
    QFont font = app.font();
    const QStringList families = QFontDatabase::families();
    for (const char *wanted : {"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Noto Sans"}) {
        if (families.contains(QString::fromLatin1(wanted))) {
            font.setFamilies({QString::fromLatin1(wanted)});
            break;
        }
    }
    font.setPointSizeF(10.5);
    app.setFont(font);
    app.setStyleSheet(QString::fromLatin1(kStyleSheet));
}

QString installTranslation(QCoreApplication &app, const QString &language)
{
    const QLocale asked = language.isEmpty() ? QLocale::system() : QLocale(language);
    const bool chinese = asked.language() == QLocale::Chinese;
    const QLocale locale = chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                   : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // English is the source language; its file carries the plural forms.
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("hotline"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    if (chinese) {
        // Qt's own dialogs and context menus.
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
    }
    return chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace hotline::Appearance
