#pragma once

#include "TriageTree.h"

#include <QDateTime>
#include <QList>

namespace hotline {

// R6: one thing that happened during a guided call, as it is recorded on the ticket.
struct TriageStep
{
    enum class Kind {
        Shown,       // a question or instruction was put to the customer
        Answered,    // the customer's answer
        SteppedBack, // the operator corrected the previous answer (Backspace)
        Jumped,      // the operator switched tree or jumped to a symptom
    };
    Kind kind = Kind::Shown;
    QDateTime at;
    QString category;
    int treeVersion = 0;
    QString nodeId;
    QString text; // what was asked or read, or the answer given, in the operator's language

    static QString kindCode(Kind k);
};

// The walk through a tree during one call: where we are, how we got here, and every step
// and correction (nothing is forgotten by going back).
class TriageWalk
{
public:
    TriageWalk() = default;
    TriageWalk(TriageTree tree, QString language);

    bool isValid() const { return !m_tree.nodes.isEmpty(); }
    const TriageTree &tree() const { return m_tree; }
    const TriageNode *current() const;
    bool atOutcome() const;
    int depth() const { return int(m_path.size()); }
    QStringList pathIds() const { return m_path; }

    // Each returns false (and records nothing) when the move is not possible.
    bool answer(int index, const QDateTime &at);
    bool back(const QDateTime &at);
    bool jumpTo(const QString &nodeId, const QDateTime &at);
    // The steps recorded since the last call.
    QList<TriageStep> takeSteps();
    void begin(const QDateTime &at); // records the first node being shown

    // A call interrupted (the console closed, another desk takes over) picks up where it was:
    // the recorded steps of this tree and version are replayed; nothing new is recorded.
    static TriageWalk resumed(TriageTree tree, QString language, const QList<TriageStep> &steps);

private:
    void record(TriageStep::Kind kind, const QString &nodeId, const QString &text, const QDateTime &at);
    void show(const QString &nodeId, const QDateTime &at);

    TriageTree m_tree;
    QString m_language;
    QStringList m_path; // node ids, the current one last
    QList<TriageStep> m_pending;
};

} // namespace hotline
