#include "model/datespan.h"
#include "testsupport.h"

using namespace detente;

TEST_CASE("a day span covers the whole UTC day", "[model][datespan]")
{
    const DateSpan d = DateSpan::fromDay(QDate(2024, 4, 25), QStringLiteral("On Thursday"));
    CHECK(d.first() == 1714003200000LL); // 2024-04-25T00:00:00Z
    CHECK(d.last() == 1714003200000LL + 86400000LL - 1);
    CHECK(d.precision() == Precision::Day);
    CHECK_FALSE(d.isVague());
    CHECK(d.startText() == QStringLiteral("2024-04-25"));
    CHECK(d.endText() == QStringLiteral("2024-04-25"));
    CHECK(d.edtf() == QStringLiteral("2024-04-25"));
    CHECK(d.phrase() == QStringLiteral("On Thursday"));
}

TEST_CASE("EDTF strings follow the precision", "[model][datespan]")
{
    CHECK(DateSpan::fromDays(QDate(2023, 2, 1), QDate(2023, 2, 28), Precision::Month).edtf() ==
          QStringLiteral("2023-02"));
    CHECK(DateSpan::fromDays(QDate(2023, 1, 1), QDate(2023, 12, 31), Precision::Year).edtf() ==
          QStringLiteral("2023"));
    CHECK(DateSpan::fromDays(QDate(2022, 2, 24), QDate(2022, 4, 30), Precision::Span).edtf() ==
          QStringLiteral("2022-02-24/2022-04-30"));
    CHECK(DateSpan::fromDays(QDate(2023, 1, 1), QDate(2023, 4, 30), Precision::PartOfYear).edtf() ==
          QStringLiteral("2023-01-01/2023-04-30"));
}

TEST_CASE("vague precisions are vague, a one-day span is not", "[model][datespan]")
{
    CHECK(
        DateSpan::fromDays(QDate(2023, 1, 1), QDate(2023, 4, 30), Precision::PartOfYear).isVague());
    CHECK(DateSpan::fromDays(QDate(2022, 2, 1), QDate(2022, 2, 28), Precision::Month).isVague());
    CHECK(DateSpan::fromDays(QDate(2022, 2, 24), QDate(2022, 4, 30), Precision::Span).isVague());
    CHECK_FALSE(
        DateSpan::fromDays(QDate(2022, 2, 24), QDate(2022, 2, 24), Precision::Span).isVague());
}

TEST_CASE("days before 1970 map both ways", "[model][datespan]")
{
    for (const QDate d :
         {QDate(1969, 12, 31), QDate(1900, 3, 1), QDate(1600, 2, 29), QDate(2024, 2, 29)}) {
        CHECK(dayOfMs(dayStartMs(d)) == d);
        CHECK(dayOfMs(dayStartMs(d) + 86400000LL - 1) == d);
    }
    CHECK(dayStartMs(QDate(1970, 1, 1)) == 0);
}

TEST_CASE("days outside the supported years are refused and clamp instead of overflowing",
          "[model][datespan]")
{
    CHECK(isSupportedDay(QDate(9999, 12, 31)));
    CHECK(isSupportedDay(QDate(-9999, 1, 1)));
    CHECK_FALSE(isSupportedDay(QDate(10000, 1, 1)));
    CHECK_FALSE(isSupportedDay(QDate()));
    // A year a fuzzer found in a TimelineJS file: the millisecond value would overflow qint64.
    CHECK(dayStartMs(QDate(885289204, 2, 24)) == dayStartMs(QDate(9999, 12, 31)));
    CHECK(dayStartMs(QDate(-885289204, 2, 24)) == dayStartMs(QDate(-9999, 1, 1)));
}

TEST_CASE("precision names round-trip and unknown names are refused", "[model][datespan]")
{
    for (Precision p : {Precision::Instant, Precision::Day, Precision::Month, Precision::PartOfYear,
                        Precision::Year, Precision::Span})
        CHECK(precisionFromName(precisionName(p)) == p);
    CHECK(precisionName(Precision::PartOfYear) == QStringLiteral("part-of-year"));
    CHECK_FALSE(precisionFromName(QStringLiteral("fortnight")).has_value());
}

TEST_CASE("overlap with a half-open range", "[model][datespan]")
{
    const DateSpan d = DateSpan::fromDay(QDate(2024, 4, 25));
    CHECK(d.overlaps(d.first(), d.first() + 1));
    CHECK(d.overlaps(d.last(), d.last() + 1));
    CHECK_FALSE(d.overlaps(d.last() + 1, d.last() + 100));
    CHECK_FALSE(d.overlaps(d.first() - 100, d.first())); // `to` is excluded
}
