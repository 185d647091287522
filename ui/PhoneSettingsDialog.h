#pragma once

#include "PhoneLink.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace hotline {

// File → Phone settings: this console's PBX link (host, AMI account, the operator's phone).
class PhoneSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PhoneSettingsDialog(const PhoneLink::Settings &settings, QWidget *parent = nullptr);
    PhoneLink::Settings settings() const;

private:
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_interface = nullptr;
    QLineEdit *m_context = nullptr;
};

} // namespace hotline
