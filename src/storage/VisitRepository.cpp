#include "VisitRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace hotline {

qint64 VisitRepository::addVisit(const NewVisit &v) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO visits (ticket_id, engineer_id, starts_at, ends_at, status, result, "
        "tested_on_site, parts_used, charge_fen, completed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(v.ticketId);
    q.addBindValue(sql::nullableId(v.engineerId));
    q.addBindValue(sql::moment(v.startsAt)); // NULL when unset
    q.addBindValue(sql::moment(v.endsAt));
    q.addBindValue(v.status);
    q.addBindValue(v.result);
    q.addBindValue(v.testedOnSite ? 1 : 0);
    q.addBindValue(v.partsUsed);
    q.addBindValue(v.chargeFen);
    q.addBindValue(sql::moment(v.completedAt));
    return m_db.insertReturningId(q, "add a visit");
}

qint64 VisitRepository::addCallbackTask(const NewCallbackTask &t) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO callback_tasks (ticket_id, visit_id, reason, due_at, state, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(t.ticketId);
    q.addBindValue(sql::nullableId(t.visitId));
    q.addBindValue(t.reason);
    q.addBindValue(sql::moment(t.dueAt));
    q.addBindValue(t.state);
    q.addBindValue(sql::moment(t.createdAt));
    return m_db.insertReturningId(q, "add a follow-up call");
}

qint64 VisitRepository::addCallbackTaskOnce(const NewCallbackTask &t) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO callback_tasks (ticket_id, visit_id, reason, due_at, state, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"));
    q.addBindValue(t.ticketId);
    q.addBindValue(sql::nullableId(t.visitId));
    q.addBindValue(t.reason);
    q.addBindValue(sql::moment(t.dueAt));
    q.addBindValue(t.state);
    q.addBindValue(sql::moment(t.createdAt));
    m_db.run(q, "book a follow-up call");
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

QList<NewCallbackTask> VisitRepository::callbackTasks(qint64 ticketId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT ticket_id, COALESCE(visit_id, 0), reason, due_at, state, created_at "
        "FROM callback_tasks WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    m_db.run(q, "read follow-up calls");
    QList<NewCallbackTask> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     sql::momentFrom(q.value(3)), q.value(4).toString(), sql::momentFrom(q.value(5))});
    return list;
}

qint64 VisitRepository::countVisits(const QString &status) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM visits WHERE status = ?"));
    q.addBindValue(status);
    m_db.run(q, "count visits");
    return q.next() ? q.value(0).toLongLong() : 0;
}

namespace {

const QString kBoardSelect = QStringLiteral(
    "SELECT v.id, v.ticket_id, COALESCE(v.engineer_id, 0), v.starts_at, v.ends_at, "
    "COALESCE(a.district, ''), COALESCE(m.category, ''), c.name, COALESCE(m.code, u.model_typed), "
    "t.fault, t.priority, t.markers, t.to_verify, ") + sql::requestedAt(QStringLiteral("t")) + QStringLiteral(
    ", t.handoff_at, v.version, v.assigned_at, v.pinned, t.preferred_time "
    "FROM visits v JOIN tickets t ON t.id = v.ticket_id JOIN customers c ON c.id = t.customer_id "
    "JOIN units u ON u.id = t.unit_id LEFT JOIN product_models m ON m.id = u.model_id "
    "LEFT JOIN addresses a ON a.id = t.address_id ");

BoardVisit readBoardVisit(const QSqlQuery &q)
{
    BoardVisit v;
    v.id = q.value(0).toLongLong();
    v.ticketId = q.value(1).toLongLong();
    v.engineerId = q.value(2).toLongLong();
    v.start = sql::momentFrom(q.value(3));
    v.end = sql::momentFrom(q.value(4));
    v.district = q.value(5).toString();
    v.category = q.value(6).toString();
    v.customerName = q.value(7).toString();
    v.modelCode = q.value(8).toString();
    v.fault = q.value(9).toString();
    v.priority = TicketTypes::priorityFromCode(q.value(10).toString());
    v.markers = q.value(11).toString().split(u',', Qt::SkipEmptyParts);
    const QString toVerify = q.value(12).toString();
    if (!toVerify.isEmpty())
        v.markers.prepend(QStringLiteral("to_verify")); // R2: dispatch shows it
    if (toVerify.contains(QStringLiteral("charge_consent_missing")))
        v.markers.append(QStringLiteral("no_consent")); // R4
    v.requestedAt = sql::momentFrom(q.value(13));
    v.handoffAt = sql::momentFrom(q.value(14));
    v.version = q.value(15).toInt();
    v.assignedAt = sql::momentFrom(q.value(16));
    v.pinned = q.value(17).toInt() != 0;
    v.preferredTime = q.value(18).toString();
    // R1: free words ("越快越好") stay a note; days and hours bind the planner and the check.
    if (auto availability = CustomerAvailability::parse(v.preferredTime))
        v.availability = *availability;
    return v;
}

} // namespace

QList<BoardVisit> VisitRepository::scheduledBetween(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q = m_db.prepare(kBoardSelect
                               % u"WHERE v.status = 'scheduled' AND v.starts_at >= ? AND v.starts_at < ? "
                                 u"ORDER BY v.engineer_id, v.starts_at");
    q.addBindValue(sql::moment(from));
    q.addBindValue(sql::moment(to));
    m_db.run(q, "read the day's visits");
    QList<BoardVisit> list;
    while (q.next())
        list.append(readBoardVisit(q));
    return list;
}

