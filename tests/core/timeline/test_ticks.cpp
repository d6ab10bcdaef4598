#include "render/theme.h"
#include "testsupport.h"
#include "timeline/ticks.h"

#include <QFontMetricsF>

using namespace detente;

namespace {
constexpr qint64 minute = 60000LL, hour = 60 * minute, day = 24 * hour;

/// Fails when two labels of one row overlap.
void checkNoOverlap(const QList<Tick> &ticks, const QFontMetricsF &fm)
{
    double lastRight = -1e300;
    for (const Tick &t : ticks) {
        if (t.label.isEmpty())
            continue;
        INFO("label " << t.label.toStdString() << " at " << t.labelX);
        CHECK(t.labelX >= lastRight);
        lastRight = t.labelX + fm.horizontalAdvance(t.label);
    }
}
} // namespace

TEST_CASE("labels never overlap from 320 to 7680 pixels at any zoom", "[timeline][ticks]")
{
    const Theme theme = Theme::light();
    const QFontMetricsF fm(theme.smallFont);
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const qint64 start = dayStartMs(QDate(2023, 12, 28)) + 7 * hour + 13 * minute;
    for (const qint64 duration :
         {20 * minute, 3 * hour, 2 * day, 9 * day, 45 * day, 200 * day, 3 * 365 * day,
          40 * 365 * day, 600 * 365 * day, 1900 * 365 * day}) {
        for (const double width : {320.0, 500.0, 1024.0, 1920.0, 3840.0, 7680.0}) {
            INFO("duration " << duration << " width " << width);
            const TimeScale scale(start, start + duration, width);
            const TickSet set = computeTicks(scale, fm, locale);
            CHECK_FALSE(set.minor.isEmpty());
            checkNoOverlap(set.minor, fm);
            checkNoOverlap(set.major, fm);
            for (const Tick &t : set.minor)
                CHECK(t.x == Approx(scale.mapTimeToX(t.time)));
        }
    }
}

TEST_CASE("ticks adapt from years to months to days to hours", "[timeline][ticks]")
{
    const QFontMetricsF fm(Theme::light().smallFont);
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const qint64 t0 = dayStartMs(QDate(2024, 1, 1));
    CHECK(computeTicks(TimeScale(t0, t0 + 30 * 365 * day, 1200), fm, locale).minorUnit ==
          TickUnit::Year);
    CHECK(computeTicks(TimeScale(t0, t0 + 2 * 365 * day, 1600), fm, locale).minorUnit ==
          TickUnit::Month);
    CHECK(computeTicks(TimeScale(t0, t0 + 30 * day, 1600), fm, locale).minorUnit == TickUnit::Day);
    CHECK(computeTicks(TimeScale(t0, t0 + 1 * day, 1600), fm, locale).minorUnit == TickUnit::Hour);
    CHECK(computeTicks(TimeScale(t0, t0 + 30 * minute, 1600), fm, locale).minorUnit ==
          TickUnit::Minute);
}

TEST_CASE("month and year ticks fall on the first instant of the unit", "[timeline][ticks]")
{
    const QFontMetricsF fm(Theme::light().smallFont);
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const qint64 t0 = dayStartMs(QDate(2022, 11, 15));
    const TickSet set = computeTicks(TimeScale(t0, t0 + 500 * day, 1600), fm, locale);
    REQUIRE(set.minorUnit == TickUnit::Month);
    for (const Tick &t : set.minor) {
        CHECK(dayOfMs(t.time).day() == 1);
        CHECK(t.time == dayStartMs(dayOfMs(t.time)));
    }
    REQUIRE(set.majorUnit == TickUnit::Year);
    QStringList majors;
    for (const Tick &t : set.major) {
        CHECK(dayOfMs(t.time) == QDate(dayOfMs(t.time).year(), 1, 1));
        majors << t.label;
    }
    CHECK(majors.contains(QStringLiteral("2023")));
    CHECK(majors.contains(QStringLiteral("2024")));
    // The year that holds the left edge keeps its label, pinned at the left.
    CHECK(majors.contains(QStringLiteral("2022")));
}

TEST_CASE("day ticks include the leap day and restart each month", "[timeline][ticks]")
{
    const QFontMetricsF fm(Theme::light().smallFont);
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const qint64 t0 = dayStartMs(QDate(2024, 2, 20));
    const TickSet set = computeTicks(TimeScale(t0, t0 + 40 * day, 1600), fm, locale);
    REQUIRE(set.minorUnit == TickUnit::Day);
    QList<QDate> days;
    for (const Tick &t : set.minor)
        days << dayOfMs(t.time);
    CHECK(days.contains(QDate(2024, 2, 29)));
    CHECK(days.contains(QDate(2024, 3, 1)));
    QStringList majors;
    for (const Tick &t : set.major)
        majors << t.label;
    CHECK(majors.contains(QStringLiteral("March 2024")));
}
