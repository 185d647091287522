#include "PhoneSettingsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hotline {

PhoneSettingsDialog::PhoneSettingsDialog(const PhoneLink::Settings &s, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Phone settings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The PBX's manager interface (Asterisk AMI) and this operator's own phone. "
                                "Leave the host empty to work without a phone link."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_host = new QLineEdit(s.host, this);
    m_host->setPlaceholderText(QStringLiteral("pbx.example.local"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(s.port);
    m_user = new QLineEdit(s.user, this);
    m_secret = new QLineEdit(s.secret, this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_interface = new QLineEdit(s.agentInterface, this);
    m_interface->setPlaceholderText(QStringLiteral("PJSIP/agent1"));
    m_context = new QLineEdit(s.dialContext, this);
    form->addRow(tr("PBX &host"), m_host);
    form->addRow(tr("AMI &port"), m_port);
    form->addRow(tr("AMI &user"), m_user);
    form->addRow(tr("AMI &secret"), m_secret);
    form->addRow(tr("My &phone (interface)"), m_interface);
    form->addRow(tr("&Dial context"), m_context);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The secret is kept in %1, readable only by you.").arg(PhoneLink::secretFile()), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PhoneLink::Settings PhoneSettingsDialog::settings() const
{
    PhoneLink::Settings s;
    s.host = m_host->text().trimmed();
    s.port = quint16(m_port->value());
    s.user = m_user->text().trimmed();
    s.secret = m_secret->text();
    s.agentInterface = m_interface->text().trimmed();
    s.dialContext = m_context->text().trimmed();
    return s;
}

} // namespace hotline
