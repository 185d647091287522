#include "SearchWords.h"

#include <QList>

#include <sqlite3.h>

namespace hotline::searchwords {

bool isHan(char32_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

bool isCodeChar(char32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

QString pairWords(const QString &document)
{
    // Written character by character into one buffer: a bulk load splits millions of
    // documents, and a string made for each word was most of the cost.
    const QList<uint> cps = document.toUcs4();
    QString words;
    words.reserve(document.size() * 3);
    const auto append = [&words](char32_t c) {
        if (QChar::requiresSurrogates(c)) {
            words += QChar(QChar::highSurrogate(c));
            words += QChar(QChar::lowSurrogate(c));
        } else {
            words += QChar(char16_t(c));
        }
    };
    qsizetype run = -1; // where the current run of letters and digits began
    for (qsizetype i = 0; i <= cps.size(); ++i) {
        const bool code = i < cps.size() && isCodeChar(cps[i]);
        if (code && run < 0)
            run = i;
        if (!code && run >= 0) {
            if (i - run >= 2) {
                for (qsizetype k = run; k < i; ++k)
                    words += QChar(char16_t(cps[k])); // ASCII
                words += u' ';
            }
            run = -1;
        }
        if (i + 1 < cps.size() && isHan(cps[i]) && isHan(cps[i + 1])) {
            append(cps[i]);
            append(cps[i + 1]);
            words += u' ';
        }
    }
    return words;
}

namespace {

void searchPairs(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray words = pairWords(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(context, words.constData(), int(words.size()), SQLITE_TRANSIENT);
}

} // namespace

bool addSqlFunctions(sqlite3 *connection)
{
    return sqlite3_create_function_v2(connection, "search_pairs", 1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                      &searchPairs, nullptr, nullptr, nullptr)
           == SQLITE_OK;
}

} // namespace hotline::searchwords
