#pragma once

#include <QString>

struct sqlite3;

// R22: the words of the archive search's pairs index (SQLite), shared by the indexing SQL and
// by the search that reads it.
namespace hotline::searchwords {

// Chinese characters (the unified ideographs and their extensions), not CJK punctuation.
bool isHan(char32_t c);
// ASCII letters and digits: what model codes, serials and error codes are made of.
bool isCodeChar(char32_t c);

// The words of the pairs index for one document: every pair of neighbouring Chinese
// characters (张伟, 漏水), and every run of two or more letters and digits (E2 in 显示E2,
// LG, D8012), each followed by a space.
QString pairWords(const QString &document);

// Makes pairWords an SQL function of the connection, search_pairs(text), so the pairs index
// is filled by one INSERT ... SELECT inside SQLite: no row leaves the database to be split.
// Returns false when SQLite refused it (out of memory).
bool addSqlFunctions(sqlite3 *connection);

} // namespace hotline::searchwords
