#include "SearchRepository.h"

#include "Database.h"
#include "SearchWords.h"

namespace hotline {

namespace {

using searchwords::isCodeChar;
using searchwords::isHan;

// A literal piece of text as an FTS5 string.
QString ftsString(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString likePattern(QString part)
{
    part.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + part + u'%';
}

// How the trigram index narrows the search for one typed part (three characters or more).
// A long number shares its leading trigrams ("139") with millions of documents, and
// intersecting all of them costs a second at 3 M tickets; two trigrams that do not
// overlap, taken from the end, narrow enough, and the LIKE check afterwards is exact.
QString trigramQuery(const QList<uint> &cps)
{
    QStringList terms;
    for (qsizetype at = cps.size() - 3; at >= 0 && terms.size() < 2; at -= 3) {
        const char32_t tri[3] = {cps[at], cps[at + 1], cps[at + 2]};
        terms.append(ftsString(QString::fromUcs4(tri, 3)));
    }
    return terms.join(QStringLiteral(" AND "));
}

} // namespace

QString SearchRepository::documentSelect() const
{
    // Name, every number as typed and as its lookup key, address, model, serial, fault.
    return QStringLiteral(
        "SELECT t.id, c.name || ' ' || COALESCE((SELECT string_agg_placeholder FROM customer_phones p "
        "WHERE p.customer_id = t.customer_id), '') || ' ' || COALESCE(a.text, '') || ' ' || "
        "COALESCE(m.code, u.model_typed) || ' ' || COALESCE(m.name, '') || ' ' || u.serial || ' ' || t.fault "
        "FROM tickets t JOIN customers c ON c.id = t.customer_id JOIN units u ON u.id = t.unit_id "
        "LEFT JOIN product_models m ON m.id = u.model_id LEFT JOIN addresses a ON a.id = t.address_id ")
        .replace(QStringLiteral("string_agg_placeholder"),
                 m_db.isPostgres() ? QStringLiteral("string_agg(p.typed || ' ' || p.lookup_key, ' ')")
                                   : QStringLiteral("group_concat(p.typed || ' ' || p.lookup_key, ' ')"));
}

// The same text documentSelect() makes in SQL: the contentless pairs index takes a ticket's
// words out by this text, so the two must agree (tst_scaleloader compares them).
QString SearchRepository::documentHead(const QString &name, const QStringList &numbers, const QString &address,
                                      const QString &model, const QString &modelName, const QString &serial)
{
    return QStringList{name, numbers.join(u' '), address, model, modelName, serial}.join(u' ');
}

// The pairs of the documents already in the trigram index (the same text), split inside
// SQLite by search_pairs (SearchWords): after a bulk load this runs for millions of tickets.
void SearchRepository::indexPairs(const QString &where, const QVariantList &bound) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO ticket_pairs (rowid, pairs) SELECT rowid, search_pairs(body) FROM ticket_search ")
        + where);
    for (const QVariant &v : bound)
        q.addBindValue(v);
    m_db.run(q, "build the search index");
}

void SearchRepository::index(qint64 ticketId) const
{
    if (!m_db.isPostgres()) {
        // The pairs index keeps no text: its entries come out by the document they were
        // made from, while it is still there (and only if they are in: a 'delete' of
        // entries never added would break the index).
        QSqlQuery delPairs = m_db.prepare(QStringLiteral(
            "INSERT INTO ticket_pairs (ticket_pairs, rowid, pairs) SELECT 'delete', rowid, search_pairs(body) "
            "FROM ticket_search WHERE rowid = ? AND EXISTS (SELECT 1 FROM ticket_pairs WHERE rowid = ?)"));
        delPairs.addBindValue(ticketId);
        delPairs.addBindValue(ticketId);
        m_db.run(delPairs, "update the search index");
    }
    QSqlQuery del = m_db.prepare(m_db.isPostgres() ? QStringLiteral("DELETE FROM ticket_search WHERE ticket_id = ?")
                                                   : QStringLiteral("DELETE FROM ticket_search WHERE rowid = ?"));
    del.addBindValue(ticketId);
    m_db.run(del, "update the search index");
    QSqlQuery q = m_db.prepare(
        (m_db.isPostgres() ? QStringLiteral("INSERT INTO ticket_search (ticket_id, body) ")
                           : QStringLiteral("INSERT INTO ticket_search (rowid, body) "))
        + documentSelect() + QStringLiteral("WHERE t.id = ?"));
    q.addBindValue(ticketId);
    m_db.run(q, "update the search index");
    if (!m_db.isPostgres())
        indexPairs(QStringLiteral("WHERE rowid = ?"), {ticketId});
}

bool SearchRepository::isBehind() const
{
    QStringList newest = {QStringLiteral("SELECT MAX(id) FROM tickets")};
    if (m_db.isPostgres()) {
        newest.append(QStringLiteral("SELECT MAX(ticket_id) FROM ticket_search"));
    } else {
        newest.append(QStringLiteral("SELECT MAX(rowid) FROM ticket_search"));
        newest.append(QStringLiteral("SELECT MAX(rowid) FROM ticket_pairs"));
    }
    QVariantList ids;
    for (const QString &sql : std::as_const(newest)) {
        QSqlQuery q = m_db.prepare(sql);
        m_db.run(q, "look at the search index");
        ids.append(q.next() ? q.value(0).toLongLong() : 0);
    }
    return ids.count(ids.first()) != ids.size();
}

bool SearchRepository::isEmpty() const
{
    QSqlQuery q = m_db.prepare(m_db.isPostgres()
                                   ? QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM ticket_search)")
                                   : QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM ticket_search) "
                                                    "AND NOT EXISTS (SELECT 1 FROM ticket_pairs)"));
    m_db.run(q, "look at the search index");
    return q.next() && q.value(0).toBool();
}

