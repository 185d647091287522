#pragma once

#include <QDialog>

class QButtonGroup;
class QLineEdit;

namespace hotline {

// R13: why a ticket's SLA clocks stand: it waits for parts or for the customer, with a note
// ("compressor ordered, due Thursday", "customer abroad until the 30th").
class SlaPauseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SlaPauseDialog(const QString &customer, QWidget *parent = nullptr);

    QString reason() const; // "parts", "customer"
    QString note() const;

private:
    QButtonGroup *m_reasons = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace hotline
