#include "ingest/sentences.h"
#include "testsupport.h"

using namespace detente;

namespace {
QStringList split(const QString &text)
{
    QStringList out;
    for (const SentenceSpan &s : splitSentences(text))
        out << text.mid(s.begin, s.end - s.begin);
    return out;
}
} // namespace

TEST_CASE("sentences split at full stops, not at abbreviations or initials", "[ingest][sentences]")
{
    CHECK(split(QStringLiteral("Mr. Smith met Gen. Jones. They talked.")) ==
          QStringList{QStringLiteral("Mr. Smith met Gen. Jones."), QStringLiteral("They talked.")});
    CHECK(split(QStringLiteral("John F. Kennedy spoke. The crowd cheered.")).size() == 2);
    CHECK(split(QStringLiteral("The U.S. envoy left on Monday. The talks ended.")).size() == 2);
    CHECK(split(QStringLiteral("Aid came from the U.S. The talks ended.")).size() == 2);
    CHECK(split(QStringLiteral("Growth was 3.5 percent. Prices rose.")).size() == 2);
}

TEST_CASE("sentences keep closing quotes and split inside quotations", "[ingest][sentences]")
{
    const QString text =
        QStringLiteral("“We will not yield. They cannot win,” the minister said. Talks resumed.");
    CHECK(split(text) == QStringList{QStringLiteral("“We will not yield."),
                                     QStringLiteral("They cannot win,” the minister said."),
                                     QStringLiteral("Talks resumed.")});
    CHECK(split(QStringLiteral("It said the “order.” Unsurprisingly, he left.")).first() ==
          QStringLiteral("It said the “order.”"));
    CHECK(split(QStringLiteral("“Are you ready?” he asked. Yes.")).size() == 2);
}

TEST_CASE("glued sentences and line breaks end sentences", "[ingest][sentences]")
{
    const QString text = QStringLiteral("allows it to regroup.El-Sisi’s plan came.In May, talks.");
    CHECK(split(text) == QStringList{QStringLiteral("allows it to regroup."),
                                     QStringLiteral("El-Sisi’s plan came."),
                                     QStringLiteral("In May, talks.")});
    const auto spans = splitSentences(QStringLiteral("A headline\nFirst line. Second.\n\nNext"));
    REQUIRE(spans.size() == 4);
    CHECK(spans.at(0).paragraph == 0);
    CHECK(spans.at(1).paragraph == 1);
    CHECK(spans.at(3).paragraph == 3);
    CHECK(split(QStringLiteral("Visit news.az for more. Done.")).size() == 2);
}
