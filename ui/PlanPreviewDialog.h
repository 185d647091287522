#pragma once

#include "DayPlanner.h"
#include "DispatchService.h"

#include <QDialog>
#include <QSet>

class QTableWidget;

namespace hotline {

// The planned day before it is accepted: what moves where and why, what stays in the queue
// and why, and what the plan achieves (commitments met, travel). Apply or discard; a booked
// visit at a new time is ticked when its customer agreed (R14).
class PlanPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    PlanPreviewDialog(const DayPlan &plan, const DispatchDay &day, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // R14: the booked visits given a new time whose customers agreed (ticked).
    QSet<qint64> agreedVisits() const;

private:
    QTableWidget *m_table = nullptr;
};

} // namespace hotline
