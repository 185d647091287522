#include "VisitResultDialog.h"

#include "ui_VisitResultDialog.h"

namespace hotline {

VisitResultDialog::VisitResultDialog(const BoardVisit &visit, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VisitResultDialog>())
    , m_visit(visit)
{
    m_ui->setupUi(this);
    using O = DispatchService::VisitOutcome;
    m_ui->resultCombo->addItem(tr("Fixed on site"), int(O::FixedOnSite));
    m_ui->resultCombo->addItem(tr("Needs parts"), int(O::NeedsParts));
    m_ui->resultCombo->addItem(tr("Taken in for repair (loaner left)"), int(O::TakenIn));
    m_ui->resultCombo->addItem(tr("Not fixed: second visit needed"), int(O::SecondVisit));
    m_ui->resultCombo->addItem(tr("Customer absent: note left, rebook"), int(O::CustomerAbsent));
    m_ui->visitLabel->setText(QStringLiteral("<b>%1</b> · %2 · %3–%4<br>%5 · %6")
                                  .arg(visit.customerName.toHtmlEscaped(), visit.district.toHtmlEscaped(),
                                       visit.start.toString(QStringLiteral("HH:mm")),
                                       visit.end.toString(QStringLiteral("HH:mm")),
                                       visit.modelCode.toHtmlEscaped(), visit.fault.toHtmlEscaped()));
}

VisitResultDialog::~VisitResultDialog() = default;

DispatchService::VisitReport VisitResultDialog::report() const
{
    DispatchService::VisitReport r;
    r.visitId = m_visit.id;
    r.expectedVersion = m_visit.version;
    r.outcome = DispatchService::VisitOutcome(m_ui->resultCombo->currentData().toInt());
    r.testedOnSite = m_ui->testedCheck->isChecked();
    r.parts = m_ui->partsEdit->text();
    r.chargeFen = qRound64(m_ui->chargeSpin->value() * 100);
    r.customerSigned = m_ui->signedCheck->isChecked();
    r.ratingQuality = m_ui->qualitySpin->value();
    r.ratingAttitude = m_ui->attitudeSpin->value();
    r.note = m_ui->noteEdit->toPlainText();
    return r;
}

} // namespace hotline
