#pragma once

#include "PhoneNormalizer.h"

#include <QDate>
#include <QList>
#include <QString>

namespace hotline {

struct CustomerPhone
{
    qint64 id = 0;
    QString typed;
    QString lookupKey; // R3: E.164 or digits; see NormalizedPhone::lookupKey
    NormalizedPhone::Kind kind = NormalizedPhone::Kind::Unknown;
    bool preferred = false;
};

struct Address
{
    qint64 id = 0;
    QString text;
    QString district;
};

// One of the customer's appliances.
struct Unit
{
    qint64 id = 0;
    qint64 modelId = 0;     // 0 when the model typed is not in the catalogue
    QString modelCode;      // catalogue code, or what was typed
    QString modelName;
    QString category;
    QString serial;
    QDate purchaseDate;     // invalid when unknown
};

struct Customer
{
    qint64 id = 0;
    QString name;
    QList<CustomerPhone> phones;
    QList<Address> addresses;
    QList<Unit> units;

    // The number to call them on: the preferred one, else the first on file.
    QString numberToCall() const
    {
        for (const CustomerPhone &p : phones) {
            if (p.preferred)
                return p.typed;
        }
        return phones.isEmpty() ? QString() : phones.first().typed;
    }
};

} // namespace hotline
