#pragma once

#include <QDate>
#include <QString>

namespace hotline {

// What an operator types into a date field, read the way they mean it.
// Accepts 2024-03-05, 2024-3-5, 2024/03/05, 2024.3.5, 20240305 and 2024年3月5日, in
// ASCII or full-width digits.
struct DateInput
{
    enum class State { Empty, Valid, Invalid };
    State state = State::Empty;
    QDate date;

    static DateInput parse(const QString &text);
};

} // namespace hotline
