#include "PlaceholderWorkplace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hotline {

PlaceholderWorkplace::PlaceholderWorkplace(const QString &title, const QString &purpose,
                                           QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("placeholderTitle"));
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    auto *badge = new QLabel(tr("Not yet available in this release"), this);
    badge->setObjectName(QStringLiteral("placeholderBadge"));
    badge->setAlignment(Qt::AlignCenter);
    layout->addWidget(badge);
    auto *text = new QLabel(purpose, this);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setMaximumWidth(640);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace hotline
