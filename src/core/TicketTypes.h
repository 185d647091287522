#pragma once

#include <QCoreApplication>
#include <QString>

namespace hotline {

// Codes are what the database stores; labels are what people read (translated).

enum class TicketState {
    New,              // taken, not yet triaged
    InTriage,         // phone guidance under way (R6)
    AwaitingDispatch, // in the supervisor's queue (R9)
    Scheduled,        // visit assigned to an engineer (R10)
    AwaitingParts,    // R7c
    VisitCompleted,   // engineer reported; follow-up call due (R18)
    ResolvedByPhone,  // R7a
    Reopened,         // R20: the fault persisted
    Closed,           // R22: confirmed by the follow-up call, archived
};

enum class Priority {
    Normal, // R12: inconveniences the customer
    Urgent, // R12: stops the customer's work
};

enum class Channel { Phone, WalkIn, Web, Other };

enum class ServiceMode { OnSite, CarryIn };

class TicketTypes
{
    Q_DECLARE_TR_FUNCTIONS(TicketTypes)
public:
    static QString code(TicketState s);
    static QString code(Priority p);
    static QString code(Channel c);
    static QString code(ServiceMode m);

    static TicketState stateFromCode(const QString &code, TicketState fallback = TicketState::New);
    static Priority priorityFromCode(const QString &code, Priority fallback = Priority::Normal);
    static Channel channelFromCode(const QString &code, Channel fallback = Channel::Phone);
    static ServiceMode serviceModeFromCode(const QString &code,
                                           ServiceMode fallback = ServiceMode::OnSite);

    static QString label(TicketState s);
    static QString label(Priority p);
    static QString label(Channel c);
    static QString label(ServiceMode m);
    // Dispatch markers: "parts", "carry_in", "tech_support", "refused_guidance", "repeat",
    // "to_verify"; an unknown code is shown as it is.
    static QString markerLabel(const QString &code);
    // Product categories ("washing_machine" → "Washing machine"); unknown codes as they are.
    static QString categoryLabel(const QString &code);
    // R17: a visit's result ("fixed_on_site" → "Fixed on site").
    static QString visitResultLabel(const QString &code);
    // R13: why a ticket's SLA clocks stand ("parts" → "waiting for parts").
    static QString pauseReasonLabel(const QString &code);
    // R5: one history line in words: "State: New → In phone triage".
    static QString historyText(const QString &action, const QString &oldValue, const QString &newValue);

    static constexpr TicketState allStates[] = {
        TicketState::New,           TicketState::InTriage,        TicketState::AwaitingDispatch,
        TicketState::Scheduled,     TicketState::AwaitingParts,   TicketState::VisitCompleted,
        TicketState::ResolvedByPhone, TicketState::Reopened,      TicketState::Closed};
    static constexpr Channel allChannels[] = {Channel::Phone, Channel::WalkIn, Channel::Web,
                                              Channel::Other};
};

} // namespace hotline
