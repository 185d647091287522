#pragma once

#include "TicketTypes.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace hotline {

class Centre;

// A realistic service centre for demos, screenshots and manual testing, built as of the
// centre's today: engineers with skills and districts, a model catalogue with warranty
// periods, customers with Chinese names, addresses and numbers, tickets in every state,
// today's board, visits completed on the previous working day and their open follow-up calls.
class DemoCentre
{
    Q_DECLARE_TR_FUNCTIONS(DemoCentre)
public:
    struct Summary
    {
        int customers = 0;
        int tickets = 0;
        int engineers = 0;
        int visitsToday = 0;
        int completedYesterday = 0;
        int openCallbacks = 0;
        int triageTrees = 0;
        qint64 callInTriage = 0; // a call being guided now: hotline --ticket N shows it
        QMap<TicketState, int> ticketsByState;
    };

    // Deterministic for the same seed and the same day. Refuses a database that already holds
    // customers (throws CentreError) so a real centre is never mixed with demo data.
    static Summary seed(Centre &centre, quint32 seed = 1);

    // The returning customer the demo and the README screenshots use.
    static QString featuredCallerNumber() { return QStringLiteral("138-0013-8000"); }
};

} // namespace hotline
