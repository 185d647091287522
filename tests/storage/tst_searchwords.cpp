// R22: the words of SQLite's pairs index, as the loader and the search_pairs() SQL function
// both make them: every pair of neighbouring Chinese characters, every run of two or more
// ASCII letters and digits, each followed by a space; nothing else.
#include "SearchWords.h"

#include <QTest>

using namespace hotline;

class SearchWordsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pairWords_data();
    void pairWords();
};

void SearchWordsTest::pairWords_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("words");
    QTest::newRow("a name") << QStringLiteral("张伟") << QStringLiteral("张伟 ");
    QTest::newRow("three characters, two pairs") << QStringLiteral("不制冷") << QStringLiteral("不制 制冷 ");
    QTest::newRow("a code against Chinese text") << QStringLiteral("显示E2")
                                                 << QStringLiteral("显示 E2 ");
    QTest::newRow("punctuation breaks pairs and runs") << QStringLiteral("卡纸，AC-9 x")
                                                       << QStringLiteral("卡纸 AC ");
    QTest::newRow("one character alone is no word") << QStringLiteral("王 5 室") << QString();
    QTest::newRow("a run at the very end") << QStringLiteral("型号D8012") << QStringLiteral("型号 D8012 ");
    // U+20000, outside the BMP: kept whole, as two UTF-16 halves.
    QTest::newRow("an extension character") << (QString::fromUcs4(U"\U00020000") + QStringLiteral("字"))
                                            << (QString::fromUcs4(U"\U00020000") + QStringLiteral("字 "));
    QTest::newRow("nothing") << QString() << QString();
}

void SearchWordsTest::pairWords()
{
    QFETCH(QString, document);
    QFETCH(QString, words);
    QCOMPARE(searchwords::pairWords(document), words);
}

QTEST_GUILESS_MAIN(SearchWordsTest)
#include "tst_searchwords.moc"
