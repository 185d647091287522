#include "ExactDayModel.h"

#include <QSet>

#include <algorithm>
#include <climits>

namespace hotline::bench {

ExactDayModel::ExactDayModel(const DayPlanRequest &r)
    : m_request(r)
    , m_board(r)
{
    // Only the pinned visits stay on the board: every other visit is the solver's to place.
    QList<QList<BoardVisit>> pinnedDays(r.engineers.size());
    int movable = 0;
    for (int v = 0; v < m_board.size(); ++v) {
        const PlanVisit &pv = m_board.visit(v);
        if (pv.pinned) {
            pinnedDays[pv.engineer].append(*pv.source);
            m_pinned.append(*pv.source);
            continue;
        }
        ++movable;
        if (pv.engineer >= 0)
            m_board.unplace(v);
    }

    // Each level of the planner's order outweighs all of the levels below it together: at most
    // `movable` visits count on each, so a base of movable + 1 keeps them apart.
    const qint64 base = movable + 1;
    m_metWeight[0] = base;
    m_placedWeight[0] = base * base;
    m_metWeight[1] = base * base * base;
    m_placedWeight[1] = base * base * base * base;

    for (int v = 0; v < m_board.size(); ++v) {
        if (m_board.visit(v).pinned)
            continue;
        const qsizetype first = m_choices.size();
        addChoices(v, pinnedDays);
        QList<int> once;
        for (qsizetype c = first; c < m_choices.size(); ++c)
            once.append(int(c));
        if (!once.isEmpty())
            m_rows.append(once);
    }
    for (int e = 0; e < r.engineers.size(); ++e)
        addConflicts(e);
}

BoardVisit ExactDayModel::visitAt(const Choice &c) const
{
    BoardVisit b = *m_board.visit(c.visit).source;
    b.engineerId = m_request.engineers[c.engineer].id;
    if (!c.booked) {
        b.start = DayMinutes::at(m_request.now, m_request.day, c.start);
        b.end = DayMinutes::at(m_request.now, m_request.day, c.end);
    }
    return b;
}

void ExactDayModel::addChoices(int v, const QList<QList<BoardVisit>> &pinnedDays)
{
    const PlanVisit &pv = m_board.visit(v);
    const auto add = [&](int e, int start, bool booked) {
        Choice c{v,
                 e,
                 start,
                 booked ? DayMinutes::of(pv.source->end, m_request.day, true)
                        : start + pv.needs.minutes,
                 booked,
                 0};
        const BoardVisit at = visitAt(c);
        if (!AssignmentCheck::check(m_request.engineers[e], pinnedDays[e], at, m_request.travel)
                 .isEmpty())
            return;
        c.weight = m_placedWeight[pv.urgent] + (pv.meetsAt(start) ? m_metWeight[pv.urgent] : 0)
                   + int(booked);
        m_choices.append(c);
        m_at.append(at);
    };
    for (const int e : pv.engineers) {
        const bool origin = pv.booked && e == pv.origin;
        const QList<int> starts = m_board.starts(v, e);
        for (const int start : starts)
            add(e, start, origin && start == pv.originStart);
        // The planners keep a booked visit where it is while the check accepts it there, on the
        // grid or not.
        if (origin && !starts.contains(pv.originStart))
            add(e, pv.originStart, true);
    }
}

void ExactDayModel::addConflicts(int e)
{
    const Engineer &engineer = m_request.engineers[e];
    QList<int> own;
    QSet<QString> districts;
    for (int c = 0; c < m_choices.size(); ++c) {
        if (m_choices[c].engineer == e) {
            own.append(c);
            districts.insert(m_at[c].district);
        }
    }
    // R11: between any two of these visits the engineer needs at least this long.
    int least = INT_MAX;
    for (const QString &from : std::as_const(districts)) {
        for (const QString &to : std::as_const(districts))
            least = std::min(least, m_request.travel.minutes(from, to));
    }
    least += AssignmentCheck::kArrivalMarginMinutes;
    const auto near = [&](int a, int b) {
        return m_choices[a].start < m_choices[b].end + least
               && m_choices[b].start < m_choices[a].end + least;
    };

    // Pairs the check refuses, one day holding just the other; those not near each other in
    // time (a table's longer travel) get a row of their own.
    for (qsizetype i = 0; i < own.size(); ++i) {
        const int a = own[i];
        for (qsizetype j = i + 1; j < own.size(); ++j) {
            const int b = own[j];
            if (m_choices[a].visit == m_choices[b].visit)
                continue;
            const bool conflict
                = !AssignmentCheck::check(engineer, {m_at[a]}, m_at[b], m_request.travel).isEmpty()
                  || !AssignmentCheck::check(engineer, {m_at[b]}, m_at[a], m_request.travel)
                          .isEmpty();
            if (conflict && !near(a, b))
                m_rows.append({a, b});
            else if (!conflict && near(a, b) && m_error.isEmpty())
                m_error = QStringLiteral("visits %1 and %2 fit on engineer %3 closer than %4 min")
                              .arg(m_at[a].id)
                              .arg(m_at[b].id)
                              .arg(engineer.id)
                              .arg(least);
        }
    }

    // The rest, as cliques: at each start, the choices whose time stretched by `least` covers
    // it. Only the largest are kept: a start's group is contained in the next start's unless
    // some choice of it is over before then.
    QList<int> starts;
    for (const int c : std::as_const(own))
        starts.append(m_choices[c].start);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    for (qsizetype k = 0; k < starts.size(); ++k) {
        const int at = starts[k];
        const int next = k + 1 < starts.size() ? starts[k + 1] : INT_MAX;
        QList<int> clique;
        bool largest = false;
        for (const int c : std::as_const(own)) {
            if (m_choices[c].start <= at && at < m_choices[c].end + least) {
                clique.append(c);
                largest = largest || m_choices[c].end + least <= next;
            }
        }
        if (largest && clique.size() > 1)
            m_rows.append(clique);
    }
}

QString ExactDayModel::lpText() const
{
    QString lp;
    lp += QStringLiteral("\\ Hotline: one planning day, exact (bench/ExactDayModel): %1 ways to "
                         "serve a visit, %2 rows\nMaximize\n value:")
              .arg(m_choices.size())
              .arg(m_rows.size());
    // Short lines: LP readers limit their length.
    for (int c = 0; c < m_choices.size(); ++c) {
        lp += (c > 0 ? QStringLiteral(" +") : QString())
              + QStringLiteral(" %1 x%2").arg(m_choices[c].weight).arg(c);
        if (c % 8 == 7)
            lp += QStringLiteral("\n ");
    }
    lp += QStringLiteral("\nSubject To\n");
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        lp += QStringLiteral(" r%1:").arg(r);
        const QList<int> &row = m_rows[r];
        for (qsizetype i = 0; i < row.size(); ++i) {
            lp += (i > 0 ? QStringLiteral(" + x") : QStringLiteral(" x")) + QString::number(row[i]);
            if (i % 12 == 11)
                lp += QStringLiteral("\n ");
        }
        lp += QStringLiteral(" <= 1\n");
    }
    lp += QStringLiteral("Binaries\n");
    for (int c = 0; c < m_choices.size(); ++c)
        lp += QStringLiteral(" x%1%2").arg(c).arg(c % 12 == 11 ? QStringLiteral("\n") : QString());
    lp += QStringLiteral("\nEnd\n");
    return lp;
}

