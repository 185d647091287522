// Rules R6, R7, R25: guided triage trees as data (db/triage/README.md), and the walk
// through one during a call, with every step and correction recorded.
#include "TriageTree.h"
#include "TriageWalk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace hotline;

namespace {

const QString kFile = QStringLiteral("washing_machine.json");

QJsonObject local(const QString &zh, const QString &en)
{
    return QJsonObject{{QStringLiteral("zh_CN"), zh}, {QStringLiteral("en"), en}};
}

QJsonObject answer(const QString &zh, const QString &en, const QString &next)
{
    return QJsonObject{{QStringLiteral("label"), local(zh, en)}, {QStringLiteral("next"), next}};
}

QJsonObject outcome(const QString &id, const QString &code, const QString &zh, const QString &en)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("kind"), QStringLiteral("outcome")},
                       {QStringLiteral("outcome"), code},
                       {QStringLiteral("text"), local(zh, en)}};
}

// A small valid tree: two questions, one instruction and one outcome of each kind (R7a–e).
QJsonObject validTree()
{
    QJsonArray nodes;
    nodes.append(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("q_start")},
        {QStringLiteral("kind"), QStringLiteral("question")},
        {QStringLiteral("text"), local(QStringLiteral("请问洗衣机现在是什么情况？"),
                                       QStringLiteral("What is the machine doing now?"))},
        {QStringLiteral("say"), local(QStringLiteral("您好，我来帮您看一下"),
                                      QStringLiteral("Let me help you with that"))},
        {QStringLiteral("answers"),
         QJsonArray{answer(QStringLiteral("不脱水"), QStringLiteral("It does not spin"), QStringLiteral("i_rebalance")),
                    answer(QStringLiteral("不启动"), QStringLiteral("It does not start"), QStringLiteral("q_power")),
                    answer(QStringLiteral("漏水"), QStringLiteral("It leaks"), QStringLiteral("carry_leak"))}}});
    nodes.append(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("q_power")},
        {QStringLiteral("kind"), QStringLiteral("question")},
        {QStringLiteral("text"), local(QStringLiteral("显示屏亮吗？"), QStringLiteral("Does the display light up?"))},
        {QStringLiteral("answers"),
         QJsonArray{answer(QStringLiteral("亮"), QStringLiteral("Yes"), QStringLiteral("tech_unknown")),
                    answer(QStringLiteral("不亮"), QStringLiteral("No"), QStringLiteral("parts_board"))}}});
    nodes.append(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("i_rebalance")},
        {QStringLiteral("kind"), QStringLiteral("instruction")},
        {QStringLiteral("text"), local(QStringLiteral("请打开机门，把衣物抖散、均匀铺开"),
                                       QStringLiteral("Please open the door and spread the laundry"))},
        {QStringLiteral("expect"), local(QStringLiteral("重新脱水时机器平稳"), QStringLiteral("The spin runs smoothly"))},
        {QStringLiteral("answers"),
         QJsonArray{answer(QStringLiteral("恢复正常"), QStringLiteral("Works now"), QStringLiteral("fix_unbalanced")),
                    answer(QStringLiteral("仍然不行"), QStringLiteral("Still not working"), QStringLiteral("visit_spin"))}}});
    nodes.append(outcome(QStringLiteral("fix_unbalanced"), QStringLiteral("remote_fix"),
                         QStringLiteral("衣物不平衡，已指导客户重新摆放"),
                         QStringLiteral("Unbalanced load; customer rearranged it")));
    nodes.append(outcome(QStringLiteral("visit_spin"), QStringLiteral("visit"),
                         QStringLiteral("不脱水，需上门"), QStringLiteral("Does not spin; visit needed")));
    QJsonObject parts = outcome(QStringLiteral("parts_board"), QStringLiteral("parts"),
                                QStringLiteral("电脑板可能损坏"), QStringLiteral("Control board probably faulty"));
    parts.insert(QStringLiteral("part"), local(QStringLiteral("电脑板"), QStringLiteral("Control board")));
    nodes.append(parts);
    nodes.append(outcome(QStringLiteral("carry_leak"), QStringLiteral("carry_in"),
                         QStringLiteral("漏水，送修"), QStringLiteral("Leaks; carry-in repair")));
    nodes.append(outcome(QStringLiteral("tech_unknown"), QStringLiteral("tech_support"),
                         QStringLiteral("有电不启动，原因不明"), QStringLiteral("Powers up but does not start")));

    return QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("category"), QStringLiteral("washing_machine")},
        {QStringLiteral("version"), 3},
        {QStringLiteral("title"), local(QStringLiteral("洗衣机"), QStringLiteral("Washing machine"))},
        {QStringLiteral("start"), QStringLiteral("q_start")},
        {QStringLiteral("symptoms"),
         QJsonArray{QJsonObject{{QStringLiteral("label"), local(QStringLiteral("不脱水"), QStringLiteral("Does not spin"))},
                                {QStringLiteral("node"), QStringLiteral("i_rebalance")}}}},
        {QStringLiteral("nodes"), nodes},
    };
}

