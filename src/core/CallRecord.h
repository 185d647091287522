#pragma once

#include <QDateTime>
#include <QString>

namespace hotline {

// One phone call as the console saw it (R5): in (a screen pop) or out (a click-to-dial).
struct CallRecord
{
    qint64 id = 0;
    qint64 ticketId = 0; // 0 until the ticket is saved or known
    bool inbound = true;
    QString number;
    QString pbxCallId;
    QString operatorName;
    QDateTime startedAt;
    QDateTime answeredAt;
    QDateTime endedAt;
    qint64 talkSeconds = 0;
};

} // namespace hotline
