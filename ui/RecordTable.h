#pragma once

#include <QHeaderView>
#include <QTableView>

namespace hotline {

// How every list of records (tickets, calls) reads in the console: whole rows, one at a
// time, read-only, striped, columns as wide as their contents.
inline void setUpRecordTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace hotline