QByteArray toJson(const QJsonObject &tree)
{
    return QJsonDocument(tree).toJson(QJsonDocument::Indented);
}

// The valid tree with one change applied.
QByteArray mutated(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject tree = validTree();
    change(tree);
    return toJson(tree);
}

void editNode(QJsonObject &tree, const QString &id, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray nodes = tree.value(QStringLiteral("nodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject n = nodes.at(i).toObject();
        if (n.value(QStringLiteral("id")).toString() == id) {
            change(n);
            nodes.replace(i, n);
            tree.insert(QStringLiteral("nodes"), nodes);
            return;
        }
    }
    qFatal("test tree has no node %s", qPrintable(id));
}

void addNode(QJsonObject &tree, const QJsonObject &node)
{
    QJsonArray nodes = tree.value(QStringLiteral("nodes")).toArray();
    nodes.append(node);
    tree.insert(QStringLiteral("nodes"), nodes);
}

void setAnswerNext(QJsonObject &node, int index, const QString &next)
{
    QJsonArray answers = node.value(QStringLiteral("answers")).toArray();
    QJsonObject a = answers.at(index).toObject();
    a.insert(QStringLiteral("next"), next);
    answers.replace(index, a);
    node.insert(QStringLiteral("answers"), answers);
}

QJsonObject question(const QString &id, const QJsonArray &answers)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("kind"), QStringLiteral("question")},
                       {QStringLiteral("text"), local(QStringLiteral("问题 ") + id, QStringLiteral("Question ") + id)},
                       {QStringLiteral("answers"), answers}};
}

QString describe(const QList<TriageError> &errors)
{
    QStringList lines;
    for (const TriageError &e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

QDateTime at(int h, int m, int s = 0)
{
    return QDateTime(QDate(2026, 11, 23), QTime(h, m, s), QTimeZone::utc());
}

TriageTree readValid()
{
    QList<TriageError> errors;
    const auto tree = TriageTree::read(toJson(validTree()), kFile, &errors);
    if (!tree || !errors.isEmpty())
        qFatal("the valid test tree does not read: %s", qPrintable(describe(errors)));
    return *tree;
}

} // namespace

class TestTriageTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validTreeReads();
    void outcomeCodes();
    void localText();
    void rejects_data();
    void rejects();
    void invalidJsonPosition();
    void everyErrorIsReported();
    void errorText();

    void walkRecordsStepsAndCorrections();
    void walkRefusesImpossibleMoves();
    void walkJumpAndOutcome();
    void walkInChinese();
    void emptyWalk();
};

void TestTriageTree::validTreeReads()
{
    QList<TriageError> errors;
    const auto tree = TriageTree::read(toJson(validTree()), kFile, &errors);
    QVERIFY2(tree.has_value(), qPrintable(describe(errors)));
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));

    QCOMPARE(tree->format, 1);
    QCOMPARE(tree->category, QStringLiteral("washing_machine"));
    QCOMPARE(tree->version, 3);
    QCOMPARE(tree->title.zh, QStringLiteral("洗衣机"));
    QCOMPARE(tree->title.en, QStringLiteral("Washing machine"));
    QCOMPARE(tree->start, QStringLiteral("q_start"));
    QCOMPARE(tree->nodes.size(), 8);

    // R6: symptom shortcuts the operator can jump to.
    QCOMPARE(tree->symptoms.size(), 1);
    QCOMPARE(tree->symptoms[0].node, QStringLiteral("i_rebalance"));
    QCOMPARE(tree->symptoms[0].label.en, QStringLiteral("Does not spin"));
    QCOMPARE(tree->symptoms[0].label.zh, QStringLiteral("不脱水"));

    const TriageNode *start = tree->node(QStringLiteral("q_start"));
    QVERIFY(start);
    QCOMPARE(start->id, QStringLiteral("q_start"));
    QCOMPARE(start->kind, TriageNode::Kind::Question);
    QCOMPARE(start->text.en, QStringLiteral("What is the machine doing now?"));
    QCOMPARE(start->say.zh, QStringLiteral("您好，我来帮您看一下")); // R25: the standard phrase
    QCOMPARE(start->answers.size(), 3);
    QCOMPARE(start->answers[1].label.zh, QStringLiteral("不启动"));
    QCOMPARE(start->answers[1].next, QStringLiteral("q_power"));

    const TriageNode *instruction = tree->node(QStringLiteral("i_rebalance"));
    QVERIFY(instruction);
    QCOMPARE(instruction->kind, TriageNode::Kind::Instruction);
    QCOMPARE(instruction->expect.en, QStringLiteral("The spin runs smoothly"));
    QVERIFY(instruction->say.isEmpty()); // optional
    QCOMPARE(instruction->answers.size(), 2);

    // R7 a–e: every outcome code reads to its outcome.
    const QList<std::pair<QString, TriageOutcome>> outcomes{
        {QStringLiteral("fix_unbalanced"), TriageOutcome::RemoteFix},
        {QStringLiteral("visit_spin"), TriageOutcome::Visit},
        {QStringLiteral("parts_board"), TriageOutcome::Parts},
        {QStringLiteral("carry_leak"), TriageOutcome::CarryIn},
        {QStringLiteral("tech_unknown"), TriageOutcome::TechSupport},
    };
    for (const auto &[id, expected] : outcomes) {
        const TriageNode *n = tree->node(id);
        QVERIFY2(n, qPrintable(id));
        QCOMPARE(n->kind, TriageNode::Kind::Outcome);
        QCOMPARE(n->outcome, expected);
        QVERIFY(n->answers.isEmpty());
    }
    // R7c: the parts outcome names the likely part.
    QCOMPARE(tree->node(QStringLiteral("parts_board"))->part.zh, QStringLiteral("电脑板"));
    QCOMPARE(tree->node(QStringLiteral("parts_board"))->part.en, QStringLiteral("Control board"));

    QCOMPARE(tree->node(QStringLiteral("nowhere")), nullptr);
    QCOMPARE(tree->node(QString()), nullptr);

    // A copy of the tree still finds its nodes (the index travels with it).
    const TriageTree copy = *tree;
    QCOMPARE(copy.node(QStringLiteral("carry_leak"))->outcome, TriageOutcome::CarryIn);
}

