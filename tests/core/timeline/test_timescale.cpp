#include "testsupport.h"
#include "timeline/timescale.h"
#include "timeline/viewhistory.h"

#include <QRandomGenerator>

using namespace detente;

namespace {
constexpr qint64 day = 86400000LL;
const qint64 apr2024 = 1711929600000LL; // 2024-04-01T00:00:00Z
} // namespace

TEST_CASE("time and x map onto each other", "[timeline][timescale]")
{
    const TimeScale s(apr2024, apr2024 + 30 * day, 1500);
    CHECK(s.mapTimeToX(apr2024) == Approx(0));
    CHECK(s.mapTimeToX(apr2024 + 30 * day) == Approx(1500));
    CHECK(s.mapTimeToX(apr2024 + 15 * day) == Approx(750));
    CHECK(s.mapXToTime(750) == apr2024 + 15 * day);
    for (double x : {0.0, 1.0, 333.3, 1499.0})
        CHECK(s.mapTimeToX(s.mapXToTime(x)) == Approx(x).margin(1e-6));
}

TEST_CASE("zoom keeps the time under the anchor", "[timeline][timescale]")
{
    TimeScale s(apr2024, apr2024 + 365 * day, 1200);
    const double anchor = 317;
    const qint64 under = s.mapXToTime(anchor);
    s.zoom(2.0, anchor);
    CHECK(s.duration() == Approx(365 * day / 2.0).epsilon(1e-9));
    CHECK(std::abs(s.mapXToTime(anchor) - under) <= qint64(s.msPerPixel()));
    s.zoom(0.25, anchor);
    CHECK(std::abs(s.mapXToTime(anchor) - under) <= qint64(s.msPerPixel()));
}

TEST_CASE("thousands of zoom steps neither drift nor overflow", "[timeline][timescale]")
{
    TimeScale s(apr2024, apr2024 + 30 * day, 1920);
    const double anchor = 1000;
    const qint64 under = s.mapXToTime(anchor);
    QRandomGenerator rng(7);
    for (int i = 0; i < 5000; ++i)
        s.zoom(rng.bounded(2) ? 1.1 : 1 / 1.1, anchor);
    CHECK(std::abs(s.mapXToTime(anchor) - under) <=
          std::max<qint64>(1000, qint64(2 * s.msPerPixel())));
    for (int i = 0; i < 2000; ++i)
        s.zoom(1.5, anchor); // far past the limit
    CHECK(s.duration() == TimeScale::minDuration);
    for (int i = 0; i < 2000; ++i)
        s.zoom(1 / 1.5, anchor);
    CHECK(s.duration() == TimeScale::maxDuration);
    CHECK(s.end() > s.start());
}

TEST_CASE("pan moves by whole pixels' worth of time", "[timeline][timescale]")
{
    TimeScale s(apr2024, apr2024 + 10 * day, 1000); // 864,000 ms per pixel
    s.pan(100);
    CHECK(s.start() == apr2024 - day);
    CHECK(s.duration() == 10 * day);
    s.pan(-100);
    CHECK(s.start() == apr2024);
}

TEST_CASE("fit shows a range with a margin and respects the limits", "[timeline][timescale]")
{
    TimeScale s(0, day, 800);
    s.fit(apr2024, apr2024 + 100 * day, 0.05);
    CHECK(s.start() == apr2024 - 5 * day);
    CHECK(s.end() == apr2024 + 105 * day);
    s.fit(apr2024, apr2024); // one instant: the minimum duration around it
    CHECK(s.duration() >= TimeScale::minDuration);
    CHECK(s.start() <= apr2024);
    CHECK(s.end() >= apr2024);
}

TEST_CASE("zoom history goes back and forward like a browser's", "[timeline][history]")
{
    ViewHistory h(3);
    CHECK_FALSE(h.back().has_value());
    h.visit({0, 10});
    h.visit({0, 10}); // the same range twice is one visit
    h.visit({5, 10});
    h.visit({6, 8});
    CHECK(h.size() == 3);
    CHECK(h.back() == ViewRange{5, 10});
    CHECK(h.back() == ViewRange{0, 10});
    CHECK_FALSE(h.back().has_value());
    CHECK(h.forward() == ViewRange{5, 10});
    h.visit({1, 2}); // drops the forward part
    CHECK_FALSE(h.canGoForward());
    CHECK(h.current() == ViewRange{1, 2});
    h.visit({3, 4}); // over the limit: the oldest goes
    CHECK(h.size() == 3);
    CHECK(h.back() == ViewRange{1, 2});
    CHECK(h.back() == ViewRange{5, 10});
    CHECK_FALSE(h.canGoBack());
}
