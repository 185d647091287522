#include "ReportService.h"

#include "Centre.h"
#include "CentreSettings.h"
#include "CsvText.h"
#include "Database.h"
#include "ReportRepository.h"
#include "SlaRepository.h"
#include "SlaService.h"
#include "StorageError.h"

namespace hotline {

ServiceFigures ReportService::figures(const QDate &from, const QDate &to) const
{
    ServiceFigures f;
    f.from = from;
    f.to = to;
    const QDateTime start(from, QTime(0, 0));
    const QDateTime end(to.addDays(1), QTime(0, 0));
    try {
        const ReportRepository rows(m_centre.database());
        for (const auto &c : rows.calls(start, end)) {
            f.calls.append(c.ticketId);
            if (c.triageOutcome.isEmpty())
                continue;
            f.guided.append(c.ticketId);
            if (c.triageOutcome == u"remote_fix") {
                f.remoteFixes.append(c.ticketId);
            } else if (c.handoffAt.isValid()) {
                // R9: from the call's end (its last guided step; the outcome itself when
                // there was none) to the report in the queue.
                const QDateTime callEnd = c.lastStepAt.isValid() ? c.lastStepAt : c.handoffAt;
                (callEnd.secsTo(c.handoffAt) <= kHandoffSeconds ? f.handoff.met : f.handoff.missed).append(c.ticketId);
            }
        }
        // R13: the time a ticket waited for parts or for the customer does not count.
        const auto firstVisits = rows.firstVisits(start, end);
        const auto repairs = rows.repairs(start, end);
        QList<qint64> timed;
        for (const auto &list : {&firstVisits, &repairs}) {
            for (const auto &t : *list)
                timed.append(t.ticketId);
        }
        const SlaRepository sla(m_centre.database());
        const QHash<qint64, QList<SlaPause>> pauses = sla.pauses(timed);
        const SlaService clocks(m_centre);
        auto onTime = [&](SlaCommitment c, const ReportRepository::Timing &t) {
            const QDateTime due = clocks.clock(c, t.requestedAt, pauses.value(t.ticketId)).due();
            return !due.isValid() || t.at <= due; // a clock still standing has not run out
        };
        for (const auto &v : firstVisits)
            (onTime(SlaCommitment::Visit, v) ? f.visitOnTime.met : f.visitOnTime.missed).append(v.ticketId);
        for (const auto &r : repairs)
            (onTime(SlaCommitment::Repair, r) ? f.repairOnTime.met : f.repairOnTime.missed).append(r.ticketId);
        for (const SlaBreach &b : sla.breaches(start, end))
            (b.commitment == u"visit" ? f.visitBreaches : f.repairBreaches).append(b.ticketId);
        f.repeats = rows.reopened(start, end);
        int unitSum = 0, unitCount = 0, engineerSum = 0, engineerCount = 0;
        for (const auto &r : rows.ratings(start, end)) {
            f.rated.append(r.ticketId);
            if (r.unit > 0) {
                unitSum += r.unit;
                ++unitCount;
            }
            if (r.engineer > 0) {
                engineerSum += r.engineer;
                ++engineerCount;
            }
        }
        f.unitRating = unitCount ? double(unitSum) / unitCount : 0.0;
        f.engineerRating = engineerCount ? double(engineerSum) / engineerCount : 0.0;
        f.complaintTickets = rows.complaintTicketsOpened(start, end, &f.complaintsOpened);
        f.complaintsResolved = rows.complaintsResolved(start, end);
        f.complaintsOpenNow = rows.complaintsOpenNow();
        for (const auto &l : rows.load(start, end))
            f.load.append({l.engineer, l.visits, l.completed, l.tickets});
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    return f;
}

QList<ReportService::Line> ReportService::lines(const ServiceFigures &f) const
{
    auto share = [](const Share &s) {
        return QStringLiteral("%1%").arg(s.percent(), 0, 'f', 1);
    };
    auto of = [](const Share &s) { return tr("%1 of %2").arg(s.met.size()).arg(s.total()); };
    QList<Line> out{
        {tr("Calls taken"), QString::number(f.calls.size()), {}},
        {tr("Fixed on the phone (remote-fix rate)"), QStringLiteral("%1%").arg(f.remoteFixPercent(), 0, 'f', 1),
         tr("%1 of %2 guided calls").arg(f.remoteFixes.size()).arg(f.guided.size())},
        {tr("In the dispatch queue within 5 minutes (R9)"), share(f.handoff), of(f.handoff)},
        {tr("Visited within 24 working hours (R13)"), share(f.visitOnTime), of(f.visitOnTime)},
        {tr("Repaired within 48 working hours (R13)"), share(f.repairOnTime), of(f.repairOnTime)},
        {tr("SLA breaches recorded as they happened (R13)"),
         QString::number(f.visitBreaches.size() + f.repairBreaches.size()),
         tr("%1 without a visit in 24 h, %2 not repaired in 48 h").arg(f.visitBreaches.size()).arg(f.repairBreaches.size())},
        {tr("Repeat visits: reopened after the follow-up call (R20)"), QString::number(f.repeats.size()), {}},
        {tr("Satisfaction with the unit (1–5)"), QString::number(f.unitRating, 'f', 2),
         tr("%n rated follow-up call(s)", nullptr, int(f.rated.size()))},
        {tr("Satisfaction with the engineer (1–5)"), QString::number(f.engineerRating, 'f', 2), {}},
        {tr("Complaints opened (R24)"), QString::number(f.complaintsOpened), {}},
        {tr("Complaints resolved"), QString::number(f.complaintsResolved), {}},
        {tr("Complaints open now"), QString::number(f.complaintsOpenNow), {}},
    };
    for (const EngineerLoad &l : f.load)
        out.append({tr("Visits: %1").arg(l.engineer), QString::number(l.visits),
                    tr("%1 completed").arg(l.completed)});
    return out;
}

QString ReportService::csv(const ServiceFigures &f) const
{
    QString out = CsvText::row({tr("Figure"), tr("Value"), tr("Detail")});
    for (const Line &l : lines(f))
        out += CsvText::row({l.figure, l.value, l.detail});
    return out;
}

QString ReportService::html(const ServiceFigures &f) const
{
    const QString centre = m_centre.settings().value(CentreSettings::kCentreName);
    QString out = QStringLiteral("<h2>%1</h2><p>%2</p><table border='1' cellspacing='0' cellpadding='4' width='100%'>")
                      .arg(tr("Service report").toHtmlEscaped(),
                           (centre.isEmpty() ? QString() : centre.toHtmlEscaped() + QStringLiteral(" · "))
                               + tr("%1 to %2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
    out += QStringLiteral("<tr><th align='left'>%1</th><th align='right'>%2</th><th align='left'>%3</th></tr>")
               .arg(tr("Figure").toHtmlEscaped(), tr("Value").toHtmlEscaped(), tr("Detail").toHtmlEscaped());
    for (const Line &l : lines(f))
        out += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td></tr>")
                   .arg(l.figure.toHtmlEscaped(), l.value.toHtmlEscaped(), l.detail.toHtmlEscaped());
    out += QStringLiteral("</table>");
    return out;
}

void ReportService::recordExport(const ServiceFigures &f, const QString &destination) const
{
    m_centre.require(Permission::ExportCustomerData);
    m_centre.audit(QStringLiteral("exported"), destination,
                   QStringLiteral("service report %1..%2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
}

} // namespace hotline
