#include "TriagePanel.h"

#include "Centre.h"
#include "ServicePhrases.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace hotline {

namespace {

enum Page { NoTreePage, NodePage, OutcomePage, ResultPage };

QLabel *wrapped(QWidget *parent, const char *objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(objectName));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString outcomeLabel(TriageOutcome o)
{
    switch (o) {
    case TriageOutcome::RemoteFix: return TriagePanel::tr("Fixed on the phone");
    case TriageOutcome::Visit: return TriagePanel::tr("Engineer visit needed");
    case TriageOutcome::Parts: return TriagePanel::tr("Visit with parts");
    case TriageOutcome::CarryIn: return TriagePanel::tr("Carry-in repair (loaner if needed)");
    case TriageOutcome::TechSupport: return TriagePanel::tr("Unknown fault: technical support first");
    }
    return {};
}

} // namespace

TriagePanel::TriagePanel(TriageService &triage, QWidget *parent)
    : QWidget(parent)
    , m_triage(triage)
{
    setObjectName(QStringLiteral("triagePanel"));
    buildUi();
    m_handoffTimer.setInterval(1000);
    connect(&m_handoffTimer, &QTimer::timeout, this, &TriagePanel::tickHandoffClock);
}

void TriagePanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    layout->addWidget(m_title);

    auto *choices = new QHBoxLayout;
    m_treeChoice = new QComboBox(this);
    m_treeChoice->setObjectName(QStringLiteral("treeChoice"));
    m_treeChoice->setToolTip(tr("Switch to another product's script"));
    m_symptomChoice = new QComboBox(this);
    m_symptomChoice->setObjectName(QStringLiteral("symptomChoice"));
    m_symptomChoice->setToolTip(tr("Jump straight to a symptom (Ctrl+J)"));
    choices->addWidget(m_treeChoice, 1);
    choices->addWidget(m_symptomChoice, 2);
    layout->addLayout(choices);
    connect(m_treeChoice, &QComboBox::activated, this,
            [this](int i) { switchTree(m_treeChoice->itemData(i).toString()); });
    connect(m_symptomChoice, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            jumpToSymptom(i - 1);
    });
    auto *jump = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_J), this, nullptr, nullptr,
                               Qt::WidgetWithChildrenShortcut);
    connect(jump, &QShortcut::activated, this, [this] { m_symptomChoice->showPopup(); });

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 3);

    // No tree for this product.
    auto *noTree = wrapped(m_pages, "noTreeText");
    noTree->setText(tr("No guided script for this product. Choose another product's script "
                       "above, or end the call with F8 (visit) or F9 (technical support)."));
    noTree->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(noTree);

    // A question or an instruction.
    auto *nodePage = new QWidget(m_pages);
    auto *nodeLayout = new QVBoxLayout(nodePage);
    nodeLayout->setContentsMargins(0, 4, 0, 0);
    m_say = wrapped(nodePage, "sayPhrase");
    nodeLayout->addWidget(m_say);
    m_nodeText = wrapped(nodePage, "triageText");
    nodeLayout->addWidget(m_nodeText);
    m_expect = wrapped(nodePage, "expectText");
    nodeLayout->addWidget(m_expect);
    m_answersHost = new QWidget(nodePage);
    m_answers = new QVBoxLayout(m_answersHost);
    m_answers->setContentsMargins(0, 6, 0, 0);
    nodeLayout->addWidget(m_answersHost);
    nodeLayout->addStretch(1);
    m_pages->addWidget(nodePage);

    // An outcome to confirm.
    auto *outcomePage = new QWidget(m_pages);
    auto *outcomeLayout = new QVBoxLayout(outcomePage);
    outcomeLayout->setContentsMargins(0, 4, 0, 0);
    m_outcomeText = wrapped(outcomePage, "outcomeText");
    outcomeLayout->addWidget(m_outcomeText);
    auto *noteLabel = new QLabel(tr("What to tell the customer:"), outcomePage);
    outcomeLayout->addWidget(noteLabel);
    m_note = new QPlainTextEdit(outcomePage);
    m_note->setObjectName(QStringLiteral("customerNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    outcomeLayout->addWidget(m_note);
    m_noteWarning = wrapped(outcomePage, "noteWarning");
    m_noteWarning->setProperty("hint", QByteArray("impossible"));
    m_noteWarning->hide();
    outcomeLayout->addWidget(m_noteWarning);
    auto *outcomeButtons = new QHBoxLayout;
    auto *backButton = new QPushButton(tr("Step back (Alt+Backspace)"), outcomePage);
    m_confirm = new QPushButton(outcomePage);
    m_confirm->setObjectName(QStringLiteral("confirmOutcome"));
    m_confirm->setDefault(true);
    outcomeButtons->addWidget(backButton);
    outcomeButtons->addStretch(1);
    outcomeButtons->addWidget(m_confirm);
    outcomeLayout->addLayout(outcomeButtons);
    outcomeLayout->addStretch(1);
    m_pages->addWidget(outcomePage);
    connect(backButton, &QPushButton::clicked, this, &TriagePanel::stepBack);
    connect(m_confirm, &QPushButton::clicked, this, &TriagePanel::confirmOutcome);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        m_noteWarned = false;
        m_noteWarning->hide();
    });
    auto *confirmKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), outcomePage, nullptr,
                                     nullptr, Qt::WidgetWithChildrenShortcut);
    connect(confirmKey, &QShortcut::activated, this, &TriagePanel::confirmOutcome);
    auto *altBack = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Backspace), outcomePage, nullptr,
                                  nullptr, Qt::WidgetWithChildrenShortcut);
    connect(altBack, &QShortcut::activated, this, &TriagePanel::stepBack);

    // The call has ended.
    auto *resultPage = new QWidget(m_pages);
    auto *resultLayout = new QVBoxLayout(resultPage);
    m_resultText = wrapped(resultPage, "triageResult");
    resultLayout->addWidget(m_resultText);
    m_clock = wrapped(resultPage, "handoffClock");
    resultLayout->addWidget(m_clock);
    resultLayout->addStretch(1);
    m_pages->addWidget(resultPage);

    auto *trailLabel = new QLabel(tr("Steps so far"), this);
    trailLabel->setObjectName(QStringLiteral("sectionLabel"));
    layout->addWidget(trailLabel);
    m_trail = new QListWidget(this);
    m_trail->setObjectName(QStringLiteral("triageTrail"));
    m_trail->setFocusPolicy(Qt::NoFocus);
    m_trail->setMinimumHeight(120);
    m_trail->setWordWrap(true);
    layout->addWidget(m_trail, 2);

    auto *escapes = new QHBoxLayout;
    auto *visit = m_insist = new QPushButton(tr("Insists on a visit (F8)"), this);
    visit->setObjectName(QStringLiteral("insistButton"));
    visit->setToolTip(tr("The customer refuses phone guidance: book a visit and record the refusal"));
    auto *tech = m_techSupport = new QPushButton(tr("Unknown fault (F9)"), this);
    tech->setToolTip(tr("Flag for technical support before dispatch"));
    escapes->addWidget(visit);
    escapes->addWidget(tech);
    layout->addLayout(escapes);
    connect(visit, &QPushButton::clicked, this, &TriagePanel::insistOnVisit);
    connect(tech, &QPushButton::clicked, this, &TriagePanel::sendToTechSupport);
    auto *f8 = new QShortcut(QKeySequence(Qt::Key_F8), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(f8, &QShortcut::activated, this, &TriagePanel::insistOnVisit);
    auto *f9 = new QShortcut(QKeySequence(Qt::Key_F9), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(f9, &QShortcut::activated, this, &TriagePanel::sendToTechSupport);

    // Answers on 1–9, Backspace steps back: live only on the question page.
    for (int i = 0; i < 9; ++i) {
        auto *key = new QShortcut(QKeySequence(Qt::Key(Qt::Key_1 + i)), nodePage, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, i] { answer(i); });
        m_answerKeys.append(key);
    }
    m_backKey = new QShortcut(QKeySequence(Qt::Key_Backspace), nodePage, nullptr, nullptr,
                              Qt::WidgetWithChildrenShortcut);
    connect(m_backKey, &QShortcut::activated, this, &TriagePanel::stepBack);
}

