#include "DispatchBoard.h"

#include "VisitDeadlines.h"
#include "VisitMime.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QToolTip>

namespace hotline {

namespace {

constexpr int kHeader = 200;
constexpr int kAxis = 30;
constexpr int kRow = 74;
constexpr double kPxPerMinute = 1.15;
constexpr int kSnapMinutes = 15;

// "4h30" / "4小时30分": a length of time, without sign.
QString duration(qint64 seconds)
{
    const qint64 m = qAbs(seconds) / 60;
    return DispatchBoard::tr("%1h%2").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'));
}

QString skillLabels(const QStringList &skills)
{
    QStringList labels;
    for (const QString &s : skills)
        labels.append(TicketTypes::categoryLabel(s));
    return labels.join(QStringLiteral("、"));
}

} // namespace

DispatchBoard::DispatchBoard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dispatchBoard"));
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
}

void DispatchBoard::setDay(const DispatchDay &day)
{
    m_day = day;
    m_faces.clear();
    m_dayStart = QTime(8, 0);
    m_dayEnd = QTime(19, 0);
    for (const Engineer &e : day.engineers) {
        m_dayStart = qMin(m_dayStart, QTime(e.workStart.hour(), 0));
        m_dayEnd = qMax(m_dayEnd, QTime(qMin(23, e.workEnd.hour() + (e.workEnd.minute() ? 1 : 0)), 0));
    }
    if (!m_day.visit(m_selected))
        m_selected = 0;
    m_suggestionsFor = 0;
    m_suggestions.clear();
    clearPreview();
    updateGeometry();
    resize(sizeHint());
    update();
}

QSize DispatchBoard::sizeHint() const
{
    const int minutes = m_dayStart.secsTo(m_dayEnd) / 60;
    return {kHeader + int(minutes * kPxPerMinute) + 12, kAxis + int(m_day.engineers.size()) * kRow + 4};
}

int DispatchBoard::xFor(const QTime &t) const
{
    return kHeader + int(m_dayStart.secsTo(t) / 60 * kPxPerMinute);
}

int DispatchBoard::rowOf(qint64 engineerId) const
{
    for (qsizetype i = 0; i < m_day.engineers.size(); ++i) {
        if (m_day.engineers[i].id == engineerId)
            return int(i);
    }
    return -1;
}

QPoint DispatchBoard::pointFor(qint64 engineerId, const QDateTime &start) const
{
    return {xFor(start.time()) + 2, kAxis + rowOf(engineerId) * kRow + kRow / 2};
}

DispatchBoard::Target DispatchBoard::targetAt(const QPoint &pos) const
{
    const int row = (pos.y() - kAxis) / kRow;
    if (pos.x() < kHeader || pos.y() < kAxis || row < 0 || row >= m_day.engineers.size())
        return {};
    int minutes = int((pos.x() - kHeader) / kPxPerMinute);
    minutes = minutes / kSnapMinutes * kSnapMinutes;
    const QTime t = m_dayStart.addSecs(minutes * 60);
    if (t >= m_dayEnd || t < m_dayStart)
        return {};
    return {m_day.engineers[row].id, QDateTime(m_day.date, t)};
}

QRect DispatchBoard::blockRect(const BoardVisit &v) const
{
    const int row = rowOf(v.engineerId);
    if (row < 0)
        return {};
    const int x1 = xFor(v.start.time());
    const int x2 = xFor(v.end.date() > v.start.date() ? m_dayEnd : v.end.time());
    return QRect(x1 + 1, kAxis + row * kRow + 4, qMax(12, x2 - x1 - 2), kRow - 8);
}

const BoardVisit *DispatchBoard::visitAt(const QPoint &pos) const
{
    for (const BoardVisit &v : m_day.visits) {
        if (blockRect(v).contains(pos))
            return &v;
    }
    return nullptr;
}

void DispatchBoard::selectVisit(qint64 visitId)
{
    if (m_selected == visitId)
        return;
    m_selected = visitId;
    update();
    Q_EMIT selectionChanged(visitId);
}

