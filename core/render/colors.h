#pragma once

#include <QColor>
#include <QString>

#include <optional>

namespace detente {

/// What the colour of an event's mark says.
enum class ColorBy { Actor, Kind, QuadClass, Goldstein };

/// actor|kind|quadclass|goldstein
QString colorByName(ColorBy colorBy);
std::optional<ColorBy> colorByFromName(const QString &name);

/// The four QuadClasses (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
/// 4 material conflict) in colour-blind-safe colours; grey for unknown.
QColor quadClassColor(int quadClass);
QString quadClassName(int quadClass);
/// Goldstein score on a diverging scale: red (-10, conflict) → grey (0) → blue (+10,
/// cooperation). Red against blue, not green: the ends stay apart for red-green colour blindness.
QColor goldsteinColor(double score);

} // namespace detente
