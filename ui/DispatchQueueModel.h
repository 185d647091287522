#pragma once

#include "DispatchService.h"

#include <QAbstractListModel>
#include <functional>

namespace hotline {

// R9/R12/R13: visits waiting for an engineer, urgent first then by SLA, with the hand-off
// clock and the "to verify" / "parts" / "repeat" markers. Items drag onto the board; a board
// block dropped here goes back to the queue.
class DispatchQueueModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { VisitIdRole = Qt::UserRole + 1 };
    using CommitmentOf = std::function<Commitment(const BoardVisit &)>;

    explicit DispatchQueueModel(QObject *parent = nullptr);

    void setQueue(QList<BoardVisit> queue, CommitmentOf commitmentOf, const QDateTime &now);
    const BoardVisit *visitAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // A scheduled visit was dropped on the queue: unassign it.
    void unassignRequested(qint64 visitId, int version);

private:
    QList<BoardVisit> m_queue;
    CommitmentOf m_commitmentOf;
    QDateTime m_now;
};

} // namespace hotline
