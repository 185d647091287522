#pragma once

#include <QString>

#include <memory>

namespace hotline {

// A contact number as typed, read with libphonenumber.
struct NormalizedPhone
{
    enum class Kind { Unknown, Mobile, Landline };

    QString typed;   // what the operator or the PBX gave us
    QString e164;    // +8613800138000 when the number is valid, else empty
    Kind kind = Kind::Unknown;
    bool valid = false;

    // Rule R3: the key a customer's number is stored and found under. The E.164 form for a
    // valid number; for a number libphonenumber cannot validate, its digits, so that the
    // same digits typed again still find the customer.
    QString lookupKey() const;
    // For display: +86 138 0013 8000 / +86 10 1234 5678
    QString international;
};

// Rule R3: one normaliser per centre, configured with the centre's region (CN by default)
// and local area code, so that a caller ID without area code (5551234) still matches.
class PhoneNormalizer
{
public:
    explicit PhoneNormalizer(QString region = QStringLiteral("CN"), QString localAreaCode = {});

    NormalizedPhone normalize(const QString &typed) const;

    QString region() const { return m_region; }
    QString localAreaCode() const { return m_localAreaCode; }

    // Digits only ("138-0013 8000" -> "13800138000").
    static QString digitsOf(const QString &typed);
    // What a PBX dials: the digits, with a leading + kept ("+86 138 0013 8000").
    static QString dialString(const QString &typed);

private:
    QString m_region;
    QString m_localAreaCode;
};

} // namespace hotline
