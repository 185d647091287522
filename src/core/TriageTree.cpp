#include "TriageTree.h"

namespace hotline {

QString TriageError::toString() const
{
    return node.isEmpty() ? QStringLiteral("%1: %2").arg(file, problem)
                          : QStringLiteral("%1: node %2: %3").arg(file, node, problem);
}

const TriageNode *TriageTree::node(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &nodes.at(*it);
}

QString TriageTree::outcomeCode(TriageOutcome o)
{
    switch (o) {
    case TriageOutcome::RemoteFix: return QStringLiteral("remote_fix");
    case TriageOutcome::Visit: return QStringLiteral("visit");
    case TriageOutcome::Parts: return QStringLiteral("parts");
    case TriageOutcome::CarryIn: return QStringLiteral("carry_in");
    case TriageOutcome::TechSupport: return QStringLiteral("tech_support");
    }
    return {};
}

std::optional<TriageOutcome> TriageTree::outcomeFromCode(const QString &code)
{
    for (TriageOutcome o : {TriageOutcome::RemoteFix, TriageOutcome::Visit, TriageOutcome::Parts,
                            TriageOutcome::CarryIn, TriageOutcome::TechSupport}) {
        if (outcomeCode(o) == code)
            return o;
    }
    return std::nullopt;
}

} // namespace hotline
