#include "IntakeService.h"

#include "Centre.h"
#include "CatalogueRepository.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DateInput.h"
#include "PeopleRepository.h"
#include "SearchRepository.h"
#include "StorageError.h"
#include "TicketRepository.h"

namespace hotline {

namespace {

QString warrantyCode(const IntakeCheck::Result &r)
{
    switch (r.warranty.status) {
    case Warranty::Status::InWarranty: return QStringLiteral("in_warranty");
    case Warranty::Status::Expired: return QStringLiteral("expired");
    case Warranty::Status::Unknown: break;
    }
    return QStringLiteral("unknown");
}

} // namespace

IntakeService::IntakeService(Centre &centre)
    : m_centre(centre)
{
    reloadCatalogue();
}

void IntakeService::reloadCatalogue()
{
    try {
        m_models = CatalogueRepository(m_centre.database()).models();
        m_districts.clear();
        for (const Engineer &e : PeopleRepository(m_centre.database()).engineers()) {
            if (!m_districts.contains(e.district))
                m_districts.append(e.district);
        }
        m_districts.sort();
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    m_modelIndex.clear();
    for (qsizetype i = 0; i < m_models.size(); ++i)
        m_modelIndex.insert(m_models[i].code.toUpper(), i);
}

std::optional<ModelFacts> IntakeService::modelFacts(const QString &code) const
{
    const auto it = m_modelIndex.constFind(code.trimmed().toUpper());
    if (it == m_modelIndex.cend())
        return std::nullopt;
    const ProductModel &m = m_models.at(*it);
    return ModelFacts{m.code, m.name, m.category, m.warrantyMonths};
}

QString IntakeService::lookupKey(const QString &typedNumber) const
{
    return m_centre.phones().normalize(typedNumber).lookupKey();
}

IntakeCheck::Result IntakeService::review(const IntakeDraft &draft) const
{
    return IntakeCheck::check(draft, modelFacts(draft.modelCode), m_centre.today(),
                              m_centre.phones());
}

QList<ReturningCustomer> IntakeService::findCaller(const QString &typedNumber) const
{
    QList<ReturningCustomer> found;
    const NormalizedPhone phone = m_centre.phones().normalize(typedNumber);
    const QString key = phone.lookupKey();
    if (key.size() < 5)
        return found;
    try {
        const CustomerRepository customers(m_centre.database());
        const QList<qint64> ids = customers.customersWithPhoneKeys({key});
        for (qint64 id : ids) {
            if (auto c = returningCustomer(id))
                found.append(*c);
        }
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
    return found;
}

std::optional<ReturningCustomer> IntakeService::returningCustomer(qint64 customerId) const
{
    try {
        auto customer = CustomerRepository(m_centre.database()).customer(customerId);
        if (!customer)
            return std::nullopt;
        return ReturningCustomer{*customer,
                                 TicketRepository(m_centre.database()).ticketsOfCustomer(customerId)};
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

IntakeService::SaveResult IntakeService::save(const IntakeDraft &d)
{
    SaveResult result;
    result.review = review(d);
    if (!result.review.canSave())
        return result;

    const Database &db = m_centre.database();
    const CustomerRepository customers(db);
    const TicketRepository tickets(db);
    const QDateTime now = m_centre.now();
    const Actor &actor = m_centre.actor();
    const auto model = modelFacts(d.modelCode);

    try {
        Transaction tx(db);

        // The customer: the returning one the operator picked, or a new record.
        std::optional<Customer> existing;
        if (d.customerId > 0)
            existing = customers.customer(d.customerId);
        const QString name = d.name.trimmed();
        const qint64 customerId = existing ? existing->id : customers.addCustomer(name, now);
        if (existing && !name.isEmpty() && name != existing->name)
            customers.rename(customerId, name); // recorded on the ticket below (R5)

        // R1/R3: every number given, under its lookup key; the preferred one marked.
        const QString preferredTyped = d.preferredPhone();
        qint64 preferredId = 0;
        for (const IntakeDraft::Phone &p : d.phones) {
            const QString typed = p.number.trimmed();
            if (typed.isEmpty())
                continue;
            const NormalizedPhone n = m_centre.phones().normalize(typed);
            qint64 phoneId = 0;
            if (existing) {
                for (const CustomerPhone &known : existing->phones) {
                    if (known.lookupKey == n.lookupKey())
                        phoneId = known.id;
                }
            }
            if (phoneId == 0)
                phoneId = customers.addPhone(customerId, {0, typed, n.lookupKey(), n.kind, false});
            if (typed == preferredTyped)
                preferredId = phoneId;
        }
        if (preferredId)
            customers.setPreferredPhone(customerId, preferredId);

        // The address: reuse the same text, else add it.
        qint64 addressId = 0;
        const QString address = d.address.trimmed();
        if (existing) {
            for (const Address &a : existing->addresses) {
                if (a.text == address)
                    addressId = a.id;
            }
        }
        if (addressId == 0 && !address.isEmpty())
            addressId = customers.addAddress(customerId, {0, address, d.district.trimmed()});

        // The unit: the one picked, the same model and serial, else a new one.
        qint64 unitId = 0;
        if (existing) {
            // The unit picked from the caller's history, or one with the same model and serial;
            // a picked unit whose model, serial or purchase date the operator then changed is
            // a different appliance and gets its own record.
            const QDate typedDate = result.review.purchaseDate.value_or(QDate());
            for (const Unit &u : existing->units) {
                const bool sameModel = u.modelCode.compare(d.modelCode.trimmed(), Qt::CaseInsensitive) == 0;
                const bool picked = d.unitId > 0 && u.id == d.unitId && sameModel && u.serial == d.serial.trimmed()
                                    && u.purchaseDate == typedDate;
                const bool same = !d.serial.trimmed().isEmpty() && u.serial == d.serial.trimmed() && sameModel;
                if (picked || same)
                    unitId = u.id;
            }
        }
        if (unitId == 0) {
            Unit u;
            u.modelId = model ? CatalogueRepository(db).modelByCode(model->code)->id : 0;
            u.modelCode = model ? model->code : d.modelCode.trimmed();
            u.serial = d.serial.trimmed();
            u.purchaseDate = result.review.purchaseDate.value_or(QDate());
            unitId = customers.addUnit(customerId, u);
        }

        NewTicket t;
        t.customerId = customerId;
        t.addressId = addressId;
        t.unitId = unitId;
        t.contactPhone = preferredTyped;
        t.fault = d.fault.trimmed();
        t.serviceMode = d.serviceMode;
        t.preferredTime = d.preferredTime.trimmed();
        t.requestNote = d.requestNote.trimmed();
        t.channel = d.channel;
        t.priority = d.priority;
        t.state = TicketState::New;
        t.warranty = warrantyCode(result.review);
        t.chargeConsent = d.chargeConsent;
        t.toVerify = result.review.toVerify();
        t.createdAt = now;
        t.createdBy = actor.userId;
        const qint64 ticketId = tickets.addTicket(t);

        // R5: the call is logged with time and operator.
        TicketHistoryEntry created;
        created.ticketId = ticketId;
        created.at = now;
        created.actor = actor.name;
        created.action = QStringLiteral("created");
        created.newValue = TicketTypes::code(d.channel) + u' ' + TicketTypes::code(d.priority);
        tickets.appendHistory(created, actor.userId);
        if (existing && !name.isEmpty() && name != existing->name) {
            TicketHistoryEntry renamed = created;
            renamed.action = QStringLiteral("customer_renamed");
            renamed.field = QStringLiteral("name");
            renamed.oldValue = existing->name;
            renamed.newValue = name;
            tickets.appendHistory(renamed, actor.userId);
        }
        if (!t.toVerify.isEmpty()) {
            TicketHistoryEntry flags = created;
            flags.action = QStringLiteral("to_verify");
            flags.field = QStringLiteral("to_verify");
            flags.newValue = t.toVerify.join(u", ");
            tickets.appendHistory(flags, actor.userId);
        }
        if (d.chargeConsent && t.warranty == u"expired") {
            TicketHistoryEntry consent = created;
            consent.action = QStringLiteral("charge_consent"); // R4: the agreement is recorded
            consent.field = QStringLiteral("charge_consent");
            consent.newValue = QStringLiteral("agreed");
            tickets.appendHistory(consent, actor.userId);
        }
        SearchRepository(db).index(ticketId); // R22: findable from the first minute
        m_centre.recordChange(ChangeTopic::Ticket, ticketId);
        tx.commit();

        result.saved = true;
        result.ticketId = ticketId;
        result.customerId = customerId;
    } catch (const StorageError &e) {
        throw CentreError(tr("The ticket was not saved: %1").arg(e.message()));
    }
    return result;
}

std::optional<TicketSummary> IntakeService::ticket(qint64 id) const
{
    try {
        return TicketRepository(m_centre.database()).ticket(id);
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

QList<TicketHistoryEntry> IntakeService::history(qint64 ticketId) const
{
    try {
        return TicketRepository(m_centre.database()).history(ticketId);
    } catch (const StorageError &e) {
        throw CentreError(e.message());
    }
}

} // namespace hotline
