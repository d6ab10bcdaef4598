#include "overviewstrip.h"

#include "timeline/timelinescene.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace detente {

OverviewStrip::OverviewStrip(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Overview of the whole time range"));
    setToolTip(tr("The whole range: drag the marked window to pan, click to jump there, "
                  "scroll to zoom"));
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void OverviewStrip::setScene(const TimelineScene *scene)
{
    m_scene = scene;
    refresh();
}

void OverviewStrip::refresh()
{
    qint64 first = 0, last = 0;
    if (m_scene) {
        if (const auto extent = m_scene->extent()) {
            first = extent->first;
            last = extent->second;
        }
    }
    if (last <= first) { // nothing, or one instant: a day around it
        first -= 12LL * 3600 * 1000;
        last = first + 24LL * 3600 * 1000;
    }
    const qint64 margin = (last - first) / 40;
    m_first = first - margin;
    m_last = last + margin;
    recount();
    update();
}

void OverviewStrip::setVisibleRange(qint64 start, qint64 end)
{
    m_start = start;
    m_end = std::max(end, start + 1);
    update();
}

double OverviewStrip::xOf(qint64 t) const
{
    return double(t - m_first) / double(m_last - m_first) * width();
}

qint64 OverviewStrip::timeAt(double x) const
{
    return m_first + qint64(std::llround(x / std::max(1, width()) * double(m_last - m_first)));
}

void OverviewStrip::recount()
{
    const int columns = std::max(1, width());
    m_counts.assign(size_t(columns), 0);
    m_maxCount = 0;
    if (!m_scene)
        return;
    // Per column and lane, two binary searches in the index: cost independent of the events.
    const TimelineIndex &index = m_scene->index();
    for (int c = 0; c < columns; ++c) {
        const qint64 from = timeAt(c), to = timeAt(c + 1);
        qsizetype n = 0;
        for (int l = 0; l < index.laneCount(); ++l)
            n += index.countStarting(l, from, to);
        m_counts[size_t(c)] = n;
        m_maxCount = std::max(m_maxCount, n);
    }
}

QRectF OverviewStrip::windowRect() const
{
    const double left = std::clamp(xOf(m_start), -1.0, double(width()) + 1);
    const double right = std::clamp(xOf(m_end), -1.0, double(width()) + 1);
    return QRectF(left, 0.5, std::max(3.0, right - left), height() - 1.0);
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::AlternateBase));
    // Square-root heights: a single event still shows next to a busy day.
    const double h = height() - 4;
    p.setPen(Qt::NoPen);
    QColor bars = pal.color(QPalette::Text);
    bars.setAlphaF(0.45f);
    for (size_t c = 0; c < m_counts.size(); ++c) {
        if (!m_counts[c])
            continue;
        const double barH = std::max(
            1.0, h * std::sqrt(double(m_counts[c]) / double(std::max<qsizetype>(1, m_maxCount))));
        p.fillRect(QRectF(double(c), height() - 2 - barH, 1, barH), bars);
    }
    QColor window = pal.color(QPalette::Highlight);
    window.setAlphaF(0.25f);
    const QRectF w = windowRect();
    p.fillRect(w, window);
    p.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawRect(w);
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, 0, width(), 0);
}

void OverviewStrip::resizeEvent(QResizeEvent *)
{
    recount();
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const double x = event->position().x();
    const QRectF w = windowRect();
    if (!w.adjusted(-2, 0, 2, 0).contains(QPointF(x, w.center().y()))) {
        // Jump: centre the window on the click, then keep dragging from there.
        const qint64 half = (m_end - m_start) / 2;
        const qint64 centre = timeAt(x);
        Q_EMIT rangeRequested(centre - half, centre - half + (m_end - m_start));
    }
    m_dragging = true;
    m_dragOffset = x - windowRect().left();
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const qint64 length = m_end - m_start;
    const qint64 start = timeAt(event->position().x() - m_dragOffset);
    Q_EMIT rangeRequested(start, start + length);
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
}

void OverviewStrip::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    const double factor = std::pow(0.8, delta / 120.0); // up: a narrower window
    const qint64 anchor = timeAt(event->position().x());
    const qint64 start = anchor - qint64(double(anchor - m_start) * factor);
    const qint64 end = anchor + qint64(double(m_end - anchor) * factor);
    if (end - start > 1000)
        Q_EMIT rangeRequested(start, end);
    event->accept();
}

} // namespace detente
