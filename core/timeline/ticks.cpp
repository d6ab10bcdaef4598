#include "ticks.h"

#include "model/datespan.h"

#include <array>
#include <cmath>

namespace detente {

namespace {

constexpr qint64 minuteMs = 60LL * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

struct Step {
    TickUnit unit;
    int count;
};

// From fine to coarse; the first whose labels fit is used.
constexpr std::array<Step, 24> steps{{
    {TickUnit::Minute, 1}, {TickUnit::Minute, 5}, {TickUnit::Minute, 15}, {TickUnit::Minute, 30},
    {TickUnit::Hour, 1},   {TickUnit::Hour, 3},   {TickUnit::Hour, 6},    {TickUnit::Hour, 12},
    {TickUnit::Day, 1},    {TickUnit::Day, 2},    {TickUnit::Week, 1},    {TickUnit::Month, 1},
    {TickUnit::Month, 3},  {TickUnit::Month, 6},  {TickUnit::Year, 1},    {TickUnit::Year, 2},
    {TickUnit::Year, 5},   {TickUnit::Year, 10},  {TickUnit::Year, 20},   {TickUnit::Year, 50},
    {TickUnit::Year, 100}, {TickUnit::Year, 200}, {TickUnit::Year, 500},  {TickUnit::Year, 1000},
}};

double approxMs(Step s)
{
    switch (s.unit) {
    case TickUnit::Minute:
        return double(s.count * minuteMs);
    case TickUnit::Hour:
        return double(s.count * hourMs);
    case TickUnit::Day:
        return double(s.count * dayMs);
    case TickUnit::Week:
        return double(s.count * 7 * dayMs);
    case TickUnit::Month:
        return s.count * 30.44 * double(dayMs);
    case TickUnit::Year:
        return s.count * 365.25 * double(dayMs);
    }
    return double(dayMs);
}

Step majorFor(Step minor)
{
    switch (minor.unit) {
    case TickUnit::Minute:
        return {TickUnit::Hour, 1};
    case TickUnit::Hour:
        return {TickUnit::Day, 1};
    case TickUnit::Day:
    case TickUnit::Week:
        return {TickUnit::Month, 1};
    case TickUnit::Month:
        return {TickUnit::Year, 1};
    case TickUnit::Year:
        return {TickUnit::Year, minor.count < 10 ? 10 : minor.count < 100 ? 100 : 1000};
    }
    return {TickUnit::Year, 1};
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

/// The instants of every tick of `step` in [from, to].
QList<qint64> tickTimes(Step step, qint64 from, qint64 to)
{
    QList<qint64> times;
    switch (step.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour: {
        const qint64 unit = step.count * (step.unit == TickUnit::Minute ? minuteMs : hourMs);
        for (qint64 t = floorDiv(from, unit) * unit; t <= to; t += unit)
            times.append(t);
        break;
    }
    case TickUnit::Day: {
        for (QDate d = dayOfMs(from); dayStartMs(d) <= to; d = d.addDays(1)) {
            // Steps restart on the 1st of each month; a last step shorter than the others is
            // dropped so two ticks are never closer than one step.
            if ((d.day() - 1) % step.count == 0 && d.day() + step.count <= d.daysInMonth() + 1)
                times.append(dayStartMs(d));
        }
        break;
    }
    case TickUnit::Week: {
        QDate d = dayOfMs(from);
        d = d.addDays(1 - d.dayOfWeek());
        for (; dayStartMs(d) <= to; d = d.addDays(7 * step.count))
            times.append(dayStartMs(d));
        break;
    }
    case TickUnit::Month: {
        const QDate f = dayOfMs(from);
        QDate d(f.year(), (f.month() - 1) / step.count * step.count + 1, 1);
        for (; dayStartMs(d) <= to; d = d.addMonths(step.count))
            times.append(dayStartMs(d));
        break;
    }
    case TickUnit::Year: {
        int year = int(floorDiv(dayOfMs(from).year(), step.count) * step.count);
        for (;; year += step.count) {
            const QDate d(year == 0 ? 1 : year, 1, 1); // there is no year 0
            if (dayStartMs(d) > to)
                break;
            times.append(dayStartMs(d));
        }
        break;
    }
    }
    return times;
}

QString timeOfDay(qint64 t, const QLocale &locale)
{
    const qint64 inDay = t - dayStartMs(dayOfMs(t));
    return locale.toString(QTime::fromMSecsSinceStartOfDay(int(inDay)), QStringLiteral("HH:mm"));
}

/// Label formats for a tick, most informative first.
QStringList labels(Step step, bool major, qint64 t, const QLocale &locale)
{
    const QDate d = dayOfMs(t);
    switch (step.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
        if (major)
            return {locale.toString(d, QStringLiteral("d MMM yyyy")) + u' ' + timeOfDay(t, locale),
                    timeOfDay(t, locale)};
        return {timeOfDay(t, locale)};
    case TickUnit::Day:
        if (major)
            return {locale.toString(d, QStringLiteral("dddd d MMMM yyyy")),
                    locale.toString(d, QStringLiteral("d MMM yyyy")),
                    locale.toString(d, QStringLiteral("d MMM"))};
        return {QString::number(d.day())};
    case TickUnit::Week:
        return {QString::number(d.day())};
    case TickUnit::Month:
        if (major)
            return {locale.toString(d, QStringLiteral("MMMM yyyy")),
                    locale.toString(d, QStringLiteral("MMM yyyy"))};
        return {locale.monthName(d.month(), QLocale::ShortFormat),
                locale.monthName(d.month(), QLocale::NarrowFormat)};
    case TickUnit::Year:
        return {QString::number(d.year())};
    }
    return {QString()};
}

/// Ticks of `step` for the scale with labels that fit; empty when none of its formats fit.
/// Pinning puts the label of a tick left of the view at the left edge (for major ticks).
bool makeTicks(const TimeScale &scale, Step step, bool major, const QFontMetricsF &metrics,
               const QLocale &locale, double minGap, QList<Tick> *out)
{
    const QList<qint64> times = tickTimes(step, scale.start(), scale.end());
    const int formats = int(labels(step, major, scale.start(), locale).size());
    for (int f = 0; f < formats; ++f) {
        QList<Tick> ticks;
        double lastRight = -1e300;
        bool fits = true;
        for (qsizetype i = 0; i < times.size(); ++i) {
            Tick tick{times[i], scale.mapTimeToX(times[i]), {}};
            const QStringList texts = labels(step, major, times[i], locale);
            const QString text = texts.value(std::min<qsizetype>(f, texts.size() - 1));
            double left = tick.x + tickLabelOffset;
            if (tick.x < 0) {
                if (!major) {
                    ticks.append(tick); // left of the view: no label
                    continue;
                }
                // The major unit that holds the left edge keeps its label in view, unless the
                // next label is too close.
                const double nextX = i + 1 < times.size() ? scale.mapTimeToX(times[i + 1]) : 1e300;
                left = tickLabelOffset;
                if (left + metrics.horizontalAdvance(text) + minGap > nextX + tickLabelOffset) {
                    ticks.append(tick);
                    continue;
                }
            }
            const double right = left + metrics.horizontalAdvance(text);
            if (left < lastRight + minGap) {
                fits = false;
                break;
            }
            tick.label = text;
            tick.labelX = left;
            lastRight = std::max(lastRight, right);
            ticks.append(tick);
        }
        if (fits) {
            *out = ticks;
            return true;
        }
    }
    return false;
}

} // namespace

TickSet computeTicks(const TimeScale &scale, const QFontMetricsF &metrics, const QLocale &locale,
                     double minGap)
{
    TickSet set;
    const double msPerPixel = scale.msPerPixel();
    const double minLabel = metrics.horizontalAdvance(QStringLiteral("00")) + minGap;
    for (qsizetype i = 0; i < qsizetype(steps.size()); ++i) {
        const Step step = steps[size_t(i)];
        // Skip without building ticks while steps are clearly too narrow.
        if (approxMs(step) / msPerPixel < minLabel && i + 1 < qsizetype(steps.size()))
            continue;
        QList<Tick> minor;
        if (!makeTicks(scale, step, false, metrics, locale, minGap, &minor) &&
            i + 1 < qsizetype(steps.size()))
            continue;
        set.minorUnit = step.unit;
        set.minorStep = step.count;
        set.minor = minor;
        Step major = majorFor(step);
        // Coarsen the major unit until its labels fit too.
        while (!makeTicks(scale, major, true, metrics, locale, minGap, &set.major)) {
            if (major.unit != TickUnit::Year)
                major = {TickUnit::Year, 1};
            else if (major.count < 1000)
                major.count *= 10;
            else {
                set.major.clear();
                break;
            }
        }
        set.majorUnit = major.unit;
        set.majorStep = major.count;
        return set;
    }
    return set;
}

} // namespace detente
