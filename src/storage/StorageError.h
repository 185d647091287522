#pragma once

#include <QString>

#include <stdexcept>

namespace hotline {

// A database operation failed. The message says what was being done and what the
// database answered; services turn it into something the operator can act on.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace hotline
