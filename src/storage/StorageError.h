#pragma once

#include <QString>

#include <stdexcept>

namespace hotline {

// A database operation failed. The message says what was being done and what the
// database answered; services turn it into something the operator can act on.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message, bool connectionLost = false)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_connectionLost(connectionLost)
    {}
    QString message() const { return m_message; }
    // The server could not be reached: the change was not made (see Database::run).
    bool connectionLost() const { return m_connectionLost; }

private:
    QString m_message;
    bool m_connectionLost = false;
};

} // namespace hotline
