#pragma once

#include "render/timelinepainter.h"
#include "status.h"

#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QSize>
#include <QString>

#include <optional>
#include <utility>

namespace detente {

class TimelineScene;

enum class ExportFormat { Png, Jpeg, Svg, Pdf };

/// The format a file name asks for by its suffix (.png, .jpg/.jpeg, .svg, .pdf).
std::optional<ExportFormat> exportFormatFor(const QString &path);

/// How to export a timeline picture.
struct ExportOptions {
    QSize size{1920, 1080}; ///< logical pixels (PNG, JPEG, SVG); PDF pages use pageSize
    double scale = 1.0;     ///< raster pixels per logical pixel (2: a sharp picture for print)
    std::optional<std::pair<qint64, qint64>> range; ///< [first, last); none: every event
    QString title;
    QString subtitle;
    RenderOptions render; ///< theme and colour mode
    int pages = 1;        ///< PDF: the range spread over this many pages, side by side in time
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int jpegQuality = 92;
};

/// The largest raster side an export makes (8K and a margin).
inline constexpr int maxExportPixels = 16384;

/// The time scale an export shows: the options' range, or every event.
TimeScale exportScale(const TimelineScene &scene, const ExportOptions &options, double width);

/// Paints the title block and the timeline frame into `size` at the painter's origin; the
/// frame below the title is exactly the window's frame for the same scale and size.
void paintExport(QPainter &painter, const TimelineScene &scene, const TimeScale &scale, QSizeF size,
                 const ExportOptions &options, const QString &pageText = {});

/// "9 events from 1 source · exported 29 November 2026": the default subtitle.
QString exportSubtitle(const TimelineScene &scene, const QLocale &locale = QLocale());

/// The timeline frame alone for `scale`, as an image of `size` pixels: what the window shows.
QImage renderImage(const TimelineScene &scene, const TimeScale &scale, QSize size,
                   const RenderOptions &options = {});

/// The picture as an image (size × scale pixels).
QImage renderExport(const TimelineScene &scene, const ExportOptions &options);

/// Writes the picture to `path` in the format its suffix names. The file appears complete or not
/// at all (written to a temporary file, then renamed), so a failed export never damages an
/// earlier file of that name.
Status exportTimeline(const TimelineScene &scene, const ExportOptions &options,
                      const QString &path);

} // namespace detente
