#include "TicketRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QHash>

namespace hotline {

namespace {

const QString kSummarySelect = QStringLiteral(
    "SELECT t.id, t.customer_id, t.unit_id, c.name, COALESCE(m.code, u.model_typed), "
    "COALESCE(m.name, ''), u.serial, t.fault, t.state, t.priority, t.created_at, t.to_verify, "
    "t.markers, t.handoff_at, t.triage_outcome, COALESCE(m.category, ''), t.contact_phone "
    "FROM tickets t JOIN customers c ON c.id = t.customer_id "
    "JOIN units u ON u.id = t.unit_id LEFT JOIN product_models m ON m.id = u.model_id ");

TicketSummary readSummary(const QSqlQuery &q)
{
    TicketSummary s;
    s.id = q.value(0).toLongLong();
    s.customerId = q.value(1).toLongLong();
    s.unitId = q.value(2).toLongLong();
    s.customerName = q.value(3).toString();
    s.modelCode = q.value(4).toString();
    s.modelName = q.value(5).toString();
    s.serial = q.value(6).toString();
    s.fault = q.value(7).toString();
    s.state = TicketTypes::stateFromCode(q.value(8).toString());
    s.priority = TicketTypes::priorityFromCode(q.value(9).toString());
    s.createdAt = sql::momentFrom(q.value(10));
    const QString toVerify = q.value(11).toString();
    s.toVerify = toVerify.isEmpty() ? QStringList() : toVerify.split(u'\n');
    s.markers = q.value(12).toString().split(u',', Qt::SkipEmptyParts);
    s.handoffAt = sql::momentFrom(q.value(13));
    s.triageOutcome = q.value(14).toString();
    s.category = q.value(15).toString();
    s.contactPhone = q.value(16).toString();
    return s;
}

} // namespace

qint64 TicketRepository::addTicket(const NewTicket &t) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO tickets (customer_id, address_id, unit_id, contact_phone, fault, service_mode, "
        "preferred_time, request_note, channel, priority, state, warranty, charge_consent, "
        "to_verify, repeat_of, created_at, created_by, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(t.customerId);
    q.addBindValue(sql::nullableId(t.addressId));
    q.addBindValue(t.unitId);
    q.addBindValue(t.contactPhone);
    q.addBindValue(t.fault);
    q.addBindValue(TicketTypes::code(t.serviceMode));
    q.addBindValue(t.preferredTime);
    q.addBindValue(t.requestNote);
    q.addBindValue(TicketTypes::code(t.channel));
    q.addBindValue(TicketTypes::code(t.priority));
    q.addBindValue(TicketTypes::code(t.state));
    q.addBindValue(t.warranty);
    q.addBindValue(t.chargeConsent ? 1 : 0);
    q.addBindValue(t.toVerify.join(u'\n'));
    q.addBindValue(sql::nullableId(t.repeatOf));
    q.addBindValue(sql::moment(t.createdAt));
    q.addBindValue(sql::nullableId(t.createdBy));
    q.addBindValue(sql::moment(t.createdAt));
    return m_db.insertReturningId(q, "save the ticket");
}

void TicketRepository::setState(qint64 ticketId, TicketState state, const QDateTime &at) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE tickets SET state = ?, updated_at = ?, closed_at = COALESCE(?, closed_at) "
        "WHERE id = ?"));
    q.addBindValue(TicketTypes::code(state));
    q.addBindValue(sql::moment(at));
    q.addBindValue(state == TicketState::Closed ? sql::moment(at)
                                                : QVariant());
    q.addBindValue(ticketId);
    m_db.run(q, "change the ticket state");
}

bool TicketRepository::claimTriageOutcome(qint64 ticketId, const QDateTime &at) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE tickets SET updated_at = ? WHERE id = ? AND state IN ('new', 'in_triage')"));
    q.addBindValue(sql::moment(at));
    q.addBindValue(ticketId);
    m_db.run(q, "claim the call's outcome");
    return q.numRowsAffected() == 1;
}