QString TriagePanel::language() const
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void TriagePanel::start(const TicketSummary &ticket)
{
    m_ticket = ticket;
    m_finished = false;
    setCallControlsEnabled(true);
    m_handoffTimer.stop();
    m_trail->clear();
    m_treeChoice->clear();
    for (const TriageTree &t : m_triage.trees())
        m_treeChoice->addItem(t.title.in(language()), t.category);
    // A call already under way (recorded steps) resumes where it was, in the tree it used.
    QList<TriageStep> earlier;
    try {
        earlier = m_triage.steps(ticket.id);
    } catch (const CentreError &e) {
        Q_EMIT problem(e.message());
    }
    const QString category = earlier.isEmpty() ? ticket.category : earlier.last().category;
    const auto tree = m_triage.tree(category);
    if (tree && !earlier.isEmpty() && earlier.last().treeVersion == tree->version) {
        m_walk = TriageWalk::resumed(*tree, language(), earlier);
        for (const TriageStep &s : std::as_const(earlier))
            addToTrail(s);
    } else {
        m_walk = tree ? TriageWalk(*tree, language()) : TriageWalk();
        if (m_walk.isValid())
            m_walk.begin(m_triage.now());
    }
    flushSteps();
    render();
}

void TriagePanel::setCallControlsEnabled(bool enabled)
{
    // Once the call has ended there is nothing left to switch, jump to or escalate.
    for (QWidget *w : {static_cast<QWidget *>(m_treeChoice), static_cast<QWidget *>(m_symptomChoice),
                       static_cast<QWidget *>(m_insist), static_cast<QWidget *>(m_techSupport)})
        w->setEnabled(enabled);
}

