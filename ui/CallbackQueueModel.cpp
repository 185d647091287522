#include "CallbackQueueModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace hotline {

CallbackQueueModel::CallbackQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CallbackQueueModel::setTasks(QList<CallbackTask> tasks, const QDateTime &now, const QString &me)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    m_now = now;
    m_me = me;
    endResetModel();
}

const CallbackTask *CallbackQueueModel::taskAt(int row) const
{
    return row >= 0 && row < m_tasks.size() ? &m_tasks.at(row) : nullptr;
}

int CallbackQueueModel::rowOf(qint64 taskId) const
{
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks[i].id == taskId)
            return int(i);
    }
    return -1;
}

int CallbackQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int CallbackQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallbackQueueModel::reasonLabel(const QString &reason)
{
    if (reason == u"visit_follow_up")
        return tr("Morning after the visit");
    if (reason == u"remote_fix_follow_up")
        return tr("2 h after a phone fix");
    if (reason == u"untested_visit")
        return tr("2 h after an untested visit");
    return reason;
}

QVariant CallbackQueueModel::data(const QModelIndex &index, int role) const
{
    const CallbackTask *t = taskAt(index.row());
    if (!t)
        return {};
    const bool overdue = t->dueAt < m_now.addSecs(-15 * 60);
    const bool takenByOther = !t->claimedBy.isEmpty() && t->claimedBy != m_me;
    if (role == TaskIdRole)
        return t->id;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Due: return t->dueAt.toString(QStringLiteral("HH:mm"));
        case Status:
            if (t->claimedBy == m_me)
                return tr("Yours");
            if (takenByOther)
                return tr("Taken by %1").arg(t->claimedBy);
            return overdue ? tr("Overdue") : (t->dueAt <= m_now ? tr("Due now") : tr("Later today"));
        case Customer: return t->customerName;
        case Phone: return t->phone;
        case Model: return t->modelCode;
        case Reason: return reasonLabel(t->reason);
        case Attempts: return t->attempts ? QVariant(t->attempts) : QVariant();
        case ColumnCount: break;
        }
    }
    if (role == Qt::ForegroundRole) {
        if (takenByOther)
            return QBrush(QColor(0x8a, 0x93, 0xa0));
        if (overdue && index.column() == Status)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
    }
    if (role == Qt::FontRole && t->claimedBy == m_me) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant CallbackQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Due: return tr("Due");
    case Status: return tr("Status");
    case Customer: return tr("Customer");
    case Phone: return tr("Phone");
    case Model: return tr("Model");
    case Reason: return tr("Why");
    case Attempts: return tr("Tries");
    case ColumnCount: break;
    }
    return {};
}

} // namespace hotline