void DispatchBoard::beginPlacing(const BoardVisit &visit)
{
    if (m_day.engineers.isEmpty())
        return;
    selectVisit(visit.id);
    const Engineer &first = m_day.engineers.first();
    updatePreview(visit, {first.id, QDateTime(m_day.date, first.workStart)});
    setFocus();
}

void DispatchBoard::updatePreview(const BoardVisit &visit, const Target &target)
{
    // Only what the ghost and its reasons covered, and cover now, is repainted: a drag over a
    // centre's day must stay within a frame.
    const QRect before = previewArea();
    m_preview.active = true;
    m_preview.visit = visit;
    m_preview.target = target;
    m_preview.problems = m_checker && target.valid() ? m_checker(visit, target.engineerId, target.start)
                                                     : QList<AssignmentProblem>{};
    update(QRegion(before).united(previewArea()));
}

void DispatchBoard::clearPreview()
{
    if (!m_preview.active)
        return;
    const QRect before = previewArea();
    m_preview = {};
    update(before);
}

void DispatchBoard::mousePressEvent(QMouseEvent *event)
{
    const BoardVisit *v = visitAt(event->position().toPoint());
    m_pressed = v ? v->id : 0;
    m_pressPos = event->position().toPoint();
    selectVisit(m_pressed);
    setFocus();
}

void DispatchBoard::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_pressed
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    const BoardVisit *v = m_day.visit(m_pressed);
    if (!v)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(VisitMime::encode({v->id, v->version}));
    m_pressed = 0;
    drag->exec(Qt::MoveAction);
}

void DispatchBoard::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const BoardVisit *v = visitAt(event->position().toPoint()))
        Q_EMIT resultRequested(v->id);
}

bool DispatchBoard::focusNextPrevChild(bool next)
{
    // Tab / Shift+Tab pick the next / previous visit (by engineer, then time), so every board
    // action is reachable without a mouse; past the last visit, focus moves on as usual.
    QList<const BoardVisit *> order;
    for (const BoardVisit &v : m_day.visits)
        order.append(&v);
    std::sort(order.begin(), order.end(), [this](const BoardVisit *a, const BoardVisit *b) {
        const int ra = rowOf(a->engineerId), rb = rowOf(b->engineerId);
        return ra != rb ? ra < rb : a->start < b->start;
    });
    qsizetype at = -1;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (order[i]->id == m_selected)
            at = i;
    }
    const qsizetype to = next ? at + 1 : (at < 0 ? order.size() - 1 : at - 1);
    if (to < 0 || to >= order.size() || m_preview.active)
        return QWidget::focusNextPrevChild(next);
    selectVisit(order[to]->id);
    return true;
}

