#pragma once

#include <QShowEvent>
#include <QWidget>

namespace hotline {

// A workplace behind one of the main window's tabs. It reads its data when it is shown, not
// when it is built: a console starts without querying the tabs nobody looks at, and a tab
// shows what is current each time the operator turns to it. (Showing the window again after
// it was minimised is not a new look: no reload.)
class Workplace : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    virtual void reloadOnShow() = 0;
    void showEvent(QShowEvent *event) override
    {
        QWidget::showEvent(event);
        if (!event->spontaneous())
            reloadOnShow();
    }
};

} // namespace hotline
