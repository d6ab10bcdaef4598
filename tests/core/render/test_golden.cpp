#include "io/eventjson.h"
#include "render/export.h"
#include "timeline/framelayout.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>

using namespace detente;

namespace {
/// Pixels whose colour differs by more than `tolerance` in some channel.
qsizetype differingPixels(const QImage &a, const QImage &b, int tolerance)
{
    qsizetype differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            if (std::abs(qRed(pa[x]) - qRed(pb[x])) > tolerance ||
                std::abs(qGreen(pa[x]) - qGreen(pb[x])) > tolerance ||
                std::abs(qBlue(pa[x]) - qBlue(pb[x])) > tolerance)
                ++differing;
    }
    return differing;
}
} // namespace

// Each case folder holds its input (events.json), how to draw it (the folder name says the size
// and colour mode) and the expected picture. DETENTE_UPDATE_GOLDEN=1 rewrites the pictures after
// a deliberate change of the drawing; look at them before committing.
TEST_CASE("known event sets render as their golden images", "[render][golden]")
{
    struct Case {
        const char *folder;
        QSize size;
        ColorBy colorBy;
    };
    for (const Case c : {Case{"seed-fitall", {1200, 420}, ColorBy::Actor},
                         Case{"seed-quadclass", {900, 300}, ColorBy::QuadClass}}) {
        INFO(c.folder);
        const QString dir = QStringLiteral(DETENTE_TEST_DATA "/render/") + QLatin1String(c.folder);
        EventDocument doc;
        REQUIRE(readEventDocument(detente::test::readFile(dir + QStringLiteral("/events.json")), &doc).isOk());
        TimelineScene scene;
        scene.setEvents(doc.events, doc.actors);
        RenderOptions options;
        options.colorBy = c.colorBy;
        const QImage image = renderImage(scene, fitAllScale(scene, c.size.width()), c.size, options)
                                 .convertToFormat(QImage::Format_RGB32);
        const QString expectedPath = dir + QStringLiteral("/expected.png");
        if (qEnvironmentVariableIntValue("DETENTE_UPDATE_GOLDEN"))
            REQUIRE(image.save(expectedPath));
        const QImage expected = QImage(expectedPath).convertToFormat(QImage::Format_RGB32);
        REQUIRE(expected.size() == image.size());
        // Small tolerance for font rasterisation; anything moved or recoloured fails.
        const qsizetype differing = differingPixels(image, expected, 40);
        if (differing > image.width() * image.height() / 500)
            image.save(QDir::temp().filePath(QLatin1String(c.folder) + QStringLiteral("-actual.png")));
        CHECK(differing <= image.width() * image.height() / 500);
    }
}
