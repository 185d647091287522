#pragma once

#include "SlaService.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace hotline {

// R13: the supervisors' SLA watch list: breached commitments first, then the warnings at the
// centre's thresholds, then the paused clocks with their reason.
class SlaWatchModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TicketIdRole = Qt::UserRole + 1, VisitIdRole, PausedRole };

    explicit SlaWatchModel(QObject *parent = nullptr);

    void setAlerts(QList<SlaAlert> alerts);
    const QList<SlaAlert> &alerts() const { return m_alerts; }
    const SlaAlert *alertAt(int row) const;
    int breaches() const;
    int warnings() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // "3 h 20 min" of working time.
    static QString workingTime(qint64 seconds);

private:
    QList<SlaAlert> m_alerts;
};

} // namespace hotline
