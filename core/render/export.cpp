#include "export.h"

#include "io/dataexport.h"
#include "timeline/framelayout.h"
#include "timeline/timelinescene.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QSvgGenerator>

#include <cmath>

namespace detente {

namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() under its namespace: the context must be that, to be found.
    return QCoreApplication::translate("detente", text);
}

// Qt turns a PNG "quality" q into zlib level (100 - q) * 9 / 91: 80 gives level 1, the fastest
// that compresses. Timeline pictures are mostly flat colour, so the file grows little (an 8K
// frame of 1M events: 1.6 MB instead of 1.2 MB) while encoding, most of an 8K export, speeds up.
constexpr int pngQuality = 80;

QFont titleFont(const Theme &t)
{
    QFont f = t.font;
    f.setPixelSize(18);
    f.setBold(true);
    return f;
}

/// Height of the title block for the options (0 without a title, subtitle or page text).
double headerHeight(const ExportOptions &o, const QString &pageText)
{
    double h = 0;
    if (!o.title.isEmpty())
        h += 30;
    if (!o.subtitle.isEmpty() || !pageText.isEmpty())
        h += 20;
    return h > 0 ? h + 8 : 0;
}

} // namespace

std::optional<ExportFormat> exportFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return ExportFormat::Png;
    if (suffix == u"jpg" || suffix == u"jpeg")
        return ExportFormat::Jpeg;
    if (suffix == u"svg")
        return ExportFormat::Svg;
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    return std::nullopt;
}

TimeScale exportScale(const TimelineScene &scene, const ExportOptions &options, double width)
{
    if (!options.range)
        return fitAllScale(scene, width);
    return TimeScale(options.range->first, options.range->second, width);
}

void paintExport(QPainter &p, const TimelineScene &scene, const TimeScale &scale, QSizeF size,
                 const ExportOptions &o, const QString &pageText)
{
    const Theme &t = o.render.theme;
    const double header = headerHeight(o, pageText);
    p.fillRect(QRectF(QPointF(), size), t.background);
    if (header > 0) {
        double y = 6;
        if (!o.title.isEmpty()) {
            p.setFont(titleFont(t));
            p.setPen(t.text);
            p.drawText(QRectF(10, y, size.width() - 20, 28), Qt::AlignLeft | Qt::AlignVCenter,
                       o.title);
            y += 30;
        }
        p.setFont(t.smallFont);
        p.setPen(t.mutedText);
        if (!o.subtitle.isEmpty())
            p.drawText(QRectF(10, y, size.width() - 20, 18), Qt::AlignLeft | Qt::AlignVCenter,
                       o.subtitle);
        if (!pageText.isEmpty())
            p.drawText(QRectF(10, y, size.width() - 20, 18), Qt::AlignRight | Qt::AlignVCenter,
                       pageText);
    }
    p.save();
    p.translate(0, header);
    paintTimeline(p, scene, scale, QSizeF(size.width(), size.height() - header), o.render);
    p.restore();
}

