#pragma once

#include "AmiMessage.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace hotline {

// The AMI wire format: a one-line banner, then blocks of "Key: Value" lines ended by an
// empty line; CRLF or LF. Bytes arrive in any pieces. Bounded: a line longer than
// kMaxLine or a block larger than kMaxBlock is malformed input; the parser then stops
// (error() says why) and the connection must be reset. Nothing here allocates without
// bound or throws on garbage.
class AmiParser
{
public:
    static constexpr qsizetype kMaxLine = 16 * 1024;
    static constexpr qsizetype kMaxBlock = 1024 * 1024;
    static constexpr qsizetype kMaxFields = 4096;

    using Sink = std::function<void(AmiMessage &&)>;
    explicit AmiParser(Sink sink) : m_sink(std::move(sink)) {}

    // Returns false once the input is malformed; everything after that is ignored.
    bool feed(const char *data, qsizetype size);
    bool feed(const QByteArray &bytes) { return feed(bytes.constData(), bytes.size()); }

    QByteArray banner() const { return m_banner; }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void reset();

private:
    bool line(const char *begin, qsizetype size);

    Sink m_sink;
    QByteArray m_partial;
    QByteArray m_banner;
    AmiMessage m_block;
    qsizetype m_blockBytes = 0;
    bool m_bannerSeen = false;
    QString m_error;
};

} // namespace hotline
