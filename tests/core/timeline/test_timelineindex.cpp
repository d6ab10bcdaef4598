#include "render/theme.h"
#include "testsupport.h"
#include "timeline/framelayout.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinescene.h"

#include <QRandomGenerator>

using namespace detente;
using detente::test::makeEvent;

namespace {
constexpr qint64 day = 86400000LL;

/// Random events in three lanes: mostly days, some spans, QuadClass and Goldstein mixed.
QList<Event> randomEvents(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QStringList actors{QStringLiteral("China"), QStringLiteral("NATO"),
                             QStringLiteral("Russia")};
    QList<Event> events;
    for (int i = 0; i < n; ++i) {
        Event e = makeEvent(QStringLiteral("E%1").arg(i),
                            QDate(2023, 1, 1).addDays(rng.bounded(365)), actors[rng.bounded(3)]);
        if (rng.bounded(5) == 0)
            e.date = DateSpan::fromDays(
                e.date.firstDay(), e.date.firstDay().addDays(rng.bounded(1, 60)), Precision::Span);
        e.quadClass = rng.bounded(5); // 0 = unknown
        if (rng.bounded(3))
            e.goldstein = rng.bounded(-100, 101) / 10.0;
        events.append(e);
    }
    return events;
}
} // namespace

TEST_CASE("the index counts what a brute-force scan counts", "[timeline][index]")
{
    const QList<Event> events = randomEvents(2000, 11);
    TimelineScene scene;
    scene.setEvents(events);
    const TimelineIndex &index = scene.index();
    REQUIRE(index.size() == events.size());
    QRandomGenerator rng(5);
    for (int trial = 0; trial < 100; ++trial) {
        const int lane = rng.bounded(index.laneCount());
        const qint64 from =
            dayStartMs(QDate(2023, 1, 1)) + qint64(rng.bounded(400)) * day / 1 - rng.bounded(day);
        const qint64 to = from + qint64(rng.bounded(1, 90)) * day;
        qsizetype expected = 0;
        for (int i = 0; i < events.size(); ++i)
            if (scene.laneOf(i) == lane && events[i].date.first() >= from &&
                events[i].date.first() < to)
                ++expected;
        CHECK(index.countStarting(lane, from, to) == expected);
    }
}

TEST_CASE("density columns sum the events a brute-force scan finds", "[timeline][index]")
{
    // Day events share their starts (the index groups them in runs); instants mostly do not.
    const bool instants = GENERATE(false, true);
    QList<Event> events = randomEvents(3000, 12);
    if (instants) {
        QRandomGenerator rng(7);
        for (Event &e : events) {
            const qint64 t = e.date.first() + qint64(rng.bounded(int(day / 1000))) * 1000;
            e.date = DateSpan(t, t, Precision::Instant);
        }
        std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
            return a.date.first() < b.date.first();
        });
    }
    TimelineScene scene;
    scene.setEvents(events);
    const TimelineIndex &index = scene.index();
    INFO((instants ? "instants" : "days"));
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        CHECK(index.lane(lane).runBegin.empty() == instants);
        CHECK(index.lane(lane).runs() <= index.lane(lane).size());
    }
    for (const double msPerPixel : {3.0 * day, 0.5 * day, 0.01 * day}) {
        const qint64 start = dayStartMs(QDate(2023, 2, 1));
        const int columns = 100;
        const qint64 reach = std::max<qint64>(0, day - qint64(msPerPixel));
        for (int lane = 0; lane < index.laneCount(); ++lane) {
            std::vector<TimelineIndex::Density> density;
            index.density(lane, start, msPerPixel, columns, density);
            REQUIRE(density.size() == size_t(columns));
            for (int c = 0; c < columns; c += 7) {
                const qint64 from = start + qint64(std::llround(c * msPerPixel)) - reach;
                const qint64 to = start + qint64(std::llround((c + 1) * msPerPixel));
                quint32 count = 0, quad[4] = {}, known = 0;
                qint32 tenths = 0;
                for (int i = 0; i < events.size(); ++i) {
                    const Event &e = events[i];
                    if (scene.laneOf(i) != lane || e.date.first() < from || e.date.first() >= to)
                        continue;
                    ++count;
                    if (e.quadClass)
                        ++quad[e.quadClass - 1];
                    if (e.goldstein) {
                        ++known;
                        tenths += qint32(std::lround(*e.goldstein * 10));
                    }
                }
                INFO("lane " << lane << " column " << c);
                CHECK(density[size_t(c)].count == count);
                for (int q = 0; q < 4; ++q)
                    CHECK(density[size_t(c)].quad[q] == quad[q]);
                CHECK(density[size_t(c)].goldsteinKnown == known);
                CHECK(density[size_t(c)].goldsteinTenths == tenths);
            }
        }
    }
}

