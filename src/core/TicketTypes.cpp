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

QString TicketTypes::visitResultLabel(const QString &code)
{
    if (code == u"fixed_on_site") return tr("fixed on site");
    if (code == u"needs_parts") return tr("needs parts");
    if (code == u"taken_in") return tr("taken in for repair");
    if (code == u"second_visit") return tr("second visit needed");
    if (code == u"customer_absent") return tr("customer absent");
    return code;
}

QString TicketTypes::pauseReasonLabel(const QString &code)
{
    if (code == u"parts") return tr("waiting for parts");
    if (code == u"customer") return tr("waiting for the customer");
    return code;
}

QString TicketTypes::historyText(const QString &action, const QString &oldValue, const QString &newValue)
{
    auto stateWords = [](const QString &code) {
        const TicketState s = stateFromCode(code, TicketState(-1));
        return int(s) == -1 ? code : label(s);
    };
    if (action == u"created") return tr("Call taken");
    if (action == u"state") return tr("State: %1 → %2").arg(stateWords(oldValue), stateWords(newValue));
    if (action == u"visit_result") return tr("Visit result: %1").arg(visitResultLabel(newValue.section(u':', 0, 0)));
    if (action == u"assigned") return tr("Visit assigned");
    if (action == u"unassigned") return tr("Visit back in the queue");
    if (action == u"override") return tr("Assignment forced: %1").arg(newValue);
    if (action == u"rescheduled") return tr("Rescheduled: %1").arg(newValue);
    if (action == u"to_verify") return tr("To verify: %1").arg(newValue);
    if (action == u"triage_outcome") return tr("Phone triage: %1").arg(newValue);
    if (action == u"refused_guidance") return tr("Customer refused phone guidance");
    if (action == u"parts_request") return tr("Parts requested: %1").arg(newValue);
    if (action == u"callback_satisfied") return tr("Follow-up: satisfied (%1)").arg(newValue);
    if (action == u"reopened") return tr("Follow-up: not fixed, reopened");
    if (action == u"message_sent") return tr("Text message sent");
    if (action == u"complaint" || action == u"complaint_escalated") return tr("Complaint: %1").arg(newValue);
    if (action == u"sla_paused")
        return newValue.isEmpty() ? tr("SLA clocks paused: %1").arg(pauseReasonLabel(oldValue))
                                  : tr("SLA clocks paused: %1 (%2)").arg(pauseReasonLabel(oldValue), newValue);
    if (action == u"sla_resumed") {
        const int minutes = oldValue.toInt();
        const QString paused = tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
        return newValue.isEmpty() ? tr("SLA clocks resumed after %1 of working time").arg(paused)
                                  : tr("SLA clocks resumed after %1 of working time (%2)").arg(paused, newValue);
    }
    if (action == u"sla_breached")
        return oldValue == u"visit" ? tr("SLA breached: no visit within 24 working hours")
                                    : tr("SLA breached: not repaired within 48 working hours");
    return newValue.isEmpty() ? action : action + QStringLiteral(": ") + newValue;
}

QString TicketTypes::markerLabel(const QString &code)
{
    if (code == u"to_verify") return tr("to verify");
    if (code == u"parts") return tr("parts");
    if (code == u"repeat") return tr("repeat");
    if (code == u"carry_in") return tr("carry-in");
    if (code == u"tech_support") return tr("tech support");
    if (code == u"refused_guidance") return tr("refused guidance");
    if (code == u"no_consent") return tr("charge not agreed");
    return code;
}

} // namespace hotline
