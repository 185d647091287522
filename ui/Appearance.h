#pragma once

#include <QString>

class QApplication;
class QCoreApplication;

namespace hotline::Appearance {

// Fusion style, a calm light palette and the stylesheet the workplaces share.
void apply(QApplication &app);

// Loads the console's translation: `language` is "zh_CN", "en" or empty for the system
// locale. Returns the language in effect ("en" when no translation matched).
QString installTranslation(QCoreApplication &app, const QString &language);

} // namespace hotline::Appearance