bool DispatchBoard::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const BoardVisit *v = visitAt(help->pos());
        if (!v) {
            QToolTip::hideText();
            return true;
        }
        const Engineer *engineer = m_day.engineer(v->engineerId);
        const VisitDeadlines d = VisitDeadlines::of(v->start, v->assignedAt, engineer ? engineer->workStart : QTime(8, 30));
        const auto hhmm = [](const QDateTime &t) { return t.toString(QStringLiteral("HH:mm")); };
        QString text = tr("<b>%1</b> · %2<br>%3 · %4<br>%5–%6<br>"
                          "Leave by %7 (R16)<br>If late: tell the customer by %8 (under half a day) "
                          "or %9 (longer) (R15)")
                           .arg(v->customerName.toHtmlEscaped(), v->district.toHtmlEscaped(),
                                v->modelCode.toHtmlEscaped(), v->fault.toHtmlEscaped(), hhmm(v->start),
                                hhmm(v->end), hhmm(d.leaveBy), hhmm(d.tellShortDelayBy), hhmm(d.tellLongDelayBy));
        if (!v->preferredTime.isEmpty())
            text += u"<br>" + tr("Customer: %1").arg(v->availability.isEmpty() ? v->preferredTime.toHtmlEscaped()
                                                                                : v->availability.description());
        if (v->pinned)
            text += u"<br>" + tr("Pinned: planning the day keeps it here (P)");
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void DispatchBoard::keyPressEvent(QKeyEvent *event)
{
    // Keyboard dispatch: Tab picks a visit, arrows move it (engineer / 15 minutes),
    // Enter confirms, Esc cancels.
    const BoardVisit *selected = m_day.visit(m_selected);
    switch (event->key()) {
    case Qt::Key_Escape:
        clearPreview();
        return;
    case Qt::Key_R:
        if (selected && selected->engineerId && !m_preview.active)
            Q_EMIT resultRequested(selected->id);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_preview.active && m_preview.target.valid()) {
            const Preview p = m_preview;
            clearPreview();
            Q_EMIT moveRequested(p.visit.id, p.visit.version, p.target.engineerId, p.target.start);
        }
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (!selected)
            return;
        Target t = m_preview.active ? m_preview.target : Target{selected->engineerId, selected->start};
        if (!t.valid())
            t = {m_day.engineers.value(0).id, QDateTime(m_day.date, m_day.engineers.value(0).workStart)};
        int row = rowOf(t.engineerId);
        if (event->key() == Qt::Key_Up)
            row = qMax(0, row - 1);
        else if (event->key() == Qt::Key_Down)
            row = qMin(int(m_day.engineers.size()) - 1, row + 1);
        else {
            const QDateTime moved = t.start.addSecs((event->key() == Qt::Key_Left ? -kSnapMinutes : kSnapMinutes) * 60);
            if (moved.time() >= m_dayStart && moved.time() < m_dayEnd && moved.date() == m_day.date)
                t.start = moved;
        }
        t.engineerId = m_day.engineers.value(row).id;
        updatePreview(*selected, t);
        return;
    }
    default:
        QWidget::keyPressEvent(event);
    }
}

void DispatchBoard::dragEnterEvent(QDragEnterEvent *event)
{
    if (const auto p = VisitMime::decode(event->mimeData()); p && m_day.visit(p->visitId))
        event->acceptProposedAction();
}

void DispatchBoard::dragMoveEvent(QDragMoveEvent *event)
{
    const auto p = VisitMime::decode(event->mimeData());
    const BoardVisit *v = p ? m_day.visit(p->visitId) : nullptr;
    const Target t = targetAt(event->position().toPoint());
    if (!v || !t.valid()) {
        clearPreview();
        event->ignore();
        return;
    }
    BoardVisit seen = *v;
    seen.version = p->version;
    updatePreview(seen, t);
    // Accepted even when refused: a supervisor may force it, knowingly (R11).
    event->acceptProposedAction();
}

void DispatchBoard::dragLeaveEvent(QDragLeaveEvent *)
{
    clearPreview();
}

void DispatchBoard::dropEvent(QDropEvent *event)
{
    const auto p = VisitMime::decode(event->mimeData());
    const Target t = targetAt(event->position().toPoint());
    clearPreview();
    if (!p || !t.valid())
        return;
    event->acceptProposedAction();
    Q_EMIT moveRequested(p->visitId, p->version, t.engineerId, t.start);
}

void DispatchBoard::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect exposed = event->rect();
    p.fillRect(exposed, palette().base());
    paintHeader(p, exposed);
    for (const BoardVisit &v : m_day.visits) {
        if (blockRect(v).intersects(exposed))
            paintBlock(p, v);
    }
    paintSuggestions(p);
    if (m_preview.active)
        paintPreview(p);
}

void DispatchBoard::setSuggestions(qint64 visitId, const QList<SlotSuggestion> &suggestions)
{
    m_suggestionsFor = visitId;
    m_suggestions = suggestions;
    update();
}

void DispatchBoard::clearSuggestions()
{
    m_suggestionsFor = 0;
    m_suggestions.clear();
    update();
}

