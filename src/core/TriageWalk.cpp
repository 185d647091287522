#include "TriageWalk.h"

namespace hotline {

QString TriageStep::kindCode(Kind k)
{
    switch (k) {
    case Kind::Shown: return QStringLiteral("shown");
    case Kind::Answered: return QStringLiteral("answered");
    case Kind::SteppedBack: return QStringLiteral("stepped_back");
    case Kind::Jumped: return QStringLiteral("jumped");
    }
    return {};
}

TriageWalk::TriageWalk(TriageTree tree, QString language)
    : m_tree(std::move(tree))
    , m_language(std::move(language))
{
    if (m_tree.node(m_tree.start))
        m_path.append(m_tree.start);
}

const TriageNode *TriageWalk::current() const
{
    return m_path.isEmpty() ? nullptr : m_tree.node(m_path.last());
}

bool TriageWalk::atOutcome() const
{
    const TriageNode *n = current();
    return n && n->kind == TriageNode::Kind::Outcome;
}

void TriageWalk::record(TriageStep::Kind kind, const QString &nodeId, const QString &text,
                        const QDateTime &at)
{
    m_pending.append({kind, at, m_tree.category, m_tree.version, nodeId, text});
}

void TriageWalk::show(const QString &nodeId, const QDateTime &at)
{
    if (const TriageNode *n = m_tree.node(nodeId))
        record(TriageStep::Kind::Shown, nodeId, n->text.in(m_language), at);
}

void TriageWalk::begin(const QDateTime &at)
{
    if (current())
        show(current()->id, at);
}

bool TriageWalk::answer(int index, const QDateTime &at)
{
    const TriageNode *n = current();
    if (!n || index < 0 || index >= n->answers.size())
        return false;
    const TriageAnswer &a = n->answers.at(index);
    record(TriageStep::Kind::Answered, n->id, a.label.in(m_language), at);
    m_path.append(a.next);
    show(a.next, at);
    return true;
}

bool TriageWalk::back(const QDateTime &at)
{
    if (m_path.size() < 2)
        return false;
    const QString left = m_path.takeLast();
    // R6: the record keeps both the step and its correction.
    record(TriageStep::Kind::SteppedBack, left, current()->text.in(m_language), at);
    return true;
}

bool TriageWalk::jumpTo(const QString &nodeId, const QDateTime &at)
{
    const TriageNode *n = m_tree.node(nodeId);
    if (!n || (current() && current()->id == nodeId))
        return false;
    record(TriageStep::Kind::Jumped, nodeId, n->text.in(m_language), at);
    m_path.append(nodeId);
    return true;
}

TriageWalk TriageWalk::resumed(TriageTree tree, QString language, const QList<TriageStep> &steps)
{
    TriageWalk walk(std::move(tree), std::move(language));
    // Only the steps since the call last switched to this tree count.
    qsizetype first = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps[i].category != walk.m_tree.category || steps[i].treeVersion != walk.m_tree.version)
            first = i + 1;
    }
    for (qsizetype i = first; i < steps.size(); ++i) {
        const TriageStep &s = steps[i];
        if (!walk.m_tree.node(s.nodeId))
            continue;
        switch (s.kind) {
        case TriageStep::Kind::Shown:
            if (walk.m_path.isEmpty() || walk.m_path.last() != s.nodeId)
                walk.m_path.append(s.nodeId);
            break;
        case TriageStep::Kind::Jumped:
            walk.m_path.append(s.nodeId);
            break;
        case TriageStep::Kind::SteppedBack:
            if (walk.m_path.size() > 1)
                walk.m_path.removeLast();
            break;
        case TriageStep::Kind::Answered:
            break;
        }
    }
    return walk;
}

QList<TriageStep> TriageWalk::takeSteps()
{
    return std::exchange(m_pending, {});
}

} // namespace hotline
