#pragma once

#include "TicketTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hotline {

// Everything the operator has typed for one call (R1), as typed. Nothing here is
// validated: the draft is what autosave keeps, so it must hold even impossible input.
struct IntakeDraft
{
    struct Phone
    {
        QString number;
        bool preferred = false;
        bool operator==(const Phone &) const = default;
    };

    qint64 customerId = 0; // a returning customer picked from the R3 match, else 0
    qint64 unitId = 0;     // one of that customer's known units, else 0

    QString name;
    QString address;
    QString district;
    QList<Phone> phones;

    QString modelCode;
    QString serial;
    QString purchaseDate; // as typed; see DateInput

    QString fault;
    ServiceMode serviceMode = ServiceMode::OnSite;
    QString preferredTime; // "weekday afternoons", "Sat morning"
    QString requestNote;

    Channel channel = Channel::Phone;
    Priority priority = Priority::Normal;
    bool chargeConsent = false; // R4: customer agreed to pay when out of warranty

    bool isBlank() const;
    QString preferredPhone() const;

    QJsonObject toJson() const;
    static IntakeDraft fromJson(const QJsonObject &json);

    bool operator==(const IntakeDraft &) const = default;
};

} // namespace hotline
