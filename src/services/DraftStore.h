#pragma once

#include "IntakeDraft.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace hotline {

// Crash safety: what the operator has typed, kept on this machine's disk as they type, so
// that a crash or a power cut loses nothing. Written atomically (a half-written file is
// never left in place of a good one).
class DraftStore
{
public:
    // `directory` defaults to the user's app-data location.
    explicit DraftStore(QString directory = {});

    struct Stored
    {
        IntakeDraft draft;
        QDateTime savedAt;
    };

    bool save(const IntakeDraft &draft, const QDateTime &at);
    std::optional<Stored> load() const;
    void clear();
    QString filePath() const { return m_path; }

private:
    QString m_path;
};

} // namespace hotline
