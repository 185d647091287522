#pragma once

#include "AssignmentCheck.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace hotline {

// One proposed engineer and time for a queued visit.
struct SlotSuggestion
{
    qint64 engineerId = 0;
    QDateTime start;
    QDateTime end;
    qint64 score = 0;                  // higher is better (SlotRank::score)
    QStringList reasons;               // translated; each one explains itself
    bool meetsVisitCommitment = false; // R13: starts within 24 working hours of the request
    int travelMinutesAdded = 0;        // the detour this visit adds to the engineer's day
    int engineerLoadMinutes = 0;       // visits already booked on the engineer that day
};

struct SlotRequest
{
    // The queued visit: district, category, priority, requestedAt and availability count; its
    // length is start–end when it has one, else BoardVisit::kDefaultMinutes.
    BoardVisit visit;
    QList<Engineer> engineers;
    QList<BoardVisit> scheduled; // the engineers' visits (engineerId set); other days are ignored
    TravelTimes travel;
    WorkingCalendar calendar;
    QDateTime now; // also the clock the suggested times are given on
    QDate day;
    int count = 5;
};

// R10, R11, R13: where a queued visit could go, best first, for the supervisor to pick from.
// Only slots that AssignmentCheck accepts are ever suggested. Starts fall on the quarter hour,
// inside the engineer's hours and the customer's availability, and not before the engineer
// could leave (R16: 20 minutes after a same-day assignment). Ranking (SlotRank): meets the
// 24-hour visit commitment, then least travel added, then district and skill fit, then the
// lighter load, then the earlier start, then the engineer id.
//
// A later start in the same free stretch of an engineer's day is the same choice made later
// (same travel, fit and load): each stretch offers its earliest start first, and later ones
// only when there are fewer stretches than suggestions wanted.
class SlotSuggester
{
    Q_DECLARE_TR_FUNCTIONS(SlotSuggester)
public:
    static QList<SlotSuggestion> suggest(const SlotRequest &request);
};

} // namespace hotline
