#include "io/eventjson.h"
#include "render/export.h"
#include "testsupport.h"
#include "timeline/framelayout.h"
#include "timeline/timelinescene.h"

#include <QDomDocument>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>

using namespace detente;
using detente::test::makeEvent;
using detente::test::readFile;
using detente::test::TempDir;

namespace {
TimelineScene seedScene()
{
    EventDocument doc;
    REQUIRE(readEventDocument(
                readFile(QStringLiteral(DETENTE_TEST_DATA "/render/seed-fitall/events.json")), &doc)
                .isOk());
    TimelineScene scene;
    scene.setEvents(doc.events, doc.actors);
    return scene;
}

/// The number of pages in a PDF and the size of its first page's MediaBox (in points).
std::pair<int, QSizeF> pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]"));
    const QString text = QString::fromLatin1(pdf);
    int pages = 0;
    for (auto it = page.globalMatch(text); it.hasNext(); it.next())
        ++pages;
    const auto m = box.match(text);
    return {pages,
            m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF()};
}
} // namespace

TEST_CASE("each format has the requested size", "[export]")
{
    TempDir tmp;
    const TimelineScene scene = seedScene();
    ExportOptions options;
    options.size = QSize(1280, 600);
    options.title = QStringLiteral("Beijing blames NATO");
    options.subtitle = QStringLiteral("1 source");

    REQUIRE(exportTimeline(scene, options, tmp.path("a.png")).isOk());
    CHECK(QImageReader(tmp.path("a.png")).size() == QSize(1280, 600));
    REQUIRE(exportTimeline(scene, options, tmp.path("a.jpg")).isOk());
    CHECK(QImageReader(tmp.path("a.jpg")).size() == QSize(1280, 600));
    options.scale = 2;
    REQUIRE(exportTimeline(scene, options, tmp.path("b.png")).isOk());
    CHECK(QImageReader(tmp.path("b.png")).size() == QSize(2560, 1200));
    options.scale = 1;

    REQUIRE(exportTimeline(scene, options, tmp.path("a.svg")).isOk());
    QDomDocument svg;
    REQUIRE(svg.setContent(readFile(tmp.path("a.svg")))); // well-formed XML
    CHECK(svg.documentElement().attribute(QStringLiteral("viewBox")) ==
          QStringLiteral("0 0 1280 600"));
    // Real text: every label drawn (an event's title, shortened where space ends) is text in
    // the file, and every event has one.
    QDomNodeList texts = svg.elementsByTagName(QStringLiteral("text"));
    QStringList drawn;
    for (int i = 0; i < texts.size(); ++i)
        drawn << texts.at(i).toElement().text().trimmed();
    const FrameLayout L =
        layoutFrame(scene, exportScale(scene, options, 1280), QSizeF(1280, 600 - 58),
                    options.render.theme.font, options.render.theme.smallFont);
    REQUIRE(L.items.size() == scene.events().size());
    for (const PlacedItem &item : L.items) {
        INFO(item.text.toStdString());
        CHECK_FALSE(item.text.isEmpty());
        CHECK(drawn.contains(item.text));
        if (!item.text.endsWith(QChar(0x2026)))
            CHECK(item.text == scene.events()[item.event].title);
    }
    CHECK(drawn.contains(QStringLiteral("Beijing blames NATO")));

    options.pages = 3;
    REQUIRE(exportTimeline(scene, options, tmp.path("a.pdf")).isOk());
    const auto [pages, box] = pdfPages(readFile(tmp.path("a.pdf")));
    CHECK(pages == 3);
    CHECK(box.width() == Approx(841.89).margin(1)); // A4 landscape, in points
    CHECK(box.height() == Approx(595.28).margin(1));
}

TEST_CASE("a failed export leaves an earlier file whole", "[export]")
{
    TempDir tmp;
    const TimelineScene scene = seedScene();
    const QString path = tmp.path("keep.png");
    REQUIRE(detente::test::writeFile(path, "earlier picture"));
    ExportOptions options;
    options.size = QSize(40000, 100); // too wide
    const Status s = exportTimeline(scene, options, path);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral("larger than")));
    CHECK(readFile(path) == "earlier picture");
    CHECK_FALSE(exportTimeline(scene, {}, tmp.path("x.gif")).isOk());
    CHECK_FALSE(QFile::exists(tmp.path("x.gif")));
}

TEST_CASE("a vector export of very many events stays small", "[export][lod]")
{
    // Level of detail applies to vectors too: dense lanes become one image each.
    QList<Event> events;
    const QStringList actors{QStringLiteral("China"), QStringLiteral("NATO"),
                             QStringLiteral("Russia"), QStringLiteral("Ukraine")};
    for (int i = 0; i < 60000; ++i) {
        Event e = makeEvent(QStringLiteral("Event %1").arg(i), QDate(2022, 1, 1).addDays(i % 1000),
                            actors[i % 4]);
        e.quadClass = 1 + i % 4;
        events.append(e);
    }
    TimelineScene scene;
    scene.setEvents(events);
    TempDir tmp;
    ExportOptions options;
    REQUIRE(exportTimeline(scene, options, tmp.path("many.svg")).isOk());
    REQUIRE(exportTimeline(scene, options, tmp.path("many.pdf")).isOk());
    CHECK(QFileInfo(tmp.path("many.svg")).size() < 5 * 1024 * 1024);
    CHECK(QFileInfo(tmp.path("many.pdf")).size() < 5 * 1024 * 1024);
    QDomDocument svg;
    CHECK(svg.setContent(readFile(tmp.path("many.svg"))));
}
