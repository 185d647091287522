#include "MorningList.h"

#include "CallbackQueueModel.h"
#include "PrintedReport.h"
#include "Ticket.h"


namespace hotline {

namespace {

QString csvField(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n')) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + s + u'"';
    }
    return s;
}

} // namespace

QString MorningList::csv(const QList<CallbackTask> &tasks)
{
    QStringList lines{QStringList{tr("Due"), tr("Ticket"), tr("Customer"), tr("Phone"), tr("Model"), tr("Fault"),
                                  tr("Engineer"), tr("Why"), tr("Tries")}
                          .join(u',')};
    for (const CallbackTask &t : tasks) {
        lines.append(QStringList{t.dueAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                 TicketSummary::displayNumber(t.ticketId), csvField(t.customerName), csvField(t.phone),
                                 csvField(t.modelCode), csvField(t.fault), csvField(t.engineerName),
                                 csvField(CallbackQueueModel::reasonLabel(t.reason)), QString::number(t.attempts)}
                         .join(u','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
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
