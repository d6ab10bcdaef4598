#include "render/timelinepainter.h"
#include "testsupport.h"
#include "timeline/framelayout.h"
#include "timeline/indexbuilder.h"
#include "timeline/timelinescene.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace detente;
using detente::test::makeEvent;

namespace {
/// n day events of four actors over two years, sorted by start as the store delivers them.
QList<Event> manyEvents(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QStringList actors{QStringLiteral("China"), QStringLiteral("NATO"),
                             QStringLiteral("Russia"), QStringLiteral("Ukraine")};
    QList<Event> events;
    events.reserve(n);
    for (int i = 0; i < n; ++i) {
        Event e = makeEvent(QStringLiteral("E%1").arg(i),
                            QDate(2022, 1, 1).addDays(rng.bounded(730)), actors[rng.bounded(4)]);
        e.quadClass = 1 + rng.bounded(4);
        if (rng.bounded(2))
            e.goldstein = rng.bounded(-100, 101) / 10.0;
        events.append(e);
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.date.first() < b.date.first();
    });
    return events;
}

std::vector<bool> keepQuadClass(const QList<Event> &events, int quadClass)
{
    std::vector<bool> keep(size_t(events.size()));
    for (qsizetype i = 0; i < events.size(); ++i)
        keep[size_t(i)] = events[i].quadClass == quadClass;
    return keep;
}

/// The same events in the same lanes, with the same running totals.
void checkSameIndex(const TimelineIndex &a, const TimelineIndex &b)
{
    REQUIRE(a.laneCount() == b.laneCount());
    CHECK(a.size() == b.size());
    for (int l = 0; l < a.laneCount(); ++l) {
        INFO("lane " << l);
        CHECK(a.lane(l).event == b.lane(l).event);
        CHECK(a.lane(l).first == b.lane(l).first);
        CHECK(a.lane(l).prefix.back().quad[2] == b.lane(l).prefix.back().quad[2]);
        CHECK(a.lane(l).prefix.back().goldsteinTenths == b.lane(l).prefix.back().goldsteinTenths);
    }
}

TimelineIndex referenceIndex(const QList<Event> &events, const std::vector<bool> &keep)
{
    TimelineScene scene;
    scene.setEvents(events);
    scene.setIncluded(keep);
    return scene.index();
}

/// Lays out and paints a frame from the scene's current index, as the window does.
qsizetype paintFrame(const TimelineScene &scene, QImage &image)
{
    const RenderOptions options;
    QPainter painter(&image);
    const FrameLayout L =
        paintTimeline(painter, scene, fitAllScale(scene, 900), QSizeF(image.size()), options);
    qsizetype drawn = L.items.size();
    for (const PlacedLane &lane : L.lanes)
        for (const auto &d : lane.density)
            drawn += d.count;
    return drawn;
}
} // namespace

TEST_CASE("a filter change is built off the GUI thread while the old index is drawn",
          "[timeline][index][thread]")
{
    const QList<Event> events = manyEvents(60000, 1);
    TimelineScene scene;
    scene.setEvents(events);
    IndexBuilder builder(&scene);
    builder.setSynchronousLimit(0); // always on the worker
    QSignalSpy changed(&builder, &IndexBuilder::indexChanged);
    const std::vector<bool> keep = keepQuadClass(events, 3);
    builder.setIncluded(keep);
    CHECK(builder.isBuilding());
    // The filter flags follow at once (the event list, the counts) ...
    CHECK(scene.isIncluded(int(std::find(keep.begin(), keep.end(), true) - keep.begin())));
    CHECK_FALSE(scene.isIncluded(int(std::find(keep.begin(), keep.end(), false) - keep.begin())));
    // ... while the view keeps laying out and painting the old index as the worker reads the
    // scene's data: the swap only happens on this thread, through the event loop.
    QImage image(1000, 600, QImage::Format_ARGB32_Premultiplied);
    for (int frame = 0; frame < 3; ++frame) {
        CHECK(scene.index().size() == events.size());
        CHECK(paintFrame(scene, image) > 0);
    }
    REQUIRE((changed.count() == 1 || changed.wait(20000)));
    CHECK(changed.count() == 1);
    CHECK_FALSE(builder.isBuilding());
    checkSameIndex(scene.index(), referenceIndex(events, keep));
    CHECK(paintFrame(scene, image) > 0);
}

