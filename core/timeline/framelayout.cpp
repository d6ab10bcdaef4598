#include "framelayout.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace detente {

namespace {
constexpr double minLabelWidth = 24; // a label shorter than this is left out, not squeezed
} // namespace

double laneGutterWidth(const TimelineScene &scene, const QFont &font)
{
    return std::clamp(std::ceil(scene.laneNameWidth(font)) + 16.0, 60.0, 200.0);
}

TimeScale fitAllScale(const TimelineScene &scene, double width)
{
    TimeScale scale;
    scale.setWidth(width);
    const auto extent = scene.extent();
    if (!extent) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 fortnight = 14LL * 24 * 3600 * 1000;
        scale.setRange(now - fortnight, now + fortnight);
        return scale;
    }
    // Room on the left for a mark, and on the right for the labels of the latest events.
    const double leftPad = 24, rightPad = std::min(300.0, width * 0.25);
    const double usable = std::max(1.0, width - leftPad - rightPad);
    const qint64 span =
        std::max<qint64>(extent->second - extent->first, TimeScale::minDuration / 2);
    const double msPerPixel = double(span) / usable;
    const qint64 start = extent->first - qint64(leftPad * msPerPixel);
    scale.setRange(start, start + qint64(width * msPerPixel));
    return scale;
}

