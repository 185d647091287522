#pragma once

#include <QString>

#include <optional>

namespace hotline {

// What another console changed, for live updates: a ticket (intake, triage, state), a visit
// (the board), a callback task, a complaint. Carried with the row's id.
enum class ChangeTopic { Ticket, Visit, Callback, Complaint };

namespace ChangeTopics {

inline QString code(ChangeTopic t)
{
    switch (t) {
    case ChangeTopic::Ticket: return QStringLiteral("ticket");
    case ChangeTopic::Visit: return QStringLiteral("visit");
    case ChangeTopic::Callback: return QStringLiteral("callback");
    case ChangeTopic::Complaint: return QStringLiteral("complaint");
    }
    return {};
}

inline std::optional<ChangeTopic> fromCode(const QString &code)
{
    for (ChangeTopic t : {ChangeTopic::Ticket, ChangeTopic::Visit, ChangeTopic::Callback, ChangeTopic::Complaint}) {
        if (code == ChangeTopics::code(t))
            return t;
    }
    return std::nullopt;
}

} // namespace ChangeTopics

} // namespace hotline
