#pragma once

#include "render/timelinepainter.h"
#include "status.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace detente {

/// Renders the frame for `scale` into an image of `size` pixels.
QImage renderImage(const TimelineScene &scene, const TimeScale &scale, QSize size,
                   const RenderOptions &options = {});

/// Writes `image` to `path` (format from the suffix: png, jpg/jpeg). The file appears complete
/// or not at all: written to a temporary file and renamed over the target.
Status saveImage(const QImage &image, const QString &path);

} // namespace detente
