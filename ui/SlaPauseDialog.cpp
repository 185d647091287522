#include "SlaPauseDialog.h"

#include "SlaClock.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hotline {

SlaPauseDialog::SlaPauseDialog(const QString &customer, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Pause the SLA clocks"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The 24 h and 48 h clocks of %1's ticket stand until you resume them. "
                                "The pause is recorded on the ticket.")
                                 .arg(customer),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto *parts = new QRadioButton(tr("Waiting for &parts"), this);
    parts->setObjectName(QStringLiteral("reasonParts"));
    auto *waitCustomer = new QRadioButton(tr("Waiting for the &customer"), this);
    waitCustomer->setObjectName(QStringLiteral("reasonCustomer"));
    m_reasons = new QButtonGroup(this);
    m_reasons->addButton(parts);
    m_reasons->addButton(waitCustomer);
    auto *reasons = new QVBoxLayout;
    reasons->addWidget(parts);
    reasons->addWidget(waitCustomer);
    form->addRow(tr("Reason:"), reasons);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("pauseNote"));
    m_note->setPlaceholderText(tr("e.g. compressor ordered, due Thursday"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Pause"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(buttons);
    // A reason is needed before the clocks may stand.
    connect(m_reasons, &QButtonGroup::buttonToggled, this,
            [buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SlaPauseDialog::reason() const
{
    if (!m_reasons->checkedButton())
        return {};
    return m_reasons->checkedButton()->objectName() == u"reasonParts" ? SlaPause::kParts : SlaPause::kCustomer;
}

QString SlaPauseDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace hotline