TEST_CASE("a newer filter supersedes the builds before it", "[timeline][index][thread]")
{
    const QList<Event> events = manyEvents(60000, 2);
    TimelineScene scene;
    scene.setEvents(events);
    IndexBuilder builder(&scene);
    builder.setSynchronousLimit(0);
    QSignalSpy changed(&builder, &IndexBuilder::indexChanged);
    // Typing in the search field: one filter after another, faster than the builds.
    for (int q : {1, 2, 4, 3})
        builder.setIncluded(keepQuadClass(events, q));
    REQUIRE(QTest::qWaitFor([&] { return !builder.isBuilding(); }, 20000));
    // Only the last filter's index lands, once; the older ones were cancelled or refused.
    CHECK(changed.count() == 1);
    checkSameIndex(scene.index(), referenceIndex(events, keepQuadClass(events, 3)));

    // Clearing the filter goes the same way.
    builder.setIncluded({});
    REQUIRE(QTest::qWaitFor([&] { return !builder.isBuilding(); }, 20000));
    CHECK(changed.count() == 2);
    CHECK(scene.index().size() == events.size());
    CHECK_FALSE(scene.index().isFiltered());
}

TEST_CASE("new events or a folded lane make a build under way obsolete",
          "[timeline][index][thread]")
{
    const QList<Event> events = manyEvents(60000, 3);
    TimelineScene scene;
    scene.setEvents(events);
    IndexBuilder builder(&scene);
    builder.setSynchronousLimit(0);
    QSignalSpy changed(&builder, &IndexBuilder::indexChanged);

    builder.setIncluded(keepQuadClass(events, 2));
    const QList<Event> fewer = manyEvents(500, 4);
    scene.setEvents(fewer); // a reload while the worker builds for the old events
    REQUIRE(QTest::qWaitFor([&] { return !builder.isBuilding(); }, 20000));
    CHECK(changed.count() == 0);
    CHECK(scene.index().size() == fewer.size());

    builder.setIncluded(keepQuadClass(fewer, 1));
    scene.setIncluded({}); // a synchronous change after the request wins
    REQUIRE(QTest::qWaitFor([&] { return !builder.isBuilding(); }, 20000));
    CHECK(changed.count() == 0);
    CHECK(scene.index().size() == fewer.size());
}

TEST_CASE("small scenes are filtered at once", "[timeline][index]")
{
    const QList<Event> events = manyEvents(300, 5);
    TimelineScene scene;
    scene.setEvents(events);
    IndexBuilder builder(&scene); // the default limit keeps small scenes synchronous
    QSignalSpy changed(&builder, &IndexBuilder::indexChanged);
    const std::vector<bool> keep = keepQuadClass(events, 4);
    builder.setIncluded(keep);
    CHECK(changed.count() == 1);
    CHECK_FALSE(builder.isBuilding());
    checkSameIndex(scene.index(), referenceIndex(events, keep));
}

TEST_CASE("destroying the builder during a build is safe", "[timeline][index][thread]")
{
    const QList<Event> events = manyEvents(60000, 6);
    TimelineScene scene;
    scene.setEvents(events);
    {
        IndexBuilder builder(&scene);
        builder.setSynchronousLimit(0);
        builder.setIncluded(keepQuadClass(events, 1));
    } // waits for the worker; its result is dropped
    QCoreApplication::processEvents();
    CHECK(scene.index().size() == events.size()); // the old index stays
}
