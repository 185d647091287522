#pragma once

#include "Catalogue.h"
#include "Customer.h"
#include "IntakeCheck.h"
#include "IntakeDraft.h"
#include "Ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace hotline {

class Centre;

// R3: a customer who has called before, with what they own and what they reported.
struct ReturningCustomer
{
    Customer customer;
    QList<TicketSummary> tickets; // newest first
};

// Taking a repair call (R1–R5): check what was typed, find returning customers, save the
// ticket with its "to verify" list and its first history entries.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(IntakeService)
public:
    explicit IntakeService(Centre &centre);

    QList<ProductModel> models() const { return m_models; }
    QStringList districts() const { return m_districts; } // where the engineers work
    QString lookupKey(const QString &typedNumber) const;
    std::optional<ModelFacts> modelFacts(const QString &code) const;
    void reloadCatalogue();

    IntakeCheck::Result review(const IntakeDraft &draft) const;

    // R3: everyone reachable on this number, whatever format it was typed in.
    QList<ReturningCustomer> findCaller(const QString &typedNumber) const;
    std::optional<ReturningCustomer> returningCustomer(qint64 customerId) const;

    struct SaveResult
    {
        bool saved = false;
        qint64 ticketId = 0;
        qint64 customerId = 0;
        IntakeCheck::Result review; // what was checked, with the fields that blocked saving
    };
    // Saves unless something impossible was typed; missing or doubtful data is saved on the
    // ticket's "to verify" list (R2). Throws CentreError when the database fails.
    SaveResult save(const IntakeDraft &draft);

    std::optional<TicketSummary> ticket(qint64 id) const;
    QList<TicketHistoryEntry> history(qint64 ticketId) const;

private:
    Centre &m_centre;
    QList<ProductModel> m_models;
    QHash<QString, qsizetype> m_modelIndex; // upper-case code -> index
    QStringList m_districts;
};

} // namespace hotline
