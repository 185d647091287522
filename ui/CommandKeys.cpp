#include "CommandKeys.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace hotline {

CommandKeys::CommandKeys(QWidget *window, QList<QKeySequence> keys)
    : QObject(window)
    , m_window(window)
    , m_keys(std::move(keys))
{
    qApp->installEventFilter(this);
}

bool CommandKeys::eventFilter(QObject *watched, QEvent *event)
{
    // A text field that accepts ShortcutOverride keeps the key. Left unaccepted (and kept
    // from the field), the key goes to the window's shortcut.
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
    if (!m_keys.contains(pressed))
        return false;
    event->ignore();
    return true;
}

} // namespace hotline
