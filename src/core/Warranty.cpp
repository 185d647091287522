#include "Warranty.h"

namespace hotline {

QDate Warranty::anniversary(const QDate &purchase, int months)
{
    const int totalMonths = purchase.year() * 12 + (purchase.month() - 1) + months;
    const int year = totalMonths / 12;
    const int month = totalMonths % 12 + 1;
    const QDate firstOfMonth(year, month, 1);
    if (purchase.day() <= firstOfMonth.daysInMonth())
        return QDate(year, month, purchase.day());
    // The day does not exist in that month: the period ends with the month.
    return firstOfMonth.addMonths(1);
}

Warranty Warranty::evaluate(const QDate &purchase, int warrantyMonths, const QDate &today)
{
    if (!purchase.isValid() || warrantyMonths < 0 || !today.isValid())
        return {};
    const QDate last = anniversary(purchase, warrantyMonths).addDays(-1);
    return {today <= last ? Status::InWarranty : Status::Expired, last};
}

} // namespace hotline
