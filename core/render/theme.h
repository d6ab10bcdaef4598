#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>

#include <optional>

namespace detente {

/// Colours and the font the timeline is drawn with; the same for the window and every export.
struct Theme {
    QColor background;
    QColor text;
    QColor mutedText;
    QColor axisBackground;
    QColor gridMajor;
    QColor gridMinor;
    QColor laneBand; ///< every other lane's background
    QColor markOutline;
    QColor selection;
    QList<QColor> palette; ///< lane colours, colour-blind safe
    QFont font;            ///< labels
    QFont smallFont;       ///< ticks and legend

    static Theme light();
    static Theme dark();
    /// For paper: white, no tinted bands or backgrounds, darker lines.
    static Theme print();
    /// light|dark|print; nullopt for another name.
    static std::optional<Theme> named(const QString &name);
    /// Light or dark, following the palette's window colour.
    static Theme fromPalette(const QPalette &palette);

    QColor laneColor(int lane) const { return palette.at(lane % palette.size()); }
};

} // namespace detente
