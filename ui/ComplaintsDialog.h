#pragma once

#include <QDialog>

class QListWidget;
class QPlainTextEdit;
class QLabel;

namespace hotline {

class CallbackService;

// R24: the open complaints, escalated first, for the supervisor to resolve in writing.
class ComplaintsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ComplaintsDialog(CallbackService &callbacks, QWidget *parent = nullptr);

    // Also called by live updates; the selected complaint and the typed resolution stay.
    void reload();

private:
    void showSelected();
    void resolve();

    CallbackService &m_callbacks;
    QListWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QPlainTextEdit *m_resolution = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace hotline
