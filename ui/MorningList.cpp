#include "MorningList.h"

#include "CallbackQueueModel.h"
#include "CsvText.h"
#include "PrintedReport.h"
#include "Ticket.h"


namespace hotline {

QString MorningList::csv(const QList<CallbackTask> &tasks)
{
    QString out = CsvText::row({tr("Due"), tr("Ticket"), tr("Customer"), tr("Phone"), tr("Model"), tr("Fault"),
                                tr("Engineer"), tr("Why"), tr("Tries")});
    for (const CallbackTask &t : tasks)
        out += CsvText::row({t.dueAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), TicketSummary::displayNumber(t.ticketId),
                             t.customerName, t.phone, t.modelCode, t.fault, t.engineerName,
                             CallbackQueueModel::reasonLabel(t.reason), QString::number(t.attempts)});
    return out;
}

QString MorningList::html(const QDate &day, const QList<CallbackTask> &tasks)
{
    QString out = QStringLiteral("<h2>%1 · %2</h2><table border='1' cellspacing='0' cellpadding='4'><tr>")
                      .arg(tr("Follow-up calls").toHtmlEscaped(), day.toString(Qt::ISODate));
    for (const QString &h : {tr("Due"), tr("Ticket"), tr("Customer"), tr("Phone"), tr("Model"), tr("Engineer"), tr("Why")})
        out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    out += QStringLiteral("</tr>");
    for (const CallbackTask &t : tasks) {
        out += QStringLiteral("<tr>");
        for (const QString &cell : {t.dueAt.toString(QStringLiteral("HH:mm")), TicketSummary::displayNumber(t.ticketId),
                                    t.customerName, t.phone, t.modelCode, t.engineerName,
                                    CallbackQueueModel::reasonLabel(t.reason)})
            out += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

bool MorningList::save(const QString &file, const QDate &day, const QList<CallbackTask> &tasks)
{
    return PrintedReport::save(file, csv(tasks), html(day, tasks));
}

} // namespace hotline
