#include "AmiClient.h"

#include "AmiParser.h"

#include <boost/asio.hpp>

#include <QAtomicInteger>
#include <QMetaObject>

#include <deque>
#include <map>
#include <random>
#include <thread>

namespace hotline {

namespace asio = boost::asio;
using asio::ip::tcp;

// Lives on the Asio thread; touched only there (through asio::post).
struct AmiClient::Worker : std::enable_shared_from_this<Worker>
{
    explicit Worker(AmiClient *owner)
        : q(owner)
        , work(asio::make_work_guard(io))
        , socket(io)
        , resolver(io)
        , retry(io)
        , keepalive(io)
        , parser([this](AmiMessage &&m) { handle(std::move(m)); })
    {}

    // To the Qt side: queued onto the owner's thread (Qt drops it if the owner is gone),
    // and dropped too if the owner has stopped or restarted the link since: what an old
    // link said must not show on the new one.
    template<typename F>
    void toQt(F f)
    {
        AmiClient *owner = q;
        const quint64 from = link; // not the worker's address: a new one may reuse it
        QMetaObject::invokeMethod(
            owner, [owner, from, f = std::move(f)] {
                if (owner->m_link == from)
                    f(owner);
            },
            Qt::QueuedConnection);
    }
    void state(State s, const QString &detail)
    {
        toQt([s, detail](AmiClient *c) { c->setState(s, detail); });
    }

    void connect()
    {
        if (stopped)
            return;
        state(State::Connecting, QStringLiteral("%1:%2").arg(settings.host).arg(settings.port));
        auto self = shared_from_this();
        resolver.async_resolve(settings.host.toStdString(), std::to_string(settings.port),
                               [self](const boost::system::error_code &ec, tcp::resolver::results_type results) {
                                   if (ec)
                                       return self->drop(QString::fromStdString(ec.message()));
                                   asio::async_connect(self->socket, results,
                                                       [self](const boost::system::error_code &ec2, const tcp::endpoint &) {
                                                           if (ec2)
                                                               return self->drop(QString::fromStdString(ec2.message()));
                                                           self->connected();
                                                       });
                               });
    }

    void connected()
    {
        parser.reset();
        loggedIn = false;
        state(State::LoggingIn, settings.user);
        loginId = write("Login", {{"Username", settings.user.toUtf8()},
                                  {"Secret", settings.secret.toUtf8()},
                                  {"Events", "call"}});
        read();
    }

    void read()
    {
        auto self = shared_from_this();
        socket.async_read_some(asio::buffer(buffer), [self](const boost::system::error_code &ec, std::size_t n) {
            if (ec == asio::error::operation_aborted)
                return; // drop() closed the socket: the failure is handled once, there
            if (ec)
                return self->drop(ec == asio::error::eof ? QStringLiteral("the PBX closed the connection")
                                                         : QString::fromStdString(ec.message()));
            if (!self->parser.feed(self->buffer.data(), qsizetype(n)))
                return self->drop(QStringLiteral("malformed data from the PBX: %1").arg(self->parser.error()));
            if (self->socket.is_open())
                self->read();
        });
    }

    QByteArray write(const QByteArray &action, const QList<QPair<QByteArray, QByteArray>> &fields,
                     QByteArray id = {})
    {
        if (id.isEmpty())
            id = "hotline-" + QByteArray::number(++nextId);
        QByteArray block = "Action: " + action + "\r\nActionID: " + id + "\r\n";
        for (const auto &[k, v] : fields)
            block += k + ": " + v + "\r\n";
        block += "\r\n";
        outbox.push_back(std::move(block));
        if (outbox.size() == 1)
            flush();
        auto timer = std::make_shared<asio::steady_timer>(io, std::chrono::milliseconds(settings.actionTimeoutMs));
        pending[id] = timer;
        auto self = shared_from_this();
        timer->async_wait([self, id](const boost::system::error_code &ec) {
            if (ec || !self->pending.count(id))
                return;
            self->pending.erase(id);
            self->drop(QStringLiteral("no answer to %1 in time").arg(QString::fromLatin1(id)));
        });
        return id;
    }

    void flush()
    {
        if (outbox.empty() || !socket.is_open())
            return;
        auto self = shared_from_this();
        const QByteArray &front = outbox.front(); // stays put in the deque until written
        asio::async_write(socket, asio::buffer(front.constData(), size_t(front.size())), [self](const boost::system::error_code &ec, std::size_t) {
            if (ec == asio::error::operation_aborted)
                return;
            if (ec)
                return self->drop(QString::fromStdString(ec.message()));
            self->outbox.pop_front();
            self->flush();
        });
    }

    void handle(AmiMessage &&m)
    {
        const QByteArray id = m.actionId();
        if (m.isResponse()) {
            if (auto it = pending.find(id); it != pending.end()) {
                it->second->cancel();
                pending.erase(it);
            }
            if (id == loginId) {
                if (m.response() == "Success") {
                    attempt = 0; // backing off ends with a log-in, not a TCP connection a PBX may drop
                    loggedIn = true;
                    state(State::Connected, settings.user);
                    ping();
                } else {
                    refused = true;
                    state(State::Refused, QString::fromUtf8(m.value("Message")));
                }
                return;
            }
        }
        if (!m.isResponse() && !AmiClient::wanted(m))
            return;
        toQt([m = std::move(m)](AmiClient *c) { Q_EMIT c->received(m); });
    }