void TestTriageTree::outcomeCodes()
{
    for (TriageOutcome o : {TriageOutcome::RemoteFix, TriageOutcome::Visit, TriageOutcome::Parts,
                            TriageOutcome::CarryIn, TriageOutcome::TechSupport}) {
        const QString code = TriageTree::outcomeCode(o);
        QVERIFY(!code.isEmpty());
        QCOMPARE(TriageTree::outcomeFromCode(code), std::optional<TriageOutcome>(o));
    }
    QCOMPARE(TriageTree::outcomeCode(TriageOutcome::RemoteFix), QStringLiteral("remote_fix"));
    QCOMPARE(TriageTree::outcomeCode(TriageOutcome::TechSupport), QStringLiteral("tech_support"));
    QVERIFY(!TriageTree::outcomeFromCode(QStringLiteral("fixed")));
    QVERIFY(!TriageTree::outcomeFromCode(QStringLiteral("Visit")));
    QVERIFY(!TriageTree::outcomeFromCode(QString()));
}

void TestTriageTree::localText()
{
    const TriageTree tree = readValid();
    const LocalText &text = tree.node(QStringLiteral("q_power"))->text;
    QCOMPARE(text.in(QStringLiteral("zh_CN")), QStringLiteral("显示屏亮吗？"));
    QCOMPARE(text.in(QStringLiteral("en")), QStringLiteral("Does the display light up?"));
    QCOMPARE(text.in(QStringLiteral("en_GB")), QStringLiteral("Does the display light up?"));
    QVERIFY(text.isComplete());

    // Falls back to the other language rather than showing nothing.
    const LocalText onlyZh{QStringLiteral("只有中文"), QString()};
    QCOMPARE(onlyZh.in(QStringLiteral("en")), QStringLiteral("只有中文"));
    const LocalText onlyEn{QString(), QStringLiteral("English only")};
    QCOMPARE(onlyEn.in(QStringLiteral("zh_CN")), QStringLiteral("English only"));
    QVERIFY(!onlyEn.isComplete());
    QVERIFY(!onlyEn.isEmpty());
    QVERIFY(LocalText().isEmpty());
}