QString TriagePanel::currentNodeId() const
{
    const TriageNode *n = m_walk.current();
    return n ? n->id : QString();
}

void TriagePanel::render()
{
    m_title->setText(tr("Guided triage · ticket %1").arg(TicketSummary::displayNumber(m_ticket.id)));
    if (m_finished) {
        m_pages->setCurrentIndex(ResultPage);
        return;
    }
    m_symptomChoice->clear();
    m_symptomChoice->addItem(tr("Jump to a symptom…"));
    if (!m_walk.isValid()) {
        m_treeChoice->setCurrentIndex(-1);
        m_symptomChoice->setEnabled(false);
        m_pages->setCurrentIndex(NoTreePage);
        return;
    }
    const TriageTree &tree = m_walk.tree();
    m_treeChoice->setCurrentIndex(m_treeChoice->findData(tree.category));
    for (const TriageSymptom &s : tree.symptoms)
        m_symptomChoice->addItem(s.label.in(language()));
    m_symptomChoice->setEnabled(!tree.symptoms.isEmpty());
    renderNode(*m_walk.current());
}

void TriagePanel::renderNode(const TriageNode &node)
{
    const QString lang = language();
    if (node.kind == TriageNode::Kind::Outcome) {
        QString text = u"<b>" + outcomeLabel(node.outcome).toHtmlEscaped() + u"</b><br>"
                       + node.text.in(lang).toHtmlEscaped();
        if (node.outcome == TriageOutcome::Parts)
            text += u"<br>" + tr("Likely part: %1").arg(node.part.in(lang)).toHtmlEscaped();
        m_outcomeText->setText(text);
        const QDateTime followUp = m_triage.followUpDue(m_triage.now());
        m_note->setPlainText(node.say.isEmpty()
                                 ? (node.outcome == TriageOutcome::RemoteFix
                                        ? ServicePhrases::closingRemoteFix(QLocale().toString(
                                              followUp, lang.startsWith(u"zh") ? QStringLiteral("M月d日 H:mm")
                                                                               : QStringLiteral("d MMM, HH:mm")))
                                        : ServicePhrases::closingVisit())
                                 : node.say.in(lang));
        m_confirm->setText(node.outcome == TriageOutcome::RemoteFix
                               ? tr("Close as resolved by phone (Ctrl+Enter)")
                               : tr("Send to dispatch (Ctrl+Enter)"));
        m_noteWarning->hide();
        m_noteWarned = false;
        m_pages->setCurrentIndex(OutcomePage);
        m_confirm->setFocus();
        return;
    }
    m_say->setText(node.say.isEmpty() ? QString() : tr("Say: %1").arg(node.say.in(lang)));
    m_say->setVisible(!node.say.isEmpty());
    m_nodeText->setText(node.text.in(lang));
    m_expect->setText(node.kind == TriageNode::Kind::Instruction
                          ? tr("Expected result: %1").arg(node.expect.in(lang))
                          : QString());
    m_expect->setVisible(node.kind == TriageNode::Kind::Instruction);
    while (QLayoutItem *item = m_answers->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < node.answers.size(); ++i) {
        auto *b = new QPushButton(QStringLiteral("%1   %2").arg(i + 1).arg(node.answers[i].label.in(lang)),
                                  m_answersHost);
        b->setObjectName(QStringLiteral("answer%1").arg(i + 1));
        b->setProperty("role", QByteArray("answer"));
        connect(b, &QPushButton::clicked, this, [this, i] { answer(int(i)); });
        m_answers->addWidget(b);
        b->show(); // now, not on the next event loop pass: it takes the focus below
    }
    m_pages->setCurrentIndex(NodePage);
    if (auto *first = m_answersHost->findChild<QPushButton *>(QStringLiteral("answer1")))
        first->setFocus();
}

