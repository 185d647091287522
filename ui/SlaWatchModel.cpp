#include "SlaWatchModel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace hotline {

SlaWatchModel::SlaWatchModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SlaWatchModel::setAlerts(QList<SlaAlert> alerts)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

const SlaAlert *SlaWatchModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts[row] : nullptr;
}

int SlaWatchModel::breaches() const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(),
                             [](const SlaAlert &a) { return a.breached(); })); // paused too: it stays late
}

int SlaWatchModel::warnings() const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(),
                             [](const SlaAlert &a) { return a.percent > 0 && !a.breached() && !a.pause; }));
}

int SlaWatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QString SlaWatchModel::workingTime(qint64 seconds)
{
    const qint64 minutes = qAbs(seconds) / 60;
    return minutes >= 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'))
                         : tr("%1 min").arg(minutes);
}

QVariant SlaWatchModel::data(const QModelIndex &index, int role) const
{
    const SlaAlert *a = alertAt(index.row());
    if (!a)
        return {};
    switch (role) {
    case TicketIdRole:
        return a->ticketId;
    case VisitIdRole:
        return a->visitId;
    case PausedRole:
        return bool(a->pause);
    case Qt::DisplayRole: {
        QString level;
        if (a->pause && a->breached())
            level = tr("BREACHED, PAUSED");
        else if (a->pause)
            level = tr("PAUSED");
        else if (a->breached())
            level = tr("BREACHED");
        else
            level = tr("%1 % used").arg(a->percent);
        const QString first = QStringLiteral("%1 · %2 · %3%4")
                                  .arg(level, SlaService::commitmentLabel(a->commitment), a->customerName,
                                       a->priority == Priority::Urgent ? tr(" · URGENT") : QString());
        QString second;
        if (a->pause) {
            second = tr("%1 since %2").arg(TicketTypes::pauseReasonLabel(a->pause->reason),
                                           a->pause->from.toString(QStringLiteral("MM-dd HH:mm")));
            if (!a->pause->note.isEmpty())
                second += QStringLiteral(" (%1)").arg(a->pause->note);
            second += u"  ·  " + (a->secondsLeft < 0 ? tr("%1 over").arg(workingTime(a->secondsLeft))
                                                      : tr("%1 left").arg(workingTime(a->secondsLeft)));
        } else if (a->breached()) {
            second = tr("due %1, %2 over").arg(a->due.toString(QStringLiteral("MM-dd HH:mm")), workingTime(a->secondsLeft));
        } else {
            second = tr("due %1, %2 left").arg(a->due.toString(QStringLiteral("MM-dd HH:mm")), workingTime(a->secondsLeft));
        }
        second += QStringLiteral("  ·  #%1").arg(a->ticketId);
        return QString(first + u'\n' + second);
    }
    case Qt::ForegroundRole:
        if (a->breached())
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (a->pause)
            return QBrush(QColor(0x5b, 0x66, 0x75));
        return QBrush(QColor(0x8a, 0x53, 0x00));
    case Qt::ToolTipRole:
        return a->pause ? tr("The clocks stand: select and press Resume when the wait is over.")
                        : tr("Select to find the visit on the board; W pauses the clocks while the ticket waits.");
    default:
        return {};
    }
}

} // namespace hotline
