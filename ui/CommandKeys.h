#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QWidget;

namespace hotline {

// The console's command keys (Ctrl+D call, Ctrl+U use this customer) must work while the
// operator types. On an X11 desktop a text field claims Ctrl+U as an editing key (delete
// to the start of the line); inside the console window these keys stay commands. Dialogs
// and other windows keep the text field's own meaning.
class CommandKeys final : public QObject
{
    Q_DISABLE_COPY_MOVE(CommandKeys)

public:
    // The keys themselves, one definition for every workplace that offers the command.
    static QKeySequence dial() { return QKeySequence(Qt::CTRL | Qt::Key_D); }
    static QKeySequence useCustomer() { return QKeySequence(Qt::CTRL | Qt::Key_U); }

    CommandKeys(QWidget *window, QList<QKeySequence> keys);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QList<QKeySequence> m_keys;
};

} // namespace hotline
