#pragma once

#include "LocalText.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace hotline {

// Rule R7: how a guided call ends.
enum class TriageOutcome { RemoteFix, Visit, Parts, CarryIn, TechSupport };

struct TriageAnswer
{
    LocalText label;
    QString next;
};

struct TriageNode
{
    enum class Kind { Question, Instruction, Outcome };

    QString id;
    Kind kind = Kind::Question;
    LocalText text;   // question to ask, instruction to read, or the finding for the ticket
    LocalText say;    // R25: the standard phrase for this step, when there is one
    LocalText expect; // instruction: what the customer should see afterwards
    QList<TriageAnswer> answers;
    TriageOutcome outcome = TriageOutcome::Visit;
    LocalText part; // parts outcome: the likely part (R7c)
};

struct TriageSymptom
{
    LocalText label;
    QString node;
};

// One problem in a tree file, precise enough to fix it: file, node, what is wrong.
struct TriageError
{
    QString file;
    QString node; // empty for file-level problems
    QString problem;

    QString toString() const;
};

// Rule R6: the guided script for one product category, as data (db/triage/*.json).
struct TriageTree
{
    int format = 1;
    QString category;
    int version = 0;
    LocalText title;
    QString start;
    QList<TriageSymptom> symptoms;
    QList<TriageNode> nodes;

    const TriageNode *node(const QString &id) const;

    // Reads and checks a tree file. On any error the tree is nullopt and `errors` says why;
    // a tree that is returned is complete and safe to walk.
    static std::optional<TriageTree> read(const QByteArray &json, const QString &fileName,
                                          QList<TriageError> *errors);

    static QString outcomeCode(TriageOutcome o);
    static std::optional<TriageOutcome> outcomeFromCode(const QString &code);

private:
    QHash<QString, qsizetype> m_index;
    friend class TriageTreeReader;
};

} // namespace hotline
