#include "IntakeWorkplace.h"

#include "CallerPanel.h"
#include "CommandKeys.h"
#include "DraftStore.h"
#include "FieldHint.h"
#include "TriagePanel.h"
#include "ui_IntakeForm.h"

#include "Centre.h"

#include <QCompleter>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>

namespace hotline {

namespace {
constexpr int kAutosaveMs = 400;
constexpr int kLookupMs = 250;
} // namespace

IntakeWorkplace::IntakeWorkplace(IntakeService &intake, TriageService &triage, DraftStore &drafts,
                                 QWidget *parent)
    : Workplace(parent)
    , m_intake(intake)
    , m_drafts(drafts)
    , m_ui(std::make_unique<Ui::IntakeForm>())
{
    setObjectName(QStringLiteral("intakeWorkplace"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 10);

    // Crash recovery banner (shown when an unsaved call was found at start).
    m_recovery = new QFrame(this);
    m_recovery->setObjectName(QStringLiteral("recoveryBanner"));
    auto *bannerLayout = new QHBoxLayout(m_recovery);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    m_recoveryText = new QLabel(m_recovery);
    m_recoveryText->setWordWrap(true);
    bannerLayout->addWidget(m_recoveryText, 1);
    auto *keep = new QPushButton(tr("&Keep it"), m_recovery);
    auto *discard = new QPushButton(tr("&Discard"), m_recovery);
    bannerLayout->addWidget(keep);
    bannerLayout->addWidget(discard);
    m_recovery->hide();
    outer->addWidget(m_recovery);
    connect(keep, &QPushButton::clicked, m_recovery, &QWidget::hide);
    connect(discard, &QPushButton::clicked, this, [this] {
        m_recovery->hide();
        newCall();
    });

    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    outer->addLayout(columns, 1);

    m_formHost = new QWidget;
    m_ui->setupUi(m_formHost);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    columns->addWidget(scroll, 3);

    // Beside the form: the caller's history while taking the call, then the guided triage.
    m_side = new QStackedWidget(this);
    auto *side = new QWidget(m_side);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_caller = new CallerPanel(side);
    sideLayout->addWidget(m_caller, 3);
    m_toVerifyTitle = new QLabel(tr("To verify"), side);
    m_toVerifyTitle->setObjectName(QStringLiteral("panelTitle"));
    sideLayout->addWidget(m_toVerifyTitle);
    m_toVerify = new QListWidget(side);
    m_toVerify->setObjectName(QStringLiteral("toVerifyList"));
    m_toVerify->setFocusPolicy(Qt::NoFocus);
    m_toVerify->setWordWrap(true);
    sideLayout->addWidget(m_toVerify, 1);
    m_side->addWidget(side);
    m_triagePanel = new TriagePanel(triage, m_side);
    m_side->addWidget(m_triagePanel);
    columns->addWidget(m_side, 2);
    connect(m_triagePanel, &TriagePanel::problem, this,
            [this](const QString &message) { setSaveStatus(message, "impossible"); });
    connect(m_triagePanel, &TriagePanel::finished, this, [this] {
        setSaveStatus(tr("Call ended. Ctrl+N for the next call."), "ok");
    });

    fillChoices();
    connectEdits();
    alignLabelColumns();

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, &IntakeWorkplace::flushDraft);
    m_lookup.setSingleShot(true);
    m_lookup.setInterval(kLookupMs);
    connect(&m_lookup, &QTimer::timeout, this, &IntakeWorkplace::lookupCaller);

    connect(m_ui->saveButton, &QPushButton::clicked, this, &IntakeWorkplace::save);
    connect(m_ui->newCallButton, &QPushButton::clicked, this, &IntakeWorkplace::newCall);
    connect(m_caller, &CallerPanel::customerChosen, this, &IntakeWorkplace::takeCustomer);
    connect(m_caller, &CallerPanel::dialRequested, this, &IntakeWorkplace::dialRequested);
    m_ui->saveButton->setToolTip(tr("Save the ticket (Ctrl+S)"));
    m_ui->newCallButton->setToolTip(tr("Clear the form for the next call (Ctrl+N)"));

    const QList<QLabel *> hints = {m_ui->phoneHint, m_ui->otherPhoneHint, m_ui->nameHint,
                                   m_ui->addressHint, m_ui->modelHint, m_ui->purchaseDateHint,
                                   m_ui->faultHint, m_ui->consentHint};
    for (QLabel *h : hints) {
        h->setObjectName(h->objectName());
        h->setProperty("role", QByteArray("hint"));
        h->setWordWrap(true);
        h->hide();
    }

    // Crash safety: an unsaved call from before is put back in the form.
    if (const auto stored = m_drafts.load()) {
        setDraft(stored->draft);
        showRecovery(stored->savedAt);
        lookupCaller(); // the caller's history, as it was shown before
    }
    refreshReview();
}

IntakeWorkplace::~IntakeWorkplace()
{
    // Whatever was typed since the last autosave goes to disk before the form goes away.
    if (m_autosave.isActive())
        flushDraft();
}

void IntakeWorkplace::alignLabelColumns()
{
    // The three groups read as one form: their label columns share one width.
    const QList<QLabel *> labels = {m_ui->phoneLabel, m_ui->otherPhoneLabel, m_ui->nameLabel,
                                    m_ui->addressLabel, m_ui->modelLabel, m_ui->purchaseDateLabel,
                                    m_ui->faultLabel, m_ui->serviceModeLabel, m_ui->requestLabel,
                                    m_ui->priorityLabel};
    int width = 0;
    for (QLabel *l : labels)
        width = qMax(width, l->sizeHint().width());
    for (QLabel *l : labels)
        l->setMinimumWidth(width);
    m_ui->unitGrid->setColumnStretch(1, 3);
    m_ui->unitGrid->setColumnStretch(3, 2);
    m_ui->faultGrid->setColumnStretch(1, 1);
    m_ui->faultGrid->setColumnStretch(3, 2);
}

void IntakeWorkplace::fillChoices()
{
    for (const ProductModel &m : m_intake.models())
        m_ui->modelCombo->addItem(m.code + QStringLiteral("  ") + m.name, m.code);
    m_ui->modelCombo->setCurrentIndex(-1);
    m_ui->modelCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->modelCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->modelCombo->lineEdit()->setPlaceholderText(tr("Code on the nameplate"));

    for (const QString &d : m_intake.districts())
        m_ui->districtCombo->addItem(d);
    m_ui->districtCombo->setCurrentIndex(-1);
    m_ui->districtCombo->lineEdit()->setPlaceholderText(tr("District"));

    m_ui->serviceModeCombo->addItem(TicketTypes::label(ServiceMode::OnSite), int(ServiceMode::OnSite));
    m_ui->serviceModeCombo->addItem(TicketTypes::label(ServiceMode::CarryIn), int(ServiceMode::CarryIn));
    m_ui->priorityCombo->addItem(TicketTypes::label(Priority::Normal), int(Priority::Normal));
    m_ui->priorityCombo->addItem(TicketTypes::label(Priority::Urgent), int(Priority::Urgent));
    for (Channel c : TicketTypes::allChannels)
        m_ui->channelCombo->addItem(TicketTypes::label(c), int(c));
}

void IntakeWorkplace::connectEdits()
{
    using F = IntakeFinding::Field;
    auto onText = [this](QLineEdit *edit, F field) {
        connect(edit, &QLineEdit::textChanged, this, [this, field] { fieldEdited(field); });
    };
    onText(m_ui->phoneEdit, F::Phone);
    onText(m_ui->otherPhoneEdit, F::Phone);
    onText(m_ui->nameEdit, F::Name);
    onText(m_ui->addressEdit, F::Address);
    onText(m_ui->modelCombo->lineEdit(), F::Model);
    onText(m_ui->serialEdit, F::Model);
    onText(m_ui->purchaseDateEdit, F::PurchaseDate);
    onText(m_ui->preferredTimeEdit, F::Fault);
    onText(m_ui->requestEdit, F::Fault);
    onText(m_ui->districtCombo->lineEdit(), F::Address);
    connect(m_ui->faultEdit, &QPlainTextEdit::textChanged, this, [this] { fieldEdited(F::Fault); });
    connect(m_ui->consentCheck, &QCheckBox::toggled, this, [this] { fieldEdited(F::ChargeConsent); });
    for (QComboBox *combo : {m_ui->serviceModeCombo, m_ui->priorityCombo, m_ui->channelCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { fieldEdited(F::Fault); });
    for (QRadioButton *radio : {m_ui->phonePreferred, m_ui->otherPhonePreferred})
        connect(radio, &QRadioButton::toggled, this, [this] { fieldEdited(F::Phone); });
    connect(m_ui->phoneEdit, &QLineEdit::textEdited, this, [this] { m_lookup.start(); });
    connect(m_ui->otherPhoneEdit, &QLineEdit::textEdited, this, [this] { m_lookup.start(); });

    auto *choose = new QShortcut(CommandKeys::useCustomer(), this);
    connect(choose, &QShortcut::activated, this, &IntakeWorkplace::chooseCaller);
}

void IntakeWorkplace::fieldEdited(IntakeFinding::Field field)
{
    if (m_filling)
        return;
    m_touched.insert(field);
    m_autosave.start();
    setSaveStatus({}, "");
    refreshReview();
}

QString IntakeWorkplace::typedModelCode() const
{
    const QString text = m_ui->modelCombo->currentText().trimmed();
    const int index = m_ui->modelCombo->findText(text, Qt::MatchFixedString);
    return index >= 0 ? m_ui->modelCombo->itemData(index).toString() : text;
}

IntakeDraft IntakeWorkplace::draft() const
{
    IntakeDraft d;
    d.customerId = m_customerId;
    d.unitId = m_unitId;
    d.name = m_ui->nameEdit->text();
    d.address = m_ui->addressEdit->text();
    d.district = m_ui->districtCombo->currentText();
    d.phones = {{m_ui->phoneEdit->text(), m_ui->phonePreferred->isChecked()},
                {m_ui->otherPhoneEdit->text(), m_ui->otherPhonePreferred->isChecked()}};
    d.modelCode = typedModelCode();
    d.serial = m_ui->serialEdit->text();
    d.purchaseDate = m_ui->purchaseDateEdit->text();
    d.fault = m_ui->faultEdit->toPlainText();
    d.serviceMode = ServiceMode(m_ui->serviceModeCombo->currentData().toInt());
    d.preferredTime = m_ui->preferredTimeEdit->text();
    d.requestNote = m_ui->requestEdit->text();
    d.channel = Channel(m_ui->channelCombo->currentData().toInt());
    d.priority = Priority(m_ui->priorityCombo->currentData().toInt());
    d.chargeConsent = m_ui->consentCheck->isChecked();
    return d;
}

void IntakeWorkplace::setDraft(const IntakeDraft &d)
{
    m_filling = true;
    m_customerId = d.customerId;
    m_unitId = d.unitId;
    m_ui->nameEdit->setText(d.name);
    m_ui->addressEdit->setText(d.address);
    m_ui->districtCombo->setCurrentText(d.district);
    m_ui->phoneEdit->setText(d.phones.value(0).number);
    m_ui->otherPhoneEdit->setText(d.phones.value(1).number);
    (d.phones.value(1).preferred ? m_ui->otherPhonePreferred : m_ui->phonePreferred)->setChecked(true);
    const int modelIndex = m_ui->modelCombo->findData(d.modelCode);
    if (modelIndex >= 0)
        m_ui->modelCombo->setCurrentIndex(modelIndex);
    else
        m_ui->modelCombo->setEditText(d.modelCode);
    m_ui->serialEdit->setText(d.serial);
    m_ui->purchaseDateEdit->setText(d.purchaseDate);
    m_ui->faultEdit->setPlainText(d.fault);
    m_ui->serviceModeCombo->setCurrentIndex(m_ui->serviceModeCombo->findData(int(d.serviceMode)));
    m_ui->preferredTimeEdit->setText(d.preferredTime);
    m_ui->requestEdit->setText(d.requestNote);
    m_ui->channelCombo->setCurrentIndex(m_ui->channelCombo->findData(int(d.channel)));
    m_ui->priorityCombo->setCurrentIndex(m_ui->priorityCombo->findData(int(d.priority)));
    m_ui->consentCheck->setChecked(d.chargeConsent);
    m_filling = false;
    m_customerName = d.customerId ? d.name : QString();
    m_ui->callerGroup->setTitle(m_customerId ? tr("Caller: returning customer") : tr("Caller"));
    // Restored content counts as seen: its flags show at once.
    if (!d.isBlank()) {
        for (auto f : {IntakeFinding::Field::Name, IntakeFinding::Field::Address,
                       IntakeFinding::Field::Phone, IntakeFinding::Field::Model,
                       IntakeFinding::Field::PurchaseDate, IntakeFinding::Field::Fault,
                       IntakeFinding::Field::ChargeConsent})
            m_touched.insert(f);
    }
    refreshReview();
}

void IntakeWorkplace::refreshReview()
{
    const IntakeDraft d = draft();
    const IntakeCheck::Result r = m_intake.review(d);
    using F = IntakeFinding::Field;

    auto flag = [&](F field, QLabel *hint, QWidget *widget) {
        if (m_touched.contains(field))
            FieldHint::show(hint, widget, r.forField(field));
        else
            FieldHint::clear(hint, widget);
    };
    // Numbers: each finding goes under the number it is about.
    QList<IntakeFinding> first, second, general;
    for (const IntakeFinding &f : r.forField(F::Phone)) {
        if (f.detail.isEmpty())
            general.append(f);
        else if (f.detail == m_ui->phoneEdit->text().trimmed())
            first.append(f);
        else
            second.append(f);
    }
    if (m_touched.contains(F::Phone)) {
        FieldHint::show(m_ui->phoneHint, m_ui->phoneEdit, first + general);
        FieldHint::show(m_ui->otherPhoneHint, m_ui->otherPhoneEdit, second);
    } else {
        FieldHint::clear(m_ui->phoneHint, m_ui->phoneEdit);
        FieldHint::clear(m_ui->otherPhoneHint, m_ui->otherPhoneEdit);
    }
    flag(F::Name, m_ui->nameHint, m_ui->nameEdit);
    flag(F::Address, m_ui->addressHint, m_ui->addressEdit);
    flag(F::Model, m_ui->modelHint, m_ui->modelCombo);
    flag(F::PurchaseDate, m_ui->purchaseDateHint, m_ui->purchaseDateEdit);
    flag(F::Fault, m_ui->faultHint, m_ui->faultEdit);
    FieldHint::show(m_ui->consentHint, m_ui->consentCheck, r.forField(F::ChargeConsent));

    showWarranty(r);

    // The live "to verify" list: what the ticket would carry if saved now.
    m_toVerify->clear();
    for (const IntakeFinding &f : r.findings) {
        auto *item = new QListWidgetItem(
            (f.severity == IntakeFinding::Severity::Impossible ? QStringLiteral("✖ ")
                                                               : QStringLiteral("⚠ "))
            + f.message);
        item->setData(Qt::UserRole, f.code);
        m_toVerify->addItem(item);
    }
    m_toVerifyTitle->setText(r.findings.isEmpty() ? tr("To verify: nothing, all details present")
                                                  : tr("To verify (%1)").arg(r.findings.size()));
}

void IntakeWorkplace::showWarranty(const IntakeCheck::Result &r)
{
    const auto model = m_intake.modelFacts(typedModelCode());
    m_ui->modelHint->setToolTip(model ? model->name : QString());
    QString text;
    QByteArray kind;
    switch (r.warranty.status) {
    case Warranty::Status::InWarranty:
        text = tr("✔ In warranty until %1").arg(r.warranty.lastCoveredDay.toString(Qt::ISODate));
        kind = "ok";
        break;
    case Warranty::Status::Expired:
        text = tr("Out of warranty since %1: chargeable")
                   .arg(r.warranty.lastCoveredDay.addDays(1).toString(Qt::ISODate));
        kind = "verify";
        break;
    case Warranty::Status::Unknown:
        text = model ? tr("%1 months' warranty: enter the purchase date").arg(model->warrantyMonths)
                     : QString();
        kind = "";
        break;
    }
    m_ui->warrantyLabel->setText(text);
    FieldHint::setState(m_ui->warrantyLabel, kind);
    // R4: consent matters only when the visit will be charged.
    m_ui->consentCheck->setEnabled(r.warranty.chargeable());
}

void IntakeWorkplace::lookupCaller()
{
    const QString number = m_ui->phoneEdit->text().trimmed().isEmpty()
                               ? m_ui->otherPhoneEdit->text().trimmed()
                               : m_ui->phoneEdit->text().trimmed();
    if (PhoneNormalizer::digitsOf(number).size() < 5) {
        m_caller->showPrompt();
        return;
    }
    try {
        m_caller->showMatches(number, m_intake.findCaller(number));
    } catch (const CentreError &e) {
        setSaveStatus(tr("Could not look up the caller: %1").arg(e.message()), "impossible");
    }
}

void IntakeWorkplace::followChanges()
{
    if (m_caller->matchCount() > 0)
        lookupCaller();
}

void IntakeWorkplace::chooseCaller()
{
    m_caller->chooseCurrent();
}

void IntakeWorkplace::takeCustomer(const ReturningCustomer &c, qint64 unitId)
{
    IntakeDraft d = draft();
    d.customerId = c.customer.id;
    d.name = c.customer.name;
    if (!c.customer.addresses.isEmpty()) {
        d.address = c.customer.addresses.first().text;
        d.district = c.customer.addresses.first().district;
    }
    // Keep the number the caller is on; add their other known number.
    const QString onLine = d.phones.value(0).number.trimmed();
    const QString onLineKey = m_intake.lookupKey(onLine);
    for (const CustomerPhone &p : c.customer.phones) {
        if (p.lookupKey != onLineKey && d.phones.value(1).number.trimmed().isEmpty()) {
            d.phones[1].number = p.typed;
            break;
        }
    }
    const Unit *unit = nullptr;
    for (const Unit &u : c.customer.units) {
        if (u.id == unitId || (!unitId && c.customer.units.size() == 1))
            unit = &u;
    }
    if (unit) {
        d.unitId = unit->id;
        d.modelCode = unit->modelCode;
        d.serial = unit->serial;
        d.purchaseDate = unit->purchaseDate.isValid() ? unit->purchaseDate.toString(Qt::ISODate) : QString();
    }
    setDraft(d);
    m_autosave.start();
    m_ui->faultEdit->setFocus();
}

void IntakeWorkplace::startCall(const QString &callerNumber, qint64 callLogId)
{
    newCall();
    m_callLogId = callLogId;
    m_ui->phoneEdit->setText(callerNumber);
    m_touched.insert(IntakeFinding::Field::Phone);
    lookupCaller();
    refreshReview();
    m_ui->nameEdit->setFocus();
}

bool IntakeWorkplace::openTicket(qint64 ticketId)
{
    std::optional<TicketSummary> ticket;
    std::optional<ReturningCustomer> customer;
    try {
        ticket = m_intake.ticket(ticketId);
        if (ticket)
            customer = m_intake.returningCustomer(ticket->customerId);
    } catch (const CentreError &e) {
        setSaveStatus(e.message(), "impossible");
        return false;
    }
    if (!ticket || !customer) {
        setSaveStatus(tr("There is no ticket %1.").arg(TicketSummary::displayNumber(ticketId)), "impossible");
        return false;
    }
    newCall();
    IntakeDraft d;
    d.customerId = customer->customer.id;
    d.unitId = ticket->unitId;
    d.name = customer->customer.name;
    if (!customer->customer.addresses.isEmpty()) {
        d.address = customer->customer.addresses.first().text;
        d.district = customer->customer.addresses.first().district;
    }
    for (const CustomerPhone &p : customer->customer.phones.mid(0, 2))
        d.phones.append({p.typed, p.preferred});
    for (const Unit &u : customer->customer.units) {
        if (u.id == ticket->unitId) {
            d.modelCode = u.modelCode;
            d.serial = u.serial;
            d.purchaseDate = u.purchaseDate.isValid() ? u.purchaseDate.toString(Qt::ISODate) : QString();
        }
    }
    d.fault = ticket->fault;
    d.priority = ticket->priority;
    setDraft(d);
    m_drafts.clear(); // a saved ticket is not a draft
    if (ticket->state == TicketState::New || ticket->state == TicketState::InTriage) {
        startTriage(ticketId);
    } else {
        setFormLocked(true);
        m_ui->callerGroup->setTitle(tr("Caller · ticket %1").arg(TicketSummary::displayNumber(ticketId)));
        setSaveStatus(tr("Ticket %1: %2").arg(TicketSummary::displayNumber(ticketId),
                                             TicketTypes::label(ticket->state)), "ok");
        m_caller->showMatches(d.preferredPhone(), {*customer}); // their history beside it
    }
    return true;
}

bool IntakeWorkplace::save()
{
    const IntakeDraft d = draft();
    IntakeService::SaveResult r;
    try {
        r = m_intake.save(d);
    } catch (const CentreError &e) {
        flushDraft(); // the database failed; what was typed stays safe on disk
        setSaveStatus(e.message(), "impossible");
        return false;
    }
    if (!r.saved) {
        for (const IntakeFinding &f : r.review.findings)
            m_touched.insert(f.field);
        refreshReview();
        for (const IntakeFinding &f : r.review.findings) {
            if (f.severity != IntakeFinding::Severity::Impossible)
                continue;
            if (f.field == IntakeFinding::Field::PurchaseDate)
                m_ui->purchaseDateEdit->setFocus();
            break;
        }
        setSaveStatus(tr("Not saved: correct the field marked ✖. Everything typed is kept."),
                      "impossible");
        return false;
    }
    const QStringList toVerify = r.review.toVerify();
    const QString number = TicketSummary::displayNumber(r.ticketId);
    m_drafts.clear();
    m_autosave.stop();
    m_recovery->hide();
    setSaveStatus(toVerify.isEmpty()
                      ? tr("Ticket %1 saved.").arg(number)
                      : tr("Ticket %1 saved with %n item(s) to verify.", nullptr, int(toVerify.size()))
                            .arg(number),
                  "ok");
    Q_EMIT ticketSaved(r.ticketId);
    startTriage(r.ticketId);
    return true;
}

void IntakeWorkplace::startTriage(qint64 ticketId)
{
    // The customer and the ticket stay in view, read-only, while the operator guides the call.
    std::optional<TicketSummary> ticket;
    try {
        ticket = m_intake.ticket(ticketId);
    } catch (const CentreError &e) {
        setSaveStatus(e.message(), "impossible");
        return;
    }
    if (!ticket)
        return;
    setFormLocked(true);
    m_ui->callerGroup->setTitle(tr("Caller · ticket %1").arg(TicketSummary::displayNumber(ticketId)));
    m_triagePanel->start(*ticket);
    m_side->setCurrentWidget(m_triagePanel);
    m_triagePanel->setFocus();
    if (QWidget *first = m_triagePanel->findChild<QWidget *>(QStringLiteral("answer1")))
        first->setFocus();
}

bool IntakeWorkplace::isTakingCall() const
{
    // A call being typed, or a saved call still being guided on the phone (R6).
    return ticketInTriage() != 0 || (m_ui->saveButton->isEnabled() && !draft().isBlank());
}

void IntakeWorkplace::setFormLocked(bool locked)
{
    // A saved ticket is shown, not edited; "New call" stays live.
    for (QWidget *w : {static_cast<QWidget *>(m_ui->callerGroup), static_cast<QWidget *>(m_ui->unitGroup),
                       static_cast<QWidget *>(m_ui->faultGroup), static_cast<QWidget *>(m_ui->saveButton)})
        w->setEnabled(!locked);
}

qint64 IntakeWorkplace::ticketInTriage() const
{
    return m_side->currentWidget() == m_triagePanel ? m_triagePanel->ticketId() : 0;
}

void IntakeWorkplace::newCall()
{
    m_callLogId = 0;
    m_recovery->hide();
    setFormLocked(false);
    m_side->setCurrentIndex(0);
    setDraft(IntakeDraft{});
    m_touched.clear();
    m_customerName.clear();
    m_caller->showPrompt();
    m_drafts.clear();
    m_autosave.stop();
    setSaveStatus({}, "");
    refreshReview();
    m_ui->phoneEdit->setFocus();
}

void IntakeWorkplace::flushDraft()
{
    m_autosave.stop();
    m_drafts.save(draft(), QDateTime::currentDateTime());
}

bool IntakeWorkplace::recoveryOffered() const
{
    return !m_recovery->isHidden();
}

void IntakeWorkplace::showRecovery(const QDateTime &savedAt)
{
    m_recoveryText->setText(tr("An unsaved call from %1 was recovered and put back in the form. "
                               "Keep it, or discard it to start a new call.")
                                .arg(savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_recovery->show();
}

void IntakeWorkplace::setSaveStatus(const QString &text, const char *kind)
{
    if (text.isEmpty() && m_ui->saveStatus->text().isEmpty())
        return;
    m_ui->saveStatus->setText(text);
    FieldHint::setState(m_ui->saveStatus, kind);
}

} // namespace hotline
