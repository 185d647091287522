#pragma once

#include <QString>

namespace hotline::PasswordHash {

// An argon2id hash in libsodium's self-describing string form (salt and costs included),
// at libsodium's "interactive" costs: about a tenth of a second and 64 MiB per log-in.
QString make(const QString &password);
// True when `password` is the one `hash` was made from. An empty or foreign hash: false.
bool verify(const QString &hash, const QString &password);

} // namespace hotline::PasswordHash
