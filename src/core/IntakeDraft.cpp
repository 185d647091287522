#include "IntakeDraft.h"

#include <QJsonArray>

namespace hotline {

bool IntakeDraft::isBlank() const
{
    for (const Phone &p : phones) {
        if (!p.number.trimmed().isEmpty())
            return false;
    }
    return name.trimmed().isEmpty() && address.trimmed().isEmpty()
           && district.trimmed().isEmpty() && modelCode.trimmed().isEmpty()
           && serial.trimmed().isEmpty() && purchaseDate.trimmed().isEmpty()
           && fault.trimmed().isEmpty() && preferredTime.trimmed().isEmpty()
           && requestNote.trimmed().isEmpty() && customerId == 0;
}

QString IntakeDraft::preferredPhone() const
{
    for (const Phone &p : phones) {
        if (p.preferred && !p.number.trimmed().isEmpty())
            return p.number.trimmed();
    }
    for (const Phone &p : phones) {
        if (!p.number.trimmed().isEmpty())
            return p.number.trimmed();
    }
    return {};
}

QJsonObject IntakeDraft::toJson() const
{
    QJsonArray phoneArray;
    for (const Phone &p : phones)
        phoneArray.append(QJsonObject{{QStringLiteral("number"), p.number},
                                      {QStringLiteral("preferred"), p.preferred}});
    return {
        {QStringLiteral("customerId"), customerId},
        {QStringLiteral("unitId"), unitId},
        {QStringLiteral("name"), name},
        {QStringLiteral("address"), address},
        {QStringLiteral("district"), district},
        {QStringLiteral("phones"), phoneArray},
        {QStringLiteral("model"), modelCode},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("purchaseDate"), purchaseDate},
        {QStringLiteral("fault"), fault},
        {QStringLiteral("serviceMode"), TicketTypes::code(serviceMode)},
        {QStringLiteral("preferredTime"), preferredTime},
        {QStringLiteral("requestNote"), requestNote},
        {QStringLiteral("channel"), TicketTypes::code(channel)},
        {QStringLiteral("priority"), TicketTypes::code(priority)},
        {QStringLiteral("chargeConsent"), chargeConsent},
    };
}

IntakeDraft IntakeDraft::fromJson(const QJsonObject &j)
{
    IntakeDraft d;
    d.customerId = j.value(QStringLiteral("customerId")).toInteger();
    d.unitId = j.value(QStringLiteral("unitId")).toInteger();
    d.name = j.value(QStringLiteral("name")).toString();
    d.address = j.value(QStringLiteral("address")).toString();
    d.district = j.value(QStringLiteral("district")).toString();
    const QJsonArray phoneArray = j.value(QStringLiteral("phones")).toArray();
    for (const QJsonValue &v : phoneArray) {
        const QJsonObject o = v.toObject();
        d.phones.append({o.value(QStringLiteral("number")).toString(),
                         o.value(QStringLiteral("preferred")).toBool()});
    }
    d.modelCode = j.value(QStringLiteral("model")).toString();
    d.serial = j.value(QStringLiteral("serial")).toString();
    d.purchaseDate = j.value(QStringLiteral("purchaseDate")).toString();
    d.fault = j.value(QStringLiteral("fault")).toString();
    d.serviceMode = TicketTypes::serviceModeFromCode(j.value(QStringLiteral("serviceMode")).toString());
    d.preferredTime = j.value(QStringLiteral("preferredTime")).toString();
    d.requestNote = j.value(QStringLiteral("requestNote")).toString();
    d.channel = TicketTypes::channelFromCode(j.value(QStringLiteral("channel")).toString());
    d.priority = TicketTypes::priorityFromCode(j.value(QStringLiteral("priority")).toString());
    d.chargeConsent = j.value(QStringLiteral("chargeConsent")).toBool();
    return d;
}

} // namespace hotline
