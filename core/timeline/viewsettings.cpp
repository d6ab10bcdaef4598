#include "viewsettings.h"

#include "model/datespan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace detente {

QString laneModeName(LaneMode mode)
{
    switch (mode) {
    case LaneMode::ByActor:
        return QStringLiteral("actor");
    case LaneMode::ByKind:
        return QStringLiteral("kind");
    case LaneMode::Single:
        return QStringLiteral("single");
    }
    return {};
}

std::optional<LaneMode> laneModeFromName(const QString &name)
{
    for (LaneMode m : {LaneMode::ByActor, LaneMode::ByKind, LaneMode::Single})
        if (name == laneModeName(m))
            return m;
    return std::nullopt;
}

std::optional<qint64> parseUserInstant(const QString &text, bool end)
{
    static const QRegularExpression year(QStringLiteral("^(-?\\d{1,4})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QString t = text.trimmed();
    if (const auto m = year.match(t); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        const QDate d(end ? y + 1 : y, 1, 1);
        return d.isValid() ? std::optional<qint64>(dayStartMs(d)) : std::nullopt;
    }
    if (const auto m = month.match(t); m.hasMatch()) {
        QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (!d.isValid())
            return std::nullopt;
        return dayStartMs(end ? d.addMonths(1) : d);
    }
    if (t.size() == 10) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return dayStartMs(end ? d.addDays(1) : d);
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toMSecsSinceEpoch();
}

namespace {
QString instantText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}
} // namespace

QJsonObject ViewSettings::toJson() const
{
    QJsonObject o;
    if (range) {
        o[QLatin1String("from")] = instantText(range->first);
        o[QLatin1String("to")] = instantText(range->second);
    }
    o[QLatin1String("lanes")] = laneModeName(lanes);
    o[QLatin1String("color_by")] = colorByName(colorBy);
    QJsonObject f;
    if (filter.hasRange()) {
        f[QLatin1String("from")] = instantText(filter.from);
        f[QLatin1String("to")] = instantText(filter.to);
    }
    if (!filter.actors.isEmpty())
        f[QLatin1String("actors")] = QJsonArray::fromStringList(filter.actors);
    if (filter.between)
        f[QLatin1String("between")] = QJsonArray{filter.between->first, filter.between->second};
    if (!filter.kinds.isEmpty())
        f[QLatin1String("kinds")] = QJsonArray::fromStringList(filter.kinds);
    if (!filter.quadClasses.isEmpty()) {
        QJsonArray q;
        for (int c : filter.quadClasses)
            q.append(c);
        f[QLatin1String("quad_classes")] = q;
    }
    if (filter.goldsteinMin)
        f[QLatin1String("goldstein_min")] = *filter.goldsteinMin;
    if (filter.goldsteinMax)
        f[QLatin1String("goldstein_max")] = *filter.goldsteinMax;
    if (filter.minSources > 0)
        f[QLatin1String("min_sources")] = filter.minSources;
    if (!filter.tags.isEmpty())
        f[QLatin1String("tags")] = QJsonArray::fromStringList(filter.tags);
    if (!filter.text.isEmpty())
        f[QLatin1String("text")] = filter.text;
    o[QLatin1String("filter")] = f;
    return o;
}

std::optional<ViewSettings> ViewSettings::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    auto strings = [](const QJsonValue &v) {
        QStringList list;
        for (const QJsonValue &x : v.toArray())
            list << x.toString();
        return list;
    };
    ViewSettings v;
    if (o.contains(QLatin1String("from")) || o.contains(QLatin1String("to"))) {
        const auto from = parseUserInstant(o.value(QLatin1String("from")).toString(), false);
        const auto to = parseUserInstant(o.value(QLatin1String("to")).toString(), true);
        if (!from || !to || *to <= *from)
            return fail(QCoreApplication::translate(
                "detente::ViewSettings", "the view's range is not a valid from/to pair"));
        v.range = std::make_pair(*from, *to);
    }
    if (o.contains(QLatin1String("lanes"))) {
        const auto lanes = laneModeFromName(o.value(QLatin1String("lanes")).toString());
        if (!lanes)
            return fail(QCoreApplication::translate("detente::ViewSettings", "unknown lanes \"%1\"")
                            .arg(o.value(QLatin1String("lanes")).toString()));
        v.lanes = *lanes;
    }
    if (o.contains(QLatin1String("color_by"))) {
        const auto c = colorByFromName(o.value(QLatin1String("color_by")).toString());
        if (!c)
            return fail(
                QCoreApplication::translate("detente::ViewSettings", "unknown color_by \"%1\"")
                    .arg(o.value(QLatin1String("color_by")).toString()));
        v.colorBy = *c;
    }
    const QJsonObject f = o.value(QLatin1String("filter")).toObject();
    if (f.contains(QLatin1String("from")) || f.contains(QLatin1String("to"))) {
        const auto from = parseUserInstant(f.value(QLatin1String("from")).toString(), false);
        const auto to = parseUserInstant(f.value(QLatin1String("to")).toString(), true);
        if (!from || !to)
            return fail(QCoreApplication::translate(
                "detente::ViewSettings", "the filter's range is not a valid from/to pair"));
        v.filter.from = *from;
        v.filter.to = *to;
    }
    v.filter.actors = strings(f.value(QLatin1String("actors")));
    const QStringList between = strings(f.value(QLatin1String("between")));
    if (between.size() == 2)
        v.filter.between = std::make_pair(between[0], between[1]);
    else if (!between.isEmpty())
        return fail(
            QCoreApplication::translate("detente::ViewSettings", "\"between\" names two actors"));
    v.filter.kinds = strings(f.value(QLatin1String("kinds")));
    for (const QJsonValue &q : f.value(QLatin1String("quad_classes")).toArray())
        v.filter.quadClasses.append(q.toInt());
    if (f.contains(QLatin1String("goldstein_min")))
        v.filter.goldsteinMin = f.value(QLatin1String("goldstein_min")).toDouble();
    if (f.contains(QLatin1String("goldstein_max")))
        v.filter.goldsteinMax = f.value(QLatin1String("goldstein_max")).toDouble();
    v.filter.minSources = f.value(QLatin1String("min_sources")).toInt();
    v.filter.tags = strings(f.value(QLatin1String("tags")));
    v.filter.text = f.value(QLatin1String("text")).toString();
    return v;
}

} // namespace detente