TEST_CASE("a filter rebuilds the index with only the kept events", "[timeline][index]")
{
    const QList<Event> events = randomEvents(500, 13);
    TimelineScene scene;
    scene.setEvents(events);
    std::vector<bool> keep(size_t(events.size()));
    qsizetype kept = 0;
    for (size_t i = 0; i < keep.size(); ++i)
        if ((keep[i] = events[qsizetype(i)].quadClass >= 3))
            ++kept;
    scene.setIncluded(keep);
    CHECK(scene.index().size() == kept);
    CHECK_FALSE(scene.isIncluded(int(std::find(keep.begin(), keep.end(), false) - keep.begin())));
    const Theme theme = Theme::light();
    const FrameLayout L = layoutFrame(scene, fitAllScale(scene, 7000), QSizeF(8000, 900),
                                      theme.font, theme.smallFont);
    for (const PlacedItem &item : L.items)
        CHECK(events[item.event].quadClass >= 3);
    scene.setIncluded({});
    CHECK(scene.index().size() == events.size());
    // 20 bytes an event and 36 a run of equal starts, at most 44 an event (the budget is 48).
    CHECK(double(scene.index().bytes()) / double(events.size()) <=
          48.0 + 4096.0 / double(events.size()));
}

TEST_CASE("lanes switch from labels to marks to density at the documented density",
          "[timeline][lod]")
{
    // One lane, n day events spread evenly over the view: the lane shows labels while each event
    // has pixelsPerLabel pixels, marks while it has pixelsPerMark, density below that.
    const LayoutOptions opt;
    const double width = 1000; // the plot's width (the frame adds the lane-name column)
    for (const int n : {10, 39, 41, 100, 330, 340, 2000}) {
        QList<Event> events;
        for (int i = 0; i < n; ++i) {
            Event e =
                makeEvent(QStringLiteral("E%1").arg(i), QDate(2020, 1, 1), QStringLiteral("China"));
            const qint64 t = dayStartMs(QDate(2020, 1, 1)) + qint64(i) * 3600000LL;
            e.date = DateSpan(t, t, Precision::Instant);
            events.append(e);
        }
        TimelineScene scene;
        scene.setEvents(events);
        const Theme theme = Theme::light();
        const double gutter = laneGutterWidth(scene, theme.font);
        TimeScale scale(dayStartMs(QDate(2020, 1, 1)) - 1,
                        dayStartMs(QDate(2020, 1, 1)) + qint64(n) * 3600000LL, width);
        const FrameLayout L =
            layoutFrame(scene, scale, QSizeF(width + gutter, 400), theme.font, theme.smallFont);
        REQUIRE(L.lanes.size() == 1);
        const LaneDetail expected = n * opt.pixelsPerMark > width    ? LaneDetail::Density
                                    : n * opt.pixelsPerLabel > width ? LaneDetail::Marks
                                                                     : LaneDetail::Labels;
        INFO(n << " events");
        CHECK(L.lanes[0].detail == expected);
        if (expected == LaneDetail::Marks)
            for (const PlacedItem &item : L.items)
                CHECK(item.text.isEmpty());
        if (expected == LaneDetail::Density)
            CHECK(L.items.isEmpty());
    }
}

TEST_CASE("hit testing agrees with a brute-force search", "[timeline][hit]")
{
    const QList<Event> events = randomEvents(1500, 14);
    TimelineScene scene;
    scene.setEvents(events);
    const Theme theme = Theme::light();
    QRandomGenerator rng(3);
    for (const double days : {365.0, 40.0, 5.0}) {
        TimeScale scale = fitAllScale(scene, 1600);
        scale.setRange(dayStartMs(QDate(2023, 6, 1)),
                       dayStartMs(QDate(2023, 6, 1)) + qint64(days * day));
        const FrameLayout L =
            layoutFrame(scene, scale, QSizeF(1800, 700), theme.font, theme.smallFont);
        for (int trial = 0; trial < 400; ++trial) {
            // Points out of the frame too: labels may reach past its right edge.
            const QPointF p(rng.bounded(2000.0) - 100, rng.bounded(800.0) - 50);
            int expected = -1;
            for (const PlacedItem &item : L.items)
                if (item.mark.adjusted(-3, -3, 3, 3).contains(p) || item.label.contains(p))
                    expected = item.event; // the last drawn is on top
            CHECK(L.hitTest(p) == expected);
            // A density cell holds what starts in its column.
            if (const auto cell = L.densityAt(p)) {
                quint32 count = 0;
                const qint64 reach = std::max<qint64>(0, day - qint64(L.scale.msPerPixel()));
                for (int i = 0; i < events.size(); ++i)
                    if (scene.laneOf(i) == cell->lane &&
                        events[i].date.first() >= cell->from - reach &&
                        events[i].date.first() < cell->to)
                        ++count;
                CHECK(std::abs(int(cell->density.count) - int(count)) <= 1); // column edges round
            }
        }
    }
}
