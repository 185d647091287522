#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace hotline {

// R25: the standard phrases of a call, and the phrases never to use with a customer.
class ServicePhrases
{
    Q_DECLARE_TR_FUNCTIONS(ServicePhrases)
public:
    static QString greeting(const QString &centre, const QString &operatorName);
    static QString confirmIdentity(const QString &customerName);
    static QString beforeGuidance();
    static QString closingRemoteFix(const QString &followUpTime);
    static QString closingVisit();

    // The default forbidden list, in both languages; a centre may configure its own.
    static QStringList defaultForbidden();
    // The forbidden phrases found in `text` (case-insensitive, ignoring spaces).
    static QStringList forbiddenIn(const QString &text, const QStringList &forbidden);
};

} // namespace hotline
