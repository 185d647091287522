#pragma once

#include "DispatchService.h"

#include <QCoreApplication>
#include <QString>

namespace hotline {

// R17: each engineer's job sheet for the day, as a printable document: customer, address,
// phones, model, purchase date, warranty, fault, what the phone triage found, parts to bring.
class JobSheet
{
    Q_DECLARE_TR_FUNCTIONS(JobSheet)
public:
    static QString html(const Engineer &engineer, const QDate &date, const QList<JobSheetStop> &stops);
    // Writes the sheets of every engineer with visits that day into one PDF, a page each.
    // Returns false when the file cannot be written; throws CentreError when the actor may
    // not export customer data (R26).
    static bool writePdf(const QString &file, const DispatchDay &day, const DispatchService &dispatch,
                         int *sheets = nullptr);

private:
    static QString warrantyText(const JobSheetStop &stop);
};

} // namespace hotline
