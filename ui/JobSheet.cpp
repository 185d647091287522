#include "JobSheet.h"

#include "PrintedReport.h"
#include "Ticket.h"

#include <QCoreApplication>

namespace hotline {

namespace {

QString e(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString JobSheet::warrantyText(const JobSheetStop &s)
{
    if (s.warranty == u"in_warranty")
        return tr("In warranty");
    if (s.warranty == u"expired")
        return s.chargeConsent ? tr("Out of warranty: customer agreed to the charge")
                               : tr("Out of warranty: charge NOT yet agreed");
    return tr("Warranty unknown");
}

QString JobSheet::html(const Engineer &engineer, const QDate &date, const QList<JobSheetStop> &stops)
{
    QString out = QStringLiteral("<h2>%1 · %2</h2><p>%3 · %4–%5</p>")
                      .arg(e(tr("Job sheet")), e(engineer.name), date.toString(Qt::ISODate),
                           engineer.workStart.toString(QStringLiteral("HH:mm")),
                           engineer.workEnd.toString(QStringLiteral("HH:mm")));
    int n = 0;
    for (const JobSheetStop &s : stops) {
        const BoardVisit &v = s.visit;
        out += QStringLiteral("<h3>%1. %2–%3 · %4 · %5</h3>")
                   .arg(++n)
                   .arg(v.start.toString(QStringLiteral("HH:mm")), v.end.toString(QStringLiteral("HH:mm")),
                        e(v.customerName), e(v.district));
        out += QStringLiteral("<table cellpadding='2'>");
        auto row = [&out](const QString &label, const QString &value) {
            out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(e(label), e(value));
        };
        row(tr("Ticket"), TicketSummary::displayNumber(v.ticketId));
        row(tr("Address"), s.address);
        row(tr("Phones"), s.phones.join(QStringLiteral(" / ")));
        row(tr("Model"), v.modelCode);
        row(tr("Purchased"), s.purchaseDate.isValid() ? s.purchaseDate.toString(Qt::ISODate) : tr("unknown"));
        row(tr("Warranty"), warrantyText(s));
        row(tr("Fault"), v.fault);
        if (!s.findings.isEmpty())
            row(tr("Phone triage found"), s.findings);
        row(tr("Parts to bring"), s.partsToBring.isEmpty() ? tr("none requested") : s.partsToBring.join(QStringLiteral(", ")));
        out += QStringLiteral("</table>");
        out += QStringLiteral("<p>%1 ______ &nbsp; %2 ______ &nbsp; %3 ☐</p>")
                   .arg(e(tr("Quality (1–5):")), e(tr("Attitude (1–5):")), e(tr("Customer signature")));
    }
    if (stops.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(e(tr("No visits.")));
    return out;
}

bool JobSheet::writePdf(const QString &file, const DispatchDay &day, const DispatchService &dispatch, int *sheets)
{
    // One document, a page per engineer.
    QString html;
    int count = 0;
    const QMap<qint64, QList<JobSheetStop>> all = dispatch.exportJobSheets(day, file); // R26: audited
    for (const Engineer &engineer : day.engineers) {
        const QList<JobSheetStop> stops = all.value(engineer.id);
        if (stops.isEmpty())
            continue;
        html += count++ ? QStringLiteral("<div style='page-break-before: always'>") : QStringLiteral("<div>");
        html += JobSheet::html(engineer, day.date, stops) + QStringLiteral("</div>");
    }
    if (sheets)
        *sheets = count;
    return PrintedReport::pdf(file, html);
}

} // namespace hotline
