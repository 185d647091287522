#pragma once

#include "CallbackTask.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace hotline {

// R18: the morning's list of follow-up calls, for print (PDF) and for spreadsheets (CSV).
class MorningList
{
    Q_DECLARE_TR_FUNCTIONS(MorningList)
public:
    static QString csv(const QList<CallbackTask> &tasks);
    static QString html(const QDate &day, const QList<CallbackTask> &tasks);
    // Writes CSV or PDF by the file's extension; false when it cannot be written.
    static bool save(const QString &file, const QDate &day, const QList<CallbackTask> &tasks);
};

} // namespace hotline