QList<BoardVisit> VisitRepository::queued() const
{
    QSqlQuery q = m_db.prepare(kBoardSelect % u"WHERE v.status = 'queued' ORDER BY t.created_at");
    m_db.run(q, "read the dispatch queue");
    QList<BoardVisit> list;
    while (q.next())
        list.append(readBoardVisit(q));
    return list;
}

std::optional<BoardVisit> VisitRepository::visit(qint64 id) const
{
    QSqlQuery q = m_db.prepare(kBoardSelect % u"WHERE v.id = ?");
    q.addBindValue(id);
    m_db.run(q, "read a visit");
    if (!q.next())
        return std::nullopt;
    return readBoardVisit(q);
}

bool VisitRepository::move(qint64 visitId, int expectedVersion, qint64 engineerId,
                           const QDateTime &start, const QDateTime &end, const QString &status,
                           const QDateTime &assignedAt) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE visits SET engineer_id = ?, starts_at = ?, ends_at = ?, status = ?, assigned_at = ?, "
        "pinned = CASE WHEN ? = 1 THEN pinned ELSE 0 END, version = version + 1 WHERE id = ? AND version = ?"));
    q.addBindValue(sql::nullableId(engineerId));
    q.addBindValue(sql::moment(start));
    q.addBindValue(sql::moment(end));
    q.addBindValue(status);
    q.addBindValue(sql::moment(assignedAt));
    q.addBindValue(engineerId != 0 ? 1 : 0); // back in the queue: a pin has nothing left to keep
    q.addBindValue(visitId);
    q.addBindValue(expectedVersion);
    m_db.run(q, "move a visit");
    return q.numRowsAffected() == 1;
}

bool VisitRepository::setPinned(qint64 visitId, int expectedVersion, bool pinned) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE visits SET pinned = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.addBindValue(pinned ? 1 : 0);
    q.addBindValue(visitId);
    q.addBindValue(expectedVersion);
    m_db.run(q, "pin a visit");
    return q.numRowsAffected() == 1;
}

bool VisitRepository::complete(qint64 visitId, int expectedVersion, const QString &result, bool testedOnSite,
                               const QString &parts, qint64 chargeFen, bool signedByCustomer,
                               int ratingQuality, int ratingAttitude, const QString &note,
                               const QDateTime &completedAt) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE visits SET status = 'completed', result = ?, tested_on_site = ?, parts_used = ?, "
        "charge_fen = ?, customer_signed = ?, rating_quality = ?, rating_attitude = ?, result_note = ?, "
        "completed_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.addBindValue(result);
    q.addBindValue(testedOnSite ? 1 : 0);
    q.addBindValue(parts);
    q.addBindValue(chargeFen);
    q.addBindValue(signedByCustomer ? 1 : 0);
    q.addBindValue(ratingQuality);
    q.addBindValue(ratingAttitude);
    q.addBindValue(note);
    q.addBindValue(sql::moment(completedAt));
    q.addBindValue(visitId);
    q.addBindValue(expectedVersion);
    m_db.run(q, "record the visit result");
    return q.numRowsAffected() == 1;
}

VisitRepository::TicketDetails VisitRepository::ticketDetails(qint64 ticketId) const
{
    TicketDetails d;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT COALESCE(a.text, ''), u.purchase_date, t.warranty, t.charge_consent, t.customer_id "
        "FROM tickets t JOIN units u ON u.id = t.unit_id LEFT JOIN addresses a ON a.id = t.address_id "
        "WHERE t.id = ?"));
    q.addBindValue(ticketId);
    m_db.run(q, "read a ticket for its job sheet");
    if (!q.next())
        return d;
    d.address = q.value(0).toString();
    d.purchaseDate = sql::dayFrom(q.value(1));
    d.warranty = q.value(2).toString();
    d.chargeConsent = q.value(3).toInt() != 0;
    const qint64 customer = q.value(4).toLongLong();
    q.finish();
    QSqlQuery p = m_db.prepare(QStringLiteral(
        "SELECT typed FROM customer_phones WHERE customer_id = ? ORDER BY preferred DESC, id"));
    p.addBindValue(customer);
    m_db.run(p, "read a customer's numbers");
    while (p.next())
        d.phones.append(p.value(0).toString());
    return d;
}

TravelTimes VisitRepository::travelTimes() const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT from_district, to_district, minutes FROM district_travel"));
    m_db.run(q, "read the travel times");
    TravelTimes t;
    while (q.next())
        t.set(q.value(0).toString(), q.value(1).toString(), q.value(2).toInt());
    return t;
}

void VisitRepository::setTravelTime(const QString &from, const QString &to, int minutes) const
{
    for (const auto &[a, b] : {std::pair{from, to}, std::pair{to, from}}) {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "INSERT INTO district_travel (from_district, to_district, minutes) VALUES (?, ?, ?) "
            "ON CONFLICT (from_district, to_district) DO UPDATE SET minutes = excluded.minutes"));
        q.addBindValue(a);
        q.addBindValue(b);
        q.addBindValue(minutes);
        m_db.run(q, "set a travel time");
    }
}

qint64 VisitRepository::countOpenCallbacks() const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT COUNT(*) FROM callback_tasks WHERE state = 'open'"));
    m_db.run(q, "count follow-up calls");
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace hotline
