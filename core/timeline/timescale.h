#pragma once

#include <QtGlobal>

namespace detente {

/// The visible time range [start, end) mapped onto `width` pixels.
///
/// Times are integer milliseconds; floating point is used only for the offset from the visible
/// start, so nothing drifts or overflows after any number of zoom and pan steps.
class TimeScale {
public:
    static constexpr qint64 minDuration = 10LL * 60 * 1000;                ///< ten minutes
    static constexpr qint64 maxDuration = 2000LL * 365 * 24 * 3600 * 1000; ///< two millennia

    TimeScale() = default;
    TimeScale(qint64 start, qint64 end, double width);

    qint64 start() const { return m_start; }
    qint64 end() const { return m_end; }
    qint64 duration() const { return m_end - m_start; }
    double width() const { return m_width; }
    void setWidth(double width);
    /// Shows [start, end), widened or narrowed about its middle to stay within the limits.
    void setRange(qint64 start, qint64 end);

    double msPerPixel() const { return double(duration()) / m_width; }
    double mapTimeToX(qint64 time) const { return double(time - m_start) / msPerPixel(); }
    qint64 mapXToTime(double x) const;

    /// Zooms by `factor` (> 1 zooms in) keeping the time under `anchorX` under it.
    void zoom(double factor, double anchorX);
    /// Moves the view by `dx` pixels (positive: content moves right, earlier times come in).
    void pan(double dx);
    /// Shows [first, last] with a margin of `margin` (a fraction of the range) on each side.
    void fit(qint64 first, qint64 last, double margin = 0.04);

    friend bool operator==(const TimeScale &, const TimeScale &) = default;

private:
    qint64 m_start = 0;
    qint64 m_end = 24LL * 3600 * 1000;
    double m_width = 1000.0;
};

} // namespace detente