void TestTriageTree::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("node"); // empty: a file-level problem
    QTest::addColumn<QString>("fragment");
    // true: the mutation breaks exactly one rule, so this is the only error on that node (or
    // the only file-level error); false: other errors follow from it by necessity.
    QTest::addColumn<bool>("alone");

    QTest::newRow("invalid JSON")
        << QByteArray("{\n  \"format\": 1,\n  \"category\": washing_machine,\n  \"version\": 3\n}\n")
        << QString() << QStringLiteral("not valid JSON at line 3") << true;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString()
                                   << QStringLiteral("must hold one JSON object") << true;

    QTest::newRow("dangling reference")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("q_power"),
                        [](QJsonObject &n) { setAnswerNext(n, 1, QStringLiteral("parts_gone")); });
               // keep parts_board reachable so only the dangling answer is wrong
               editNode(t, QStringLiteral("q_start"), [](QJsonObject &n) {
                   QJsonArray answers = n.value(QStringLiteral("answers")).toArray();
                   answers.append(answer(QStringLiteral("没电"), QStringLiteral("No power"), QStringLiteral("parts_board")));
                   n.insert(QStringLiteral("answers"), answers);
               });
           })
        << QStringLiteral("q_power") << QStringLiteral("answer 2 leads to 'parts_gone', which does not exist") << true;

    // q_start -> q_power -> q_loop_a -> q_loop_b -> q_loop_a. q_loop_b can still finish
    // (its second answer), so the cycle is the only thing wrong.
    QTest::newRow("cycle")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("q_power"),
                        [](QJsonObject &n) { setAnswerNext(n, 0, QStringLiteral("q_loop_a")); });
               addNode(t, question(QStringLiteral("q_loop_a"),
                                   {answer(QStringLiteral("是"), QStringLiteral("Yes"), QStringLiteral("q_loop_b"))}));
               addNode(t, question(QStringLiteral("q_loop_b"),
                                   {answer(QStringLiteral("再问"), QStringLiteral("Ask again"), QStringLiteral("q_loop_a")),
                                    answer(QStringLiteral("不明"), QStringLiteral("Unknown"), QStringLiteral("tech_unknown"))}));
           })
        << QStringLiteral("q_loop_b") << QStringLiteral("cycle: q_loop_a -> q_loop_b -> q_loop_a") << true;
    QTest::newRow("answer to itself")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("q_power"), [](QJsonObject &n) {
                   QJsonArray answers = n.value(QStringLiteral("answers")).toArray();
                   answers.append(answer(QStringLiteral("再问"), QStringLiteral("Ask again"), QStringLiteral("q_power")));
                   n.insert(QStringLiteral("answers"), answers);
               });
           })
        << QStringLiteral("q_power") << QStringLiteral("cycle: q_power -> q_power") << true;

    QTest::newRow("unreachable node")
        << mutated([](QJsonObject &t) {
               addNode(t, outcome(QStringLiteral("visit_orphan"), QStringLiteral("visit"),
                                  QStringLiteral("孤立"), QStringLiteral("Orphan")));
           })
        << QStringLiteral("visit_orphan") << QStringLiteral("cannot be reached from 'start' or a symptom") << true;

    // Dead end. In this format a dead end never comes alone: every question and instruction
    // needs 1–9 answers, every answer an existing node, and without cycles every path ends at
    // a node with no answers, which must be an outcome. So a node that cannot finish always
    // has a node without answers, a dangling answer or a cycle downstream. Here q_dead's only
    // answer leads to an instruction with no answers: that instruction carries "has no
    // answers", and q_dead, itself well formed, must carry the dead-end error and nothing else.
    QTest::newRow("dead end")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("q_start"), [](QJsonObject &n) {
                   QJsonArray answers = n.value(QStringLiteral("answers")).toArray();
                   answers.append(answer(QStringLiteral("其他"), QStringLiteral("Other"), QStringLiteral("q_dead")));
                   n.insert(QStringLiteral("answers"), answers);
               });
               addNode(t, question(QStringLiteral("q_dead"),
                                   {answer(QStringLiteral("好"), QStringLiteral("OK"), QStringLiteral("i_stuck"))}));
               addNode(t, QJsonObject{{QStringLiteral("id"), QStringLiteral("i_stuck")},
                                      {QStringLiteral("kind"), QStringLiteral("instruction")},
                                      {QStringLiteral("text"), local(QStringLiteral("请等待"), QStringLiteral("Please wait"))},
                                      {QStringLiteral("expect"), local(QStringLiteral("灯亮"), QStringLiteral("Light on"))}});
           })
        << QStringLiteral("q_dead") << QStringLiteral("no way from here to an outcome") << true;
    QTest::newRow("question without answers")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("q_start"), [](QJsonObject &n) {
                   QJsonArray answers = n.value(QStringLiteral("answers")).toArray();
                   answers.append(answer(QStringLiteral("其他"), QStringLiteral("Other"), QStringLiteral("q_empty")));
                   n.insert(QStringLiteral("answers"), answers);
               });
               addNode(t, question(QStringLiteral("q_empty"), {}));
           })
        << QStringLiteral("q_empty") << QStringLiteral("has no answers") << false;

    QTest::newRow("duplicate id")
        << mutated([](QJsonObject &t) {
               addNode(t, outcome(QStringLiteral("visit_spin"), QStringLiteral("visit"),
                                  QStringLiteral("重复"), QStringLiteral("Again")));
           })
        << QStringLiteral("visit_spin") << QStringLiteral("duplicate id (also node #5)") << true;

    QTest::newRow("zh_CN missing")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("q_start"), [](QJsonObject &n) {
                   n.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("en"), QStringLiteral("What now?")}});
               });
           })
        << QStringLiteral("q_start") << QStringLiteral("'text' has no zh_CN translation") << true;
    QTest::newRow("en empty")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("q_power"), [](QJsonObject &n) {
                   n.insert(QStringLiteral("text"), local(QStringLiteral("显示屏亮吗？"), QStringLiteral("  ")));
               });
           })
        << QStringLiteral("q_power") << QStringLiteral("'text' has no en translation") << true;
    QTest::newRow("say en missing")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("q_start"), [](QJsonObject &n) {
                   n.insert(QStringLiteral("say"), QJsonObject{{QStringLiteral("zh_CN"), QStringLiteral("您好")}});
               });
           })
        << QStringLiteral("q_start") << QStringLiteral("'say' has no en translation") << true;
    QTest::newRow("title zh_CN empty")
        << mutated([](QJsonObject &t) {
               t.insert(QStringLiteral("title"), local(QString(), QStringLiteral("Washing machine")));
           })
        << QString() << QStringLiteral("'title' has no zh_CN translation") << true;

    QTest::newRow("more than 9 answers")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("q_power"), [](QJsonObject &n) {
                   QJsonArray answers;
                   for (int i = 1; i <= 10; ++i)
                       answers.append(answer(QStringLiteral("答%1").arg(i), QStringLiteral("Answer %1").arg(i),
                                             i == 10 ? QStringLiteral("parts_board") : QStringLiteral("tech_unknown")));
                   n.insert(QStringLiteral("answers"), answers);
               });
           })
        << QStringLiteral("q_power") << QStringLiteral("has 10 answers; at most 9") << true;

    QTest::newRow("unknown kind")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("q_power"),
                        [](QJsonObject &n) { n.insert(QStringLiteral("kind"), QStringLiteral("quiz")); });
           })
        << QStringLiteral("q_power") << QStringLiteral("'kind' must be question, instruction or outcome, not 'quiz'") << true;
    QTest::newRow("missing kind")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("q_power"), [](QJsonObject &n) { n.remove(QStringLiteral("kind")); });
           })
        << QStringLiteral("q_power") << QStringLiteral("'kind' must be question, instruction or outcome") << true;
    QTest::newRow("unknown outcome")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("fix_unbalanced"),
                        [](QJsonObject &n) { n.insert(QStringLiteral("outcome"), QStringLiteral("fixed")); });
           })
        << QStringLiteral("fix_unbalanced") << QStringLiteral("'outcome' must be remote_fix") << true;
    QTest::newRow("parts outcome without part")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("parts_board"), [](QJsonObject &n) { n.remove(QStringLiteral("part")); });
           })
        << QStringLiteral("parts_board") << QStringLiteral("'part' is missing") << true;
    QTest::newRow("unknown field (a misspelt 'say')")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("i_rebalance"), [](QJsonObject &n) {
                   n.insert(QStringLiteral("sya"), n.value(QStringLiteral("text")));
               });
           })
        << QStringLiteral("i_rebalance") << QStringLiteral("unknown field 'sya'") << true;
    QTest::newRow("unknown top-level field")
        << mutated([](QJsonObject &t) { t.insert(QStringLiteral("symptons"), QJsonArray()); })
        << QString() << QStringLiteral("unknown field 'symptons'") << true;
    QTest::newRow("instruction without expect")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("i_rebalance"), [](QJsonObject &n) { n.remove(QStringLiteral("expect")); });
           })
        << QStringLiteral("i_rebalance") << QStringLiteral("'expect' is missing") << true;
    QTest::newRow("outcome with answers")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("visit_spin"), [](QJsonObject &n) {
                   n.insert(QStringLiteral("answers"),
                            QJsonArray{answer(QStringLiteral("再试"), QStringLiteral("Retry"), QStringLiteral("q_start"))});
               });
           })
        << QStringLiteral("visit_spin") << QStringLiteral("an outcome ends the call and has no answers") << true;
    QTest::newRow("answer without next")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("q_power"), [](QJsonObject &n) {
                   QJsonArray answers = n.value(QStringLiteral("answers")).toArray();
                   answers.append(QJsonObject{{QStringLiteral("label"), local(QStringLiteral("不知道"), QStringLiteral("Don't know"))}});
                   n.insert(QStringLiteral("answers"), answers);
               });
           })
        << QStringLiteral("q_power") << QStringLiteral("answer 3 has no 'next'") << true;

    QTest::newRow("start names a missing node")
        << mutated([](QJsonObject &t) { t.insert(QStringLiteral("start"), QStringLiteral("q_gone")); })
        << QString() << QStringLiteral("'start' names 'q_gone', which does not exist") << true;
    QTest::newRow("start missing")
        << mutated([](QJsonObject &t) { t.remove(QStringLiteral("start")); })
        << QString() << QStringLiteral("'start' is missing") << true;
    QTest::newRow("symptom names a missing node")
        << mutated([](QJsonObject &t) {
               QJsonArray symptoms = t.value(QStringLiteral("symptoms")).toArray();
               symptoms.append(QJsonObject{{QStringLiteral("label"), local(QStringLiteral("噪音大"), QStringLiteral("Noisy"))},
                                           {QStringLiteral("node"), QStringLiteral("q_noise")}});
               t.insert(QStringLiteral("symptoms"), symptoms);
           })
        << QString() << QStringLiteral("symptom 'Noisy' names 'q_noise', which does not exist") << true;

    QTest::newRow("bad id characters")
        << mutated([](QJsonObject &t) {
               editNode(t, QStringLiteral("carry_leak"),
                        [](QJsonObject &n) { n.insert(QStringLiteral("id"), QStringLiteral("Carry-Leak")); });
               editNode(t, QStringLiteral("q_start"),
                        [](QJsonObject &n) { setAnswerNext(n, 2, QStringLiteral("Carry-Leak")); });
           })
        << QStringLiteral("Carry-Leak") << QStringLiteral("id may use only a-z, 0-9 and _") << true;
    QTest::newRow("node without id")
        << mutated([](QJsonObject &t) {
               addNode(t, QJsonObject{{QStringLiteral("kind"), QStringLiteral("outcome")},
                                      {QStringLiteral("outcome"), QStringLiteral("visit")},
                                      {QStringLiteral("text"), local(QStringLiteral("无"), QStringLiteral("None"))}});
           })
        << QStringLiteral("#9") << QStringLiteral("has no 'id'") << true;

    QTest::newRow("format 2")
        << mutated([](QJsonObject &t) { t.insert(QStringLiteral("format"), 2); })
        << QString() << QStringLiteral("'format' must be 1") << true;
    QTest::newRow("format missing")
        << mutated([](QJsonObject &t) { t.remove(QStringLiteral("format")); })
        << QString() << QStringLiteral("'format' must be 1") << true;
    QTest::newRow("version 0")
        << mutated([](QJsonObject &t) { t.insert(QStringLiteral("version"), 0); })
        << QString() << QStringLiteral("'version' must be a whole number from 1") << true;
    QTest::newRow("version not whole")
        << mutated([](QJsonObject &t) { t.insert(QStringLiteral("version"), 2.5); })
        << QString() << QStringLiteral("'version' must be a whole number from 1") << true;
    QTest::newRow("category with capitals")
        << mutated([](QJsonObject &t) { t.insert(QStringLiteral("category"), QStringLiteral("Washing Machine")); })
        << QString() << QStringLiteral("'category' must be a lower-case name") << true;
    QTest::newRow("category missing")
        << mutated([](QJsonObject &t) { t.remove(QStringLiteral("category")); })
        << QString() << QStringLiteral("'category' must be a lower-case name") << true;
    QTest::newRow("no nodes")
        << mutated([](QJsonObject &t) { t.insert(QStringLiteral("nodes"), QJsonArray()); })
        << QString() << QStringLiteral("'nodes' is missing or empty") << false;
}

