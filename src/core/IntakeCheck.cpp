#include "IntakeCheck.h"

#include "DateInput.h"

namespace hotline {

namespace {

using Field = IntakeFinding::Field;
using Severity = IntakeFinding::Severity;

// Text length where a Chinese character counts as much as a short English word, so the
// same threshold works for 不制冷 and for "not cooling".
int weightedLength(const QString &text)
{
    int n = 0;
    for (QChar c : text) {
        if (c.isSpace() || c.isPunct())
            continue;
        n += c.unicode() >= 0x2E80 ? 3 : 1;
    }
    return n;
}

QString squeezed(const QString &text)
{
    QString s;
    for (QChar c : text) {
        if (!c.isSpace() && !c.isPunct())
            s.append(c.toLower());
    }
    return s;
}

} // namespace

bool IntakeCheck::isVagueFault(const QString &fault)
{
    // Phrases that say something is wrong without saying what.
    static const QStringList vague = {
        QStringLiteral("坏了"),      QStringLiteral("坏掉了"),   QStringLiteral("不行"),
        QStringLiteral("不行了"),    QStringLiteral("有问题"),   QStringLiteral("出问题了"),
        QStringLiteral("不能用"),    QStringLiteral("不能用了"), QStringLiteral("不好用"),
        QStringLiteral("故障"),      QStringLiteral("有故障"),   QStringLiteral("出故障了"),
        QStringLiteral("broken"),    QStringLiteral("itsbroken"), QStringLiteral("notworking"),
        QStringLiteral("doesntwork"), QStringLiteral("doesnotwork"), QStringLiteral("faulty"),
        QStringLiteral("problem"),   QStringLiteral("hasaproblem"), QStringLiteral("error"),
    };
    const QString s = squeezed(fault);
    return weightedLength(fault) < 9 || vague.contains(s);
}

bool IntakeCheck::isUnclearAddress(const QString &address)
{
    // An engineer needs to find the door: a house or building number and enough of a street.
    const QString a = address.trimmed();
    bool hasNumber = false;
    for (QChar c : a) {
        if (c.isDigit() || c == u'号' || c == u'栋' || c == u'室')
            hasNumber = true;
    }
    return !hasNumber || weightedLength(a) < 15;
}

IntakeCheck::Result IntakeCheck::check(const IntakeDraft &d, const std::optional<ModelFacts> &model,
                                       const QDate &today, const PhoneNormalizer &phones)
{
    Result r;
    auto add = [&r](Field f, Severity s, const QString &code, const QString &message,
                    const QString &detail = {}) {
        r.findings.append({f, s, code, detail, message});
    };

    // R2: name
    if (d.name.trimmed().isEmpty())
        add(Field::Name, Severity::ToVerify, QStringLiteral("name_missing"), tr("No customer name"));

    // R2: address
    if (d.address.trimmed().isEmpty())
        add(Field::Address, Severity::ToVerify, QStringLiteral("address_missing"), tr("No address"));
    else if (isUnclearAddress(d.address))
        add(Field::Address, Severity::ToVerify, QStringLiteral("address_unclear"),
            tr("Address unclear: ask for street, building and door number"));

    // R2: contact numbers
    int numbers = 0;
    for (const IntakeDraft::Phone &p : d.phones) {
        const QString typed = p.number.trimmed();
        if (typed.isEmpty())
            continue;
        ++numbers;
        if (!phones.normalize(typed).valid)
            add(Field::Phone, Severity::ToVerify, QStringLiteral("phone_invalid"),
                tr("%1 is not a valid phone number: read it back to the customer").arg(typed),
                typed);
    }
    if (numbers == 0)
        add(Field::Phone, Severity::ToVerify, QStringLiteral("phone_missing"),
            tr("No contact number"));

    // R2: model
    if (d.modelCode.trimmed().isEmpty())
        add(Field::Model, Severity::ToVerify, QStringLiteral("model_missing"), tr("No model"));
    else if (!model)
        add(Field::Model, Severity::ToVerify, QStringLiteral("model_unknown"),
            tr("Model %1 is not in the catalogue: check the nameplate").arg(d.modelCode.trimmed()),
            d.modelCode.trimmed());

    // R2 + impossible data: purchase date
    const DateInput date = DateInput::parse(d.purchaseDate);
    switch (date.state) {
    case DateInput::State::Empty:
        add(Field::PurchaseDate, Severity::ToVerify, QStringLiteral("purchase_date_missing"),
            tr("No purchase date: warranty cannot be decided"));
        break;
    case DateInput::State::Invalid:
        add(Field::PurchaseDate, Severity::Impossible, QStringLiteral("purchase_date_invalid"),
            tr("Not a date: type it as YYYY-MM-DD, e.g. %1").arg(today.toString(Qt::ISODate)));
        break;
    case DateInput::State::Valid:
        if (date.date > today) {
            add(Field::PurchaseDate, Severity::Impossible, QStringLiteral("purchase_date_future"),
                tr("Purchase date %1 is in the future").arg(date.date.toString(Qt::ISODate)));
        } else if (date.date.year() < 1980) {
            add(Field::PurchaseDate, Severity::Impossible, QStringLiteral("purchase_date_too_old"),
                tr("Purchase date %1 is before 1980: check the year")
                    .arg(date.date.toString(Qt::ISODate)));
        } else {
            r.purchaseDate = date.date;
        }
        break;
    }

    // R2: fault
    if (d.fault.trimmed().isEmpty())
        add(Field::Fault, Severity::ToVerify, QStringLiteral("fault_missing"),
            tr("No fault description"));
    else if (isVagueFault(d.fault))
        add(Field::Fault, Severity::ToVerify, QStringLiteral("fault_vague"),
            tr("Fault is vague: ask what the unit does or does not do"));

    // R4: warranty, and consent to the charge when it has expired
    if (model && r.purchaseDate) {
        r.warranty = Warranty::evaluate(*r.purchaseDate, model->warrantyMonths, today);
        if (r.warranty.chargeable() && !d.chargeConsent)
            add(Field::ChargeConsent, Severity::ToVerify, QStringLiteral("charge_consent_missing"),
                tr("Out of warranty since %1: the customer must agree to the charge before dispatch")
                    .arg(r.warranty.lastCoveredDay.addDays(1).toString(Qt::ISODate)));
    }
    return r;
}

bool IntakeCheck::Result::canSave() const
{
    for (const IntakeFinding &f : findings) {
        if (f.severity == Severity::Impossible)
            return false;
    }
    return true;
}

QStringList IntakeCheck::Result::toVerify() const
{
    QStringList list;
    for (const IntakeFinding &f : findings) {
        if (f.severity == Severity::ToVerify)
            list.append(f.storedForm());
    }
    return list;
}

QList<IntakeFinding> IntakeCheck::Result::forField(Field field) const
{
    QList<IntakeFinding> list;
    for (const IntakeFinding &f : findings) {
        if (f.field == field)
            list.append(f);
    }
    return list;
}

QString IntakeCheck::describe(const QString &stored)
{
    const qsizetype colon = stored.indexOf(u':');
    const QString code = colon < 0 ? stored : stored.left(colon);
    const QString detail = colon < 0 ? QString() : stored.mid(colon + 1);
    if (code == u"name_missing") return tr("No customer name");
    if (code == u"address_missing") return tr("No address");
    if (code == u"address_unclear") return tr("Address unclear");
    if (code == u"phone_missing") return tr("No contact number");
    if (code == u"phone_invalid") return tr("Invalid number %1").arg(detail);
    if (code == u"model_missing") return tr("No model");
    if (code == u"model_unknown") return tr("Unknown model %1").arg(detail);
    if (code == u"purchase_date_missing") return tr("No purchase date");
    if (code == u"fault_missing") return tr("No fault description");
    if (code == u"fault_vague") return tr("Vague fault");
    if (code == u"charge_consent_missing") return tr("Charge not yet agreed (out of warranty)");
    return stored;
}

} // namespace hotline
