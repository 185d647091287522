#pragma once

#include <QString>

class QDateEdit;

namespace hotline {

// A date box with a calendar drop-down, showing `format` (QDate's) in the current locale,
// wide enough for every date it can show. Qt sizes a date box by its minimum and maximum
// dates and leaves out the text field's own margins: when every date is as wide as those
// two (digits, or the weekdays in Chinese, 星期一 … 星期日), the arrow covered the end.
void fitDateBox(QDateEdit *box, const QString &format);

} // namespace hotline