void TestTriageTree::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, node);
    QFETCH(QString, fragment);
    QFETCH(bool, alone);

    QList<TriageError> errors;
    const auto tree = TriageTree::read(json, kFile, &errors);
    QVERIFY2(!tree.has_value(), "a tree with an error must not be returned");
    QVERIFY(!errors.isEmpty());

    // The error names the node it is about (empty: file level) and says what is wrong.
    QList<TriageError> here;
    for (const TriageError &e : std::as_const(errors)) {
        QCOMPARE(e.file, kFile);
        QVERIFY2(e.toString().startsWith(kFile + u':'), qPrintable(e.toString()));
        if (e.node == node)
            here << e;
    }
    if (alone) {
        QVERIFY2(here.size() == 1, qPrintable(QStringLiteral("expected one error for '%1', got:\n%2")
                                                  .arg(node, describe(errors))));
    } else {
        std::stable_partition(here.begin(), here.end(),
                              [&](const TriageError &e) { return e.problem.contains(fragment); });
    }
    QVERIFY2(!here.isEmpty() && here.first().problem.contains(fragment),
             qPrintable(QStringLiteral("'%1' not reported for '%2':\n%3").arg(fragment, node, describe(errors))));
    if (!node.isEmpty())
        QVERIFY2(here.first().toString().contains(QStringLiteral("node ") + node), qPrintable(here.first().toString()));
}

