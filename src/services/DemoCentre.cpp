#include "DemoCentre.h"

#include "ArchiveService.h"
#include "CallbackRepository.h"
#include "CallbackService.h"
#include "CatalogueRepository.h"
#include "Centre.h"
#include "CentreSettings.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DemoNames.h"
#include "FollowUpRule.h"
#include "PeopleRepository.h"
#include "SlaRepository.h"
#include "SettingsRepository.h"
#include "StorageError.h"
#include "TicketRepository.h"
#include "TriageRepository.h"
#include "TriageService.h"
#include "VisitRepository.h"
#include "Warranty.h"

#include <QHash>

namespace hotline {

namespace {

struct DemoUnit
{
    qint64 id;
    ProductModel model;
    QDate purchase;
};

struct DemoCustomer
{
    qint64 id;
    qint64 addressId;
    QString district;
    QString phone;
    QList<DemoUnit> units;
};

class Builder
{
public:
    Builder(Centre &centre, quint32 seed)
        : m_centre(centre)
        , m_db(centre.database())
        , m_random(seed)
        , m_names(m_random)
        , m_customers(m_db)
        , m_tickets(m_db)
        , m_visits(m_db)
        , m_now(centre.now())
        , m_today(m_now.date())
    {}

    DemoCentre::Summary run();

private:
    void settings();
    void catalogue();
    void people();
    DemoCustomer customer(const QString &name, const QStringList &phones, int units);
    qint64 ticket(const DemoCustomer &c, const DemoUnit &u, TicketState state,
                  const QDateTime &created, Priority priority = Priority::Normal,
                  const QString &fault = {});
    void history(qint64 ticketId, const QDateTime &at, const QString &action,
                 const QString &field = {}, const QString &from = {}, const QString &to = {});
    QDateTime at(const QDate &day, int hour, int minute) const
    {
        return QDateTime(day, QTime(hour, minute));
    }
    void featuredCustomer();
    void history90Days();
    void todaysWork();
    void complaints();
    // What the guided call decided (R7) and when the report reached the queue (R9).
    void triageResult(qint64 id, const DemoUnit &u, TicketState state, const QDateTime &created);

