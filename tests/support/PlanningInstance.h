#pragma once

#include "DayPlanner.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace hotline::test {

// A centre's day for the planners, generated from a fixed seed (QRandomGenerator gives the same
// numbers on every platform): engineers in eight districts (every tenth covers them all), two
// skills each, 08:30–17:30 or 09:00–17:30; visits already booked on them, a third of them
// pinned, each day valid under AssignmentCheck; and a queue with urgent visits, customers'
// availability, and a few visits held for the customer's consent (R4).
struct PlanningInstance
{
    static inline const QDate kDay{2026, 11, 23}; // a Monday

    static QDateTime at(const QDate &day, int minute)
    {
        return QDateTime(day, QTime(0, 0).addSecs(minute * 60), QTimeZone::utc());
    }

    // `districtCount` (1–8) makes a smaller centre: its engineers and visits in fewer districts.
    static DayPlanRequest generate(int engineers, int visits, quint32 seed, int bookedPercent = 30,
                                   int meanMinutes = 60, int districtCount = 8)
    {
        QRandomGenerator rng(seed);
        QStringList districts{QStringLiteral("浦东新区"), QStringLiteral("徐汇区"), QStringLiteral("静安区"),
                              QStringLiteral("黄浦区"),   QStringLiteral("长宁区"), QStringLiteral("普陀区"),
                              QStringLiteral("虹口区"),   QStringLiteral("杨浦区")};
        districts.resize(std::clamp(districtCount, 1, int(districts.size())));
        const QStringList categories{QStringLiteral("washing_machine"), QStringLiteral("air_conditioner"),
                                     QStringLiteral("refrigerator"), QStringLiteral("printer")};
        const QList<int> lengths{meanMinutes / 2, meanMinutes * 3 / 4, meanMinutes, meanMinutes * 3 / 2};

        DayPlanRequest r;
        r.day = kDay;
        r.now = at(kDay, 7 * 60 + 30);
        for (int i = 0; i < districts.size(); ++i) {
            for (int j = i + 1; j < districts.size(); ++j)
                r.travel.set(districts[i], districts[j], 20 + int(rng.bounded(40)));
        }
        constexpr int kLongestTravel = 60; // the table's most, for the booked days' gaps

        qint64 nextId = 1;
        const auto requestedAt = [&] {
            const QDate d = kDay.addDays(-1 - int(rng.bounded(5))); // Wednesday's are due today (R13)
            return at(d, 8 * 60 + 30 + int(rng.bounded(9 * 60)));
        };
        const int booked = visits * bookedPercent / 100;
        const int perEngineer = engineers > 0 ? booked / engineers : 0;
        for (int i = 0; i < engineers; ++i) {
            Engineer e;
            e.id = i + 1;
            e.name = QStringLiteral("工程师%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            e.district = i % 10 == 9 ? QString() : districts[i % districts.size()];
            e.skills = {categories[i % 4], categories[(i + 1) % 4]};
            e.workStart = i % 3 == 2 ? QTime(9, 0) : QTime(8, 30);
            e.workEnd = QTime(17, 30);
            r.engineers.append(e);

            // Booked visits, spaced for travel and the early-arrival margin (R11).
            int cursor = 9 * 60 + int(rng.bounded(4)) * 15;
            for (int k = 0; k < perEngineer; ++k) {
                const int length = lengths[int(rng.bounded(lengths.size()))];
                if (cursor + length > 17 * 60 + 30)
                    break;
                AssignedVisit a;
                BoardVisit &v = a.visit;
                v.id = nextId++;
                v.ticketId = 10000 + v.id;
                v.engineerId = e.id;
                v.start = at(kDay, cursor);
                v.end = at(kDay, cursor + length);
                v.district = e.district.isEmpty() ? districts[int(rng.bounded(districts.size()))] : e.district;
                v.category = e.skills[int(rng.bounded(2))];
                v.customerName = QStringLiteral("客户%1").arg(v.id);
                v.requestedAt = requestedAt();
                a.pinned = rng.bounded(3) == 0;
                r.assigned.append(a);
                cursor += length + (e.district.isEmpty() ? kLongestTravel : 15) + 10 + int(rng.bounded(4)) * 15;
            }
        }

        const int queued = visits - int(r.assigned.size());
        for (int k = 0; k < queued; ++k) {
            BoardVisit v;
            v.id = nextId++;
            v.ticketId = 10000 + v.id;
            const int length = lengths[int(rng.bounded(lengths.size()))];
            v.start = at(kDay, 0); // a queued visit's length is start–end
            v.end = at(kDay, length);
            v.district = districts[int(rng.bounded(districts.size()))];
            v.category = categories[int(rng.bounded(categories.size()))];
            v.customerName = QStringLiteral("客户%1").arg(v.id);
            v.requestedAt = requestedAt();
            v.priority = rng.bounded(100) < 15 ? Priority::Urgent : Priority::Normal;
            const quint32 window = rng.bounded(100);
            if (window < 15)
                v.availability.weekly.append({{1, 2, 3, 4, 5}, QTime(13, 0), QTime(17, 30)});
            else if (window < 30)
                v.availability.dated.append({at(kDay, 9 * 60), at(kDay, 12 * 60)});
            if (rng.bounded(100) < 2)
                v.markers.append(QStringLiteral("no_consent"));
            r.queued.append(v);
        }
        return r;
    }
};

} // namespace hotline::test