void TriagePanel::addToTrail(const TriageStep &s)
{
    QString line;
    const TriageNode *node = m_walk.isValid() ? m_walk.tree().node(s.nodeId) : nullptr;
    const auto kind = node ? node->kind : TriageNode::Kind::Question;
    switch (s.kind) {
    case TriageStep::Kind::Shown:
        line = kind == TriageNode::Kind::Question      ? tr("Asked: %1").arg(s.text)
               : kind == TriageNode::Kind::Instruction ? tr("Read out: %1").arg(s.text)
                                                       : tr("Outcome: %1").arg(s.text);
        break;
    case TriageStep::Kind::Answered: line = tr("    → %1").arg(s.text); break;
    case TriageStep::Kind::SteppedBack: line = tr("↶ Corrected, back to: %1").arg(s.text); break;
    case TriageStep::Kind::Jumped: line = tr("⇢ Jumped to: %1").arg(s.text); break;
    }
    m_trail->addItem(s.at.toString(QStringLiteral("HH:mm:ss")) + u"  " + line);
    m_trail->scrollToBottom();
}

void TriagePanel::flushSteps()
{
    const QList<TriageStep> steps = m_walk.takeSteps();
    for (const TriageStep &s : steps)
        addToTrail(s);
    try {
        m_triage.record(m_ticket.id, steps); // R6: recorded as it happens
    } catch (const CentreError &e) {
        Q_EMIT problem(e.message());
    }
}

bool TriagePanel::answer(int index)
{
    if (m_finished || !m_walk.answer(index, m_triage.now()))
        return false;
    flushSteps();
    render();
    return true;
}

bool TriagePanel::stepBack()
{
    if (m_finished || !m_walk.back(m_triage.now()))
        return false;
    flushSteps();
    render();
    return true;
}