QString exportSubtitle(const TimelineScene &scene, const QLocale &locale)
{
    QSet<QString> sources;
    qsizetype events = 0;
    for (int i = 0; i < scene.events().size(); ++i) {
        if (!scene.isIncluded(i))
            continue;
        ++events;
        if (!scene.events()[i].source.key.isEmpty())
            sources.insert(scene.events()[i].source.key);
    }
    const QString eventsText = events == 1
                                   ? QCoreApplication::translate("detente::Export", "1 event")
                                   : QCoreApplication::translate("detente::Export", "%1 events")
                                         .arg(locale.toString(events));
    const QString sourcesText = sources.size() == 1
                                    ? QCoreApplication::translate("detente::Export", "1 source")
                                    : QCoreApplication::translate("detente::Export", "%1 sources")
                                          .arg(locale.toString(sources.size()));
    const QString counts =
        QCoreApplication::translate("detente::Export", "%1 from %2").arg(eventsText, sourcesText);
    return counts + QStringLiteral(" · ") +
           QCoreApplication::translate("detente::Export", "exported %1")
               .arg(locale.toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy")));
}

QImage renderExport(const TimelineScene &scene, const ExportOptions &o)
{
    const double scale = std::clamp(o.scale, 0.1, 8.0);
    const QSize pixels(int(std::lround(o.size.width() * scale)),
                       int(std::lround(o.size.height() * scale)));
    // An opaque background makes an opaque picture: without an alpha channel there is a
    // quarter less to encode, and a PNG is written faster and smaller.
    QImage image(pixels, o.render.theme.background.alpha() == 255
                             ? QImage::Format_RGB32
                             : QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(o.render.theme.background);
    QPainter painter(&image);
    paintExport(painter, scene, exportScale(scene, o, o.size.width()), QSizeF(o.size), o);
    painter.end();
    return image;
}

QImage renderImage(const TimelineScene &scene, const TimeScale &scale, QSize size,
                   const RenderOptions &options)
{
    ExportOptions o;
    o.size = size;
    o.range = std::make_pair(scale.start(), scale.end());
    o.render = options;
    return renderExport(scene, o);
}

Status exportTimeline(const TimelineScene &scene, const ExportOptions &o, const QString &path)
{
    const auto format = exportFormatFor(path);
    if (!format)
        return Status::error(tr("cannot tell the format from \"%1\" (use .png, .jpg, "
                                ".svg or .pdf)")
                                 .arg(path));
    if (o.size.width() < 16 || o.size.height() < 16)
        return Status::error(tr("the picture must be at least 16×16 pixels"));
    if (*format == ExportFormat::Png || *format == ExportFormat::Jpeg) {
        const double w = o.size.width() * o.scale, h = o.size.height() * o.scale;
        if (w > maxExportPixels || h > maxExportPixels)
            return Status::error(tr("%1×%2 pixels is larger than %3 on a side")
                                     .arg(qint64(w))
                                     .arg(qint64(h))
                                     .arg(maxExportPixels));
    }
    if (o.pages < 1 || o.pages > 100)
        return Status::error(tr("pages must be from 1 to 100"));

    {
        // Before a long render: a folder that cannot be written fails now.
        QSaveFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Status::error(tr("cannot write %1: %2").arg(path, probe.errorString()));
        probe.cancelWriting();
    }
    auto failed = [&](const QString &why) {
        return Status::error(tr("cannot write %1: %2").arg(path, why));
    };
    // The picture is made in memory, then written in one checked write: the SVG and PDF
    // writers ignore failed writes, and QSaveFile does not notice one made through their
    // buffers (a full disk, a quota), so a truncated file could replace a good one.
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);

    switch (*format) {
    case ExportFormat::Png:
    case ExportFormat::Jpeg: {
        const QImage image = renderExport(scene, o);
        QImageWriter writer(&bytes, *format == ExportFormat::Png ? "png" : "jpeg");
        if (*format == ExportFormat::Jpeg)
            writer.setQuality(o.jpegQuality);
        else
            writer.setQuality(pngQuality);
        if (!writer.write(*format == ExportFormat::Jpeg
                              ? image.convertToFormat(QImage::Format_RGB32)
                              : image))
            return failed(writer.errorString());
        break;
    }
    case ExportFormat::Svg: {
        // Real text and shapes; only density strips (one image per dense lane) are raster.
        QSvgGenerator svg;
        svg.setOutputDevice(&bytes);
        svg.setSize(o.size);
        svg.setViewBox(QRect(QPoint(), o.size));
        // QSvgGenerator (Qt 6.4) writes title and description as they are, unescaped: text
        // from articles must not become markup ("</title><script>…").
        svg.setTitle((o.title.isEmpty() ? tr("Detente timeline") : o.title).toHtmlEscaped());
        svg.setDescription(o.subtitle.toHtmlEscaped());
        QPainter painter;
        if (!painter.begin(&svg))
            return failed(tr("the SVG could not be started"));
        paintExport(painter, scene, exportScale(scene, o, o.size.width()), QSizeF(o.size), o);
        painter.end();
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&bytes);
        pdf.setCreator(QStringLiteral("Detente"));
        pdf.setTitle(o.title.isEmpty() ? tr("Detente timeline") : o.title);
        pdf.setResolution(96); // one PDF unit per screen pixel: the same layout as the window
        pdf.setPageLayout(QPageLayout(o.pageSize, o.orientation, QMarginsF(10, 10, 10, 10),
                                      QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&pdf))
            return failed(tr("the PDF could not be started"));
        const QSizeF page(pdf.width(), pdf.height());
        // Pages side by side in time; each repeats the axis and lanes for its own part.
        const TimeScale whole = exportScale(scene, o, page.width() * o.pages);
        const qint64 part = whole.duration() / o.pages;
        for (int i = 0; i < o.pages; ++i) {
            if (i > 0 && !pdf.newPage())
                return failed(tr("a new page could not be added"));
            const qint64 from = whole.start() + part * i;
            const qint64 to = i + 1 == o.pages ? whole.end() : from + part;
            const QString pageText =
                o.pages > 1 ? tr("page %1 of %2").arg(i + 1).arg(o.pages) : QString();
            paintExport(painter, scene, TimeScale(from, to, page.width()), page, o, pageText);
        }
        painter.end();
        break;
    }
    }
    bytes.close();
    return writeFileWhole(path, bytes.data());
}

} // namespace detente