QList<int> ExactDayModel::chosen(const QHash<QString, double> &values) const
{
    QList<int> taken;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        bool number = false;
        const int c = it.key().mid(1).toInt(&number);
        if (it.key().startsWith(u'x') && number && c >= 0 && c < m_choices.size()
            && it.value() > 0.5)
            taken.append(c);
    }
    std::sort(taken.begin(), taken.end());
    return taken;
}

DayPlan ExactDayModel::plan(const QList<int> &chosen) const
{
    QHash<int, int> choiceOf; // visit → choice
    for (const int c : chosen)
        choiceOf.insert(m_choices[c].visit, c);
    DayPlan plan;
    for (int v = 0; v < m_board.size(); ++v) {
        const PlanVisit &pv = m_board.visit(v);
        if (pv.pinned)
            continue;
        const BoardVisit &source = *pv.source;
        const qint64 from = pv.booked ? source.engineerId : 0;
        const auto it = choiceOf.constFind(v);
        if (it == choiceOf.cend()) {
            plan.unplaced.append({source.id, from, QStringLiteral("not in the exact optimum")});
        } else if (!m_choices[*it].booked) {
            const BoardVisit &at = m_at[*it];
            plan.moves.append({source.id,
                               from,
                               pv.booked ? source.start : QDateTime(),
                               at.engineerId,
                               at.start,
                               at.end,
                               QStringLiteral("the exact optimum")});
        }
    }
    return plan;
}

bool ExactDayModel::offers(const BoardVisit &placed) const
{
    const auto same = [&placed](const BoardVisit &at) {
        return at.id == placed.id && at.engineerId == placed.engineerId && at.start == placed.start
               && at.end == placed.end;
    };
    return std::any_of(m_at.cbegin(), m_at.cend(), same)
           || std::any_of(m_pinned.cbegin(), m_pinned.cend(), same);
}

} // namespace hotline::bench