void DispatchBoard::paintSuggestions(QPainter &p) const
{
    const QColor ink(0x1b, 0x7f, 0x4b);
    QList<QRect> rects;
    for (const SlotSuggestion &s : m_suggestions) {
        BoardVisit ghost;
        ghost.engineerId = s.engineerId;
        ghost.start = s.start;
        ghost.end = s.end;
        rects.append(blockRect(ghost));
    }
    // Drawn worst first, so the best lies on top where ghosts overlap.
    for (qsizetype i = m_suggestions.size() - 1; i >= 0; --i) {
        const QRect r = rects.at(i);
        if (r.isEmpty())
            continue;
        QColor fill = ink;
        fill.setAlpha(i == 0 ? 70 : 28);
        p.fillRect(r, fill);
        p.setPen(QPen(ink, i == 0 ? 2 : 1, Qt::DashLine));
        p.drawRect(r);
    }
    QFont bold = p.font();
    bold.setBold(true);
    const QFont plain = p.font();
    for (qsizetype i = 0; i < m_suggestions.size(); ++i) {
        const QRect r = rects.at(i);
        if (r.isEmpty())
            continue;
        // A numbered badge at each ghost's start; its time and travel only where no later
        // ghost of the same engineer covers it.
        const QRect badge(r.left() + 2, r.top() + 2, 15, 15);
        p.setBrush(ink);
        p.setPen(Qt::NoPen);
        p.drawEllipse(badge);
        p.setBrush(Qt::NoBrush);
        p.setPen(Qt::white);
        p.setFont(bold);
        p.drawText(badge, Qt::AlignCenter, QString::number(i + 1));
        bool covered = false;
        for (qsizetype j = 0; j < rects.size(); ++j)
            covered |= j != i && rects.at(j).intersects(r) && rects.at(j).left() > r.left();
        if (covered)
            continue;
        const SlotSuggestion &s = m_suggestions.at(i);
        p.setPen(QColor(0x0f, 0x4d, 0x2c));
        p.drawText(r.adjusted(20, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop, s.start.toString(QStringLiteral("HH:mm")));
        p.setFont(plain);
        const QString travel = tr("+%n min travel", nullptr, s.travelMinutesAdded);
        p.drawText(r.adjusted(6, 2, -4, -4), Qt::AlignLeft | Qt::AlignBottom,
                   s.meetsVisitCommitment ? travel : travel + QStringLiteral(" · ") + tr("late for 24 h"));
    }
    p.setFont(plain);
}

void DispatchBoard::paintHeader(QPainter &p, const QRect &exposed) const
{
    const QColor grid(0xe3, 0xe8, 0xef), hourLine(0xc9, 0xd2, 0xde), text(0x33, 0x3d, 0x4a);
    const int bottom = qMin(exposed.bottom() + 1, kAxis + int(m_day.engineers.size()) * kRow);
    // Time axis: hours labelled, quarter hours as faint lines.
    p.setPen(text);
    for (QTime t = m_dayStart; t < m_dayEnd && t >= m_dayStart; t = t.addSecs(kSnapMinutes * 60)) {
        const int x = xFor(t);
        const bool hour = t.minute() == 0;
        p.setPen(hour ? hourLine : grid);
        p.drawLine(x, kAxis - (hour ? 6 : 0), x, bottom);
        if (hour) {
            p.setPen(text);
            p.drawText(QRect(x - 30, 4, 60, kAxis - 10), Qt::AlignCenter, t.toString(QStringLiteral("HH:mm")));
        }
    }
    QFont bold = font();
    bold.setBold(true);
    for (qsizetype i = 0; i < m_day.engineers.size(); ++i) {
        const Engineer &e = m_day.engineers[i];
        const int y = kAxis + int(i) * kRow;
        if (y > exposed.bottom() || y + kRow < exposed.top())
            continue;
        // Outside working hours: shaded.
        const QColor closed(0xf0, 0xf1, 0xf4);
        p.fillRect(QRect(kHeader, y, xFor(e.workStart) - kHeader, kRow), closed);
        p.fillRect(QRect(xFor(e.workEnd), y, width() - xFor(e.workEnd), kRow), closed);
        p.setPen(grid);
        p.drawLine(0, y + kRow, width(), y + kRow);
        // Who: name, skills, district, hours, load.
        int load = 0, count = 0;
        for (const BoardVisit &v : m_day.visits) {
            if (v.engineerId == e.id) {
                load += v.minutes();
                ++count;
            }
        }
        p.fillRect(QRect(0, y, kHeader - 4, kRow), QColor(0xf7, 0xf9, 0xfc));
        p.setPen(text);
        p.setFont(bold);
        p.drawText(QRect(10, y + 4, kHeader - 20, 20), Qt::AlignLeft | Qt::AlignVCenter, e.name);
        p.setFont(font());
        p.drawText(QRect(10, y + 24, kHeader - 20, 18), Qt::AlignLeft | Qt::AlignVCenter,
                   e.district + QStringLiteral(" · ") + e.workStart.toString(QStringLiteral("HH:mm")) + u'–'
                       + e.workEnd.toString(QStringLiteral("HH:mm")));
        p.setPen(QColor(0x5b, 0x66, 0x75));
        const QString loadLine = tr("%n visit(s), %1", nullptr, count).arg(duration(qint64(load) * 60))
                                 + QStringLiteral(" · ") + skillLabels(e.skills);
        p.drawText(QRect(10, y + 42, kHeader - 20, 18), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(font()).elidedText(loadLine, Qt::ElideRight, kHeader - 20));
    }
}

const DispatchBoard::BlockFace &DispatchBoard::faceOf(const BoardVisit &v) const
{
    // Worked out once per day shown: the SLA arithmetic and the text layout of a block do not
    // change while a visit is dragged over the board, so frames only draw.
    auto it = m_faces.find(v.id);
    if (it != m_faces.end())
        return *it;
    BlockFace f;
    const Commitment c = m_commitmentOf ? m_commitmentOf(v) : Commitment{};
    f.breached = m_commitmentOf && c.visitSecondsLeft < 0; // paused late is still late
    f.soon = m_commitmentOf && !f.breached && c.aboutToBreach();
    const QRect inner = blockRect(v).adjusted(8, 2, -4, -2);
    const QFontMetrics fm(font());
    auto text = [&](const QString &s) {
        QStaticText t(fm.elidedText(s, Qt::ElideRight, inner.width()));
        t.setTextFormat(Qt::PlainText);
        t.prepare(QTransform(), font());
        return t;
    };
    f.lines.append(text(v.customerName + QStringLiteral(" · ") + v.district));
    f.lines.append(text(v.modelCode + QStringLiteral(" · ") + v.fault));
    if (m_commitmentOf) {
        QStringList markers;
        for (const QString &m : v.markers)
            markers.append(TicketTypes::markerLabel(m));
        const QString clock = c.paused() ? tr("SLA paused, %1").arg(TicketTypes::pauseReasonLabel(c.pausedFor))
                              : (f.breached ? tr("SLA breached %1 ago") : tr("SLA %1 left")).arg(duration(c.visitSecondsLeft));
        f.lines.append(text(clock + (markers.isEmpty() ? QString() : QStringLiteral(" · ") + markers.join(u' '))));
    }
    return *m_faces.insert(v.id, f);
}

void DispatchBoard::paintBlock(QPainter &p, const BoardVisit &v) const
{
    const QRect r = blockRect(v);
    const BlockFace &f = faceOf(v);
    const QColor fill = v.priority == Priority::Urgent ? QColor(0xfd, 0xe8, 0xe6) : QColor(0xe4, 0xee, 0xfb);
    QColor border = v.priority == Priority::Urgent ? QColor(0xc6, 0x28, 0x28) : QColor(0x5b, 0x8d, 0xd6);
    if (f.soon)
        border = QColor(0xe0, 0x8a, 0x00);
    if (f.breached)
        border = QColor(0xb3, 0x26, 0x1e);
    QPainterPath path;
    path.addRoundedRect(r, 5, 5);
    p.fillPath(path, fill);
    p.setPen(QPen(border, v.id == m_selected ? 3 : (f.soon || f.breached ? 2 : 1)));
    p.drawPath(path);
    if (v.priority == Priority::Urgent)
        p.fillRect(QRect(r.left(), r.top() + 3, 4, r.height() - 6), border);
    if (v.pinned) {
        // Pinned: kept where it is when the day is planned. A dark corner tab, named in the tooltip.
        QPainterPath pin;
        pin.moveTo(r.topRight() + QPoint(-14, 0));
        pin.lineTo(r.topRight());
        pin.lineTo(r.topRight() + QPoint(0, 14));
        pin.closeSubpath();
        p.fillPath(pin, QColor(0x37, 0x47, 0x5a));
    }
    const QPoint origin = r.topLeft() + QPoint(8, 3);
    for (qsizetype i = 0; i < f.lines.size(); ++i) {
        if (i == 2)
            p.setPen(f.breached ? border : (f.soon ? QColor(0x8a, 0x53, 0x00) : QColor(0x44, 0x54, 0x6a)));
        else
            p.setPen(QColor(0x17, 0x26, 0x3a));
        p.drawStaticText(origin + QPoint(0, int(i) * 17), f.lines[i]);
    }
}

DispatchBoard::PreviewShape DispatchBoard::previewShape() const
{
    PreviewShape s;
    if (!m_preview.active || !m_preview.target.valid())
        return s;
    BoardVisit ghost = m_preview.visit;
    const int minutes = ghost.bookedMinutes();
    ghost.engineerId = m_preview.target.engineerId;
    ghost.start = m_preview.target.start;
    ghost.end = ghost.start.addSecs(qint64(minutes) * 60);
    s.ghost = blockRect(ghost);
    // The reasons, beside the ghost, before the mouse is released.
    s.lines = {m_preview.problems.isEmpty()
                   ? tr("✔ %1 at %2: allowed").arg(ghost.customerName, ghost.start.toString(QStringLiteral("HH:mm")))
                   : tr("✖ Refused:")};
    for (const AssignmentProblem &problem : m_preview.problems)
        s.lines.append(QStringLiteral("• ") + problem.message);
    const QFontMetrics fm(font());
    int w = 0;
    for (const QString &l : std::as_const(s.lines))
        w = qMax(w, fm.horizontalAdvance(l));
    s.bubble = QRect(s.ghost.left(), s.ghost.bottom() + 4, w + 16, int(s.lines.size()) * (fm.height() + 2) + 10);
    if (s.bubble.bottom() > height())
        s.bubble.moveBottom(s.ghost.top() - 4);
    if (s.bubble.right() > width())
        s.bubble.moveRight(width() - 4);
    return s;
}

QRect DispatchBoard::previewArea() const
{
    const PreviewShape s = previewShape();
    return s.ghost.united(s.bubble).adjusted(-3, -3, 3, 3);
}

void DispatchBoard::paintPreview(QPainter &p) const
{
    const PreviewShape s = previewShape();
    if (s.ghost.isNull())
        return;
    const QRect &r = s.ghost;
    const QRect &bubble = s.bubble;
    const QStringList &lines = s.lines;
    const QFontMetrics fm(font());
    const bool ok = m_preview.problems.isEmpty();
    const QColor colour = ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
    p.setPen(QPen(colour, 2, Qt::DashLine));
    p.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 40));
    p.drawRoundedRect(r, 5, 5);
    p.setPen(colour);
    p.setBrush(QColor(0xff, 0xff, 0xff, 245));
    p.drawRoundedRect(bubble, 4, 4);
    p.setPen(QColor(0x17, 0x26, 0x3a));
    for (qsizetype i = 0; i < lines.size(); ++i)
        p.drawText(bubble.left() + 8, bubble.top() + 6 + fm.ascent() + int(i) * (fm.height() + 2), lines[i]);
}

} // namespace hotline
