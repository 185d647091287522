#pragma once

#include "DayPlanner.h"
#include "DispatchService.h"

#include <QDialog>

class QTableWidget;

namespace hotline {

// The planned day before it is accepted: what moves where and why, what stays in the queue
// and why, and what the plan achieves (commitments met, travel). Apply or discard.
class PlanPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    PlanPreviewDialog(const DayPlan &plan, const DispatchDay &day, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace hotline
