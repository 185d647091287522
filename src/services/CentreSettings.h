#pragma once

#include "PhoneNormalizer.h"
#include "SlaClock.h"
#include "WorkingCalendar.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace hotline {

// The keys of the centre-wide settings, and how their text becomes domain objects.
namespace CentreSettings {

inline const QString kPhoneRegion = QStringLiteral("phone.region");
inline const QString kLocalAreaCode = QStringLiteral("phone.local_area_code");
inline const QString kWorkingHours = QStringLiteral("calendar.hours");      // 08:30-17:30
inline const QString kRestDays = QStringLiteral("calendar.rest_days");      // 6,7
inline const QString kHolidays = QStringLiteral("calendar.holidays");       // 2026-10-01,...
inline const QString kMakeUpDays = QStringLiteral("calendar.make_up_days"); // 2026-10-11,...
inline const QString kDemo = QStringLiteral("demo");
inline const QString kCentreName = QStringLiteral("centre.name");
inline const QString kCallbackAttempts = QStringLiteral("callbacks.attempts");          // R21
inline const QString kCallbackSpacing = QStringLiteral("callbacks.spacing_minutes");    // R21
inline const QString kCallbackClaimTimeout = QStringLiteral("callbacks.claim_timeout_minutes");
inline const QString kSlaWarnings = QStringLiteral("sla.warn_percent"); // 75,90 (R13, R27)
inline const QString kForbiddenPhrases = QStringLiteral("phrases.forbidden"); // a|b|c (R25)

// The keys an administrator may set, with what each means.
QList<QPair<QString, QString>> describedKeys();
// Empty when `value` is acceptable for `key`, else what is wrong and what to write instead.
QString validate(const QString &key, const QString &value);

PhoneNormalizer phoneNormalizer(const QMap<QString, QString> &settings);
WorkingCalendar workingCalendar(const QMap<QString, QString> &settings);
// The shares of a commitment's time at which supervisors are warned; 75,90 when unset.
SlaThresholds slaThresholds(const QMap<QString, QString> &settings);

QString formatCalendar(const WorkingCalendar &calendar, QMap<QString, QString> *settings);

} // namespace CentreSettings

} // namespace hotline
