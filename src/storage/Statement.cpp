#include "Statement.h"

namespace hotline {

Statement::Statement(std::shared_ptr<Slot> slot)
    : m_slot(std::move(slot))
{
    m_slot->lent = true;
}

Statement::Statement(QSqlQuery query)
    : m_slot(std::make_shared<Slot>())
{
    m_slot->query = std::move(query);
    m_slot->lent = true;
}

Statement::Statement(Statement &&other) noexcept
    : m_slot(std::move(other.m_slot))
{}

Statement::~Statement()
{
    if (!m_slot)
        return;
    m_slot->query.finish();
    m_slot->lent = false;
}

QSqlQuery &Statement::query()
{
    return m_slot->query;
}

} // namespace hotline
