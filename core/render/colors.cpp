#include "colors.h"

#include <QCoreApplication>

#include <algorithm>

namespace detente {

QString colorByName(ColorBy c)
{
    switch (c) {
    case ColorBy::Actor:
        return QStringLiteral("actor");
    case ColorBy::Kind:
        return QStringLiteral("kind");
    case ColorBy::QuadClass:
        return QStringLiteral("quadclass");
    case ColorBy::Goldstein:
        return QStringLiteral("goldstein");
    }
    return {};
}

std::optional<ColorBy> colorByFromName(const QString &name)
{
    for (ColorBy c : {ColorBy::Actor, ColorBy::Kind, ColorBy::QuadClass, ColorBy::Goldstein})
        if (name.compare(colorByName(c), Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

QColor quadClassColor(int quadClass)
{
    switch (quadClass) {
    case 1:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case 2:
        return QColor(0x00, 0x72, 0xB2); // blue
    case 3:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case 4:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    default:
        return QColor(0x99, 0x99, 0x99);
    }
}

QString quadClassName(int quadClass)
{
    switch (quadClass) {
    case 1:
        return QCoreApplication::translate("detente::Colors", "verbal cooperation");
    case 2:
        return QCoreApplication::translate("detente::Colors", "material cooperation");
    case 3:
        return QCoreApplication::translate("detente::Colors", "verbal conflict");
    case 4:
        return QCoreApplication::translate("detente::Colors", "material conflict");
    default:
        return QCoreApplication::translate("detente::Colors", "unknown");
    }
}

QColor goldsteinColor(double score)
{
    const double t = std::clamp(score / 10.0, -1.0, 1.0);
    const QColor grey(0xBB, 0xBB, 0xBB), red(0xB2, 0x18, 0x2B), blue(0x21, 0x66, 0xAC);
    const QColor &end = t < 0 ? red : blue;
    const double f = std::abs(t);
    return QColor::fromRgbF(float(grey.redF() + (end.redF() - grey.redF()) * f),
                            float(grey.greenF() + (end.greenF() - grey.greenF()) * f),
                            float(grey.blueF() + (end.blueF() - grey.blueF()) * f));
}

} // namespace detente
