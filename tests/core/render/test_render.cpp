#include "render/export.h"
#include "testsupport.h"
#include "timeline/framelayout.h"

#include <QImage>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

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

TEST_CASE("a vague bar that goes on past the view does not fade at the view's edge", "[render]")
{
    // All of 2023, seen from March to May: the bar runs through both edges of the plot.
    Event year = makeEvent(QStringLiteral("Imports"), QDate(2023, 1, 1), QStringLiteral("NATO"));
    year.date = DateSpan::fromDays(QDate(2023, 1, 1), QDate(2023, 12, 31), Precision::Year);
    TimelineScene scene;
    scene.setEvents({year});
    const Theme theme = Theme::light();
    const QSize size(1400, 300);
    const TimeScale scale(dayStartMs(QDate(2023, 3, 1)), dayStartMs(QDate(2023, 6, 1)), 1000);
    const QImage image = renderImage(scene, scale, size, {});
    const FrameLayout L = layoutFrame(scene, scale, QSizeF(size), theme.font, theme.smallFont);
    const PlacedItem *item = L.itemOf(0);
    REQUIRE(item);
    const int y = int(item->mark.bottom()) - 2;
    const QColor middle(image.pixel(int(L.plotRect.center().x()), y));
    CHECK(middle != theme.background);
    for (const int x : {int(L.plotRect.left()) + 1, int(L.plotRect.right()) - 2}) {
        INFO("x " << x);
        CHECK(QColor(image.pixel(x, y)) == middle); // as solid as the middle: no fade
    }
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

namespace {
/// CIELAB of a colour as seen with a colour-vision deficiency (Machado et al. 2009, full
/// severity; `m` null: normal vision).
std::array<double, 3> seenAs(const QColor &c, const double (*m)[3])
{
    auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    double rgb[3] = {linear(c.redF()), linear(c.greenF()), linear(c.blueF())};
    if (m) {
        double out[3];
        for (int k = 0; k < 3; ++k)
            out[k] = std::clamp(m[k][0] * rgb[0] + m[k][1] * rgb[1] + m[k][2] * rgb[2], 0.0, 1.0);
        std::copy(out, out + 3, rgb);
    }
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double distance(const std::array<double, 3> &a, const std::array<double, 3> &b)
{
    return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
} // namespace

TEST_CASE("QuadClass and Goldstein colours stay apart for colour-blind readers", "[render][color]")
{
    static const double protan[3][3] = {{0.152286, 1.052583, -0.204868},
                                        {0.114503, 0.786281, 0.099216},
                                        {-0.003882, -0.048116, 1.051998}};
    static const double deutan[3][3] = {{0.367322, 0.860646, -0.227968},
                                        {0.280085, 0.672501, 0.047413},
                                        {-0.011820, 0.042940, 0.968881}};
    static const double tritan[3][3] = {{1.255528, -0.076749, -0.178779},
                                        {-0.078411, 0.930809, 0.147602},
                                        {0.004733, 0.691367, 0.303900}};
    const std::pair<const char *, const double(*)[3]> visions[] = {{"normal", nullptr},
                                                                   {"protanopia", protan},
                                                                   {"deuteranopia", deutan},
                                                                   {"tritanopia", tritan}};
    for (const auto &[name, m] : visions) {
        INFO(name);
        // The ends of the Goldstein scale and its neutral middle: far apart (CIELAB ΔE).
        const auto conflict = seenAs(goldsteinColor(-10), m),
                   neutral = seenAs(goldsteinColor(0), m),
                   cooperation = seenAs(goldsteinColor(10), m);
        CHECK(distance(conflict, cooperation) > 40);
        CHECK(distance(conflict, neutral) > 40);
        CHECK(distance(cooperation, neutral) > 40);
        // The four QuadClasses: each tells from the others.
        for (int a = 1; a <= 4; ++a)
            for (int b = a + 1; b <= 4; ++b) {
                INFO("QuadClass " << a << " and " << b);
                CHECK(distance(seenAs(quadClassColor(a), m), seenAs(quadClassColor(b), m)) > 15);
            }
    }
}

TEST_CASE("events that find no free row darken the lane's overflow strip where they fall",
          "[render][lod]")
{
    // Thirty events on one day in a lane of six rows: most of them find no row (a few columns
    // hold them). Or ten a day for forty days: the hidden ones spread over many columns.
    const bool spread = GENERATE(false, true);
    QList<Event> events;
    if (spread) {
        for (int i = 0; i < 400; ++i)
            events.append(makeEvent(QStringLiteral("Day %1").arg(i),
                                    QDate(2024, 4, 1).addDays(i / 10), QStringLiteral("China")));
    } else {
        for (int i = 0; i < 30; ++i)
            events.append(makeEvent(QStringLiteral("Same day %1").arg(i), QDate(2024, 4, 10),
                                    QStringLiteral("China")));
        events.append(
            makeEvent(QStringLiteral("First"), QDate(2024, 4, 1), QStringLiteral("China")));
        events.append(
            makeEvent(QStringLiteral("Last"), QDate(2024, 4, 30), QStringLiteral("China")));
    }
    TimelineScene scene;
    scene.setEvents(events);
    const Theme theme = Theme::light();
    const QSize size(spread ? 1900 : 1200, 400);
    const TimeScale scale = fitAllScale(scene, size.width() - 200);
    const FrameLayout L = layoutFrame(scene, scale, QSizeF(size), theme.font, theme.smallFont);
    REQUIRE(L.lanes.size() == 1);
    const PlacedLane &lane = L.lanes.first();
    REQUIRE(lane.hidden > 0);
    CHECK(std::accumulate(lane.hiddenX.begin(), lane.hiddenX.end(), 0) == lane.hidden);
    const auto most = std::max_element(lane.hiddenX.begin(), lane.hiddenX.end());
    const int column = int(most - lane.hiddenX.begin());
    INFO((spread ? "spread" : "one day"));
    CHECK(lane.detail == (spread ? LaneDetail::Marks : LaneDetail::Labels));
    CHECK(std::count_if(lane.hiddenX.begin(), lane.hiddenX.end(), [](int n) { return n > 0; }) >=
          (spread ? 33 : 1));
    if (!spread) {
        // Where the hidden events fall: the middle of their day.
        const double middle = L.xOf(dayStartMs(QDate(2024, 4, 10)) + 43200000LL);
        CHECK(L.plotRect.left() + column == Approx(middle).margin(1.0));
    }

    const QImage image = renderImage(scene, scale, size, {}).convertToFormat(QImage::Format_RGB32);
    const QColor laneColor = theme.laneColor(scene.lanes()[lane.lane].colorIndex);
    const int y = int(std::round(lane.rect.bottom() - 5)) + 2;
    const int x = int(std::round(L.plotRect.left())) + column;
    // The busiest column is drawn in the lane's colour; a column with nothing hidden is not.
    CHECK(QColor(image.pixel(x, y)) == laneColor);
    CHECK(QColor(image.pixel(x + 3, y)) != laneColor);
}
