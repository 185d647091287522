#pragma once

#include <QDate>

namespace hotline {

// Rule R4: warranty is derived from the model's warranty period and the purchase date.
//
// The unit is covered from the purchase date up to and including the day before the
// anniversary. When the anniversary month is shorter than the purchase day (bought on
// 31 January with a one-month warranty, or on 29 February with a one-year warranty) the
// anniversary is the first day of the following month, so the customer never loses a day.
struct Warranty
{
    enum class Status { Unknown, InWarranty, Expired };

    Status status = Status::Unknown;
    QDate lastCoveredDay; // valid when status is not Unknown

    static QDate anniversary(const QDate &purchase, int months);
    static Warranty evaluate(const QDate &purchase, int warrantyMonths, const QDate &today);

    bool chargeable() const { return status == Status::Expired; }
};

} // namespace hotline
