#include "CallbackService.h"
#include "Centre.h"
#include "CtlContext.h"
#include "Ticket.h"

#include <fmt/core.h>

namespace hotline {

// R18: hotlinectl callbacks produce [--for YYYY-MM-DD] (a nightly job), and list.
int runCallbacks(CtlContext &ctx)
{
    const QString verb = ctx.word(1);
    QCommandLineParser parser;
    const QCommandLineOption forDay(QStringLiteral("for"), {}, QStringLiteral("YYYY-MM-DD"));
    parser.addOption(forDay);
    ctx.parse(parser, 2);
    if (verb == u"produce") {
        QDate day;
        if (parser.isSet(forDay)) {
            day = QDate::fromString(parser.value(forDay), Qt::ISODate);
            if (!day.isValid())
                throw BadInput{QStringLiteral("--for: '%1' is not a date: use YYYY-MM-DD").arg(parser.value(forDay))};
        }
        Centre &centre = ctx.centre();
        if (!day.isValid()) {
            // Run in the evening: tomorrow's calls; during the day: today's.
            const WorkingCalendar &cal = centre.calendar();
            day = centre.now().time() >= cal.endOfDay() || !cal.isWorkingDay(centre.today())
                      ? cal.nextWorkingDay(centre.today())
                      : centre.today();
        }
        const auto p = CallbackService(centre).produce(day);
        fmt::print("Follow-up calls for {}: {} new for visits completed {}, {} new two-hour follow-ups\n",
                   day.toString(Qt::ISODate).toStdString(), p.visitFollowUps,
                   p.completionDay.toString(Qt::ISODate).toStdString(), p.remoteFixFollowUps);
        return ExitOk;
    }
    if (verb == u"list") {
        for (const CallbackTask &t : CallbackService(ctx.centre()).queue())
            fmt::print("{}  {}  {:<8} {}  {}\n", t.dueAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")).toStdString(),
                       TicketSummary::displayNumber(t.ticketId).toStdString(), t.customerName.toStdString(),
                       t.phone.toStdString(), t.reason.toStdString());
        return ExitOk;
    }
    throw BadInput{QStringLiteral("use 'callbacks produce [--for YYYY-MM-DD]' or 'callbacks list'")};
}

} // namespace hotline
