#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>

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
    /// Light or dark, following the palette's window colour.
    static Theme fromPalette(const QPalette &palette);

    QColor laneColor(int lane) const { return palette.at(lane % palette.size()); }
};

} // namespace detente
