#include "theme.h"

namespace detente {

namespace {

QFont makeFont(int pixelSize, bool bold = false)
{
    // A fixed family and pixel size: the window and the exports look the same on every machine
    // that has DejaVu (Debian's fonts-dejavu-core); others fall back to a sans-serif.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

// Okabe & Ito's colour-blind-safe set, then Paul Tol's muted scheme for more lanes.
const QList<QColor> &safePalette()
{
    static const QList<QColor> colors = {
        QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
        QColor(0x88, 0x22, 0x55), QColor(0x44, 0xAA, 0x99), QColor(0x99, 0x99, 0x33),
        QColor(0x33, 0x22, 0x88), QColor(0xAA, 0x44, 0x99), QColor(0x66, 0x66, 0x66),
    };
    return colors;
}

} // namespace

Theme Theme::light()
{
    Theme t;
    t.background = QColor(0xFF, 0xFF, 0xFF);
    t.text = QColor(0x20, 0x20, 0x20);
    t.mutedText = QColor(0x60, 0x60, 0x60);
    t.axisBackground = QColor(0xF2, 0xF2, 0xF2);
    t.gridMajor = QColor(0xB0, 0xB0, 0xB0);
    t.gridMinor = QColor(0xE2, 0xE2, 0xE2);
    t.laneBand = QColor(0xF7, 0xF8, 0xFA);
    t.markOutline = QColor(0x20, 0x20, 0x20);
    t.selection = QColor(0xFF, 0xB0, 0x00);
    t.palette = safePalette();
    t.font = makeFont(12);
    t.smallFont = makeFont(11);
    return t;
}

Theme Theme::dark()
{
    Theme t = light();
    t.background = QColor(0x1E, 0x1F, 0x22);
    t.text = QColor(0xE8, 0xE8, 0xE8);
    t.mutedText = QColor(0xA8, 0xA8, 0xA8);
    t.axisBackground = QColor(0x2A, 0x2B, 0x2F);
    t.gridMajor = QColor(0x6A, 0x6A, 0x6A);
    t.gridMinor = QColor(0x38, 0x39, 0x3D);
    t.laneBand = QColor(0x25, 0x26, 0x2A);
    t.markOutline = QColor(0xF0, 0xF0, 0xF0);
    t.palette = {
        QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00), QColor(0x33, 0xC9, 0x9B),
        QColor(0xE0, 0x8F, 0xC0), QColor(0xF0, 0xE4, 0x42), QColor(0x8E, 0xC9, 0xF0),
        QColor(0xCC, 0x66, 0x77), QColor(0x44, 0xAA, 0x99), QColor(0xDD, 0xCC, 0x77),
        QColor(0x88, 0x77, 0xDD), QColor(0xCC, 0x88, 0xCC), QColor(0xBB, 0xBB, 0xBB),
    };
    return t;
}

Theme Theme::print()
{
    Theme t = light();
    t.text = QColor(0, 0, 0);
    t.mutedText = QColor(0x40, 0x40, 0x40);
    t.axisBackground = QColor(0xFF, 0xFF, 0xFF);
    t.gridMajor = QColor(0x80, 0x80, 0x80);
    t.gridMinor = QColor(0xD0, 0xD0, 0xD0);
    t.laneBand = QColor(0xFF, 0xFF, 0xFF);
    t.markOutline = QColor(0, 0, 0);
    return t;
}

std::optional<Theme> Theme::named(const QString &name)
{
    if (name == u"light")
        return light();
    if (name == u"dark")
        return dark();
    if (name == u"print")
        return print();
    return std::nullopt;
}

Theme Theme::fromPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? dark() : light();
}

} // namespace detente
