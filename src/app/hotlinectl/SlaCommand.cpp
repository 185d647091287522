#include "Centre.h"
#include "CtlContext.h"
#include "SlaService.h"
#include "Ticket.h"

#include <fmt/core.h>

namespace hotline {

namespace {

qint64 ticketNumber(const QString &typed)
{
    bool ok = false;
    const qint64 id = QString(typed).remove(u'#').toLongLong(&ok);
    if (!ok || id <= 0)
        throw BadInput{QStringLiteral("TICKET: '%1' is not a ticket number: use its number, such as 1234 or #001234")
                           .arg(typed)};
    return id;
}

} // namespace

// R13, R27: hotlinectl sla watch (also a job every few minutes: breaches are recorded even when
// no supervisor's console is open), sla pause TICKET --reason parts|customer [--note TEXT],
// sla resume TICKET [--note TEXT].
int runSla(CtlContext &ctx)
{
    const QString verb = ctx.word(1);
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"), {}, QStringLiteral("parts|customer"));
    const QCommandLineOption note(QStringLiteral("note"), {}, QStringLiteral("TEXT"));
    parser.addOption(reason);
    parser.addOption(note);
    if (verb == u"watch") {
        ctx.parse(parser, 2);
        SlaService sla(ctx.centre());
        const QList<SlaAlert> alerts = sla.watch();
        for (const SlaAlert &a : alerts) {
            // R13: a clock paused after it ran out is still a breach, as the console shows it.
            const QString level = a.breached() ? (a.pause ? QStringLiteral("BREACHED,paused") : QStringLiteral("BREACHED"))
                                  : a.pause    ? QStringLiteral("paused")
                                               : QStringLiteral("%1 %").arg(a.percent);
            const QString due = a.due.isValid() ? a.due.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                : QStringLiteral("(paused: %1)").arg(a.pause->reason);
            fmt::print("{}  {:<15}  {:<6}  due {}  {}\n", TicketSummary::displayNumber(a.ticketId).toStdString(),
                       level.toStdString(), SlaService::commitmentCode(a.commitment).toStdString(),
                       due.toStdString(), a.customerName.toStdString());
        }
        fmt::print("{} ticket(s) on the SLA watch\n", alerts.size());
        return ExitOk;
    }
    if (verb == u"pause" || verb == u"resume") {
        ctx.parse(parser, 3);
        const qint64 ticket = ticketNumber(ctx.word(2));
        SlaService sla(ctx.centre());
        if (verb == u"pause") {
            if (!parser.isSet(reason))
                throw BadInput{QStringLiteral("--reason: say why the clocks stand: parts or customer")};
            sla.pause(ticket, parser.value(reason), parser.value(note));
            fmt::print("SLA clocks of {} paused\n", TicketSummary::displayNumber(ticket).toStdString());
        } else {
            sla.resume(ticket, parser.value(note));
            fmt::print("SLA clocks of {} running again\n", TicketSummary::displayNumber(ticket).toStdString());
        }
        return ExitOk;
    }
    throw BadInput{QStringLiteral("use 'sla watch', 'sla pause TICKET --reason parts|customer [--note TEXT]' or "
                                  "'sla resume TICKET [--note TEXT]'")};
}

} // namespace hotline