FrameLayout layoutFrame(const TimelineScene &scene, const TimeScale &scale, QSizeF size,
                        const QFont &labelFont, const QFont &tickFont, const QLocale &locale,
                        const LayoutOptions &opt)
{
    FrameLayout L;
    const double w = size.width(), h = size.height();
    L.bounds = QRectF(0, 0, w, h);
    L.gutter = std::min(laneGutterWidth(scene, labelFont), w / 3);
    L.axisRect = QRectF(L.gutter, 0, std::max(1.0, w - L.gutter), opt.axisHeight);
    const double legendH = std::min(opt.legendHeight, std::max(0.0, h - opt.axisHeight));
    if (legendH > 0)
        L.legendRect = QRectF(0, h - legendH, w, legendH);
    L.plotRect = QRectF(L.gutter, opt.axisHeight, std::max(1.0, w - L.gutter),
                        std::max(0.0, h - opt.axisHeight - legendH));
    L.scale = scale;
    L.scale.setWidth(L.plotRect.width());
    L.ticks = computeTicks(L.scale, QFontMetricsF(tickFont), locale);

    const QFontMetricsF metrics(labelFont);
    // Shaping a label to measure it is most of a frame full of labels, and the same titles come
    // back frame after frame: their widths are kept per thread, for the font last used.
    thread_local QString widthsFont;
    thread_local QHash<QString, double> widths;
    if (const QString key = labelFont.key(); key != widthsFont || widths.size() > 200000) {
        widthsFont = key;
        widths.clear();
    }
    auto titleWidth = [&metrics](const QString &title) {
        auto it = widths.constFind(title);
        if (it == widths.constEnd())
            it = widths.insert(title, metrics.horizontalAdvance(title));
        return *it;
    };
    const auto &lanes = scene.lanes();
    const auto &events = scene.events();
    const TimelineIndex &index = scene.index();
    const std::vector<bool> shownLanes = scene.shownLanes();
    const qsizetype laneCount =
        std::max<qsizetype>(1, std::count(shownLanes.begin(), shownLanes.end(), true));
    const int rowsCap = std::clamp(
        int((L.plotRect.height() / double(laneCount) - 2 * opt.lanePadding) / opt.rowHeight), 1,
        opt.maxRows);
    const qint64 start = L.scale.start(), end = L.scale.end();
    const double left = L.plotRect.left(), right = L.plotRect.right();
    const int columns = int(std::ceil(L.plotRect.width()));
    const double plotWidth = L.plotRect.width();

    double y = L.plotRect.top();
    for (int li = 0; li < lanes.size(); ++li) {
        if (!shownLanes[size_t(li)])
            continue; // folded into its parent lane, or emptied by the filter
        const TimelineIndex::Lane &lane = index.lane(li);
        PlacedLane placed;
        placed.lane = li;
        const qsizetype firstItem = L.items.size();
        int rowsUsed = 1;

        // Level of detail from how many events start in view: labels, marks, or density.
        const qsizetype inView = index.countStarting(li, start, end);
        if (double(inView) * opt.pixelsPerMark > plotWidth) {
            placed.detail = LaneDetail::Density;
            // A lane below the frame shows nothing: its strip is left empty.
            if (y < L.plotRect.bottom())
                index.density(li, start, L.scale.msPerPixel(), columns, placed.density);
            for (const auto &d : placed.density)
                placed.densityMax = std::max(placed.densityMax, d.count);
        } else {
            placed.detail = double(inView) * opt.pixelsPerLabel > plotWidth ? LaneDetail::Marks
                                                                            : LaneDetail::Labels;
            const bool labels = placed.detail == LaneDetail::Labels;
            std::vector<double> rowEnd(size_t(rowsCap), -std::numeric_limits<double>::infinity());
            std::vector<double> rowMarkEnd = rowEnd;
            std::vector<qsizetype> rowLast(size_t(rowsCap), -1);
            // Sorted by start: skip what ends before the view, stop after it.
            for (qsizetype i = lane.lowerBound(start - lane.longest); i < lane.size(); ++i) {
                if (lane.first[size_t(i)] >= end)
                    break;
                if (lane.last[size_t(i)] < start)
                    continue;
                // Where it goes comes from the index alone: the event itself is read only once
                // it has a row (a dense lane hides most of what it scans).
                const qint64 first = lane.first[size_t(i)], last = lane.last[size_t(i)];
                const double x0 = L.xOf(first);
                const double x1 = L.xOf(last + 1);
                const double centreX = L.xOf(first + (last - first) / 2);
                QRectF mark;
                if (x1 - x0 < opt.markSize) {
                    mark = QRectF(centreX - opt.markSize / 2, 0, opt.markSize, opt.markSize);
                } else {
                    const double a = std::max(x0, left - 2), b = std::min(x1, right + 2);
                    mark = QRectF(a, 0, std::max(1.0, b - a), opt.rowHeight - 6);
                }
                const double x = mark.left();

                int row = -1;
                for (int r = 0; r < rowsCap; ++r)
                    if (rowEnd[size_t(r)] + opt.itemGap <= x) {
                        row = r;
                        break;
                    }
                if (row < 0 && labels) {
                    // No row is free past its labels: shorten the label before this item, if
                    // the marks themselves leave room.
                    for (int r = 0; r < rowsCap; ++r) {
                        if (rowMarkEnd[size_t(r)] + opt.itemGap > x)
                            continue;
                        PlacedItem &previous = L.items[rowLast[size_t(r)]];
                        const double room = x - opt.itemGap - previous.label.left();
                        if (room >= minLabelWidth) {
                            previous.text = metrics.elidedText(events[previous.event].title,
                                                               Qt::ElideRight, room);
                            previous.label.setWidth(metrics.horizontalAdvance(previous.text));
                        } else {
                            previous.text.clear();
                            previous.label = QRectF();
                        }
                        row = r;
                        break;
                    }
                }
                if (row < 0) {
                    // Denser than one mark per row: counted in the lane's overflow strip.
                    ++placed.hidden;
                    if (placed.hiddenX.isEmpty())
                        placed.hiddenX.fill(0, columns + 1);
                    const int column = std::clamp(int(centreX - left), 0, columns);
                    placed.hiddenX[column] += 1;
                    continue;
                }
                const int ev = lane.event[size_t(i)];
                const Event &e = events[ev];
                PlacedItem item;
                item.event = ev;
                item.lane = li;
                item.vague = e.date.isVague();
                item.mark = mark;
                item.row = row;
                if (labels) {
                    // A wide bar holds its label inside, as long as the bar allows.
                    const double room =
                        std::max(opt.maxLabelWidth, item.mark.width() - 2 * opt.labelGap - 4);
                    double labelW = titleWidth(e.title);
                    item.text = e.title;
                    if (labelW > room) { // eliding is costly: only when needed
                        item.text = metrics.elidedText(e.title, Qt::ElideRight, room);
                        labelW = metrics.horizontalAdvance(item.text);
                    }
                    const bool inside = item.mark.width() >= labelW + 2 * opt.labelGap + 4;
                    const double labelX = inside ? item.mark.left() + opt.labelGap + 2
                                                 : item.mark.right() + opt.labelGap;
                    // A label running off the right edge ends in an ellipsis there instead
                    // of being cut mid-word.
                    const double edgeRoom = right - labelX;
                    if (!inside && labelW > edgeRoom && edgeRoom >= minLabelWidth) {
                        item.text = metrics.elidedText(e.title, Qt::ElideRight, edgeRoom);
                        labelW = metrics.horizontalAdvance(item.text);
                    }
                    item.label = QRectF(labelX, 0, labelW, opt.rowHeight);
                }
                rowMarkEnd[size_t(row)] = item.mark.right();
                rowEnd[size_t(row)] = std::max(item.mark.right(), item.label.right());
                rowLast[size_t(row)] = L.items.size();
                rowsUsed = std::max(rowsUsed, row + 1);
                L.items.append(item);
            }
        }

        // A density strip needs no rows: it takes what the frame can give, down to a sliver.
        const double laneH =
            placed.detail == LaneDetail::Density
                ? std::clamp(L.plotRect.height() / double(laneCount), opt.minDensityHeight,
                             opt.rowHeight + 2 * opt.lanePadding)
                : rowsUsed * opt.rowHeight + 2 * opt.lanePadding;
        placed.rows = rowsUsed;
        placed.rect = QRectF(0, y, w, laneH);
        for (qsizetype i = firstItem; i < L.items.size(); ++i) {
            PlacedItem &item = L.items[i];
            const double rowTop = y + opt.lanePadding + item.row * opt.rowHeight;
            const double centre = rowTop + opt.rowHeight / 2;
            item.mark.moveTop(centre - item.mark.height() / 2);
            if (!item.label.isNull())
                item.label.moveTop(rowTop);
        }
        L.lanes.append(std::move(placed));
        y += laneH;
    }
    L.buildHitGrid();
    return L;
}

