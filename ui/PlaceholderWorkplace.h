#pragma once

#include <QWidget>

namespace hotline {

// A workplace not built yet, labelled as such: what it will do and which rules it serves.
class PlaceholderWorkplace final : public QWidget
{
    Q_OBJECT
public:
    PlaceholderWorkplace(const QString &title, const QString &purpose, QWidget *parent = nullptr);
};

} // namespace hotline
