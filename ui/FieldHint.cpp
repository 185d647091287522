#include "FieldHint.h"

#include <QLabel>
#include <QStyle>
#include <QWidget>

namespace hotline::FieldHint {

void setState(QWidget *field, const char *state)
{
    if (!field || field->property("hint").toByteArray() == state)
        return;
    field->setProperty("hint", QByteArray(state));
    // Re-polish so the stylesheet's [hint="..."] selectors apply.
    field->style()->unpolish(field);
    field->style()->polish(field);
}

void show(QLabel *hint, QWidget *field, const QList<IntakeFinding> &findings)
{
    if (findings.isEmpty()) {
        clear(hint, field);
        return;
    }
    bool impossible = false;
    QStringList lines;
    for (const IntakeFinding &f : findings) {
        impossible |= f.severity == IntakeFinding::Severity::Impossible;
        lines.append(f.message);
    }
    hint->setText((impossible ? QStringLiteral("✖ ") : QStringLiteral("⚠ ")) + lines.join(u'\n'));
    setState(hint, impossible ? "impossible" : "verify");
    hint->setVisible(true);
    setState(field, impossible ? "impossible" : "verify");
}

void clear(QLabel *hint, QWidget *field)
{
    hint->clear();
    hint->setVisible(false);
    setState(field, "");
}

} // namespace hotline::FieldHint