void TestTriageTree::invalidJsonPosition()
{
    // The position is given as an editor shows it: line, and column in characters (not bytes).
    const QByteArray json = "{\n"
                            "  \"format\": 1,\n"
                            "  \"title\": {\"zh_CN\": \"洗衣机\", \"en\": oops}\n"
                            "}\n";
    QList<TriageError> errors;
    QVERIFY(!TriageTree::read(json, kFile, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].node, QString());
    const QString text = errors[0].toString();
    QVERIFY2(text.startsWith(kFile + u':'), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("line 3,")), qPrintable(text));
    // "oops" starts at column 35 of line 3 (洗衣机 is 3 characters but 9 bytes: 41 if bytes were counted).
    QVERIFY2(text.contains(QStringLiteral("line 3, column 35")), qPrintable(text));
}

void TestTriageTree::everyErrorIsReported()
{
    // Validation does not stop at the first problem: the author fixes them all in one go.
    const QByteArray json = mutated([](QJsonObject &t) {
        t.insert(QStringLiteral("version"), 0);
        editNode(t, QStringLiteral("i_rebalance"), [](QJsonObject &n) { n.remove(QStringLiteral("expect")); });
        editNode(t, QStringLiteral("parts_board"), [](QJsonObject &n) { n.remove(QStringLiteral("part")); });
    });
    QList<TriageError> errors{{QStringLiteral("other.json"), {}, QStringLiteral("from an earlier file")}};
    QVERIFY(!TriageTree::read(json, kFile, &errors));
    QCOMPARE(errors.size(), 4); // appended; earlier errors are kept
    QCOMPARE(errors[0].file, QStringLiteral("other.json"));
    QStringList nodes;
    for (qsizetype i = 1; i < errors.size(); ++i)
        nodes << errors[i].node;
    nodes.sort();
    QCOMPARE(nodes, (QStringList{QString(), QStringLiteral("i_rebalance"), QStringLiteral("parts_board")}));

    // Errors already in the list do not make a valid file fail.
    QVERIFY(TriageTree::read(toJson(validTree()), kFile, &errors).has_value());
    QCOMPARE(errors.size(), 4);
}

