#include "render/theme.h"
#include "testsupport.h"
#include "timeline/framelayout.h"

#include <QRandomGenerator>

using namespace detente;
using detente::test::makeEvent;

namespace {
QRectF extentOf(const PlacedItem &item)
{
    return item.label.isNull() ? item.mark : item.mark.united(item.label);
}

void checkNoOverlapInLanes(const FrameLayout &L)
{
    for (qsizetype i = 0; i < L.items.size(); ++i)
        for (qsizetype j = i + 1; j < L.items.size(); ++j) {
            const PlacedItem &a = L.items[i], &b = L.items[j];
            if (a.lane != b.lane)
                continue;
            INFO("events " << a.event << " and " << b.event);
            CHECK_FALSE(extentOf(a).intersects(extentOf(b)));
        }
}
} // namespace

TEST_CASE("persons' events nest under whom they speak for, and fold into it", "[timeline][layout]")
{
    Event briefing = makeEvent(QStringLiteral("Briefing"), QDate(2024, 4, 26),
                               QStringLiteral("Wang Wenbin"), QStringLiteral("NATO"));
    briefing.persons = {{QStringLiteral("Wang Wenbin"), QStringLiteral("China")}};
    TimelineScene scene;
    scene.setEvents({briefing, makeEvent(QStringLiteral("Accusation"), QDate(2024, 4, 25),
                                         QStringLiteral("NATO"), QStringLiteral("China"))});
    QStringList lanes;
    for (const auto &lane : scene.lanes())
        lanes << lane.name;
    // A sub-lane follows its parent (ties between top lanes go to the one with more of its own).
    CHECK(lanes == QStringList{QStringLiteral("NATO"), QStringLiteral("China"),
                               QStringLiteral("Wang Wenbin")});
    const int china = int(lanes.indexOf(QStringLiteral("China")));
    const int wangLane = int(lanes.indexOf(QStringLiteral("Wang Wenbin")));
    const auto &wang = scene.lanes()[wangLane];
    CHECK(wang.parent == china);
    CHECK(wang.colorIndex == scene.lanes()[china].colorIndex);
    CHECK(scene.lanes()[china].children == 1);
    CHECK(scene.laneOf(0) == wangLane);
    CHECK(scene.lanes()[scene.targetLaneOf(0)].name == QStringLiteral("NATO"));
    CHECK(scene.lanes()[scene.targetLaneOf(1)].name == QStringLiteral("China"));

    const Theme theme = Theme::light();
    auto placedLanes = [&] {
        QStringList names;
        const FrameLayout L = layoutFrame(scene, fitAllScale(scene, 800), QSizeF(1000, 400),
                                          theme.font, theme.smallFont);
        for (const PlacedLane &lane : L.lanes)
            names << scene.lanes()[lane.lane].name;
        return names;
    };
    CHECK(placedLanes() == lanes);
    scene.setCollapsed(china, true);
    CHECK(scene.isCollapsed(china));
    CHECK(scene.laneOf(0) == china); // the briefing shows in China's lane
    CHECK(placedLanes() == QStringList{QStringLiteral("NATO"), QStringLiteral("China")});
    scene.setCollapsed(china, false);
    CHECK(scene.laneOf(0) == wangLane);
}

TEST_CASE("items in a lane never overlap, labels included", "[timeline][layout]")
{
    QRandomGenerator rng(42);
    QList<Event> events;
    const QStringList actors{QStringLiteral("China"), QStringLiteral("NATO"),
                             QStringLiteral("Russia")};
    for (int i = 0; i < 300; ++i) {
        Event e = makeEvent(QStringLiteral("Event number %1 with a longer title").arg(i),
                            QDate(2023, 1, 1).addDays(rng.bounded(400)), actors[rng.bounded(3)]);
        if (rng.bounded(4) == 0)
            e.date = DateSpan::fromDays(e.date.firstDay(),
                                        e.date.firstDay().addDays(rng.bounded(5, 120)),
                                        Precision::PartOfYear);
        events.append(e);
    }
    TimelineScene scene;
    scene.setEvents(events);
    const Theme theme = Theme::light();
    for (const double width : {400.0, 1920.0, 7680.0}) {
        const FrameLayout L = layoutFrame(scene, fitAllScale(scene, width), QSizeF(width, 700),
                                          theme.font, theme.smallFont);
        checkNoOverlapInLanes(L);
        // Everything visible is placed or counted in its lane's density strip.
        qsizetype hidden = 0;
        for (const PlacedLane &lane : L.lanes)
            hidden += lane.hidden;
        CHECK(L.items.size() + hidden == events.size());
    }
}

TEST_CASE("hit testing finds the event under its mark", "[timeline][layout]")
{
    TimelineScene scene;
    scene.setEvents({makeEvent(QStringLiteral("A"), QDate(2024, 4, 23), QStringLiteral("Russia")),
                     makeEvent(QStringLiteral("B"), QDate(2024, 4, 25), QStringLiteral("NATO")),
                     makeEvent(QStringLiteral("C"), QDate(2024, 4, 26), QStringLiteral("China"))});
    const Theme theme = Theme::light();
    const FrameLayout L = layoutFrame(scene, fitAllScale(scene, 1000), QSizeF(1200, 500),
                                      theme.font, theme.smallFont);
    REQUIRE(L.items.size() == 3);
    for (const PlacedItem &item : L.items) {
        CHECK(L.hitTest(item.mark.center()) == item.event);
        CHECK(L.hitTest(item.label.center()) == item.event);
    }
    CHECK(L.hitTest(QPointF(5, 5)) == -1);
}

TEST_CASE("a label that would run off the right edge ends in an ellipsis there",
          "[timeline][layout]")
{
    TimelineScene scene;
    scene.setEvents({makeEvent(QStringLiteral("Hostilities begin"), QDate(2022, 2, 24),
                               QStringLiteral("Russia")),
                     makeEvent(QStringLiteral("Moscow claims Ukrainian losses near 500,000"),
                               QDate(2024, 4, 26), QStringLiteral("Russia"))});
    const Theme theme = Theme::light();
    const FrameLayout L =
        layoutFrame(scene, fitAllScale(scene, 400), QSizeF(520, 300), theme.font, theme.smallFont);
    REQUIRE(L.items.size() == 2);
    const PlacedItem &last = L.items[0].event == 1 ? L.items[0] : L.items[1];
    REQUIRE_FALSE(last.label.isNull());
    CHECK(last.label.right() <= L.plotRect.right());
    CHECK(last.text.endsWith(QChar(0x2026)));
    CHECK(last.text.size() > 1);
}
