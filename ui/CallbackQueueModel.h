#pragma once

#include "CallbackTask.h"

#include <QAbstractTableModel>

namespace hotline {

// R18–R21: the follow-up calls due today, overdue first, by due time and priority.
class CallbackQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Due, Status, Customer, Phone, Model, Reason, Attempts, ColumnCount };
    enum Role { TaskIdRole = Qt::UserRole + 1 };

    explicit CallbackQueueModel(QObject *parent = nullptr);

    void setTasks(QList<CallbackTask> tasks, const QDateTime &now, const QString &me);
    const CallbackTask *taskAt(int row) const;
    int rowOf(qint64 taskId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString reasonLabel(const QString &reason);

private:
    QList<CallbackTask> m_tasks;
    QDateTime m_now;
    QString m_me;
};

} // namespace hotline
