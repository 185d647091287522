#include "Centre.h"
#include "CtlContext.h"
#include "IntakeService.h"

#include <fmt/core.h>

namespace hotline {

namespace {

QString optionFor(IntakeFinding::Field f)
{
    switch (f) {
    case IntakeFinding::Field::Name: return QStringLiteral("--name");
    case IntakeFinding::Field::Address: return QStringLiteral("--address");
    case IntakeFinding::Field::Phone: return QStringLiteral("--phone");
    case IntakeFinding::Field::Model: return QStringLiteral("--model");
    case IntakeFinding::Field::PurchaseDate: return QStringLiteral("--purchase-date");
    case IntakeFinding::Field::Fault: return QStringLiteral("--fault");
    case IntakeFinding::Field::ChargeConsent: return QStringLiteral("--charge-consent");
    }
    return {};
}

int addTicket(CtlContext &ctx)
{
    QCommandLineParser parser;
    auto valued = [](const char *name) {
        return QCommandLineOption(QString::fromLatin1(name), {}, QStringLiteral("value"));
    };
    const auto name = valued("name"), phone = valued("phone"), address = valued("address"),
               district = valued("district"), model = valued("model"), serial = valued("serial"),
               purchase = valued("purchase-date"), fault = valued("fault"), request = valued("request"),
               preferredTime = valued("preferred-time"), priority = valued("priority"),
               channel = valued("channel");
    const QCommandLineOption carryIn(QStringLiteral("carry-in"));
    const QCommandLineOption consent(QStringLiteral("charge-consent"));
    parser.addOptions({name, phone, address, district, model, serial, purchase, fault, request,
                       preferredTime, priority, channel, carryIn, consent});
    ctx.parse(parser, 2);

    IntakeDraft d;
    d.name = parser.value(name);
    d.address = parser.value(address);
    d.district = parser.value(district);
    const QStringList phones = parser.values(phone);
    for (qsizetype i = 0; i < phones.size(); ++i)
        d.phones.append({phones[i], i == 0});
    d.modelCode = parser.value(model);
    d.serial = parser.value(serial);
    d.purchaseDate = parser.value(purchase);
    d.fault = parser.value(fault);
    d.requestNote = parser.value(request);
    d.preferredTime = parser.value(preferredTime);
    d.serviceMode = parser.isSet(carryIn) ? ServiceMode::CarryIn : ServiceMode::OnSite;
    d.chargeConsent = parser.isSet(consent);
    if (parser.isSet(priority)) {
        const QString p = parser.value(priority);
        if (p != u"normal" && p != u"urgent")
            throw BadInput{QStringLiteral("--priority: '%1' is not a priority: use normal or urgent").arg(p)};
        d.priority = TicketTypes::priorityFromCode(p);
    }
    if (parser.isSet(channel)) {
        const QString c = parser.value(channel);
        d.channel = TicketTypes::channelFromCode(c, Channel(-1));
        if (int(d.channel) == -1)
            throw BadInput{QStringLiteral("--channel: '%1' is not a channel: use phone, walk_in, "
                                          "web or other").arg(c)};
    }

    Centre &centre = ctx.centre();
    IntakeService intake(centre);
    const IntakeService::SaveResult r = intake.save(d);
    if (!r.saved) {
        QStringList problems;
        for (const IntakeFinding &f : r.review.findings) {
            if (f.severity == IntakeFinding::Severity::Impossible)
                problems.append(optionFor(f.field) + QStringLiteral(": ") + f.message);
        }
        throw BadInput{QStringLiteral("not saved: ") + problems.join(QStringLiteral("; "))};
    }
    fmt::print("Saved ticket {} (customer {})\n",
               TicketSummary::displayNumber(r.ticketId).toStdString(), r.customerId);
    const QStringList toVerify = r.review.toVerify();
    if (!toVerify.isEmpty()) {
        fmt::print("To verify:\n");
        for (const IntakeFinding &f : r.review.findings) {
            if (f.severity == IntakeFinding::Severity::ToVerify)
                fmt::print("  {:<16} {}\n", optionFor(f.field).toStdString(), f.message.toStdString());
        }
    }
    return ExitOk;
}

} // namespace

int runTicket(CtlContext &ctx)
{
    if (ctx.word(1) == u"add")
        return addTicket(ctx);
    throw BadInput{QStringLiteral("unknown or missing subcommand: use 'ticket add'")};
}

} // namespace hotline
