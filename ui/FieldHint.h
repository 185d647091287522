#pragma once

#include "IntakeCheck.h"

#include <QList>

class QLabel;
class QWidget;

namespace hotline {

// R2 inline flags: a message under the field it concerns, amber for "to verify",
// red for impossible data, and the field's frame marked to match.
namespace FieldHint {

void show(QLabel *hint, QWidget *field, const QList<IntakeFinding> &findings);
// Any widget's look by state: "ok", "verify", "impossible", or "" (plain); the stylesheet's
// [hint="..."] selectors do the rest.
void setState(QWidget *widget, const char *state);
void clear(QLabel *hint, QWidget *field);

} // namespace FieldHint

} // namespace hotline
