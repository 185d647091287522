#pragma once

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

namespace hotline::test {

// A loopback PBX that plays back a recording byte for byte: the banner at once, the
// recorded answer to Login when the client logs in (with the client's ActionID), and the
// rest of the recording after the client's next action (with that action's ActionID in
// place of the recorded one, so the client can correlate it), at once if `waitFor` is
// empty, or when the test calls sendRest() if it is "manual".
class AmiReplayServer : public QTcpServer
{
public:
    AmiReplayServer(const QString &recording, QByteArray waitFor = {}, QByteArray recordedId = {})
        : m_waitFor(std::move(waitFor))
        , m_recordedId(std::move(recordedId))
    {
        QFile f(recording);
        if (f.open(QIODevice::ReadOnly))
            m_bytes = f.readAll();
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            ++m_connections;
            const qsizetype bannerEnd = m_bytes.indexOf('\n') + 1;
            s->write(m_bytes.left(bannerEnd));
            connect(s, &QTcpSocket::readyRead, s, [this, s, bannerEnd] { onClient(s, bannerEnd); });
        });
        listen(QHostAddress::LocalHost, 0);
    }

    int connections() const { return m_connections; }
    // With `waitFor` "manual": plays the rest of the recording now.
    void sendRest()
    {
        for (QTcpSocket *s : findChildren<QTcpSocket *>())
            s->write(m_rest);
    }
    QByteArray lastAction() const { return m_lastAction; }
    void dropAll()
    {
        for (QTcpSocket *s : findChildren<QTcpSocket *>())
            s->abort();
    }

private:
    static QByteArray field(const QByteArray &block, const QByteArray &key)
    {
        for (const QByteArray &line : block.split('\n')) {
            if (line.toLower().startsWith(QByteArray(key.toLower() + ':')))
                return line.mid(key.size() + 1).trimmed();
        }
        return {};
    }

    void onClient(QTcpSocket *s, qsizetype bannerEnd)
    {
        m_in += s->readAll();
        qsizetype end;
        while ((end = m_in.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray block = m_in.left(end);
            m_in.remove(0, end + 4);
            const QByteArray action = field(block, "Action");
            const QByteArray id = field(block, "ActionID");
            m_lastAction = block;
            if (action.compare("Login", Qt::CaseInsensitive) == 0) {
                // The recorded answer to the recorded login: the block that says how
                // authentication went.
                const qsizetype message = m_bytes.indexOf("Message: Authentication", bannerEnd);
                const qsizetype loginStart = m_bytes.lastIndexOf("\r\n\r\n", message) >= bannerEnd
                                                 ? m_bytes.lastIndexOf("\r\n\r\n", message) + 4
                                                 : bannerEnd;
                const qsizetype loginEnd = m_bytes.indexOf("\r\n\r\n", message) + 4;
                QByteArray answer = m_bytes.mid(loginStart, loginEnd - loginStart);
                if (const QByteArray recorded = field(answer, "ActionID"); !recorded.isEmpty())
                    answer.replace(recorded, id);
                else // the recorded client sent none: answer as Asterisk does to one that did
                    answer.insert(answer.indexOf("\r\n") + 2, QByteArray("ActionID: " + id + "\r\n"));
                s->write(answer);
                m_rest = m_bytes.mid(loginEnd);
                if (m_waitFor.isEmpty())
                    s->write(m_rest);
            } else if (!m_waitFor.isEmpty() && action.compare(m_waitFor, Qt::CaseInsensitive) == 0) {
                QByteArray rest = m_rest;
                rest.replace(QByteArray("ActionID: " + m_recordedId), QByteArray("ActionID: " + id));
                s->write(rest);
            } else if (action.compare("Ping", Qt::CaseInsensitive) == 0) {
                s->write("Response: Success\r\nActionID: " + id + "\r\nPing: Pong\r\n\r\n");
            }
        }
    }

    QByteArray m_bytes;
    QByteArray m_rest;
    QByteArray m_in;
    QByteArray m_waitFor;
    QByteArray m_recordedId;
    QByteArray m_lastAction;
    int m_connections = 0;
};

} // namespace hotline::test
