#include "ServicePhrases.h"

namespace hotline {

namespace {

QString squeezed(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (!c.isSpace())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

QString ServicePhrases::greeting(const QString &centre, const QString &operatorName)
{
    return tr("Hello, this is the %1 service hotline, %2 speaking. How can I help you?")
        .arg(centre, operatorName);
}

QString ServicePhrases::confirmIdentity(const QString &customerName)
{
    return customerName.isEmpty()
               ? tr("May I have your name and the address where the unit is installed?")
               : tr("Am I speaking with %1? May I confirm the address where the unit is installed?")
                     .arg(customerName);
}

QString ServicePhrases::beforeGuidance()
{
    return tr("To solve this as quickly as possible, may I ask you a few questions and try a "
              "few simple checks with you?");
}

QString ServicePhrases::closingRemoteFix(const QString &followUpTime)
{
    return tr("I'm glad it works again. We will call you around %1 to make sure everything is "
              "still fine. Thank you for calling.")
        .arg(followUpTime);
}

QString ServicePhrases::closingVisit()
{
    return tr("I have arranged for an engineer to visit; our dispatcher will call you to agree "
              "the time. Thank you for your patience.");
}

QStringList ServicePhrases::defaultForbidden()
{
    return {
        QStringLiteral("你自己看说明书"), QStringLiteral("自己看说明书"), QStringLiteral("这不归我管"),
        QStringLiteral("不是我的事"),     QStringLiteral("是你操作错了"), QStringLiteral("你用错了"),
        QStringLiteral("我们下班了"),     QStringLiteral("明天再打"),
        QStringLiteral("read the manual"), QStringLiteral("not my job"),
        QStringLiteral("your fault"),     QStringLiteral("you broke"),    QStringLiteral("we're closing"),
        QStringLiteral("call tomorrow"),
    };
}

QStringList ServicePhrases::forbiddenIn(const QString &text, const QStringList &forbidden)
{
    const QString haystack = squeezed(text);
    QStringList found;
    for (const QString &phrase : forbidden) {
        const QString needle = squeezed(phrase);
        if (!needle.isEmpty() && haystack.contains(needle))
            found.append(phrase);
    }
    return found;
}

} // namespace hotline