void TestTriageTree::errorText()
{
    const TriageError fileLevel{kFile, {}, QStringLiteral("'format' must be 1")};
    QCOMPARE(fileLevel.toString(), QStringLiteral("washing_machine.json: 'format' must be 1"));
    const TriageError nodeLevel{kFile, QStringLiteral("q_power"), QStringLiteral("has no answers")};
    QCOMPARE(nodeLevel.toString(), QStringLiteral("washing_machine.json: node q_power: has no answers"));
}

void TestTriageTree::walkRecordsStepsAndCorrections()
{
    // R6: each step asked and each answer given is recorded; a correction keeps both.
    TriageWalk walk(readValid(), QStringLiteral("en"));
    QVERIFY(walk.isValid());
    QCOMPARE(walk.current()->id, QStringLiteral("q_start"));
    QCOMPARE(walk.depth(), 1);
    QVERIFY(walk.takeSteps().isEmpty()); // nothing before begin()

    walk.begin(at(10, 0));
    QVERIFY(walk.answer(0, at(10, 1)));  // "It does not spin" -> i_rebalance
    QCOMPARE(walk.current()->id, QStringLiteral("i_rebalance"));
    QCOMPARE(walk.depth(), 2);
    QVERIFY(walk.back(at(10, 2)));       // wrong answer: corrected
    QCOMPARE(walk.current()->id, QStringLiteral("q_start"));
    QCOMPARE(walk.depth(), 1);
    QVERIFY(walk.answer(1, at(10, 3)));  // "It does not start" -> q_power
    QCOMPARE(walk.pathIds(), (QStringList{QStringLiteral("q_start"), QStringLiteral("q_power")}));

    const QList<TriageStep> steps = walk.takeSteps();
    QCOMPARE(steps.size(), 6);
    using K = TriageStep::Kind;
    const QList<K> kinds{K::Shown, K::Answered, K::Shown, K::SteppedBack, K::Answered, K::Shown};
    const QStringList ids{QStringLiteral("q_start"), QStringLiteral("q_start"), QStringLiteral("i_rebalance"),
                          QStringLiteral("i_rebalance"), QStringLiteral("q_start"), QStringLiteral("q_power")};
    const QList<QDateTime> times{at(10, 0), at(10, 1), at(10, 1), at(10, 2), at(10, 3), at(10, 3)};
    const QStringList texts{QStringLiteral("What is the machine doing now?"),
                            QStringLiteral("It does not spin"),
                            QStringLiteral("Please open the door and spread the laundry"),
                            QStringLiteral("What is the machine doing now?"), // the question asked again
                            QStringLiteral("It does not start"),
                            QStringLiteral("Does the display light up?")};
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].kind, kinds[i]);
        QCOMPARE(steps[i].nodeId, ids[i]);
        QCOMPARE(steps[i].at, times[i]);
        QCOMPARE(steps[i].text, texts[i]);
        QCOMPARE(steps[i].category, QStringLiteral("washing_machine"));
        QCOMPARE(steps[i].treeVersion, 3);
    }

    // takeSteps() hands the steps over once.
    QVERIFY(walk.takeSteps().isEmpty());
    QVERIFY(walk.answer(1, at(10, 4)));
    QCOMPARE(walk.takeSteps().size(), 2); // only what happened since
    QVERIFY(walk.takeSteps().isEmpty());

    QCOMPARE(TriageStep::kindCode(K::Shown), QStringLiteral("shown"));
    QCOMPARE(TriageStep::kindCode(K::Answered), QStringLiteral("answered"));
    QCOMPARE(TriageStep::kindCode(K::SteppedBack), QStringLiteral("stepped_back"));
    QCOMPARE(TriageStep::kindCode(K::Jumped), QStringLiteral("jumped"));
}

void TestTriageTree::walkRefusesImpossibleMoves()
{
    TriageWalk walk(readValid(), QStringLiteral("en"));
    walk.begin(at(9, 0));
    QCOMPARE(walk.takeSteps().size(), 1);

    // Nothing to go back to at the start.
    QVERIFY(!walk.back(at(9, 1)));
    QCOMPARE(walk.current()->id, QStringLiteral("q_start"));
    // Answers out of range (q_start has three).
    QVERIFY(!walk.answer(3, at(9, 2)));
    QVERIFY(!walk.answer(-1, at(9, 2)));
    // A node that does not exist.
    QVERIFY(!walk.jumpTo(QStringLiteral("q_gone"), at(9, 3)));
    QVERIFY(!walk.jumpTo(QString(), at(9, 3)));

    QCOMPARE(walk.current()->id, QStringLiteral("q_start"));
    QCOMPARE(walk.depth(), 1);
    QVERIFY2(walk.takeSteps().isEmpty(), "a refused move records nothing");
}

