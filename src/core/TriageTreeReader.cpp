// Reading and validating triage tree files (db/triage/README.md describes the format).
#include "TriageTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace hotline {

class TriageTreeReader
{
public:
    TriageTreeReader(QString file, QList<TriageError> *errors)
        : m_file(std::move(file)), m_errors(errors)
    {}

    std::optional<TriageTree> read(const QByteArray &json);

private:
    void error(const QString &node, const QString &problem) { m_errors->append({m_file, node, problem}); }
    LocalText text(const QJsonObject &o, const char *key, const QString &node, bool required);
    void readNode(const QJsonObject &o, int position);
    // A misspelt field ("sya") would silently drop content: refuse anything not in the format.
    void onlyKnownKeys(const QJsonObject &o, const QStringList &known, const QString &where);
    void checkGraph();

    QString m_file;
    QList<TriageError> *m_errors;
    TriageTree m_tree;
};

namespace {

// Where a JSON syntax error is, as an editor shows it.
QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

void TriageTreeReader::onlyKnownKeys(const QJsonObject &o, const QStringList &known, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            error(where, QStringLiteral("unknown field '%1'").arg(it.key()));
    }
}

LocalText TriageTreeReader::text(const QJsonObject &o, const char *key, const QString &node, bool required)
{
    const QString name = QString::fromLatin1(key);
    if (!o.contains(name)) {
        if (required)
            error(node, QStringLiteral("'%1' is missing").arg(name));
        return {};
    }
    onlyKnownKeys(o.value(name).toObject(), {QStringLiteral("zh_CN"), QStringLiteral("en")},
                  node.isEmpty() ? name : node + u' ' + name);
    const LocalText t = LocalText::fromJson(o.value(name));
    if (t.zh.trimmed().isEmpty())
        error(node, QStringLiteral("'%1' has no zh_CN translation").arg(name));
    if (t.en.trimmed().isEmpty())
        error(node, QStringLiteral("'%1' has no en translation").arg(name));
    return t;
}

void TriageTreeReader::readNode(const QJsonObject &o, int position)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]+$"));
    TriageNode n;
    n.id = o.value(QStringLiteral("id")).toString();
    const QString where = n.id.isEmpty() ? QStringLiteral("#%1").arg(position + 1) : n.id;
    if (n.id.isEmpty()) {
        error(where, QStringLiteral("has no 'id'"));
        return;
    }
    if (!idPattern.match(n.id).hasMatch())
        error(where, QStringLiteral("id may use only a-z, 0-9 and _"));
    if (m_tree.m_index.contains(n.id)) {
        error(where, QStringLiteral("duplicate id (also node #%1)").arg(m_tree.m_index.value(n.id) + 1));
        return;
    }
    onlyKnownKeys(o, {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("text"),
                      QStringLiteral("say"), QStringLiteral("expect"), QStringLiteral("answers"),
                      QStringLiteral("outcome"), QStringLiteral("part")},
                  where);
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == u"question")
        n.kind = TriageNode::Kind::Question;
    else if (kind == u"instruction")
        n.kind = TriageNode::Kind::Instruction;
    else if (kind == u"outcome")
        n.kind = TriageNode::Kind::Outcome;
    else
        error(where, QStringLiteral("'kind' must be question, instruction or outcome, not '%1'").arg(kind));

    n.text = text(o, "text", where, true);
    n.say = text(o, "say", where, false);
    if (n.kind == TriageNode::Kind::Instruction)
        n.expect = text(o, "expect", where, true);

    if (n.kind == TriageNode::Kind::Outcome) {
        const QString code = o.value(QStringLiteral("outcome")).toString();
        if (const auto outcome = TriageTree::outcomeFromCode(code))
            n.outcome = *outcome;
        else
            error(where, QStringLiteral("'outcome' must be remote_fix, visit, parts, carry_in or "
                                        "tech_support, not '%1'").arg(code));
        if (n.outcome == TriageOutcome::Parts)
            n.part = text(o, "part", where, true);
        if (o.contains(QStringLiteral("answers")))
            error(where, QStringLiteral("an outcome ends the call and has no answers"));
    } else {
        const QJsonArray answers = o.value(QStringLiteral("answers")).toArray();
        if (answers.isEmpty())
            error(where, QStringLiteral("has no answers"));
        if (answers.size() > 9)
            error(where, QStringLiteral("has %1 answers; at most 9 (keys 1-9)").arg(answers.size()));
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const QJsonObject a = answers.at(i).toObject();
            const QString label = QStringLiteral("answer %1").arg(i + 1);
            onlyKnownKeys(a, {QStringLiteral("label"), QStringLiteral("next")}, where + u' ' + label);
            TriageAnswer answer;
            answer.label = text(a, "label", where + u' ' + label, true);
            answer.next = a.value(QStringLiteral("next")).toString();
            if (answer.next.isEmpty())
                error(where, label + QStringLiteral(" has no 'next'"));
            n.answers.append(answer);
        }
    }
    m_tree.m_index.insert(n.id, m_tree.nodes.size());
    m_tree.nodes.append(n);
}