void TriagePanel::switchTree(const QString &category)
{
    const auto tree = m_triage.tree(category);
    if (m_finished || !tree)
        return;
    m_walk = TriageWalk(*tree, language());
    m_walk.begin(m_triage.now()); // recorded with the new tree's category: the switch is on record
    flushSteps();
    render();
}

void TriagePanel::jumpToSymptom(int index)
{
    if (m_finished || !m_walk.isValid() || index < 0 || index >= m_walk.tree().symptoms.size())
        return;
    m_walk.jumpTo(m_walk.tree().symptoms.at(index).node, m_triage.now());
    flushSteps();
    render();
}

void TriagePanel::confirmOutcome()
{
    if (m_finished || !m_walk.atOutcome())
        return;
    // R25: a note for the customer is checked before it is saved; a second confirm saves anyway.
    QStringList forbidden;
    try {
        forbidden = m_triage.forbiddenIn(m_note->toPlainText());
    } catch (const CentreError &e) {
        Q_EMIT problem(e.message());
        return;
    }
    if (!forbidden.isEmpty() && !m_noteWarned) {
        m_noteWarning->setText(tr("✖ Avoid: %1. Reword the note, or press Ctrl+Enter again to save it as it is.")
                                   .arg(forbidden.join(QStringLiteral("; "))));
        m_noteWarning->show();
        m_noteWarned = true;
        m_note->setFocus();
        return;
    }
    const TriageNode &n = *m_walk.current();
    end({n.outcome, n.text.in(language()), n.part.in(language()), m_note->toPlainText(), false});
}

void TriagePanel::insistOnVisit()
{
    if (!m_finished)
        end({TriageOutcome::Visit, tr("Customer refused phone guidance and insists on a visit"), {}, {}, true});
}

void TriagePanel::sendToTechSupport()
{
    if (!m_finished)
        end({TriageOutcome::TechSupport, tr("Fault not recognised during the call"), {}, {}, false});
}

void TriagePanel::end(const TriageService::Ending &ending)
{
    try {
        m_result = m_triage.finish(m_ticket.id, ending);
    } catch (const CentreError &e) {
        Q_EMIT problem(e.message());
        return;
    }
    m_finished = true;
    setCallControlsEnabled(false);
    showResult(m_result);
    render();
    Q_EMIT finished(m_ticket.id, m_result);
}

void TriagePanel::showResult(const TriageService::Result &r)
{
    const QLocale locale;
    if (r.state == TicketState::ResolvedByPhone) {
        m_resultText->setText(tr("✔ Ticket %1 closed as resolved by phone. Follow-up call booked for %2.")
                                  .arg(TicketSummary::displayNumber(m_ticket.id),
                                       locale.toString(r.followUpDue, QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_clock->clear();
        return;
    }
    QStringList markers;
    for (const QString &m : r.markers)
        markers.append(TicketTypes::markerLabel(m));
    m_resultText->setText(markers.isEmpty()
                              ? tr("Ticket %1 sent to the dispatch queue.").arg(TicketSummary::displayNumber(m_ticket.id))
                              : tr("Ticket %1 sent to the dispatch queue, marked: %2.")
                                    .arg(TicketSummary::displayNumber(m_ticket.id), markers.join(tr(", "))));
    tickHandoffClock();
    m_handoffTimer.start();
}

void TriagePanel::tickHandoffClock()
{
    // R9: the report must be in the supervisor's queue within 5 minutes of the call ending.
    const qint64 left = m_triage.now().secsTo(m_result.handoffDeadline);
    if (left <= 0) {
        m_clock->setText(tr("Hand-off time (5 min) has passed: the ticket is in the queue."));
        m_handoffTimer.stop();
        return;
    }
    m_clock->setText(tr("Hand-off clock (R9): %1:%2 of 5 minutes left")
                         .arg(left / 60)
                         .arg(left % 60, 2, 10, QLatin1Char('0')));
}

} // namespace hotline
