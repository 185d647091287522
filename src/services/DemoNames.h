#pragma once

#include "Catalogue.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace hotline {

// Believable people, places and appliances for demo and scale data: Chinese names,
// Shanghai districts and streets, a catalogue of appliance, office and computer models.
// All picks come from the caller's generator, so the same seed gives the same centre.
class DemoNames
{
public:
    explicit DemoNames(QRandomGenerator &random) : m_random(random) {}

    QString personName();
    QString mobileNumber();    // 139 1234 5678, as people write it
    QString landlineNumber();  // 021-6234 5678
    QString district();
    QString address(const QString &district);
    QString serial(const QString &modelCode);
    QString fault(const QString &category);
    QString preferredTime();

    static QStringList districts();
    static QList<ProductModel> catalogue();
    static QList<FeeSchedule> feeSchedules();
    static QStringList categories();

    int between(int lowest, int highest) { return int(m_random.bounded(lowest, highest + 1)); }
    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(m_random.bounded(int(list.size()))));
    }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

private:
    QRandomGenerator &m_random;
};

} // namespace hotline
