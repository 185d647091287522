#include "LoginDialog.h"

#include "AccountService.h"
#include "Centre.h"
#include "ui_LoginDialog.h"

#include <QPushButton>

namespace hotline {

LoginDialog::LoginDialog(Centre &centre, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_centre(centre)
{
    m_ui->setupUi(this);
    m_ui->centreLabel->setText(tr("Service centre: %1").arg(centre.location()));
    m_ui->messageLabel->hide();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_ui->userEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUserName(const QString &login)
{
    m_ui->userEdit->setText(login);
    if (!login.isEmpty())
        m_ui->passwordEdit->setFocus();
}

void LoginDialog::accept()
{
    if (m_ui->userEdit->text().trimmed().isEmpty()) {
        m_ui->messageLabel->setText(tr("Type your user name."));
        m_ui->messageLabel->show();
        m_ui->userEdit->setFocus();
        return;
    }
    try {
        AccountService(m_centre).logIn(m_ui->userEdit->text(), m_ui->passwordEdit->text());
    } catch (const CentreError &e) {
        m_ui->messageLabel->setText(e.message());
        m_ui->messageLabel->show();
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace hotline
