#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace hotline {

class Centre;

// R26: who is at this console. Stays open until the log-in succeeds or is cancelled; a
// refusal is shown in the dialog, the user name kept and the password cleared.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Centre &centre, QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setUserName(const QString &login);

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    Centre &m_centre;
};

} // namespace hotline
