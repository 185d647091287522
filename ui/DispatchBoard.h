#pragma once

#include "DispatchService.h"
#include "SlotSuggester.h"

#include <QHash>
#include <QStaticText>
#include <QWidget>

#include <functional>

namespace hotline {

// R10: the day as a board: one row per engineer, time across on a 15-minute grid, each visit
// a block. Visits are dragged (or moved with the arrow keys) onto an engineer and time; while
// dragging, the target shows whether the drop is allowed and, if not, why (R11).
class DispatchBoard final : public QWidget
{
    Q_OBJECT
public:
    using Checker = std::function<QList<AssignmentProblem>(const BoardVisit &, qint64 engineerId,
                                                           const QDateTime &start)>;
    using CommitmentOf = std::function<Commitment(const BoardVisit &)>;

    explicit DispatchBoard(QWidget *parent = nullptr);

    void setDay(const DispatchDay &day);
    void setChecker(Checker checker) { m_checker = std::move(checker); }
    void setCommitments(CommitmentOf commitmentOf) { m_commitmentOf = std::move(commitmentOf); }

    qint64 selectedVisit() const { return m_selected; }
    void selectVisit(qint64 visitId);
    // Keyboard placing of a queued visit: the ghost starts on the first engineer's morning.
    void beginPlacing(const BoardVisit &visit);

    // Geometry, for drops and for tests.
    QPoint pointFor(qint64 engineerId, const QDateTime &start) const;
    struct Target
    {
        qint64 engineerId = 0;
        QDateTime start;
        bool valid() const { return engineerId != 0 && start.isValid(); }
    };
    Target targetAt(const QPoint &pos) const;

    // What the board shows while a visit is being moved.
    struct Preview
    {
        bool active = false;
        BoardVisit visit;
        Target target;
        QList<AssignmentProblem> problems;
    };
    const Preview &preview() const { return m_preview; }
    QSize sizeHint() const override;

    // The planning assistant's suggestions for one visit, drawn as numbered ghost blocks
    // (best first) until the day changes or they are cleared.
    void setSuggestions(qint64 visitId, const QList<SlotSuggestion> &suggestions);
    void clearSuggestions();
    qint64 suggestionsFor() const { return m_suggestionsFor; }
    const QList<SlotSuggestion> &suggestions() const { return m_suggestions; }

Q_SIGNALS:
    void moveRequested(qint64 visitId, int version, qint64 engineerId, const QDateTime &start);
    void selectionChanged(qint64 visitId);
    // R17: double-click or R on a block.
    void resultRequested(qint64 visitId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    const BoardVisit *visitAt(const QPoint &pos) const;
    QRect blockRect(const BoardVisit &visit) const;
    int rowOf(qint64 engineerId) const;
    void updatePreview(const BoardVisit &visit, const Target &target);
    void clearPreview();
    void paintHeader(QPainter &p, const QRect &exposed) const;
    void paintBlock(QPainter &p, const BoardVisit &v) const;
    struct BlockFace
    {
        QList<QStaticText> lines;
        bool breached = false;
        bool soon = false;
    };
    const BlockFace &faceOf(const BoardVisit &v) const;
    void paintPreview(QPainter &p) const;
    void paintSuggestions(QPainter &p) const;
    struct PreviewShape
    {
        QRect ghost;
        QRect bubble;
        QStringList lines;
    };
    PreviewShape previewShape() const;
    QRect previewArea() const;
    int xFor(const QTime &t) const;

    DispatchDay m_day;
    QTime m_dayStart{8, 0};
    QTime m_dayEnd{19, 0};
    Checker m_checker;
    CommitmentOf m_commitmentOf;
    qint64 m_selected = 0;
    mutable QHash<qint64, BlockFace> m_faces; // per visit, for the day shown
    Preview m_preview;
    qint64 m_suggestionsFor = 0;
    QList<SlotSuggestion> m_suggestions;
    QPoint m_pressPos;
    qint64 m_pressed = 0;
};

} // namespace hotline
