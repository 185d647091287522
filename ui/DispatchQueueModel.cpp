#include "DispatchQueueModel.h"

#include "VisitMime.h"

#include <QBrush>
#include <QColor>

namespace hotline {

DispatchQueueModel::DispatchQueueModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void DispatchQueueModel::setQueue(QList<BoardVisit> queue, CommitmentOf commitmentOf, const QDateTime &now)
{
    beginResetModel();
    m_queue = std::move(queue);
    m_commitmentOf = std::move(commitmentOf);
    m_now = now;
    endResetModel();
}

const BoardVisit *DispatchQueueModel::visitAt(int row) const
{
    return row >= 0 && row < m_queue.size() ? &m_queue.at(row) : nullptr;
}

int DispatchQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queue.size());
}

QVariant DispatchQueueModel::data(const QModelIndex &index, int role) const
{
    const BoardVisit *v = visitAt(index.row());
    if (!v)
        return {};
    switch (role) {
    case VisitIdRole:
        return v->id;
    case Qt::DisplayRole: {
        QStringList markers;
        for (const QString &m : v->markers)
            markers.append(TicketTypes::markerLabel(m));
        QString clock;
        if (m_commitmentOf) {
            const Commitment c = m_commitmentOf(*v);
            const qint64 left = c.visitSecondsLeft;
            clock = c.paused()  ? tr("SLA paused, %1").arg(TicketTypes::pauseReasonLabel(c.pausedFor))
                    : left < 0 ? tr("SLA breached")
                               : tr("SLA %1h%2 left").arg(left / 3600).arg(left % 3600 / 60, 2, 10, QLatin1Char('0'));
        }
        if (v->handoffAt.isValid()) {
            // R9: how long after the call the report reached this queue.
            clock += u"  ·  " + tr("in queue since %1").arg(v->handoffAt.toString(QStringLiteral("HH:mm")));
        }
        return QStringLiteral("%1%2 · %3 · %4\n%5\n%6%7")
            .arg(v->priority == Priority::Urgent ? tr("URGENT ") : QString(), v->customerName, v->district,
                 v->modelCode, v->fault, clock,
                 markers.isEmpty() ? QString() : u"  ·  [" + markers.join(QStringLiteral("] [")) + u']');
    }
    case Qt::ForegroundRole:
        if (m_commitmentOf && m_commitmentOf(*v).aboutToBreach())
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::ToolTipRole:
        return v->fault;
    default:
        return {};
    }
}

Qt::ItemFlags DispatchQueueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList DispatchQueueModel::mimeTypes() const
{
    return {VisitMime::kType};
}

QMimeData *DispatchQueueModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (const BoardVisit *v = visitAt(i.row()))
            return VisitMime::encode({v->id, v->version});
    }
    return nullptr;
}

bool DispatchQueueModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                         const QModelIndex &) const
{
    const auto p = VisitMime::decode(data);
    if (!p)
        return false;
    for (const BoardVisit &v : m_queue) {
        if (v.id == p->visitId)
            return false; // already here
    }
    return true;
}

bool DispatchQueueModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto p = VisitMime::decode(data);
    Q_EMIT unassignRequested(p->visitId, p->version);
    return true;
}

} // namespace hotline
