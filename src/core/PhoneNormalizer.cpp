#include "PhoneNormalizer.h"

#include <phonenumbers/phonenumberutil.h>

namespace hotline {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

NormalizedPhone::Kind kindOf(const PhoneNumberUtil &util, const PhoneNumber &n)
{
    switch (util.GetNumberType(n)) {
    case PhoneNumberUtil::MOBILE:
        return NormalizedPhone::Kind::Mobile;
    case PhoneNumberUtil::FIXED_LINE:
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
    case PhoneNumberUtil::TOLL_FREE:
    case PhoneNumberUtil::VOIP:
        return NormalizedPhone::Kind::Landline;
    default:
        return NormalizedPhone::Kind::Unknown;
    }
}

bool parseValid(const PhoneNumberUtil &util, const std::string &text, const std::string &region,
                PhoneNumber *out)
{
    return util.Parse(text, region, out) == PhoneNumberUtil::NO_PARSING_ERROR
           && util.IsValidNumber(*out);
}

} // namespace

QString NormalizedPhone::lookupKey() const
{
    return valid ? e164 : PhoneNormalizer::digitsOf(typed);
}

PhoneNormalizer::PhoneNormalizer(QString region, QString localAreaCode)
    : m_region(region.isEmpty() ? QStringLiteral("CN") : region.toUpper())
    , m_localAreaCode(digitsOf(localAreaCode))
{
    // A national trunk prefix typed into the setting ("021") is not part of the code.
    while (m_localAreaCode.startsWith(QLatin1Char('0')))
        m_localAreaCode.remove(0, 1);
}

QString PhoneNormalizer::digitsOf(const QString &typed)
{
    QString digits;
    digits.reserve(typed.size());
    for (QChar c : typed) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits;
}

QString PhoneNormalizer::dialString(const QString &typed)
{
    const QString digits = digitsOf(typed);
    return typed.trimmed().startsWith(u'+') && !digits.isEmpty() ? u'+' + digits : digits;
}

NormalizedPhone PhoneNormalizer::normalize(const QString &typed) const
{
    NormalizedPhone result;
    result.typed = typed.trimmed();
    const QString digits = digitsOf(result.typed);
    if (digits.size() < 5 || digits.size() > 17)
        return result;

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const std::string region = m_region.toStdString();
    PhoneNumber number;
    bool ok = parseValid(util, result.typed.toStdString(), region, &number);
    if (!ok && !m_localAreaCode.isEmpty() && digits.size() <= 8 && !digits.startsWith(u'0')) {
        // A local caller ID without its area code: read it inside the centre's area.
        ok = parseValid(util, "0" + m_localAreaCode.toStdString() + digits.toStdString(),
                        region, &number);
    }
    if (!ok)
        return result;

    std::string formatted;
    util.Format(number, PhoneNumberUtil::E164, &formatted);
    result.e164 = QString::fromStdString(formatted);
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    result.international = QString::fromStdString(formatted);
    result.kind = kindOf(util, number);
    result.valid = true;
    return result;
}

} // namespace hotline
