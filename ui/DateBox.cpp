#include "DateBox.h"

#include <QDateEdit>
#include <QFontMetrics>
#include <QLocale>

namespace hotline {

void fitDateBox(QDateEdit *box, const QString &format)
{
    box->setCalendarPopup(true);
    box->setDisplayFormat(format);
    const QFontMetrics metrics(box->font());
    int widest = 0;
    const QDate monday(2026, 11, 23);
    for (int day = 0; day < 7; ++day) // every weekday's name; digits are as wide as each other
        widest = qMax(widest, metrics.horizontalAdvance(box->locale().toString(monday.addDays(day), format)));
    const int hinted = metrics.horizontalAdvance(box->locale().toString(box->minimumDate(), format));
    // The hint's frame and arrow, the text field's margins (a character each side), the text.
    box->setMinimumWidth(box->sizeHint().width() - hinted + widest + 2 * metrics.horizontalAdvance(u'0'));
}

} // namespace hotline
