#pragma once

namespace hotline {

// Call first in main(), before any time is converted. Every conversion between local time and
// UTC (QDateTime, through the C library) asks glibc for the zone, and with TZ unset glibc looks
// at /etc/localtime on the disk each time: a supervisor's SLA watch over 17,500 open tickets
// took 5 s of such look-ups. Naming the same file in TZ makes glibc read it once. The zone is
// the system's as before; a change of the system zone is seen at the next start. A TZ the
// user set is left as it is.
void pinLocalZone();

} // namespace hotline