qint64 SearchRepository::indexMissing() const
{
    return indexMissingWhere(QString(), {});
}

qint64 SearchRepository::indexMissing(qint64 firstId, qint64 lastId) const
{
    return indexMissingWhere(QStringLiteral("BETWEEN ? AND ?"), {firstId, lastId});
}

// `range` ("BETWEEN ? AND ?", or empty for every ticket) limits both the tickets read and
// the index entries they are looked up in, so a slice of a large index costs its own size.
qint64 SearchRepository::indexMissingWhere(const QString &range, const QVariantList &bound) const
{
    const QString ticketRange = range.isEmpty() ? QString() : QStringLiteral("t.id ") + range + QStringLiteral(" AND ");
    const QString rowidRange = range.isEmpty() ? QString() : QStringLiteral(" WHERE rowid ") + range;
    QSqlQuery q = m_db.prepare(
        (m_db.isPostgres() ? QStringLiteral("INSERT INTO ticket_search (ticket_id, body) ")
                           : QStringLiteral("INSERT INTO ticket_search (rowid, body) "))
        + documentSelect() + QStringLiteral("WHERE ") + ticketRange
        + (m_db.isPostgres() ? QStringLiteral("NOT EXISTS (SELECT 1 FROM ticket_search s WHERE s.ticket_id = t.id)")
                             : QStringLiteral("t.id NOT IN (SELECT rowid FROM ticket_search") + rowidRange
                                   + u')'));
    const int perRange = m_db.isPostgres() ? 1 : 2;
    for (int i = 0; i < perRange; ++i) {
        for (const QVariant &v : bound)
            q.addBindValue(v);
    }
    m_db.run(q, "build the search index");
    const qint64 added = q.numRowsAffected();
    if (!m_db.isPostgres()) {
        QVariantList pairBound = bound;
        pairBound += bound;
        const QString searchRange = range.isEmpty() ? QString() : QStringLiteral("rowid ") + range + QStringLiteral(" AND ");
        indexPairs(QStringLiteral("WHERE ") + searchRange + QStringLiteral("rowid NOT IN (SELECT rowid FROM ticket_pairs")
                       + rowidRange + u')',
                   pairBound);
    }
    return added;
}

QList<qint64> SearchRepository::find(const QStringList &parts, int limit) const
{
    QList<qint64> ids;
    if (parts.isEmpty())
        return ids;
    QSqlQuery q = m_db.isPostgres() ? findOnPostgres(parts, limit) : findOnSqlite(parts, limit);
    if (!q.isActive())
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QSqlQuery SearchRepository::findOnPostgres(const QStringList &parts, int limit) const
{
    QString where;
    for (qsizetype i = 0; i < parts.size(); ++i)
        where += (i ? QStringLiteral(" AND ") : QString()) + QStringLiteral("body ILIKE ? ESCAPE '\\'");
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ticket_id FROM ticket_search WHERE ") + where
                               + QStringLiteral(" ORDER BY ticket_id DESC LIMIT ?"));
    for (const QString &part : parts)
        q.addBindValue(likePattern(part));
    q.addBindValue(limit);
    m_db.run(q, "search the archive");
    return q;
}

// One index lookup narrows the search, the longest part's; every part is then checked with
// LIKE on the candidates only ("+body" keeps FTS5 from turning the check into a lookup).
QSqlQuery SearchRepository::findOnSqlite(const QStringList &parts, int limit) const
{
    qsizetype longest = 0;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts[i].toUcs4().size() > parts[longest].toUcs4().size())
            longest = i;
    }
    const QList<uint> driver = parts[longest].toUcs4();
    QString from;
    QString match;
    QString order = QStringLiteral(" ORDER BY s.rowid DESC LIMIT ?");
    if (driver.size() >= 3) {
        from = QStringLiteral("SELECT s.rowid FROM ticket_search s WHERE s.ticket_search MATCH ?");
        match = trigramQuery(driver);
    } else if (driver.size() == 2 && isHan(driver[0]) && isHan(driver[1])) {
        // 张伟, 漏水: two Chinese characters are a word of the pairs index.
        from = QStringLiteral("SELECT s.rowid FROM ticket_pairs p JOIN ticket_search s ON s.rowid = p.rowid "
                              "WHERE p.ticket_pairs MATCH ?");
        match = ftsString(parts[longest]);
        order = QStringLiteral(" ORDER BY p.rowid DESC LIMIT ?"); // FTS5 then reads newest first
    } else if (driver.size() == 2 && isCodeChar(driver[0]) && isCodeChar(driver[1])) {
        // Two letters or digits ("E2", "LG") are a run of the pairs index (显示E2). Not a
        // prefix: "13" begins a million phone numbers, and a prefix query reads them all.
        from = QStringLiteral("SELECT s.rowid FROM ticket_pairs p JOIN ticket_search s ON s.rowid = p.rowid "
                              "WHERE p.ticket_pairs MATCH ?");
        match = ftsString(parts[longest]);
        order = QStringLiteral(" ORDER BY p.rowid DESC LIMIT ?");
    } else {
        return QSqlQuery(); // one character narrows nothing
    }
    QString sql = from;
    for (qsizetype i = 0; i < parts.size(); ++i)
        sql += QStringLiteral(" AND +s.body LIKE ? ESCAPE '\\'");
    sql += order;
    QSqlQuery q = m_db.prepare(sql);
    q.addBindValue(match);
    for (const QString &part : parts)
        q.addBindValue(likePattern(part));
    q.addBindValue(limit);
    m_db.run(q, "search the archive");
    return q;
}

} // namespace hotline
