#pragma once

#include "BenchFigures.h"
#include "Centre.h"
#include "Database.h"
#include "IntakeService.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hotline::bench {

// Saving a new caller's ticket through the intake service (customer, phone, address, unit,
// ticket, history, search index, change log: one transaction), beside the baseline: the
// six core rows as raw prepared INSERTs in one transaction on the same connection.
inline void measureIntakeSave(Centre &centre, const QString &backend, double target, int runs, const QString &note)
{
    IntakeService intake(centre);
    const QString model = intake.models().isEmpty() ? QString() : intake.models().first().code;
    QList<double> service;
    QList<double> raw;
    const QSqlDatabase db = centre.database().connection();
    const auto exec = [](QSqlQuery &q) {
        if (!q.exec())
            qFatal("bench: raw insert failed: %s", qPrintable(q.lastError().text()));
    };
    for (int i = 0; i < runs; ++i) {
        IntakeDraft d;
        d.name = QStringLiteral("测试客户%1").arg(i);
        d.phones = {{QStringLiteral("1770000%1").arg(i, 4, 10, QLatin1Char('0')), true}};
        d.address = QStringLiteral("上海市浦东新区张杨路%1号").arg(i + 1);
        d.district = QStringLiteral("浦东新区");
        d.modelCode = model;
        d.serial = QStringLiteral("BENCH%1").arg(i);
        d.purchaseDate = QStringLiteral("2025-06-01");
        d.fault = QStringLiteral("洗衣机脱水时剧烈晃动，有异响");
        // Alternately first, so that neither always meets pages the other just read.
        const auto throughService = [&] {
            if (!intake.save(d).saved)
                qFatal("bench: the intake refused the bench's call");
        };
        const auto rawInserts = [&] {
            const QString now = QStringLiteral("2026-11-24T07:00:00");
            QSqlDatabase c = db;
            c.transaction();
            QSqlQuery q(c);
            q.prepare(QStringLiteral("INSERT INTO customers (name, created_at) VALUES (?, ?) RETURNING id"));
            q.addBindValue(d.name);
            q.addBindValue(now);
            exec(q);
            q.next();
            const qint64 customer = q.value(0).toLongLong();
            q.prepare(QStringLiteral("INSERT INTO customer_phones (customer_id, typed, lookup_key, kind, preferred) "
                                     "VALUES (?, ?, ?, 'mobile', 1)"));
            q.addBindValue(customer);
            q.addBindValue(d.phones.first().number);
            q.addBindValue(QString(QStringLiteral("+86") + d.phones.first().number));
            exec(q);
            q.prepare(QStringLiteral("INSERT INTO addresses (customer_id, text, district) VALUES (?, ?, ?) RETURNING id"));
            q.addBindValue(customer);
            q.addBindValue(d.address);
            q.addBindValue(d.district);
            exec(q);
            q.next();
            const qint64 address = q.value(0).toLongLong();
            q.prepare(QStringLiteral("INSERT INTO units (customer_id, model_typed, serial, purchase_date) "
                                     "VALUES (?, ?, ?, ?) RETURNING id"));
            q.addBindValue(customer);
            q.addBindValue(d.modelCode);
            q.addBindValue(d.serial);
            q.addBindValue(d.purchaseDate);
            exec(q);
            q.next();
            const qint64 unit = q.value(0).toLongLong();
            q.prepare(QStringLiteral("INSERT INTO tickets (customer_id, address_id, unit_id, contact_phone, fault, "
                                     "service_mode, channel, priority, state, warranty, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, 'on_site', 'phone', 'normal', 'new', 'in_warranty', ?, ?) "
                                     "RETURNING id"));
            for (const QVariant &v : {QVariant(customer), QVariant(address), QVariant(unit),
                                      QVariant(d.phones.first().number), QVariant(d.fault), QVariant(now), QVariant(now)})
                q.addBindValue(v);
            exec(q);
            q.next();
            const qint64 ticket = q.value(0).toLongLong();
            q.prepare(QStringLiteral("INSERT INTO ticket_history (ticket_id, at, actor, action, new_value) "
                                     "VALUES (?, ?, 'bench', 'created', 'phone normal')"));
            q.addBindValue(ticket);
            q.addBindValue(now);
            exec(q);
            q.finish();
            c.commit();
        };
        if (i % 2) {
            raw.append(timeMs(rawInserts));
            service.append(timeMs(throughService));
        } else {
            service.append(timeMs(throughService));
            raw.append(timeMs(rawInserts));
        }
    }
    Row row;
    row.figure = QStringLiteral("save an intake (ticket + history), %1, p95").arg(backend);
    row.measured = summarise(service);
    row.target = target;
    row.baselineName = QStringLiteral("raw INSERTs of the six core rows");
    row.baseline = summarise(raw);
    row.note = note + QStringLiteral("; the service also writes the search index, the 'to verify' list and the change "
                                     "log, which the baseline leaves out");
    record(row);
}

} // namespace hotline::bench
