#include "ingest/dateresolver.h"
#include "testsupport.h"

using namespace detente;

namespace {

struct Row {
    const char *sentence;
    const char *reference; // publication date
    const char *first;     // expected first day; nullptr: no date expression
    const char *last;
    Precision precision;
    bool likely = false;
};

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST_CASE("date expressions resolve against the publication date", "[ingest][dates]")
{
    using P = Precision;
    // clang-format off
    const Row rows[] = {
        // 1. weekdays: past/neutral → on or before; future → on or after
        {"The envoy spoke on Thursday about the border.", "2024-04-26", "2024-04-25", "2024-04-25", P::Day},
        {"The spokesman said Friday that talks went well.", "2024-04-26", "2024-04-26", "2024-04-26", P::Day},
        {"The ministers will meet on Wednesday in Rome.", "2024-04-26", "2024-05-01", "2024-05-01", P::Day},
        {"A vote is scheduled for Tuesday.", "2024-04-26", "2024-04-30", "2024-04-30", P::Day},
        {"Talks collapsed last Friday.", "2024-04-26", "2024-04-19", "2024-04-19", P::Day},
        {"Delegates gather next week from Wednesday through Friday.", "2024-04-26", "2024-05-01", "2024-05-03", P::Span},
        // 2. today / yesterday / currently / tonight
        {"The minister is currently touring the region.", "2024-04-26", "2024-04-26", "2024-04-26", P::Day},
        {"Rockets were fired yesterday.", "2024-04-26", "2024-04-25", "2024-04-25", P::Day},
        {"The council meets tonight.", "2024-04-26", "2024-04-26", "2024-04-26", P::Day},
        // 3. weeks and the weekend
        {"Officials met last week.", "2024-04-26", "2024-04-15", "2024-04-21", P::Span},
        {"A summit opens next week.", "2024-04-26", "2024-04-29", "2024-05-05", P::Span},
        {"Protests grew over the weekend.", "2024-06-18", "2024-06-15", "2024-06-16", P::Span},
        {"Leaders will gather at the weekend.", "2024-06-18", "2024-06-22", "2024-06-23", P::Span},
        // 4. months and years
        {"Trade fell last month.", "2024-04-26", "2024-03-01", "2024-03-31", P::Month},
        {"Earlier this month the envoy resigned.", "2024-04-26", "2024-04-01", "2024-04-26", P::Span},
        {"Elections are due next year.", "2024-04-26", "2025-01-01", "2025-12-31", P::Year},
        {"Last year, exports doubled.", "2022-06-22", "2021-01-01", "2021-12-31", P::Year},
        // 5. dates without a year: past → most recent, future → next
        {"The truce collapsed on December 1.", "2024-10-28", "2023-12-01", "2023-12-01", P::Day},
        {"The summit will be held from June 29-30.", "2022-06-22", "2022-06-29", "2022-06-30", P::Span},
        {"In April, the ministry protested.", "2022-06-22", "2022-04-01", "2022-04-30", P::Month},
        {"Talks will resume in March.", "2024-04-26", "2025-03-01", "2025-03-31", P::Month},
        {"The accord was signed on 3 May.", "2024-06-01", "2024-05-03", "2024-05-03", P::Day},
        // explicit dates
        {"Fighters attacked on October 7, 2023, near the fence.", "2024-10-28", "2023-10-07", "2023-10-07", P::Day},
        {"In June 2021, the leaders issued a statement.", "2022-06-22", "2021-06-01", "2021-06-30", P::Month},
        {"The treaty was agreed in 2010.", "2022-06-22", "2010-01-01", "2010-12-31", P::Year},
        // 6. parts of years, seasons and parts of months
        {"A plan was floated in early 2023.", "2024-04-26", "2023-01-01", "2023-04-30", P::PartOfYear},
        {"A report came out at the end of 2020.", "2022-06-22", "2020-09-01", "2020-12-31", P::PartOfYear},
        {"The base opened in mid-2021.", "2024-04-26", "2021-05-01", "2021-08-31", P::PartOfYear},
        {"Fighting paused in the winter of 2022.", "2024-04-26", "2022-12-01", "2023-02-28", P::PartOfYear},
        {"The offensive began last summer.", "2024-04-26", "2023-06-01", "2023-08-31", P::PartOfYear},
        {"Envoys met in early June.", "2024-07-10", "2024-06-01", "2024-06-10", P::Span},
        {"Shipments resumed in late March 2023.", "2024-07-10", "2023-03-21", "2023-03-31", P::Span},
        // 7. N ago, hedged
        {"The pact was signed two years ago.", "2024-04-26", "2022-01-01", "2022-12-31", P::Year},
        {"The border closed three months ago.", "2024-04-26", "2024-01-01", "2024-01-31", P::Month},
        {"The talks began over three years ago.", "2024-04-26", "2021-01-01", "2021-12-31", P::Year, true},
        // 8. since X
        {"Casualties since February 2022 are high.", "2024-04-26", "2022-02-01", "2022-02-28", P::Month},
        // datelines inside the text and dated noun phrases
        {"BEIJING, July 11 (Reuters) - China said it would respond.", "2024-07-12", "2024-07-11", "2024-07-11", P::Day},
        {"Putin has framed the 2022 invasion as defensive.", "2024-06-18", "2022-01-01", "2022-12-31", P::Year},
        {"The group was damaged over the last year.", "2024-10-28", "2023-10-28", "2024-10-28", P::Span, true},
        // 9. anchored duration
        {"The three-day gathering ended on Thursday.", "2024-04-26", "2024-04-23", "2024-04-25", P::Span},
        {"The two-day meeting began on Thursday in Tokyo.", "2025-03-14", "2025-03-13", "2025-03-14", P::Span},
        // 10. a wire story's future weekday six days ahead may mean its writing day
        {"The ministers will meet Thursday.", "2024-04-26", "2024-05-02", "2024-05-02", P::Day, true},
        // more of rules 2-7
        {"The council meets today.", "2024-04-26", "2024-04-26", "2024-04-26", P::Day},
        {"Envoys are in Geneva this week.", "2024-04-26", "2024-04-22", "2024-04-28", P::Span},
        {"Late last month, Moscow rejected the claims.", "2024-03-09", "2024-02-21", "2024-02-29", P::Span},
        {"Officials expect the dialogue to resume in the summer.", "2025-03-14", "2025-06-01", "2025-08-31", P::PartOfYear},
        {"Investigators said in the summer that an anchor was dragged.", "2024-10-18", "2024-06-01", "2024-08-31", P::PartOfYear},
        {"Erdogan is expected to host Sisi again next spring.", "2024-09-05", "2025-03-01", "2025-05-31", P::PartOfYear},
        {"The army ousted the president eleven years ago.", "2024-09-05", "2013-01-01", "2013-12-31", P::Year},
        {"Damage was reported a year ago.", "2024-10-17", "2023-01-01", "2023-12-31", P::Year},
        {"The dialogue was suspended more than two years ago.", "2025-03-14", "2023-01-01", "2023-12-31", P::Year, true},
        // ISO and unambiguous numeric dates in running text
        {"The ministers met on 2024-01-15 in Geneva.", "2024-02-10", "2024-01-15", "2024-01-15", P::Day},
        {"The memorandum dated 15/01/2024 was leaked.", "2024-02-10", "2024-01-15", "2024-01-15", P::Day},
        {"The memorandum dated 01/15/2024 was leaked.", "2024-02-10", "2024-01-15", "2024-01-15", P::Day},
        {"The note of 28.02.2023 was published.", "2024-02-10", "2023-02-28", "2023-02-28", P::Day},
        // a weekday next to its date is one expression, dated by the date
        {"On Monday, 5 February, the envoys met in Doha.", "2024-02-10", "2024-02-05", "2024-02-05", P::Day},
        {"The envoys met on Monday, February 5, in Doha.", "2024-02-10", "2024-02-05", "2024-02-05", P::Day},
        {"The talks ended on Friday, 2 February 2024.", "2024-02-10", "2024-02-02", "2024-02-02", P::Day},
        {"Talks resume on Tuesday 13 February.", "2024-02-10", "2024-02-13", "2024-02-13", P::Day},
        {"A draft was agreed on Tuesday 13 February.", "2024-02-10", "2024-02-13", "2024-02-13", P::Day},
        {"Talks resumed on Monday 13 February.", "2024-02-20", "2024-02-13", "2024-02-13", P::Day},
        // ordinals
        {"The talks opened on the 3rd of February.", "2024-04-20", "2024-02-03", "2024-02-03", P::Day},
        {"The talks opened on February 3rd.", "2024-04-20", "2024-02-03", "2024-02-03", P::Day},
        {"The vote is due on the 21st of May.", "2024-04-20", "2024-05-21", "2024-05-21", P::Day},
        {"Relations date back to 1956, when Egypt recognised Beijing.", "2024-05-06", "1956-01-01", "1956-12-31", P::Year},
        // not dates
        {"The office on 26th of July Street reopened.", "2024-05-06", nullptr, nullptr, P::Day},
        {"The Mail on Sunday reported it first.", "2024-05-06", nullptr, nullptr, P::Day},
        {"Retailers fear delays in the Black Friday rush.", "2024-05-06", nullptr, nullptr, P::Day},
        {"They marked the May 4th Movement.", "2024-05-06", nullptr, nullptr, P::Day},
        {"The ratio was 03/04/2024 in the table.", "2024-02-10", nullptr, nullptr, P::Day},
        {"Version 1.2.3 of the text was adopted.", "2024-02-10", nullptr, nullptr, P::Day},
        {"He told Welt am Sonntag that talks failed.", "2024-04-26", nullptr, nullptr, P::Day},
        {"Ties have grown in recent years.", "2024-04-26", nullptr, nullptr, P::Day},
        {"The group recently held 78 hostages for 78 days.", "2024-04-26", nullptr, nullptr, P::Day},
        {"Talks must start within 10 days of the deal.", "2024-04-26", nullptr, nullptr, P::Day},
        {"The report is titled NATO 2030.", "2022-06-22", nullptr, nullptr, P::Day},
        {"You may go now.", "2024-04-26", nullptr, nullptr, P::Day},
    };
    // clang-format on
    for (const Row &row : rows) {
        const QString sentence = QString::fromUtf8(row.sentence);
        INFO(sentence.toStdString());
        DateResolver r(day(row.reference));
        const QList<DateMatch> found = r.find(sentence);
        if (!row.first) {
            CHECK(found.isEmpty());
            continue;
        }
        REQUIRE(found.size() == 1);
        CHECK(found.first().date.firstDay() == day(row.first));
        CHECK(found.first().date.lastDay() == day(row.last));
        CHECK(found.first().date.precision() == row.precision);
        CHECK((found.first().confidence < 0.9) == row.likely);
        CHECK(sentence.mid(found.first().begin, found.first().end - found.first().begin) ==
              found.first().phrase);
    }
}

TEST_CASE("a nearby year carries over to dates without one", "[ingest][dates]")
{
    DateResolver r(QDate(2024, 6, 1));
    r.find(QStringLiteral("In March 2019, the envoys met in Oslo."));
    const auto carried = r.find(QStringLiteral("They met again on April 3."));
    REQUIRE(carried.size() == 1);
    CHECK(carried.first().date.firstDay() == QDate(2019, 4, 3));
    // A recent date keeps the reference's year.
    DateResolver r2(QDate(2024, 10, 28));
    r2.find(QStringLiteral("Hamas seized hostages on October 7, 2023."));
    const auto recent = r2.find(QStringLiteral("Blinken said on October 24 that talks go on."));
    REQUIRE(recent.size() == 1);
    CHECK(recent.first().date.firstDay() == QDate(2024, 10, 24));
    // Only the same or the previous sentence lends its year: two sentences on, the default holds.
    DateResolver r4(QDate(2024, 4, 20));
    r4.find(QStringLiteral("The dispute began in 2023."));
    r4.find(QStringLiteral("Both sides hardened their positions."));
    const auto later = r4.find(QStringLiteral("The talks opened on the 3rd of February."));
    REQUIRE(later.size() == 1);
    CHECK(later.first().date.firstDay() == QDate(2024, 2, 3));
    DateResolver r5(QDate(2024, 4, 20));
    r5.find(QStringLiteral("The dispute began in 2023."));
    const auto next = r5.find(QStringLiteral("The talks opened on the 3rd of February."));
    REQUIRE(next.size() == 1);
    CHECK(next.first().date.firstDay() == QDate(2023, 2, 3));
    // since X is flagged
    DateResolver r3(QDate(2024, 4, 26));
    const auto since = r3.find(QStringLiteral("Losses since February 2022 mount."));
    REQUIRE(since.size() == 1);
    CHECK(since.first().since);
}

TEST_CASE("the early weeks of a conflict count from its start", "[ingest][dates]")
{
    DateResolver r(QDate(2024, 4, 26));
    r.setConflictStart(QDate(2022, 2, 24));
    const auto found =
        r.find(QStringLiteral("A treaty was negotiated in the early weeks of the conflict."));
    REQUIRE(found.size() == 1);
    CHECK(found.first().date.firstDay() == QDate(2022, 2, 24));
    CHECK(found.first().date.lastDay() == QDate(2022, 4, 30));
    CHECK(found.first().confidence < 0.9);
}

TEST_CASE("a dateline gives the story's day", "[ingest][dates]")
{
    const auto d = DateResolver::dateline(
        QStringLiteral("MOSCOW, March 3 (AP) - Officials said on Monday ..."), QDate(2024, 3, 4));
    REQUIRE(d.has_value());
    CHECK(d->date.firstDay() == QDate(2024, 3, 3));
    CHECK_FALSE(DateResolver::dateline(QStringLiteral("Moscow said on Monday it would."),
                                       QDate(2024, 3, 4)));
}

TEST_CASE("the publication date is found where an article states it", "[ingest][dates]")
{
    const QDate today(2024, 8, 1);
    auto found = [&](const char *text) {
        return DateResolver::publicationDate(QString::fromUtf8(text), today);
    };
    // A labelled line, in the forms sites print.
    CHECK(found("url: https://example.org/a\npublished: 2024-06-18\ntitle: T\n\nBody.") ==
          QDate(2024, 6, 18));
    CHECK(found("Talks stall\nPublished on Friday, 26 April 2024\nBeijing said on Thursday…") ==
          QDate(2024, 4, 26));
    CHECK(found("Updated 3 hours ago · Posted: June 9, 2024 at 10:31 am\n\nText.") ==
          QDate(2024, 6, 9));
    // A byline date on a line of its own.
    CHECK(found("China urges NATO to stop shifting blame\nBy Jane Doe\nJune 18, 2024\n\n"
                "China on Monday urged NATO…") == QDate(2024, 6, 18));
    CHECK(found("Thu 11 Jul 2024 14.02 BST\n\nThe ministers met.") == QDate(2024, 7, 11));
    // A dateline without a year: the latest such day up to today.
    CHECK(found("BEIJING, July 11 (Reuters) - China on Thursday…") == QDate(2024, 7, 11));
    CHECK(DateResolver::publicationDate(QStringLiteral("BEIJING, Dec. 3 (Xinhua) - China said…"),
                                        today) == QDate(2023, 12, 3));
    // The story's own dates are not when it was published.
    CHECK_FALSE(found("Russia invaded Ukraine on 24 February 2022, and the war goes on.\n"
                      "NATO leaders met on Tuesday."));
    CHECK_FALSE(found("The ministers will meet again next week."));
    CHECK_FALSE(found(""));
}

TEST_CASE("a phrase typed into a sentence resolves with the sentence's tense", "[ingest][dates]")
{
    const QDate friday(2024, 4, 26);
    const QString sentence = QStringLiteral("The ministers will meet on Thursday in Rome.");
    const qsizetype begin = sentence.indexOf(u"on Thursday");
    // Future tense: the coming Thursday.
    auto m = DateResolver::resolveAt(sentence, begin, begin + 11, friday);
    REQUIRE(m);
    CHECK(m->date.firstDay() == QDate(2024, 5, 2));
    CHECK(m->phrase == u"on Thursday");
    // The user rewrites the phrase: the new words are resolved in place.
    QString edited = sentence;
    edited.replace(begin, 11, QStringLiteral("next week"));
    m = DateResolver::resolveAt(edited, begin, begin + 9, friday);
    REQUIRE(m);
    CHECK(m->date.firstDay() == QDate(2024, 4, 29));
    CHECK(m->date.lastDay() == QDate(2024, 5, 5));
    CHECK(m->date.precision() == Precision::Span);
    // Words that are no date, or a date elsewhere in the sentence, do not count.
    edited = sentence;
    edited.replace(begin, 11, QStringLiteral("soon"));
    CHECK_FALSE(DateResolver::resolveAt(edited, begin, begin + 4, friday));
    const QString two = QStringLiteral("After talks on Monday, they will meet in Rome.");
    CHECK_FALSE(DateResolver::resolveAt(two, two.indexOf(u"in Rome"), two.size() - 1, friday));
}
