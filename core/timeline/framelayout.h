#pragma once

#include "ticks.h"
#include "timelinescene.h"
#include "timescale.h"

#include <QFont>
#include <QList>
#include <QLocale>
#include <QRectF>

#include <optional>
#include <vector>

namespace detente {

/// Sizes of the parts of a frame, in pixels.
struct LayoutOptions {
    double axisHeight = 44;   ///< two rows: major labels above, minor below
    double legendHeight = 24; ///< 0 hides the legend
    double rowHeight = 20;    ///< one row of marks and labels inside a lane
    double lanePadding = 6;
    double markSize = 10; ///< diameter of an exact date's mark
    double labelGap = 4;  ///< between a mark and its label
    double itemGap = 8;   ///< between items in one row
    double maxLabelWidth = 280;
    int maxRows = 6; ///< rows per lane before items lose their labels
    /// Levels of detail: a lane shows labels while each event starting in view has this many
    /// pixels of width to itself, marks alone while it has pixelsPerMark, and a density strip
    /// below that.
    double pixelsPerLabel = 25;
    double pixelsPerMark = 3;
    double minDensityHeight = 8; ///< a density strip's height when lanes are many
};

/// One event as placed in the frame.
struct PlacedItem {
    int event = -1;
    int lane = -1;
    int row = 0;
    QRectF mark;  ///< the mark or bar
    QRectF label; ///< empty when the label is left out
    QString text; ///< the label, elided to fit
    bool vague = false;
};

/// How much a lane shows at the current zoom.
enum class LaneDetail { Labels, Marks, Density };

/// One lane as placed in the frame.
struct PlacedLane {
    int lane = -1;
    QRectF rect;
    int rows = 1;
    LaneDetail detail = LaneDetail::Labels;
    /// Density: per pixel column of the plot, what starts there.
    std::vector<TimelineIndex::Density> density;
    quint32 densityMax = 0;
    /// Labels and marks: events that found no free row, per pixel column (an overflow strip).
    int hidden = 0;
    QList<int> hiddenX;
};

/// A density cell under the pointer.
struct DensityHit {
    int lane = -1;
    int column = 0;
    TimelineIndex::Density density;
    qint64 from = 0, to = 0; ///< the column's time range
};

/// Which items touch each cell of a coarse grid over the frame, so that hit testing looks at the
/// few items near the point instead of all of them.
struct HitGrid {
    static constexpr double cellSize = 32;
    int columns = 0, rows = 0;
    qsizetype itemCount = -1;   ///< the items it was built for (-1: not built)
    std::vector<int> cellStart; ///< items of cell c: items[cellStart[c] … cellStart[c + 1])
    std::vector<int> items;     ///< ascending within a cell (the drawing order)
};

/// Where everything in one frame goes: computed once per frame and used for painting and for
/// hit testing, so what is hit is what was drawn.
struct FrameLayout {
    QRectF bounds;
    QRectF axisRect;
    QRectF plotRect; ///< where time maps to x (lanes, right of the lane names)
    QRectF legendRect;
    double gutter = 0; ///< width of the lane-name column
    TimeScale scale;   ///< the visible range mapped onto plotRect.width()
    TickSet ticks;
    QList<PlacedLane> lanes;
    QList<PlacedItem> items;
    HitGrid hitGrid; ///< built by layoutFrame(); without it hitTest() checks every item

    /// x in frame coordinates of an instant.
    double xOf(qint64 time) const { return plotRect.left() + scale.mapTimeToX(time); }
    /// The event under a point (frame coordinates), or -1: the last drawn of the items whose
    /// mark (give or take 3 pixels) or label holds the point.
    int hitTest(QPointF point) const;
    /// Indexes the items for hitTest(); layoutFrame() calls it, call it again after moving items.
    void buildHitGrid();
    /// The density cell under a point, when a lane shows density there.
    std::optional<DensityHit> densityAt(QPointF point) const;
    /// The placed item of an event, or nullptr when it is not in the frame.
    const PlacedItem *itemOf(int event) const;
};

/// Lays out `scene` for the visible range of `scale` in a frame of `size`; `scale`'s width is
/// replaced by the plot's width.
FrameLayout layoutFrame(const TimelineScene &scene, const TimeScale &scale, QSizeF size,
                        const QFont &labelFont, const QFont &tickFont,
                        const QLocale &locale = QLocale(), const LayoutOptions &options = {});

/// The width of the lane-name column for a scene.
double laneGutterWidth(const TimelineScene &scene, const QFont &font);

/// A scale showing every event of the scene (or today when it is empty).
TimeScale fitAllScale(const TimelineScene &scene, double width);

} // namespace detente
