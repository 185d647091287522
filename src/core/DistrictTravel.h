#pragma once

#include "AssignmentCheck.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace hotline {

// R11 travel times between the districts of one planning day, read once from TravelTimes into a
// table indexed by small numbers: planning 1,500 visits looks travel up millions of times and
// must not build a string key for each.
class DistrictTravel
{
public:
    // `districts` may repeat and may include the empty district; ids follow first appearance.
    DistrictTravel(const TravelTimes &travel, const QStringList &districts);

    int idOf(const QString &district) const { return m_ids.value(district, -1); }
    int minutes(int from, int to) const { return m_minutes[from * m_names.size() + to]; }

private:
    QStringList m_names;
    QHash<QString, int> m_ids;
    QList<int> m_minutes;
};

} // namespace hotline