void TicketRepository::setTriageResult(qint64 ticketId, TicketState state, const QString &outcome,
                                       const QStringList &markers, const QDateTime &handoffAt,
                                       const QDateTime &at) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE tickets SET state = ?, triage_outcome = ?, markers = ?, handoff_at = ?, "
        "updated_at = ? WHERE id = ?"));
    q.addBindValue(TicketTypes::code(state));
    q.addBindValue(outcome);
    q.addBindValue(markers.join(u','));
    q.addBindValue(sql::moment(handoffAt));
    q.addBindValue(sql::moment(at));
    q.addBindValue(ticketId);
    m_db.run(q, "record where the call sent the ticket");
}

void TicketRepository::appendHistory(const TicketHistoryEntry &e, qint64 userId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO ticket_history (ticket_id, at, user_id, actor, action, field, old_value, "
        "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.ticketId);
    q.addBindValue(sql::moment(e.at));
    q.addBindValue(sql::nullableId(userId));
    q.addBindValue(e.actor);
    q.addBindValue(e.action);
    q.addBindValue(e.field);
    q.addBindValue(e.oldValue);
    q.addBindValue(e.newValue);
    m_db.run(q, "record the ticket history");
}

std::optional<TicketSummary> TicketRepository::ticket(qint64 id) const
{
    QSqlQuery q = m_db.prepare(kSummarySelect % u"WHERE t.id = ?");
    q.addBindValue(id);
    m_db.run(q, "read a ticket");
    if (!q.next())
        return std::nullopt;
    return readSummary(q);
}

QList<TicketSummary> TicketRepository::tickets(const QList<qint64> &ids) const
{
    QList<TicketSummary> found;
    if (ids.isEmpty())
        return found;
    // One query for the lot, in the order asked for (ids are numbers: no quoting needed).
    QStringList list;
    for (qint64 id : ids)
        list.append(QString::number(id));
    QSqlQuery q = m_db.prepare(kSummarySelect % u"WHERE t.id IN (" % list.join(u',') % u")");
    m_db.run(q, "read tickets");
    QHash<qint64, TicketSummary> byId;
    while (q.next()) {
        TicketSummary s = readSummary(q);
        byId.insert(s.id, s);
    }
    for (qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            found.append(*it);
    }
    return found;
}

QList<TicketSummary> TicketRepository::ticketsOfCustomer(qint64 customerId, int limit) const
{
    Statement q = m_db.statement(kSummarySelect
                                 % u"WHERE t.customer_id = ? ORDER BY t.created_at DESC, t.id DESC "
                                   u"LIMIT ?");
    q->addBindValue(customerId);
    q->addBindValue(limit);
    m_db.run(q, "list a customer's tickets");
    QList<TicketSummary> list;
    while (q->next())
        list.append(readSummary(*q));
    return list;
}

QList<TicketSummary> TicketRepository::ticketsInStates(const QList<TicketState> &states, int limit) const
{
    QList<TicketSummary> list;
    if (states.isEmpty())
        return list;
    QString placeholders;
    for (qsizetype i = 0; i < states.size(); ++i)
        placeholders += i ? QStringLiteral(", ?") : QStringLiteral("?");
    QSqlQuery q = m_db.prepare(kSummarySelect % u"WHERE t.state IN (" % placeholders
                               % u") ORDER BY t.created_at, t.id LIMIT ?");
    for (TicketState s : states)
        q.addBindValue(TicketTypes::code(s));
    q.addBindValue(limit);
    m_db.run(q, "list tickets by state");
    while (q.next())
        list.append(readSummary(q));
    return list;
}

QList<TicketHistoryEntry> TicketRepository::history(qint64 ticketId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, ticket_id, at, actor, action, field, old_value, new_value "
        "FROM ticket_history WHERE ticket_id = ? ORDER BY at, id"));
    q.addBindValue(ticketId);
    m_db.run(q, "read the ticket history");
    QList<TicketHistoryEntry> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), sql::momentFrom(q.value(2)),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString()});
    return list;
}

QMap<TicketState, int> TicketRepository::countByState() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT state, COUNT(*) FROM tickets GROUP BY state"));
    m_db.run(q, "count tickets");
    QMap<TicketState, int> counts;
    while (q.next())
        counts[TicketTypes::stateFromCode(q.value(0).toString())] = q.value(1).toInt();
    return counts;
}

qint64 TicketRepository::count() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    m_db.run(q, "count tickets");
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace hotline
