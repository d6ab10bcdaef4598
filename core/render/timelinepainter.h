#pragma once

#include "colors.h"
#include "theme.h"
#include "timeline/framelayout.h"

#include <QRectF>

class QPainter;

namespace detente {

class TimelineScene;

/// What to draw besides the events.
struct RenderOptions {
    Theme theme = Theme::light();
    ColorBy colorBy = ColorBy::Actor;
    int selectedEvent = -1; ///< drawn highlighted
    int hoveredEvent = -1;
};

/// Paints one frame of the timeline. The window, the command-line export and every image export
/// call this one function, so an export is exactly what the user sees.
///
/// `exposed` limits the work to a part of the frame (an empty rectangle paints all of it).
void paintTimeline(QPainter &painter, const TimelineScene &scene, const FrameLayout &layout,
                   const RenderOptions &options, const QRectF &exposed = {});

/// The colour of an event's mark under the options' colour mode.
QColor eventColor(const TimelineScene &scene, int event, const RenderOptions &options);

/// Lays out and paints the whole frame: the convenience every export uses.
FrameLayout paintTimeline(QPainter &painter, const TimelineScene &scene, const TimeScale &scale,
                          QSizeF size, const RenderOptions &options);

} // namespace detente
