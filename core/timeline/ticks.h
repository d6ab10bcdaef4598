#pragma once

#include "timescale.h"

#include <QFontMetricsF>
#include <QList>
#include <QLocale>
#include <QString>

namespace detente {

/// A calendar unit a tick can fall on.
enum class TickUnit { Minute, Hour, Day, Week, Month, Year };

/// One tick on the time axis.
struct Tick {
    qint64 time = 0;
    double x = 0;      ///< pixels from the left of the scale
    QString label;     ///< empty when the label was left out to avoid an overlap
    double labelX = 0; ///< where the label's left edge goes
};

/// Pixels between a tick line and the start of its label.
inline constexpr double tickLabelOffset = 3.0;

/// The ticks for one frame: minor ticks (finer, labelled in the lower row) and major ticks (the
/// enclosing unit, labelled in the upper row).
struct TickSet {
    TickUnit minorUnit = TickUnit::Day;
    int minorStep = 1;
    TickUnit majorUnit = TickUnit::Month;
    int majorStep = 1;
    QList<Tick> minor;
    QList<Tick> major;
};

/// Chooses tick units so that labels are at least `minGap` pixels apart and never overlap, for
/// the visible range of `scale`; labels are formatted through `locale`.
TickSet computeTicks(const TimeScale &scale, const QFontMetricsF &metrics, const QLocale &locale,
                     double minGap = 10.0);

} // namespace detente
