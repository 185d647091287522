#include "DistrictTravel.h"

namespace hotline {

DistrictTravel::DistrictTravel(const TravelTimes &travel, const QStringList &districts)
{
    for (const QString &d : districts) {
        if (!m_ids.contains(d)) {
            m_ids.insert(d, int(m_names.size()));
            m_names.append(d);
        }
    }
    const qsizetype n = m_names.size();
    m_minutes.resize(n * n);
    for (qsizetype from = 0; from < n; ++from) {
        for (qsizetype to = 0; to < n; ++to)
            m_minutes[from * n + to] = travel.minutes(m_names[from], m_names[to]);
    }
}

} // namespace hotline