    void ping()
    {
        keepalive.expires_after(std::chrono::milliseconds(settings.keepaliveMs));
        auto self = shared_from_this();
        keepalive.async_wait([self](const boost::system::error_code &ec) {
            if (ec || !self->loggedIn)
                return;
            self->write("Ping", {});
            self->ping();
        });
    }

    // Any failure: close, forget what was in flight, and try again after a pause that
    // doubles up to the maximum, with ±20 % jitter so that a room of consoles does not
    // reconnect in step after the PBX restarts.
    void drop(const QString &why)
    {
        boost::system::error_code ignored;
        socket.close(ignored);
        keepalive.cancel();
        for (auto &[id, timer] : pending)
            timer->cancel();
        pending.clear();
        outbox.clear();
        loggedIn = false;
        if (stopped)
            return;
        if (!refused)
            state(State::Connecting, why);
        const int base = qMin(settings.maxRetryMs, settings.firstRetryMs << qMin(attempt, 16));
        ++attempt;
        std::uniform_real_distribution<double> jitter(0.8, 1.2);
        retry.expires_after(std::chrono::milliseconds(refused ? settings.maxRetryMs : int(base * jitter(random))));
        refused = false;
        auto self = shared_from_this();
        retry.async_wait([self](const boost::system::error_code &ec) {
            if (!ec)
                self->connect();
        });
    }

    void shutdown()
    {
        stopped = true;
        retry.cancel();
        boost::system::error_code ignored;
        resolver.cancel();
        socket.close(ignored);
        keepalive.cancel();
        for (auto &[id, timer] : pending)
            timer->cancel();
        pending.clear();
        work.reset();
    }

    AmiClient *q;
    asio::io_context io;
    asio::executor_work_guard<asio::io_context::executor_type> work;
    tcp::socket socket;
    tcp::resolver resolver;
    asio::steady_timer retry;
    asio::steady_timer keepalive;
    AmiParser parser;
    std::array<char, 16384> buffer{};
    std::deque<QByteArray> outbox;
    std::map<QByteArray, std::shared_ptr<asio::steady_timer>> pending;
    Settings settings;
    QByteArray loginId;
    quint64 nextId = 0;
    int attempt = 0;
    quint64 link = 0; // AmiClient::m_link when this worker was started
    bool loggedIn = false;
    bool refused = false;
    bool stopped = false;
    std::mt19937 random{std::random_device{}()};
    std::thread thread;
};

AmiClient::AmiClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<AmiMessage>();
}

AmiClient::~AmiClient()
{
    stopWorker(); // no signal from a destructor: its receivers may be half gone
}

void AmiClient::start(const Settings &settings)
{
    stopWorker();
    m_worker = std::make_shared<Worker>(this);
    m_worker->settings = settings;
    m_worker->link = ++m_link;
    auto worker = m_worker;
    asio::post(worker->io, [worker] { worker->connect(); });
    worker->thread = std::thread([worker] { worker->io.run(); });
}

void AmiClient::stopWorker()
{
    if (!m_worker)
        return;
    auto worker = std::move(m_worker);
    ++m_link;
    asio::post(worker->io, [worker] { worker->shutdown(); });
    if (worker->thread.joinable())
        worker->thread.join();
    m_state = State::Stopped;
}

void AmiClient::stop()
{
    const bool running = m_worker != nullptr;
    stopWorker();
    if (running)
        setState(State::Stopped, {});
}

QByteArray AmiClient::send(const QByteArray &action, const QList<QPair<QByteArray, QByteArray>> &fields)
{
    if (!m_worker)
        return {};
    static QAtomicInteger<quint64> counter;
    const QByteArray id = "console-" + QByteArray::number(counter.fetchAndAddRelaxed(1) + 1);
    auto worker = m_worker;
    asio::post(worker->io, [worker, action, fields, id] {
        if (worker->loggedIn)
            worker->write(action, fields, id);
    });
    return id;
}

QByteArray AmiClient::originate(const QByteArray &agentInterface, const QString &number, const QString &context,
                                const QString &callerId)
{
    return send("Originate", {{"Channel", agentInterface},
                              {"Context", context.toUtf8()},
                              {"Exten", number.toUtf8()},
                              {"Priority", "1"},
                              {"CallerID", callerId.toUtf8()},
                              {"Timeout", "30000"},
                              {"Async", "true"}});
}

bool AmiClient::wanted(const AmiMessage &m)
{
    static const QList<QByteArray> events{"DialBegin", "DialEnd", "Newstate", "Hangup", "OriginateResponse"};
    const QByteArray e = m.event();
    for (const QByteArray &w : events) {
        if (e.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void AmiClient::setState(State state, const QString &detail)
{
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

} // namespace hotline
