#include "timescale.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace detente {

namespace {
// Keep every representable instant well inside qint64 so that start - duration never overflows.
constexpr qint64 earliest = -100000LL * 365 * 24 * 3600 * 1000;
constexpr qint64 latest = 100000LL * 365 * 24 * 3600 * 1000;
} // namespace

TimeScale::TimeScale(qint64 start, qint64 end, double width)
{
    setWidth(width);
    setRange(start, end);
}

void TimeScale::setWidth(double width)
{
    m_width = std::max(1.0, width);
}

void TimeScale::setRange(qint64 start, qint64 end)
{
    if (end < start)
        std::swap(start, end);
    start = std::clamp(start, earliest, latest);
    end = std::clamp(end, earliest, latest);
    const qint64 duration = std::clamp(end - start, minDuration, maxDuration);
    const qint64 middle = start + (end - start) / 2;
    m_start = std::clamp(middle - duration / 2, earliest, latest - duration);
    m_end = m_start + duration;
}

qint64 TimeScale::mapXToTime(double x) const
{
    return m_start + qint64(std::llround(x * msPerPixel()));
}

void TimeScale::zoom(double factor, double anchorX)
{
    if (!(factor > 0.0) || !std::isfinite(factor))
        return;
    const qint64 anchor = mapXToTime(anchorX);
    const double newDuration =
        std::clamp(double(duration()) / factor, double(minDuration), double(maxDuration));
    const double newMsPerPixel = newDuration / m_width;
    const qint64 start = anchor - qint64(std::llround(anchorX * newMsPerPixel));
    const qint64 d = qint64(std::llround(newDuration));
    // Clamp by moving, not resizing, so the anchor stays put whenever possible.
    m_start = std::clamp(start, earliest, latest - d);
    m_end = m_start + d;
}

void TimeScale::pan(double dx)
{
    const qint64 shift = qint64(std::llround(dx * msPerPixel()));
    const qint64 d = duration();
    m_start = std::clamp(m_start - shift, earliest, latest - d);
    m_end = m_start + d;
}

void TimeScale::fit(qint64 first, qint64 last, double margin)
{
    if (last < first)
        std::swap(first, last);
    const qint64 span = std::max<qint64>(last - first, minDuration);
    const qint64 pad = qint64(double(span) * margin);
    const qint64 middle = first + (last - first) / 2;
    setRange(middle - span / 2 - pad, middle - span / 2 + span + pad);
}

} // namespace detente
