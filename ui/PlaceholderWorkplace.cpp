#include "PlaceholderWorkplace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hotline {

PlaceholderWorkplace::PlaceholderWorkplace(const QString &title, const QString &purpose,
                                           QWidget *parent)
    : QWidget(parent)
{
    // A fixed-width column, centred: wrapped text gets the height it needs.
    auto *column = new QWidget(this);
    column->setFixedWidth(640);
    auto *columnLayout = new QVBoxLayout(column);
    auto *heading = new QLabel(title, column);
    heading->setObjectName(QStringLiteral("placeholderTitle"));
    heading->setAlignment(Qt::AlignCenter);
    columnLayout->addWidget(heading);
    auto *badge = new QLabel(tr("Not yet available in this release"), column);
    badge->setObjectName(QStringLiteral("placeholderBadge"));
    badge->setAlignment(Qt::AlignCenter);
    columnLayout->addWidget(badge);
    auto *text = new QLabel(purpose, column);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    columnLayout->addWidget(text);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

} // namespace hotline
