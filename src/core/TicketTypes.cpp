#include "TicketTypes.h"

namespace hotline {

QString TicketTypes::code(TicketState s)
{
    switch (s) {
    case TicketState::New: return QStringLiteral("new");
    case TicketState::InTriage: return QStringLiteral("in_triage");
    case TicketState::AwaitingDispatch: return QStringLiteral("awaiting_dispatch");
    case TicketState::Scheduled: return QStringLiteral("scheduled");
    case TicketState::AwaitingParts: return QStringLiteral("awaiting_parts");
    case TicketState::VisitCompleted: return QStringLiteral("visit_completed");
    case TicketState::ResolvedByPhone: return QStringLiteral("resolved_by_phone");
    case TicketState::Reopened: return QStringLiteral("reopened");
    case TicketState::Closed: return QStringLiteral("closed");
    }
    return {};
}

QString TicketTypes::code(Priority p)
{
    return p == Priority::Urgent ? QStringLiteral("urgent") : QStringLiteral("normal");
}

QString TicketTypes::code(Channel c)
{
    switch (c) {
    case Channel::Phone: return QStringLiteral("phone");
    case Channel::WalkIn: return QStringLiteral("walk_in");
    case Channel::Web: return QStringLiteral("web");
    case Channel::Other: return QStringLiteral("other");
    }
    return {};
}

QString TicketTypes::code(ServiceMode m)
{
    return m == ServiceMode::CarryIn ? QStringLiteral("carry_in") : QStringLiteral("on_site");
}

TicketState TicketTypes::stateFromCode(const QString &c, TicketState fallback)
{
    for (TicketState s : allStates) {
        if (code(s) == c)
            return s;
    }
    return fallback;
}

Priority TicketTypes::priorityFromCode(const QString &c, Priority fallback)
{
    if (c == code(Priority::Urgent))
        return Priority::Urgent;
    if (c == code(Priority::Normal))
        return Priority::Normal;
    return fallback;
}

Channel TicketTypes::channelFromCode(const QString &c, Channel fallback)
{
    for (Channel ch : allChannels) {
        if (code(ch) == c)
            return ch;
    }
    return fallback;
}

ServiceMode TicketTypes::serviceModeFromCode(const QString &c, ServiceMode fallback)
{
    if (c == code(ServiceMode::CarryIn))
        return ServiceMode::CarryIn;
    if (c == code(ServiceMode::OnSite))
        return ServiceMode::OnSite;
    return fallback;
}

QString TicketTypes::label(TicketState s)
{
    switch (s) {
    case TicketState::New: return tr("New");
    case TicketState::InTriage: return tr("In phone triage");
    case TicketState::AwaitingDispatch: return tr("Awaiting dispatch");
    case TicketState::Scheduled: return tr("Visit scheduled");
    case TicketState::AwaitingParts: return tr("Awaiting parts");
    case TicketState::VisitCompleted: return tr("Visit completed");
    case TicketState::ResolvedByPhone: return tr("Resolved by phone");
    case TicketState::Reopened: return tr("Reopened (repeat)");
    case TicketState::Closed: return tr("Closed");
    }
    return {};
}

QString TicketTypes::label(Priority p)
{
    return p == Priority::Urgent ? tr("Urgent: stops work") : tr("Normal: inconvenience");
}

QString TicketTypes::label(Channel c)
{
    switch (c) {
    case Channel::Phone: return tr("Phone");
    case Channel::WalkIn: return tr("Walk-in");
    case Channel::Web: return tr("Web");
    case Channel::Other: return tr("Other");
    }
    return {};
}

QString TicketTypes::label(ServiceMode m)
{
    return m == ServiceMode::CarryIn ? tr("Carry-in") : tr("On-site visit");
}

QString TicketTypes::categoryLabel(const QString &code)
{
    if (code == u"washing_machine") return tr("Washing machine");
    if (code == u"air_conditioner") return tr("Air conditioner");
    if (code == u"refrigerator") return tr("Refrigerator");
    if (code == u"printer") return tr("Printer");
    if (code == u"pc_laptop") return tr("PC / laptop");
    if (code == u"router") return tr("Router");
    return code;
}

QString TicketTypes::markerLabel(const QString &code)
{
    if (code == u"to_verify") return tr("to verify");
    if (code == u"parts") return tr("parts");
    if (code == u"repeat") return tr("repeat");
    if (code == u"carry_in") return tr("carry-in");
    if (code == u"tech_support") return tr("tech support");
    if (code == u"refused_guidance") return tr("refused guidance");
    return code;
}

} // namespace hotline
