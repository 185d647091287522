#pragma once

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace hotline::test {

// Types into a widget as an operator does: Latin text as key presses, Chinese as an input
// method commits it, a phrase at a time. A completer popup left open would take the next
// key (Ctrl+S) on a slow machine; the operator moves on, and so does the test.
inline void typeText(QWidget *w, const QString &text)
{
    w->setFocus();
    QString phrase;
    auto commit = [&] {
        if (phrase.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(phrase);
        QApplication::sendEvent(w, &event);
        phrase.clear();
    };
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            commit();
            QTest::keyClick(w, char(c.unicode()));
        } else {
            phrase.append(c);
        }
    }
    commit();
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
}

} // namespace hotline::test
