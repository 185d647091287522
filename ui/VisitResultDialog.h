#pragma once

#include "DispatchService.h"

#include <QDialog>

#include <memory>

namespace Ui {
class VisitResultDialog;
}

namespace hotline {

// R17: the supervisor records a visit's result for the engineer.
class VisitResultDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit VisitResultDialog(const BoardVisit &visit, QWidget *parent = nullptr);
    ~VisitResultDialog() override;

    DispatchService::VisitReport report() const;

private:
    std::unique_ptr<Ui::VisitResultDialog> m_ui;
    BoardVisit m_visit;
};

} // namespace hotline
