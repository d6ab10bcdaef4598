#include "render/export.h"
#include "testsupport.h"
#include "timeline/framelayout.h"

#include <QImage>

using namespace detente;
using detente::test::makeEvent;

namespace {
/// The mean x of the pixels of `color` on row y between x0 and x1.
double centroidOf(const QImage &image, QColor color, int y, int x0, int x1)
{
    double sum = 0;
    int count = 0;
    for (int x = std::max(0, x0); x < std::min(image.width(), x1); ++x)
        if (QColor(image.pixel(x, y)) == color) {
            sum += x;
            ++count;
        }
    return count ? sum / count : -1;
}
} // namespace

TEST_CASE("each exact event's mark is drawn at the x the time scale computes", "[render]")
{
    TimelineScene scene;
    scene.setEvents(
        {makeEvent(QStringLiteral("Casualty claim"), QDate(2024, 4, 23), QStringLiteral("Russia")),
         makeEvent(QStringLiteral("Accusation"), QDate(2024, 4, 25), QStringLiteral("NATO")),
         makeEvent(QStringLiteral("Briefing"), QDate(2024, 4, 26), QStringLiteral("China")),
         makeEvent(QStringLiteral("Earlier"), QDate(2024, 3, 2), QStringLiteral("China"))});
    const Theme theme = Theme::light();
    const QSize size(1600, 500);
    const TimeScale scale = fitAllScale(scene, 1000);
    const QImage image = renderImage(scene, scale, size, {});
    REQUIRE(image.size() == size);

    // Compute the expected x independently: the plot starts right of the lane names.
    const double gutter = laneGutterWidth(scene, theme.font);
    TimeScale expected = scale;
    expected.setWidth(size.width() - gutter);
    const FrameLayout L = layoutFrame(scene, scale, QSizeF(size), theme.font, theme.smallFont);
    REQUIRE(L.items.size() == 4);
    for (const PlacedItem &item : L.items) {
        const Event &e = scene.events()[item.event];
        const double x = gutter + expected.mapTimeToX(e.date.centre());
        const int y = int(item.mark.center().y());
        INFO(e.title.toStdString());
        const double drawn = centroidOf(image, theme.laneColor(scene.lanes()[item.lane].colorIndex),
                                        y, int(x) - 12, int(x) + 13);
        REQUIRE(drawn >= 0);
        CHECK(drawn == Approx(x).margin(1.0));
    }
}

TEST_CASE("a vague date is drawn as a soft bar over its whole range", "[render]")
{
    Event roadmap =
        makeEvent(QStringLiteral("Roadmap"), QDate(2023, 1, 1), QStringLiteral("China"));
    roadmap.date = DateSpan::fromDays(QDate(2023, 1, 1), QDate(2023, 4, 30), Precision::PartOfYear);
    TimelineScene scene;
    scene.setEvents(
        {roadmap, makeEvent(QStringLiteral("Later"), QDate(2023, 12, 1), QStringLiteral("China"))});
    const Theme theme = Theme::light();
    const QSize size(1400, 300);
    const TimeScale scale = fitAllScale(scene, 1000);
    const QImage image = renderImage(scene, scale, size, {});
    const FrameLayout L = layoutFrame(scene, scale, QSizeF(size), theme.font, theme.smallFont);
    const PlacedItem *item = L.itemOf(0);
    REQUIRE(item);
    CHECK(item->vague);
    CHECK(item->mark.left() == Approx(L.xOf(roadmap.date.first())).margin(0.5));
    CHECK(item->mark.right() == Approx(L.xOf(roadmap.date.last() + 1)).margin(0.5));
    // Soft: tinted, not the solid lane colour, in the middle of the bar; fainter at the ends.
    const int y = int(item->mark.bottom()) - 2;
    const QColor middle(image.pixel(int(item->mark.center().x()), y));
    const QColor edge(image.pixel(int(item->mark.left()) + 1, y));
    CHECK(middle != theme.laneColor(scene.lanes()[item->lane].colorIndex));
    CHECK(middle != theme.background);
    CHECK(edge.lightness() > middle.lightness());
}

TEST_CASE("an export writes PNG and JPEG and refuses unknown formats", "[render][export]")
{
    detente::test::TempDir tmp;
    TimelineScene scene;
    scene.setEvents({makeEvent(QStringLiteral("A"), QDate(2024, 4, 25), QStringLiteral("NATO"))});
    ExportOptions options;
    options.size = QSize(64, 32);
    REQUIRE(exportTimeline(scene, options, tmp.path("a.png")).isOk());
    REQUIRE(exportTimeline(scene, options, tmp.path("a.jpg")).isOk());
    CHECK(QImage(tmp.path("a.png")).size() == QSize(64, 32));
    CHECK(QImage(tmp.path("a.jpg")).size() == QSize(64, 32));
    const Status s = exportTimeline(scene, options, tmp.path("a.gif"));
    REQUIRE_FALSE(s.isOk());
    CHECK_FALSE(QFile::exists(tmp.path("a.gif")));
    const Status noDir = exportTimeline(scene, options, tmp.path("missing/a.png"));
    REQUIRE_FALSE(noDir.isOk());
    CHECK(noDir.message().startsWith(QStringLiteral("cannot write")));
}