std::optional<DensityHit> FrameLayout::densityAt(QPointF p) const
{
    for (const PlacedLane &lane : lanes) {
        if (lane.detail != LaneDetail::Density || !lane.rect.contains(p) || p.x() < plotRect.left())
            continue;
        const int column = int(p.x() - plotRect.left());
        if (column < 0 || size_t(column) >= lane.density.size() ||
            !lane.density[size_t(column)].count)
            return std::nullopt;
        return DensityHit{lane.lane, column, lane.density[size_t(column)], scale.mapXToTime(column),
                          scale.mapXToTime(column + 1)};
    }
    return std::nullopt;
}

namespace {
bool hits(const PlacedItem &item, QPointF p)
{
    return item.mark.adjusted(-3, -3, 3, 3).contains(p) || item.label.contains(p);
}

QRectF hitExtent(const PlacedItem &item)
{
    const QRectF mark = item.mark.adjusted(-3, -3, 3, 3);
    return item.label.isNull() ? mark : mark.united(item.label);
}
} // namespace

void FrameLayout::buildHitGrid()
{
    HitGrid &g = hitGrid;
    const double size = HitGrid::cellSize;
    g.columns = std::max(1, int(std::ceil(bounds.width() / size)));
    g.rows = std::max(1, int(std::ceil(bounds.height() / size)));
    const size_t cells = size_t(g.columns) * size_t(g.rows);
    g.cellStart.assign(cells + 1, 0);
    g.itemCount = items.size();
    // The cells an item's extent touches, clamped to the frame (nothing outside it is hit).
    auto span = [&](const PlacedItem &item, int &c0, int &c1, int &r0, int &r1) {
        const QRectF r = hitExtent(item);
        c0 = std::clamp(int(std::floor(r.left() / size)), 0, g.columns - 1);
        c1 = std::clamp(int(std::floor(r.right() / size)), 0, g.columns - 1);
        r0 = std::clamp(int(std::floor(r.top() / size)), 0, g.rows - 1);
        r1 = std::clamp(int(std::floor(r.bottom() / size)), 0, g.rows - 1);
    };
    // Two passes (count, then fill) keep the grid in two flat arrays.
    int c0, c1, r0, r1;
    for (const PlacedItem &item : items) {
        span(item, c0, c1, r0, r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                ++g.cellStart[size_t(r) * size_t(g.columns) + size_t(c) + 1];
    }
    std::partial_sum(g.cellStart.begin(), g.cellStart.end(), g.cellStart.begin());
    g.items.resize(size_t(g.cellStart.back()));
    std::vector<int> fill(g.cellStart.begin(), g.cellStart.end() - 1);
    for (qsizetype i = 0; i < items.size(); ++i) {
        span(items[i], c0, c1, r0, r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                g.items[size_t(fill[size_t(r) * size_t(g.columns) + size_t(c)]++)] = int(i);
    }
}

int FrameLayout::hitTest(QPointF p) const
{
    const HitGrid &g = hitGrid;
    if (g.itemCount != items.size()) {
        for (qsizetype i = items.size() - 1; i >= 0; --i)
            if (hits(items[i], p))
                return items[i].event;
        return -1;
    }
    // Items reaching out of the frame sit in its edge cells, so points out there look there.
    const int c = std::clamp(int(std::floor(p.x() / HitGrid::cellSize)), 0, g.columns - 1);
    const int r = std::clamp(int(std::floor(p.y() / HitGrid::cellSize)), 0, g.rows - 1);
    const size_t cell = size_t(r) * size_t(g.columns) + size_t(c);
    // The cell's items in drawing order: the last that holds the point is on top.
    for (int k = g.cellStart[cell + 1] - 1; k >= g.cellStart[cell]; --k)
        if (const PlacedItem &item = items[g.items[size_t(k)]]; hits(item, p))
            return item.event;
    return -1;
}

const PlacedItem *FrameLayout::itemOf(int event) const
{
    for (const PlacedItem &item : items)
        if (item.event == event)
            return &item;
    return nullptr;
}

} // namespace detente
