#include "LocalZone.h"

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace hotline {

void pinLocalZone()
{
#if defined(__GLIBC__)
    if (qEnvironmentVariableIsSet("TZ"))
        return;
    qputenv("TZ", QByteArrayLiteral(":/etc/localtime"));
    tzset();
#endif
}

} // namespace hotline