void TriageTreeReader::checkGraph()
{
    TriageTree &t = m_tree;
    // Dangling references.
    for (const TriageNode &n : std::as_const(t.nodes)) {
        for (qsizetype i = 0; i < n.answers.size(); ++i) {
            if (!n.answers[i].next.isEmpty() && !t.node(n.answers[i].next))
                error(n.id, QStringLiteral("answer %1 leads to '%2', which does not exist")
                                .arg(i + 1)
                                .arg(n.answers[i].next));
        }
    }
    if (!t.start.isEmpty() && !t.node(t.start)) // a missing 'start' is reported once, by read()
        error({}, QStringLiteral("'start' names '%1', which does not exist").arg(t.start));
    for (const TriageSymptom &s : std::as_const(t.symptoms)) {
        if (!t.node(s.node))
            error({}, QStringLiteral("symptom '%1' names '%2', which does not exist").arg(s.label.en, s.node));
    }

    // Cycles: a guided call must always move on.
    enum Mark { White, Grey, Black };
    QHash<QString, Mark> mark;
    QStringList path;
    std::function<void(const TriageNode &)> visit = [&](const TriageNode &n) {
        mark[n.id] = Grey;
        path.append(n.id);
        for (const TriageAnswer &a : n.answers) {
            const TriageNode *next = t.node(a.next);
            if (!next)
                continue;
            if (mark.value(next->id) == Grey) {
                const QStringList loop = path.mid(path.indexOf(next->id)) << next->id;
                error(n.id, QStringLiteral("leads back in a cycle: %1").arg(loop.join(QStringLiteral(" -> "))));
            } else if (mark.value(next->id) == White) {
                visit(*next);
            }
        }
        path.removeLast();
        mark[n.id] = Black;
    };
    for (const TriageNode &n : std::as_const(t.nodes)) {
        if (mark.value(n.id) == White)
            visit(n);
    }

    // Unreachable nodes: from the start and the symptom shortcuts.
    QSet<QString> reached;
    QStringList queue{t.start};
    for (const TriageSymptom &s : std::as_const(t.symptoms))
        queue.append(s.node);
    while (!queue.isEmpty()) {
        const QString id = queue.takeFirst();
        const TriageNode *n = t.node(id);
        if (!n || reached.contains(id))
            continue;
        reached.insert(id);
        for (const TriageAnswer &a : n->answers)
            queue.append(a.next);
    }
    // Dead ends: nodes from which no outcome can be reached.
    QSet<QString> canFinish;
    bool grew = true;
    while (grew) {
        grew = false;
        for (const TriageNode &n : std::as_const(t.nodes)) {
            if (canFinish.contains(n.id))
                continue;
            bool finishes = n.kind == TriageNode::Kind::Outcome;
            for (const TriageAnswer &a : n.answers)
                finishes |= canFinish.contains(a.next);
            if (finishes) {
                canFinish.insert(n.id);
                grew = true;
            }
        }
    }
    for (const TriageNode &n : std::as_const(t.nodes)) {
        if (!reached.contains(n.id))
            error(n.id, QStringLiteral("cannot be reached from 'start' or a symptom"));
        if (!canFinish.contains(n.id))
            error(n.id, QStringLiteral("no way from here to an outcome"));
    }
}

std::optional<TriageTree> TriageTreeReader::read(const QByteArray &json)
{
    const int before = int(m_errors->size());
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        error({}, QStringLiteral("not valid JSON at %1: %2")
                      .arg(lineAndColumn(json, parse.offset), parse.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error({}, QStringLiteral("the file must hold one JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    onlyKnownKeys(root, {QStringLiteral("format"), QStringLiteral("category"), QStringLiteral("version"),
                         QStringLiteral("title"), QStringLiteral("start"), QStringLiteral("symptoms"),
                         QStringLiteral("nodes")},
                  {});
    m_tree.format = root.value(QStringLiteral("format")).toInt(0);
    if (m_tree.format != 1)
        error({}, QStringLiteral("'format' must be 1"));
    m_tree.category = root.value(QStringLiteral("category")).toString();
    static const QRegularExpression categoryPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!categoryPattern.match(m_tree.category).hasMatch())
        error({}, QStringLiteral("'category' must be a lower-case name such as washing_machine"));
    m_tree.version = root.value(QStringLiteral("version")).toInt(0);
    if (m_tree.version < 1)
        error({}, QStringLiteral("'version' must be a whole number from 1"));
    m_tree.title = text(root, "title", {}, true);
    m_tree.start = root.value(QStringLiteral("start")).toString();
    if (m_tree.start.isEmpty())
        error({}, QStringLiteral("'start' is missing"));
    const QJsonArray symptoms = root.value(QStringLiteral("symptoms")).toArray();
    for (qsizetype i = 0; i < symptoms.size(); ++i) {
        const QJsonObject s = symptoms.at(i).toObject();
        onlyKnownKeys(s, {QStringLiteral("label"), QStringLiteral("node")}, QStringLiteral("symptom %1").arg(i + 1));
        m_tree.symptoms.append({text(s, "label", QStringLiteral("symptom %1").arg(i + 1), true),
                                s.value(QStringLiteral("node")).toString()});
    }
    const QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
    if (nodes.isEmpty())
        error({}, QStringLiteral("'nodes' is missing or empty"));
    for (qsizetype i = 0; i < nodes.size(); ++i)
        readNode(nodes.at(i).toObject(), int(i));
    checkGraph();
    if (m_errors->size() > before)
        return std::nullopt;
    return m_tree;
}

std::optional<TriageTree> TriageTree::read(const QByteArray &json, const QString &fileName,
                                           QList<TriageError> *errors)
{
    return TriageTreeReader(fileName, errors).read(json);
}

} // namespace hotline
