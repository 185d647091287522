#include "AmiParser.h"

#include <cstring>

namespace hotline {

void AmiParser::reset()
{
    m_partial.clear();
    m_banner.clear();
    m_block = {};
    m_blockBytes = 0;
    m_bannerSeen = false;
    m_error.clear();
}

bool AmiParser::feed(const char *data, qsizetype size)
{
    if (failed())
        return false;
    const char *end = data + size;
    while (data < end) {
        const char *newline = static_cast<const char *>(memchr(data, '\n', size_t(end - data)));
        if (!newline) {
            if (m_partial.size() + (end - data) > kMaxLine) {
                m_error = QStringLiteral("a line longer than %1 bytes").arg(kMaxLine);
                return false;
            }
            m_partial.append(data, end - data);
            return true;
        }
        bool ok;
        if (m_partial.isEmpty()) {
            ok = line(data, newline - data);
        } else {
            if (m_partial.size() + (newline - data) > kMaxLine) {
                m_error = QStringLiteral("a line longer than %1 bytes").arg(kMaxLine);
                return false;
            }
            m_partial.append(data, newline - data);
            ok = line(m_partial.constData(), m_partial.size());
            m_partial.clear();
        }
        if (!ok)
            return false;
        data = newline + 1;
    }
    return true;
}

bool AmiParser::line(const char *begin, qsizetype size)
{
    if (size > kMaxLine) {
        m_error = QStringLiteral("a line longer than %1 bytes").arg(kMaxLine);
        return false;
    }
    if (size > 0 && begin[size - 1] == '\r')
        --size;
    if (!m_bannerSeen) {
        // "Asterisk Call Manager/11.0.0": one line, not a block.
        m_bannerSeen = true;
        if (size > 0 && !memchr(begin, ':', size_t(size))) {
            m_banner = QByteArray(begin, size);
            return true;
        }
    }
    if (size == 0) {
        if (!m_block.fields.isEmpty()) {
            AmiMessage done = std::move(m_block);
            m_block = {};
            m_blockBytes = 0;
            m_sink(std::move(done));
        }
        return true;
    }
    m_blockBytes += size;
    if (m_blockBytes > kMaxBlock || m_block.fields.size() >= kMaxFields) {
        m_error = QStringLiteral("a block larger than %1 bytes or %2 lines").arg(kMaxBlock).arg(kMaxFields);
        return false;
    }
    const char *colon = static_cast<const char *>(memchr(begin, ':', size_t(size)));
    if (!colon) {
        // Command output without a key (old Asterisk): kept as a value with an empty key.
        m_block.fields.append({QByteArray(), QByteArray(begin, size)});
        return true;
    }
    const char *value = colon + 1;
    const char *end = begin + size;
    if (value < end && *value == ' ')
        ++value;
    m_block.fields.append({QByteArray(begin, colon - begin), QByteArray(value, end - value)});
    return true;
}

} // namespace hotline
