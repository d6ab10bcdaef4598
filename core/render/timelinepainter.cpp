#include "timelinepainter.h"

#include "timeline/timelinescene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace detente {

namespace {

QString tr(const char *text)
{
    // lupdate files a free tr() under its namespace: the context must be that, to be found.
    return QCoreApplication::translate("detente", text);
}

void drawAxis(QPainter &p, const FrameLayout &L, const Theme &t, const QRectF &clip)
{
    p.fillRect(QRectF(0, 0, L.bounds.width(), L.axisRect.height()), t.axisBackground);
    const double top = L.axisRect.top(), mid = top + L.axisRect.height() / 2;
    const double bottom = L.plotRect.bottom();
    p.setFont(t.smallFont);
    const QFontMetricsF fm(t.smallFont);
    const double baselineMajor = top + (L.axisRect.height() / 2 + fm.ascent() - fm.descent()) / 2;
    const double baselineMinor = mid + (L.axisRect.height() / 2 + fm.ascent() - fm.descent()) / 2;

    for (const Tick &tick : L.ticks.minor) {
        const double x = L.plotRect.left() + tick.x;
        if (tick.x < 0 || x < clip.left() - 200 || x > clip.right() + 1)
            continue;
        p.setPen(QPen(t.gridMinor, 1));
        p.drawLine(QPointF(x, mid), QPointF(x, bottom));
        if (!tick.label.isEmpty()) {
            p.setPen(t.mutedText);
            p.drawText(QPointF(L.plotRect.left() + tick.labelX, baselineMinor), tick.label);
        }
    }
    for (const Tick &tick : L.ticks.major) {
        const double x = L.plotRect.left() + tick.x;
        if (tick.x >= 0) {
            p.setPen(QPen(t.gridMajor, 1));
            p.drawLine(QPointF(x, top), QPointF(x, bottom));
        }
        if (!tick.label.isEmpty()) {
            p.setPen(t.text);
            p.drawText(QPointF(L.plotRect.left() + tick.labelX, baselineMajor), tick.label);
        }
    }
    p.setPen(QPen(t.gridMajor, 1));
    p.drawLine(QPointF(0, L.axisRect.bottom() - 0.5),
               QPointF(L.bounds.width(), L.axisRect.bottom() - 0.5));
}

/// log(1 + quarters / 4) for 0 … `most` quarters, from a table: the strips of dense lanes look it
/// up for every pixel column of every frame. Null when `most` is too large for a table.
const double *log1pQuartersTable(size_t most)
{
    constexpr size_t largest = size_t(1) << 16; // 512 KiB of table at most
    if (most >= largest)
        return nullptr;
    thread_local std::vector<double> table;
    if (most >= table.size()) {
        size_t i = table.size();
        table.resize(std::max<size_t>(1024, std::bit_ceil(most + 1)));
        for (; i < table.size(); ++i)
            table[i] = std::log1p(double(i) / 4.0);
    }
    return table.data();
}

/// A lane too dense for marks: one pixel column per column of the plot, its colour the mix of
/// the QuadClasses (or the mean Goldstein score) of the events starting there, its strength
/// their number. Drawn as one image, so the cost is the width, not the number of events.
/// `under` is the lane's background: on a raster device the strip is laid over it here, so
/// that the painter copies opaque pixels instead of blending them.
void drawDensity(QPainter &p, const FrameLayout &L, const PlacedLane &lane, const QColor &laneColor,
                 const QColor &under, const RenderOptions &options)
{
    const int columns = int(lane.density.size());
    if (!columns || !lane.densityMax)
        return;
    // Integer arithmetic and a table for the strength: this loop runs for every pixel column
    // of every dense lane in every frame.
    int quad[4][3];
    for (int q = 0; q < 4; ++q) {
        const QColor c = quadClassColor(q + 1);
        quad[q][0] = c.red();
        quad[q][1] = c.green();
        quad[q][2] = c.blue();
    }
    // Strength by the count smoothed over neighbouring columns (in quarters), so that calendar
    // days falling one or two to a column do not paint stripes.
    const size_t maxQuarters = size_t(lane.densityMax) * 4;
    const double scale = 0.75 / std::log1p(double(lane.densityMax));
    const double *logs = log1pQuartersTable(maxQuarters);
    auto alphaOf = [&](size_t quarters) {
        quarters = std::min(quarters, maxQuarters);
        const double log = logs ? logs[quarters] : std::log1p(double(quarters) / 4.0);
        return int(255 * (0.25 + scale * log) + 0.5);
    };
    const int laneRgb[3] = {laneColor.red(), laneColor.green(), laneColor.blue()};
    const int underRgb[3] = {under.red(), under.green(), under.blue()};
    const double inset = std::min(4.0, lane.rect.height() / 6);
    const QRectF target(L.plotRect.left(), lane.rect.top() + inset, columns,
                        lane.rect.height() - 2 * inset);
    // On a raster device at 1:1 the strip is opaque (laid over `under`), copied row by row and
    // blitted unscaled: much cheaper than blending or stretching one row. Vector devices get
    // the one-row translucent image, stretched.
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster &&
                        p.transform().type() <= QTransform::TxTranslate && p.device() &&
                        p.device()->devicePixelRatio() == 1;
    QImage strip(columns, 1, raster ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    auto *pixels = reinterpret_cast<QRgb *>(strip.scanLine(0));
    const QRgb empty = raster ? under.rgb() : qRgba(0, 0, 0, 0);
    const TimelineIndex::Density *d = lane.density.data();
    for (int c = 0; c < columns; ++c) {
        const quint32 count = d[c].count;
        if (!count) {
            pixels[c] = empty;
            continue;
        }
        int rgb[3] = {laneRgb[0], laneRgb[1], laneRgb[2]};
        if (options.colorBy == ColorBy::Goldstein) {
            if (const auto g = d[c].goldstein()) {
                const QColor gc = goldsteinColor(*g);
                rgb[0] = gc.red();
                rgb[1] = gc.green();
                rgb[2] = gc.blue();
            }
        } else {
            const quint32 *n4 = d[c].quad;
            if (const quint32 n = n4[0] + n4[1] + n4[2] + n4[3]; n > 0)
                for (int k = 0; k < 3; ++k)
                    rgb[k] = int((quad[0][k] * n4[0] + quad[1][k] * n4[1] + quad[2][k] * n4[2] +
                                  quad[3][k] * n4[3]) /
                                 n);
        }
        const quint32 left = c > 0 ? d[c - 1].count : count;
        const quint32 right = c + 1 < columns ? d[c + 1].count : count;
        const int alpha = alphaOf(size_t(left) + 2 * size_t(count) + size_t(right));
        if (raster) {
            for (int k = 0; k < 3; ++k)
                rgb[k] = (rgb[k] * alpha + underRgb[k] * (255 - alpha) + 127) / 255;
            pixels[c] = qRgb(rgb[0], rgb[1], rgb[2]);
        } else {
            pixels[c] = qPremultiply(qRgba(rgb[0], rgb[1], rgb[2], alpha));
        }
    }
    if (raster) {
        const int rows = std::max(1, int(std::lround(target.height())));
        QImage block(columns, rows, QImage::Format_RGB32);
        for (int y = 0; y < rows; ++y)
            std::memcpy(block.scanLine(y), strip.constScanLine(0), size_t(columns) * sizeof(QRgb));
        p.drawImage(QPointF(target.left(), std::round(target.top())), block);
        return;
    }
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(target, strip);
    p.restore();
}

/// Events of a lane that found no free row: a thin strip whose darkness is their number, per
/// pixel column. A few columns are a rectangle each; many are one image (a busy lane has
/// hundreds), spanning only the columns that hold any.
void drawOverflow(QPainter &p, const FrameLayout &L, const PlacedLane &lane, const QColor &color)
{
    const int columns = int(lane.hiddenX.size());
    int most = 1, from = columns, to = -1, used = 0;
    for (int c = 0; c < columns; ++c) {
        if (const int n = lane.hiddenX[c]) {
            most = std::max(most, n);
            from = std::min(from, c);
            to = c;
            ++used;
        }
    }
    if (!used)
        return;
    const double logMost = std::log1p(double(most));
    const double *logs = log1pQuartersTable(size_t(most) * 4);
    auto alphaOf = [&](int n) {
        const double log = logs ? logs[size_t(n) * 4] : std::log1p(double(n));
        return int(std::lround(255 * (0.3 + 0.7 * log / logMost)));
    };
    const QPoint at(int(std::round(L.plotRect.left())), int(std::round(lane.rect.bottom() - 5)));
    constexpr int height = 4;
    if (used <= 32) {
        for (int c = from; c <= to; ++c) {
            if (!lane.hiddenX[c])
                continue;
            QColor shade = color;
            shade.setAlpha(alphaOf(lane.hiddenX[c]));
            p.fillRect(QRect(at.x() + c, at.y(), 1, height), shade);
        }
        return;
    }
    const QRgb rgb = color.rgb();
    QImage strip(to - from + 1, height, QImage::Format_ARGB32_Premultiplied);
    auto *row = reinterpret_cast<QRgb *>(strip.scanLine(0));
    for (int c = from; c <= to; ++c) {
        const int n = lane.hiddenX[c];
        row[c - from] = n ? qPremultiply(qRgba(qRed(rgb), qGreen(rgb), qBlue(rgb), alphaOf(n))) : 0;
    }
    for (int y = 1; y < height; ++y)
        std::memcpy(strip.scanLine(y), row, size_t(strip.width()) * sizeof(QRgb));
    p.drawImage(QPoint(at.x() + from, at.y()), strip);
}

void drawLanes(QPainter &p, const TimelineScene &scene, const FrameLayout &L,
               const RenderOptions &options, const QRectF &clip)
{
    const Theme &t = options.theme;
    for (int i = 0; i < L.lanes.size(); ++i) {
        const PlacedLane &lane = L.lanes[i];
        if (!lane.rect.intersects(clip))
            continue; // below the frame, or outside the exposed part
        if (i % 2 == 1)
            p.fillRect(lane.rect, t.laneBand);
        const QColor color = t.laneColor(scene.lanes()[lane.lane].colorIndex);
        p.fillRect(QRectF(0, lane.rect.top(), 4, lane.rect.height()), color);
        const TimelineScene::Lane &info = scene.lanes()[lane.lane];
        // A person's sub-lane is indented under whom they speak for; a lane with sub-lanes shows
        // whether they are folded into it.
        const double indent = info.parent >= 0 ? 22 : (info.children > 0 ? 20 : 10);
        if (info.children > 0) {
            p.setPen(t.mutedText);
            p.setFont(t.smallFont);
            p.drawText(QRectF(8, lane.rect.top(), 12, std::min(lane.rect.height(), 26.0)),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       scene.isCollapsed(lane.lane) ? QStringLiteral("▸") : QStringLiteral("▾"));
        }
        p.setFont(info.parent >= 0 ? t.smallFont : t.font);
        p.setPen(info.parent >= 0 ? t.mutedText : t.text);
        const QString name =
            QFontMetricsF(p.font()).elidedText(info.name, Qt::ElideRight, L.gutter - indent - 4);
        p.drawText(QRectF(indent, lane.rect.top(), L.gutter - indent - 2,
                          std::min(lane.rect.height(), 26.0)),
                   Qt::AlignLeft | Qt::AlignVCenter, name);
        p.setPen(QPen(t.gridMinor, 1));
        p.drawLine(QPointF(0, lane.rect.bottom() - 0.5),
                   QPointF(L.bounds.width(), lane.rect.bottom() - 0.5));

        if (lane.detail == LaneDetail::Density)
            drawDensity(p, L, lane, color, i % 2 == 1 ? t.laneBand : t.background, options);
        if (lane.hidden > 0)
            drawOverflow(p, L, lane, color);
    }
    p.setPen(QPen(t.gridMajor, 1));
    p.drawLine(QPointF(L.gutter - 0.5, L.plotRect.top()),
               QPointF(L.gutter - 0.5, L.plotRect.bottom()));
}

void drawArrow(QPainter &p, QPointF from, QPointF to)
{
    p.drawLine(from, to);
    const double dir = to.y() > from.y() ? -1 : 1;
    QPolygonF head;
    head << to << QPointF(to.x() - 3.5, to.y() + dir * 6)
         << QPointF(to.x() + 3.5, to.y() + dir * 6);
    p.drawPolygon(head);
}

// Above this many items, connectors and response arcs are drawn only for the selected and the
// hovered event: hundreds of crossing lines say nothing and cost a lot.
constexpr qsizetype maxConnectedItems = 150;

void drawConnectors(QPainter &p, const TimelineScene &scene, const FrameLayout &L, const Theme &t,
                    const RenderOptions &options)
{
    const bool all = L.items.size() <= maxConnectedItems;
    auto wanted = [&](int event) {
        return all || event == options.selectedEvent || event == options.hoveredEvent;
    };
    QHash<int, const PlacedLane *> laneRect;
    for (const PlacedLane &lane : L.lanes)
        laneRect.insert(lane.lane, &lane);
    // Connectors are vertical: crisp without antialiasing, and much cheaper over long runs.
    p.setRenderHint(QPainter::Antialiasing, false);
    for (const PlacedItem &item : L.items) {
        const int target = scene.targetLaneOf(item.event);
        if (target < 0 || !laneRect.contains(target) || !wanted(item.event))
            continue;
        QColor c = t.laneColor(scene.lanes()[item.lane].colorIndex);
        c.setAlphaF(0.75f);
        p.setPen(QPen(c, 1.2));
        p.setBrush(c);
        const QRectF to = laneRect[target]->rect;
        const double x = std::floor(item.mark.center().x()) + 0.5; // on a pixel, not between two
        const QPointF from(x, item.mark.center().y() < to.top() ? item.mark.bottom()
                                                                : item.mark.top());
        const QPointF end(x, item.mark.center().y() < to.top() ? to.top() + 3 : to.bottom() - 3);
        drawArrow(p, from, end);
    }
    // Response links: an arc from the answered event to the answer.
    QHash<int, const PlacedItem *> placed;
    for (const PlacedItem &item : L.items)
        placed.insert(item.event, &item);
    p.setBrush(Qt::NoBrush);
    p.setRenderHint(QPainter::Antialiasing, true); // arcs are curves
    for (const PlacedItem &item : L.items) {
        for (int answered : scene.answersOf(item.event)) {
            const PlacedItem *a = placed.value(answered);
            if (!a || !(wanted(item.event) || wanted(answered)))
                continue;
            const QPointF from(a->mark.center().x(), a->mark.top());
            const QPointF to(item.mark.center().x(), item.mark.top());
            const double lift = std::clamp(std::abs(to.x() - from.x()) / 3, 14.0, 60.0);
            QPainterPath path(from);
            path.cubicTo(from + QPointF(0, -lift), to + QPointF(0, -lift), to);
            p.setPen(QPen(t.mutedText, 1.2, Qt::DashLine));
            p.drawPath(path);
        }
    }
}

/// `color` laid over `background` at `strength` (0 … 1), as an opaque colour.
QColor tint(const QColor &color, const QColor &background, double strength)
{
    auto mix = [&](float c, float b) { return float(b + (c - b) * strength); };
    return QColor::fromRgbF(mix(color.redF(), background.redF()),
                            mix(color.greenF(), background.greenF()),
                            mix(color.blueF(), background.blueF()));
}

/// A dotted line under a vague bar, from x0 to x1 at y: on a raster device one textured fill
/// (a dashed pen is stroked dash by dash: 80 bars across a frame cost as much as the rest of
/// it), elsewhere a real dotted line (SVG and PDF keep shapes, not images).
void drawDots(QPainter &p, double x0, double x1, double y, const QColor &color)
{
    if (p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster &&
        p.transform().isIdentity()) {
        QImage dots(3, 1, QImage::Format_ARGB32_Premultiplied);
        dots.fill(Qt::transparent);
        dots.setPixel(0, 0, color.rgba());
        QBrush brush(dots);
        brush.setTransform(QTransform::fromTranslate(std::round(x0), 0));
        p.fillRect(QRectF(std::round(x0), std::floor(y), std::round(x1) - std::round(x0), 1),
                   brush);
        return;
    }
    p.setPen(QPen(color, 1, Qt::DotLine));
    p.setBrush(Qt::NoBrush);
    p.drawLine(QPointF(x0, y), QPointF(x1, y));
}

void drawItem(QPainter &p, const PlacedItem &item, const Event &e, const QColor &color,
              const Theme &t, bool selected, bool hovered, double textShift)
{
    const bool likely = e.confidence < 0.9;
    QPen outline(t.markOutline, selected ? 2.0 : 1.0, likely ? Qt::DashLine : Qt::SolidLine);
    const QRectF m = item.mark;
    const bool bar = m.width() > m.height() + 0.5 || (item.vague && m.width() > 10.5);
    if (selected || hovered) {
        QColor halo = t.selection;
        halo.setAlphaF(selected ? 0.55f : 0.3f);
        p.setPen(Qt::NoPen);
        p.setBrush(halo);
        p.drawRoundedRect(m.adjusted(-4, -4, 4, 4).united(item.label.adjusted(-2, 0, 2, 0)), 4, 4);
    }
    if (item.vague && bar) {
        // Vague: a soft bar over the whole possible range, fading at both ends.
        // Opaque tints of the background rather than transparency: PDF and SVG viewers render
        // gradients of transparency unreliably, and the bar must look vague on paper too.
        const QColor edge = tint(color, t.background, 0.10), core = tint(color, t.background, 0.45);
        const double fade = std::min(0.25 * m.width(), 12.0); // pixels at each end
        // Zoomed in on a day, a month's bar is tens of thousands of pixels wide: only the part
        // on the device (and a margin hiding the cut ends) is drawn. The cut is a whole number
        // of dot periods, so the dots stay put.
        const QRectF area = p.hasClipping() ? p.clipBoundingRect()
                                            : p.transform().inverted().mapRect(QRectF(
                                                  0, 0, p.device()->width(), p.device()->height()));
        constexpr double margin = 9, dotPeriod = 3;
        const double cut =
            std::floor(std::max(0.0, area.left() - margin - m.left()) / dotPeriod) * dotPeriod;
        const double left = m.left() + cut;
        const double right = std::min(m.right(), area.right() + margin);
        if (right > left) {
            const QRectF shown(left, m.top(), right - left, m.height());
            p.setPen(Qt::NoPen);
            // The middle in one solid colour (a fast fill), then each fading end over it as a
            // gradient that meets that colour: wide bars cost little more than narrow ones.
            p.setBrush(core);
            p.drawRoundedRect(shown, 3, 3);
            for (const bool atLeft : {true, false}) {
                // The layout cuts a bar that goes on past the plot 2 px beyond its edge: that
                // end is not the end of the range and does not fade.
                if (atLeft ? m.left() < area.left() - 1.5 : m.right() > area.right() + 1.5)
                    continue;
                const QRectF end(atLeft ? m.left() : m.right() - fade, m.top(), fade, m.height());
                QLinearGradient g(atLeft ? end.topLeft() : end.topRight(),
                                  atLeft ? end.topRight() : end.topLeft());
                g.setColorAt(0, edge);
                g.setColorAt(1, core);
                p.setBrush(g);
                p.drawRoundedRect(end, 3, 3);
            }
            drawDots(p, shown.left(), shown.right(), m.bottom(), color.darker(130));
        }
    } else if (item.vague) {
        // Too narrow for a bar: a hollow ring, never the solid mark of an exact date.
        p.setPen(QPen(color.darker(120), 2.0, likely ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(m.adjusted(1, 1, -1, -1));
    } else if (bar) {
        p.setPen(outline);
        p.setBrush(color);
        p.drawRoundedRect(m, 2, 2);
    } else {
        // Exact: a sharp diamond centred on the instant.
        const QPointF c = m.center();
        const double r = m.width() / 2;
        QPolygonF diamond;
        diamond << QPointF(c.x(), c.y() - r) << QPointF(c.x() + r, c.y())
                << QPointF(c.x(), c.y() + r) << QPointF(c.x() - r, c.y());
        p.setPen(outline);
        p.setBrush(color);
        p.drawPolygon(diamond);
    }
    if (!item.text.isEmpty()) {
        p.setPen(t.text);
        // At its baseline: the text is elided to fit already, and a point needs no text layout.
        p.drawText(QPointF(item.label.left(), item.label.center().y() + textShift), item.text);
    }
}

void drawColorKey(QPainter &p, const QFontMetricsF &fm, double &x, double cy,
                  const RenderOptions &o, bool density)
{
    auto text = [&](const QString &s) {
        p.setPen(o.theme.mutedText);
        p.drawText(QPointF(x, cy + (fm.ascent() - fm.descent()) / 2), s);
        x += fm.horizontalAdvance(s) + 14;
    };
    if (density && o.colorBy != ColorBy::Goldstein)
        text(tr("dense lanes show how many events start there, coloured by their mix of:"));
    if (o.colorBy == ColorBy::QuadClass || (density && o.colorBy != ColorBy::Goldstein)) {
        for (int q = 1; q <= 4; ++q) {
            p.fillRect(QRectF(x, cy - 5, 10, 10), quadClassColor(q));
            x += 14;
            text(quadClassName(q));
        }
    } else if (o.colorBy == ColorBy::Goldstein) {
        text(QStringLiteral("−10"));
        for (int i = 0; i <= 40; ++i)
            p.fillRect(QRectF(x + i * 2, cy - 5, 2, 10), goldsteinColor(-10 + i * 0.5));
        x += 86;
        text(QStringLiteral("+10"));
        text(tr("Goldstein score: how cooperative or conflictual the type of event is"));
    }
}

void drawLegend(QPainter &p, const FrameLayout &L, const RenderOptions &options)
{
    const Theme &t = options.theme;
    if (L.legendRect.isEmpty())
        return;
    p.fillRect(L.legendRect, t.axisBackground);
    p.setFont(t.smallFont);
    const QFontMetricsF fm(t.smallFont);
    const double cy = L.legendRect.center().y();
    double x = L.legendRect.left() + 10;
    const QColor c = t.laneColor(0);
    auto text = [&](const QString &s) {
        p.setPen(t.mutedText);
        p.drawText(QPointF(x, cy + (fm.ascent() - fm.descent()) / 2), s);
        x += fm.horizontalAdvance(s) + 18;
    };
    // Exact date.
    QPolygonF diamond;
    diamond << QPointF(x + 5, cy - 5) << QPointF(x + 10, cy) << QPointF(x + 5, cy + 5)
            << QPointF(x, cy);
    p.setPen(QPen(t.markOutline, 1));
    p.setBrush(c);
    p.drawPolygon(diamond);
    x += 14;
    text(tr("exact date"));
    // Vague date.
    QLinearGradient g(QPointF(x, 0), QPointF(x + 34, 0));
    const QColor edge = tint(c, t.axisBackground, 0.10), core = tint(c, t.axisBackground, 0.45);
    g.setColorAt(0, edge);
    g.setColorAt(0.3, core);
    g.setColorAt(0.7, core);
    g.setColorAt(1, edge);
    p.setPen(Qt::NoPen);
    p.setBrush(g);
    p.drawRoundedRect(QRectF(x, cy - 6, 34, 12), 3, 3);
    x += 40;
    text(tr("vague date: the whole possible range"));
    // Likely.
    p.setPen(QPen(t.markOutline, 1, Qt::DashLine));
    p.setBrush(c);
    p.drawRect(QRectF(x, cy - 5, 10, 10));
    x += 14;
    text(tr("dashed: likely, not certain"));
    // Direction and response.
    p.setPen(QPen(t.mutedText, 1.2));
    p.setBrush(t.mutedText);
    drawArrow(p, QPointF(x + 5, cy - 7), QPointF(x + 5, cy + 7));
    x += 14;
    text(tr("towards the target"));
    p.setPen(QPen(t.mutedText, 1.2, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    QPainterPath arc(QPointF(x, cy + 5));
    arc.cubicTo(QPointF(x, cy - 6), QPointF(x + 20, cy - 6), QPointF(x + 20, cy + 5));
    p.drawPath(arc);
    x += 26;
    text(tr("response"));
    x += 10;
    const bool density = std::any_of(L.lanes.begin(), L.lanes.end(), [](const PlacedLane &lane) {
        return lane.detail == LaneDetail::Density;
    });
    drawColorKey(p, fm, x, cy, options, density);
}

} // namespace

void paintTimeline(QPainter &p, const TimelineScene &scene, const FrameLayout &L,
                   const RenderOptions &options, const QRectF &exposed)
{
    const Theme &t = options.theme;
    const QRectF clip = exposed.isEmpty() ? L.bounds : exposed;
    p.save();
    p.setClipRect(clip);
    p.fillRect(L.bounds, t.background);
    drawLanes(p, scene, L, options, clip);
    drawAxis(p, L, t, clip);

    p.save();
    p.setClipRect(L.plotRect.intersected(clip));
    drawConnectors(p, scene, L, t, options);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(t.font);
    const QFontMetricsF itemMetrics(t.font);
    const double textShift = (itemMetrics.ascent() - itemMetrics.descent()) / 2;
    const QList<Event> &events = scene.events();
    // Lanes showing marks alone hold many: plain shapes without antialiasing keep them cheap
    // (a vague date is still a tinted band, an exact one a solid tick).
    QHash<int, bool> marksOnly;
    for (const PlacedLane &lane : L.lanes)
        marksOnly.insert(lane.lane, lane.detail == LaneDetail::Marks);
    for (const PlacedItem &item : L.items) {
        if (!item.mark.united(item.label).intersects(clip))
            continue;
        if (marksOnly.value(item.lane) && item.event != options.selectedEvent &&
            item.event != options.hoveredEvent) {
            QColor color = eventColor(scene, item.event, options);
            if (item.vague) {
                color.setAlphaF(0.35f);
                p.fillRect(item.mark, color);
            } else {
                const QPointF c = item.mark.center();
                p.fillRect(QRectF(c.x() - 1.5, item.mark.top(), 3, item.mark.height()), color);
            }
            continue;
        }
        drawItem(p, item, events[item.event], eventColor(scene, item.event, options), t,
                 item.event == options.selectedEvent, item.event == options.hoveredEvent,
                 textShift);
    }
    p.restore();

    drawLegend(p, L, options);
    p.restore();
}

QColor eventColor(const TimelineScene &scene, int event, const RenderOptions &options)
{
    const Event &e = scene.events()[event];
    const QList<QColor> &palette = options.theme.palette;
    switch (options.colorBy) {
    case ColorBy::Actor:
        if (scene.laneMode() == LaneMode::ByActor)
            return options.theme.laneColor(scene.lanes()[scene.laneOf(event)].colorIndex);
        return palette[int(qHash(scene.homeActor(e), 0) % size_t(palette.size()))];
    case ColorBy::Kind: {
        const qsizetype known = knownEventKinds().indexOf(e.kind);
        const size_t i = known >= 0 ? size_t(known) : qHash(e.kind, 0);
        return palette[int(i % size_t(palette.size()))];
    }
    case ColorBy::QuadClass:
        return quadClassColor(e.quadClass);
    case ColorBy::Goldstein:
        return e.goldstein ? goldsteinColor(*e.goldstein) : quadClassColor(0);
    }
    return palette.first();
}

FrameLayout paintTimeline(QPainter &painter, const TimelineScene &scene, const TimeScale &scale,
                          QSizeF size, const RenderOptions &options)
{
    FrameLayout layout =
        layoutFrame(scene, scale, size, options.theme.font, options.theme.smallFont);
    paintTimeline(painter, scene, layout, options);
    return layout;
}

} // namespace detente
