#pragma once

#include "AssignmentCheck.h"

#include <algorithm>
#include <tuple>

namespace hotline {

// How one slot for a visit compares with another, for the slot suggester and the day planner
// alike: the R13 24-hour visit commitment first, then the least travel added, then the better
// fit (the engineer's own district, trained for the category), then the lighter load, then
// the earlier start; the engineer id settles the rest, so equal slots always come out in the
// same order.
struct SlotRank
{
    bool meetsCommitment = false;
    int travelAdded = 0;
    int fit = 0;         // 0–2
    int loadMinutes = 0; // visits already booked on the engineer that day
    int start = 0;       // minutes after midnight
    qint64 engineerId = 0;

    bool ranksBefore(const SlotRank &o) const
    {
        return std::tuple(!meetsCommitment, travelAdded, -fit, loadMinutes, start, engineerId)
               < std::tuple(
                   !o.meetsCommitment, o.travelAdded, -o.fit, o.loadMinutes, o.start, o.engineerId);
    }

    // The criteria before the start time folded into one number, higher is better: sorting by it
    // (then by start and engineer id) gives the same order as ranksBefore().
    qint64 score() const
    {
        constexpr int kCap = 9999;
        return (meetsCommitment ? 1'000'000'000LL : 0)
               + qint64(kCap - std::min(travelAdded, kCap)) * 100'000 + qint64(fit) * 10'000
               + (kCap - std::min(loadMinutes, kCap));
    }

    static int fitOf(const Engineer &e, const BoardVisit &v)
    {
        return int(!v.district.isEmpty() && e.district == v.district)
               + int(!v.category.isEmpty() && e.skills.contains(v.category));
    }
};

} // namespace hotline