void TestTriageTree::walkJumpAndOutcome()
{
    TriageWalk walk(readValid(), QStringLiteral("en"));
    walk.begin(at(11, 0));
    QVERIFY(walk.answer(1, at(11, 1))); // q_power
    walk.takeSteps();

    // R6: the operator jumps to a symptom shortcut.
    const QString symptom = walk.tree().symptoms.first().node;
    QVERIFY(walk.jumpTo(symptom, at(11, 2)));
    QCOMPARE(walk.current()->id, QStringLiteral("i_rebalance"));
    QCOMPARE(walk.pathIds(), (QStringList{QStringLiteral("q_start"), QStringLiteral("q_power"),
                                          QStringLiteral("i_rebalance")}));
    QVERIFY(!walk.atOutcome());
    QList<TriageStep> steps = walk.takeSteps();
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps[0].kind, TriageStep::Kind::Jumped);
    QCOMPARE(steps[0].nodeId, QStringLiteral("i_rebalance"));
    QCOMPARE(steps[0].text, QStringLiteral("Please open the door and spread the laundry"));
    QCOMPARE(steps[0].at, at(11, 2));

    // Works now -> the remote-fix outcome (R7a).
    QVERIFY(walk.answer(0, at(11, 3)));
    QVERIFY(walk.atOutcome());
    QCOMPARE(walk.current()->outcome, TriageOutcome::RemoteFix);
    steps = walk.takeSteps();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps[0].kind, TriageStep::Kind::Answered);
    QCOMPARE(steps[0].text, QStringLiteral("Works now"));
    QCOMPARE(steps[1].kind, TriageStep::Kind::Shown);
    QCOMPARE(steps[1].nodeId, QStringLiteral("fix_unbalanced"));
    QCOMPARE(steps[1].text, QStringLiteral("Unbalanced load; customer rearranged it"));

    // An outcome has no answers to give.
    QVERIFY(!walk.answer(0, at(11, 4)));
    QVERIFY(walk.takeSteps().isEmpty());

    // Going back from the outcome, then back over the jump, returns to where we were.
    QVERIFY(walk.back(at(11, 5)));
    QVERIFY(!walk.atOutcome());
    QCOMPARE(walk.current()->id, QStringLiteral("i_rebalance"));
    QVERIFY(walk.back(at(11, 6)));
    QCOMPARE(walk.current()->id, QStringLiteral("q_power"));
    steps = walk.takeSteps();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps[0].kind, TriageStep::Kind::SteppedBack);
    QCOMPARE(steps[0].nodeId, QStringLiteral("fix_unbalanced"));
    QCOMPARE(steps[0].at, at(11, 5));
    QCOMPARE(steps[1].kind, TriageStep::Kind::SteppedBack);
    QCOMPARE(steps[1].nodeId, QStringLiteral("i_rebalance"));
    QCOMPARE(steps[1].at, at(11, 6));

    // Every outcome is reachable by answers: q_power "No" -> parts (R7c).
    QVERIFY(walk.answer(1, at(11, 7)));
    QVERIFY(walk.atOutcome());
    QCOMPARE(walk.current()->outcome, TriageOutcome::Parts);
}

void TestTriageTree::walkInChinese()
{
    TriageWalk walk(readValid(), QStringLiteral("zh_CN"));
    walk.begin(at(14, 0));
    QVERIFY(walk.answer(2, at(14, 1))); // 漏水 -> carry-in
    QVERIFY(walk.atOutcome());
    QCOMPARE(walk.current()->outcome, TriageOutcome::CarryIn);
    const QList<TriageStep> steps = walk.takeSteps();
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps[0].text, QStringLiteral("请问洗衣机现在是什么情况？"));
    QCOMPARE(steps[1].text, QStringLiteral("漏水"));
    QCOMPARE(steps[2].text, QStringLiteral("漏水，送修"));
}

void TestTriageTree::emptyWalk()
{
    TriageWalk walk;
    QVERIFY(!walk.isValid());
    QCOMPARE(walk.current(), nullptr);
    QVERIFY(!walk.atOutcome());
    QCOMPARE(walk.depth(), 0);
    walk.begin(at(8, 0));
    QVERIFY(!walk.answer(0, at(8, 1)));
    QVERIFY(!walk.back(at(8, 2)));
    QVERIFY(!walk.jumpTo(QStringLiteral("q_start"), at(8, 3)));
    QVERIFY(walk.takeSteps().isEmpty());
}

QTEST_GUILESS_MAIN(TestTriageTree)
#include "tst_triagetree.moc"