    Centre &m_centre;
    const Database &m_db;
    QRandomGenerator m_random;
    DemoNames m_names;
    CustomerRepository m_customers;
    TicketRepository m_tickets;
    VisitRepository m_visits;
    QDateTime m_now;
    QDate m_today;
    QList<ProductModel> m_models;
    QList<Engineer> m_engineers;
    QList<DemoCustomer> m_people;
    QList<std::pair<qint64, qint64>> m_closed; // ticket, customer: closed after a visit
    qint64 m_operatorId = 0;
    QString m_operatorName;
    DemoCentre::Summary m_summary;
};

void Builder::settings()
{
    SettingsRepository s(m_db);
    WorkingCalendar cal;
    QMap<QString, QString> values;
    CentreSettings::formatCalendar(cal, &values);
    values.insert(CentreSettings::kPhoneRegion, QStringLiteral("CN"));
    values.insert(CentreSettings::kLocalAreaCode, QStringLiteral("21"));
    values.insert(CentreSettings::kDemo, QStringLiteral("1"));
    values.insert(CentreSettings::kCentreName, QStringLiteral("海川家电上海服务中心"));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        s.setValue(it.key(), it.value());
}

void Builder::catalogue()
{
    CatalogueRepository cat(m_db);
    for (const FeeSchedule &f : DemoNames::feeSchedules())
        cat.addFeeSchedule(f);
    for (ProductModel m : DemoNames::catalogue()) {
        m.id = cat.addModel(m);
        m_models.append(m);
    }
}

void Builder::people()
{
    PeopleRepository people(m_db);
    people.addUser({0, QStringLiteral("demo"), QStringLiteral("演示主管 Demo"), Role::Supervisor, false},
                   {}, m_now);
    m_operatorName = QStringLiteral("李娜");
    m_operatorId = people.addUser({0, QStringLiteral("lina"), m_operatorName, Role::Operator, false},
                                  {}, m_now);
    people.addUser({0, QStringLiteral("wangqiang"), QStringLiteral("王强"), Role::Operator, false}, {},
                   m_now);

    const QStringList districts = DemoNames::districts();
    const QStringList categories = DemoNames::categories();
    const QStringList names = {
        QStringLiteral("陈建国"), QStringLiteral("刘洋"), QStringLiteral("赵磊"),
        QStringLiteral("孙志强"), QStringLiteral("周杰"), QStringLiteral("吴涛"),
        QStringLiteral("郑明"),   QStringLiteral("黄勇"), QStringLiteral("马超"),
        QStringLiteral("胡军"),   QStringLiteral("林宇"), QStringLiteral("高平")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        Engineer e;
        e.name = names[i];
        e.phone = m_names.mobileNumber();
        e.district = districts[i % districts.size()];
        // Every category is covered at least twice; most engineers have three skills.
        e.skills = {categories[i % categories.size()], categories[(i + 2) % categories.size()]};
        if (i % 3 != 2)
            e.skills.append(categories[(i + 3) % categories.size()]);
        e.workStart = i % 4 == 3 ? QTime(10, 0) : QTime(8, 30);
        e.workEnd = i % 4 == 3 ? QTime(19, 0) : QTime(17, 30);
        e.id = people.addEngineer(e);
        m_engineers.append(e);
    }
    m_summary.engineers = int(m_engineers.size());
}

DemoCustomer Builder::customer(const QString &name, const QStringList &phones, int units)
{
    DemoCustomer c;
    c.district = m_names.district();
    const QDateTime created = m_now.addDays(-m_names.between(30, 900));
    c.id = m_customers.addCustomer(name, created);
    for (qsizetype i = 0; i < phones.size(); ++i) {
        const NormalizedPhone n = m_centre.phones().normalize(phones[i]);
        m_customers.addPhone(c.id, {0, phones[i], n.lookupKey(), n.kind, i == 0});
    }
    c.phone = phones.value(0);
    c.addressId = m_customers.addAddress(c.id, {0, m_names.address(c.district), c.district});
    for (int i = 0; i < units; ++i) {
        const ProductModel &m = m_names.pick(m_models);
        Unit u;
        u.modelId = m.id;
        u.modelCode = m.code;
        u.serial = m_names.serial(m.code);
        u.purchaseDate = m_today.addDays(-m_names.between(20, 2400));
        c.units.append({m_customers.addUnit(c.id, u), m, u.purchaseDate});
    }
    ++m_summary.customers;
    return c;
}

void Builder::history(qint64 ticketId, const QDateTime &when, const QString &action,
                      const QString &field, const QString &from, const QString &to)
{
    m_tickets.appendHistory({0, ticketId, when, m_operatorName, action, field, from, to},
                            m_operatorId);
}

qint64 Builder::ticket(const DemoCustomer &c, const DemoUnit &u, TicketState state,
                       const QDateTime &created, Priority priority, const QString &fault)
{
    NewTicket t;
    t.customerId = c.id;
    t.addressId = c.addressId;
    t.unitId = u.id;
    t.contactPhone = c.phone;
    t.fault = fault.isEmpty() ? m_names.fault(u.model.category) : fault;
    t.serviceMode = u.model.category == u"pc_laptop" && m_names.chance(50) ? ServiceMode::CarryIn
                                                                            : ServiceMode::OnSite;
    t.preferredTime = m_names.preferredTime();
    t.channel = m_names.chance(85) ? Channel::Phone : Channel::Web;
    t.priority = priority;
    t.state = state;
    const Warranty w = Warranty::evaluate(u.purchase, u.model.warrantyMonths, created.date());
    t.warranty = w.chargeable() ? QStringLiteral("expired") : QStringLiteral("in_warranty");
    t.chargeConsent = w.chargeable();
    if (m_names.chance(12))
        t.toVerify = {QStringLiteral("address_unclear")};
    t.createdAt = created;
    t.createdBy = m_operatorId;
    const qint64 id = m_tickets.addTicket(t);
    history(id, created, QStringLiteral("created"), {}, {},
            TicketTypes::code(t.channel) + u' ' + TicketTypes::code(priority));
    if (state != TicketState::New)
        history(id, created.addSecs(420), QStringLiteral("state"), QStringLiteral("state"),
                TicketTypes::code(TicketState::New), TicketTypes::code(state));
    triageResult(id, u, state, created);
    ++m_summary.tickets;
    return id;
}

void Builder::triageResult(qint64 id, const DemoUnit &u, TicketState state, const QDateTime &created)
{
    // Derived from the ticket number, not drawn: the rest of the demo stays as it was.
    if (state == TicketState::New || state == TicketState::InTriage)
        return;
    if (state == TicketState::ResolvedByPhone) {
        m_tickets.setTriageResult(id, state, QStringLiteral("remote_fix"), {}, {}, created.addSecs(420));
        // R19: an older phone fix had its follow-up call then; today's are still due.
        if (created.secsTo(m_now) > 24 * 3600)
            m_visits.addCallbackTask({id, 0, QStringLiteral("remote_fix_follow_up"), FollowUpRule::due(created, m_centre.calendar()),
                                      QStringLiteral("done"), created});
        return;
    }
    TriageStep last;
    last.kind = TriageStep::Kind::Answered;
    last.at = created.addSecs(360);
    last.category = u.model.category;
    last.treeVersion = 1;
    last.nodeId = QStringLiteral("start");
    last.text = QStringLiteral("仍然不行");
    TriageRepository(m_db).addStep(id, m_operatorName, last);
    // Now and then the report reached the supervisor's queue late (R9).
    const QDateTime handoff = last.at.addSecs(id % 11 == 0 ? 14 * 60 : 60);
    const QString outcome = state == TicketState::AwaitingParts ? QStringLiteral("parts") : QStringLiteral("visit");
    m_tickets.setTriageResult(id, state, outcome, {}, handoff, handoff);
    history(id, handoff, QStringLiteral("triage_outcome"), QStringLiteral("outcome"), {}, outcome);
    if (state == TicketState::Reopened) // R20: the follow-up call found it not fixed
        history(id, created.addDays(1), QStringLiteral("reopened"), QStringLiteral("callback"), {},
                QStringLiteral("还是有异响"));
}

void Builder::complaints()
{
    // R23, R24: three complaints this month, two resolved in writing, one still open.
    const CallbackRepository callbacks(m_db);
    const QStringList what = {QStringLiteral("工程师迟到两个小时，也没有提前打电话"),
                              QStringLiteral("修好后第二天又出现同样的问题"),
                              QStringLiteral("上门收费和电话里说的不一样")};
    for (qsizetype i = 0; i < qMin<qsizetype>(3, m_closed.size()); ++i) {
        const auto [ticket, customer] = m_closed[i];
        const QDateTime opened = m_now.addDays(-(10 - 4 * i));
        const qint64 id = callbacks.addComplaint(ticket, customer, opened, m_operatorName, what[i],
                                                 QStringLiteral("很不满意"), QStringLiteral("道歉，主管回电"), i == 2);
        if (i < 2)
            callbacks.resolveComplaint(id, QStringLiteral("主管已致电道歉，并免费复查一次"), opened.addDays(1),
                                       QStringLiteral("演示主管 Demo"));
    }
}

void Builder::featuredCustomer()
{
    // The caller of the README screenshot: two earlier tickets on the same washing machine.
    DemoCustomer c = customer(QStringLiteral("张伟"),
                              {QStringLiteral("138 0013 8000"), QStringLiteral("021-6234 5678")}, 0);
    const ProductModel washer = m_models.first();
    Unit u;
    u.modelId = washer.id;
    u.modelCode = washer.code;
    u.serial = QStringLiteral("WM23518842");
    u.purchaseDate = m_today.addMonths(-26);
    const DemoUnit unit{m_customers.addUnit(c.id, u), washer, u.purchaseDate};
    c.units.append(unit);
    const qint64 first = ticket(c, unit, TicketState::Closed, m_now.addDays(-240), Priority::Normal,
                                QStringLiteral("脱水时机器剧烈晃动，有很大的撞击声"));
    m_tickets.setState(first, TicketState::Closed, m_now.addDays(-238));
    ticket(c, unit, TicketState::ResolvedByPhone, m_now.addDays(-21), Priority::Normal,
           QStringLiteral("洗到一半停机，显示屏报 E21"));
    m_people.append(c);
}

void Builder::history90Days()
{
    for (int i = 0; i < 140; ++i) {
        QStringList phones = {m_names.mobileNumber()};
        if (m_names.chance(30))
            phones.append(m_names.landlineNumber());
        DemoCustomer c = customer(m_names.personName(), phones, m_names.between(1, 2));
        // Older, finished business: closed after a visit, or resolved by phone.
        const int earlier = m_names.between(0, 2);
        for (int k = 0; k < earlier; ++k) {
            const QDateTime created = m_now.addDays(-m_names.between(8, 120)).addSecs(-m_names.between(0, 20000));
            const bool phoneFix = m_names.chance(30);
            const qint64 id = ticket(c, m_names.pick(c.units),
                                     phoneFix ? TicketState::ResolvedByPhone : TicketState::Closed,
                                     created);
            if (!phoneFix) {
                m_tickets.setState(id, TicketState::Closed, created.addDays(3));
                // R22: most follow-up calls were answered and rated.
                if (id % 4 != 0)
                    CallbackRepository(m_db).setRatings(id, 3 + int(id % 3), 4 + int(id % 2));
                m_closed.append({id, c.id});
            }
        }
        m_people.append(c);
    }
}

void Builder::todaysWork()
{
    const WorkingCalendar &cal = m_centre.calendar();
    const QDate yesterday = cal.previousWorkingDay(m_today);
    const QDate boardDay = cal.isWorkingDay(m_today) ? m_today : cal.nextWorkingDay(m_today);
    qsizetype next = 1; // m_people[0] is the featured customer: keep their record as it is
    auto nextCustomer = [&]() -> const DemoCustomer & {
        const DemoCustomer &c = m_people.at(next);
        next = next % (m_people.size() - 1) + 1;
        return c;
    };

    // R18: visits completed on the previous working day, each with its follow-up call due
    // this morning (or the next working morning).
    for (int i = 0; i < 14; ++i) {
        const DemoCustomer &c = nextCustomer();
        const DemoUnit &u = c.units.first();
        const Engineer &e = m_engineers.at(i % m_engineers.size());
        const QDateTime start = at(yesterday, 9 + (i % 4) * 2, i % 2 ? 30 : 0);
        const qint64 id = ticket(c, u, TicketState::VisitCompleted, start.addDays(-1).addSecs(-3600));
        NewVisit v;
        v.ticketId = id;
        v.engineerId = e.id;
        v.startsAt = start;
        v.endsAt = start.addSecs(90 * 60);
        v.status = QStringLiteral("completed");
        v.result = QStringLiteral("fixed_on_site");
        v.testedOnSite = i % 7 != 6;
        v.partsUsed = i % 3 == 0 ? QStringLiteral("排水泵 ×1") : QString();
        v.chargeFen = i % 3 == 0 ? 18000 : 0;
        v.completedAt = v.endsAt;
        m_visits.addVisit(v);
        history(id, v.completedAt, QStringLiteral("visit_result"), QStringLiteral("result"), {}, v.result);
        ++m_summary.completedYesterday; // R18: their calls are produced like any morning's
    }

    // R10: today's board, two or three visits per engineer.
    for (qsizetype e = 0; e < m_engineers.size(); ++e) {
        const Engineer &eng = m_engineers.at(e);
        QTime slot = eng.workStart.addSecs(30 * 60);
        const int visits = 2 + int(e % 2);
        for (int k = 0; k < visits; ++k) {
            const DemoCustomer &c = nextCustomer();
            const DemoUnit &u = c.units.last();
            const Priority p = m_names.chance(25) ? Priority::Urgent : Priority::Normal;
            const qint64 id = ticket(c, u, TicketState::Scheduled,
                                     m_now.addDays(-1).addSecs(-m_names.between(0, 30000)), p);
            NewVisit v;
            v.ticketId = id;
            v.engineerId = eng.id;
            v.startsAt = QDateTime(boardDay, slot);
            v.endsAt = v.startsAt.addSecs(90 * 60);
            v.status = QStringLiteral("scheduled");
            m_visits.addVisit(v);
            history(id, m_now.addSecs(-m_names.between(600, 20000)), QStringLiteral("assigned"),
                    QStringLiteral("engineer"), {}, eng.name);
            slot = slot.addSecs(150 * 60);
            ++m_summary.visitsToday;
        }
    }

    // R9: reports waiting in the supervisor's queue.
    QList<qint64> queued;
    for (int i = 0; i < 16; ++i) {
        const DemoCustomer &c = nextCustomer();
        const Priority p = i % 4 == 0 ? Priority::Urgent : Priority::Normal;
        const qint64 id = ticket(c, c.units.first(), TicketState::AwaitingDispatch,
                                 m_now.addSecs(-m_names.between(300, 60000)), p);
        NewVisit v;
        v.ticketId = id;
        v.status = QStringLiteral("queued");
        m_visits.addVisit(v);
        queued.append(id);
    }

    // The rest of the states a real day has.
    auto openTicket = [&](TicketState state, const QDateTime &created, Priority p) {
        const DemoCustomer &c = nextCustomer();
        return ticket(c, c.units.first(), state, created, p);
    };
    // R13: the clocks of tickets waiting for parts stand from the visit that found them missing.
    const SlaRepository sla(m_db);
    static const char *const kParts[] = {"压缩机", "主板", "排水泵", "定影组件"};
    for (int i = 0; i < 4; ++i) {
        const QDateTime created = m_now.addDays(-m_names.between(1, 4));
        const qint64 id = openTicket(TicketState::AwaitingParts, created, Priority::Normal);
        NewVisit done;
        done.ticketId = id;
        done.status = QStringLiteral("completed");
        done.startsAt = cal.addWorkingTime(created, 3 * 3600);
        done.endsAt = done.startsAt.addSecs(90 * 60);
        done.result = QStringLiteral("needs_parts");
        done.partsUsed = QString::fromUtf8(kParts[i]);
        done.completedAt = done.endsAt;
        m_visits.addVisit(done);
        SlaPause p;
        p.ticketId = id;
        p.reason = SlaPause::kParts;
        p.note = done.partsUsed;
        p.from = done.endsAt;
        p.startedBy = QStringLiteral("演示主管 Demo");
        sla.startPause(p);
    }
    // One customer in the queue is away: the visit waits for them, and so do the clocks.
    if (!queued.isEmpty()) {
        SlaPause away;
        away.ticketId = queued.last();
        away.reason = SlaPause::kCustomer;
        away.note = QStringLiteral("客户出差，下周一回来");
        away.from = m_now.addSecs(-2 * 3600);
        away.startedBy = QStringLiteral("演示主管 Demo");
        sla.startPause(away);
    }
    for (int i = 0; i < 2; ++i)
        openTicket(TicketState::Reopened, m_now.addDays(-m_names.between(2, 6)), Priority::Urgent);
    for (int i = 0; i < 3; ++i)
        openTicket(TicketState::New, m_now.addSecs(-m_names.between(60, 900)), Priority::Normal);
    // A call being guided right now; its first steps are recorded once the trees are in.
    m_summary.callInTriage = openTicket(TicketState::InTriage, m_now.addSecs(-240), Priority::Normal);

    // R19: phone fixes earlier today get their two-hour follow-up.
    for (int i = 0; i < 3; ++i) {
        const DemoCustomer &c = nextCustomer();
        const QDateTime created = m_now.addSecs(-m_names.between(1800, 14000));
        const qint64 id = ticket(c, c.units.first(), TicketState::ResolvedByPhone, created);
        m_visits.addCallbackTask({id, 0, QStringLiteral("remote_fix_follow_up"),
                                  cal.nextWorkingMoment(created.addSecs(2 * 3600)),
                                  QStringLiteral("open"), created});
        ++m_summary.openCallbacks;
    }
}

DemoCentre::Summary Builder::run()
{
    settings();
    m_centre.reloadSettings();
    catalogue();
    people();
    featuredCustomer();
    history90Days();
    todaysWork();
    complaints();
    return m_summary;
}

// The operator has asked the first question and heard the answer (R6), in Chinese.
void recordCallInTriage(Centre &centre, TriageService &triage, qint64 ticketId)
{
    const auto ticket = TicketRepository(centre.database()).ticket(ticketId);
    const auto tree = ticket ? triage.tree(ticket->category) : std::nullopt;
    if (!tree)
        return;
    TriageWalk walk(*tree, QStringLiteral("zh_CN"));
    walk.begin(centre.now().addSecs(-150));
    walk.answer(0, centre.now().addSecs(-95));
    triage.record(ticketId, walk.takeSteps());
}

} // namespace

DemoCentre::Summary DemoCentre::seed(Centre &centre, quint32 seed)
{
    const Database &db = centre.database();
    try {
        if (CustomerRepository(db).count() > 0)
            throw CentreError(tr("%1 already holds customers: demo data goes into a new, empty "
                                 "database")
                                  .arg(centre.location()));
        Transaction tx(db);
        Builder builder(centre, seed);
        Summary s = builder.run();
        s.ticketsByState = TicketRepository(db).countByState();
        tx.commit();
        centre.reloadSettings();
        ArchiveService(centre).indexMissing(); // R22
        // The demo's content goes in under its own supervisor, whoever asked for the demo.
        struct ActorBack
        {
            Centre &centre;
            Actor was;
            ~ActorBack() { centre.setActor(was); }
        } actorBack{centre, centre.actor()};
        centre.logInDemoSupervisor();
        TriageService triage(centre);
        for (const auto &r : triage.importShipped())
            s.triageTrees += r.imported ? 1 : 0;
        recordCallInTriage(centre, triage, s.callInTriage);
        // R18: this morning's calls (or the next working morning's), as the console produces them.
        const WorkingCalendar &cal = centre.calendar();
        const QDate callDay = cal.isWorkingDay(centre.today()) ? centre.today() : cal.nextWorkingDay(centre.today());
        s.openCallbacks += CallbackService(centre).produce(callDay).visitFollowUps;
        return s;
    } catch (const StorageError &e) {
        centre.reloadSettings();
        throw CentreError(e.message());
    }
}

} // namespace hotline
