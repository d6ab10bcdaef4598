#include "datespan.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace detente {

namespace {
constexpr qint64 msPerDay = 24LL * 60 * 60 * 1000;

struct PrecisionName {
    Precision precision;
    const char *name;
};
constexpr PrecisionName precisionNames[] = {
    {Precision::Instant, "instant"},         {Precision::Day, "day"},   {Precision::Month, "month"},
    {Precision::PartOfYear, "part-of-year"}, {Precision::Year, "year"}, {Precision::Span, "span"},
};
} // namespace

QString precisionName(Precision p)
{
    for (const auto &n : precisionNames)
        if (n.precision == p)
            return QString::fromLatin1(n.name);
    return {};
}

std::optional<Precision> precisionFromName(const QString &name)
{
    for (const auto &n : precisionNames)
        if (name == QLatin1String(n.name))
            return n.precision;
    return std::nullopt;
}

bool isSupportedDay(QDate day)
{
    return day.isValid() && day.year() >= firstSupportedYear && day.year() <= lastSupportedYear;
}

qint64 dayStartMs(QDate day)
{
    // Julian day 2440588 is 1970-01-01; exact for every supported day, no time zone involved.
    static const qint64 firstDay = QDate(firstSupportedYear, 1, 1).toJulianDay();
    static const qint64 lastDay = QDate(lastSupportedYear, 12, 31).toJulianDay();
    return (std::clamp(day.toJulianDay(), firstDay, lastDay) - 2440588) * msPerDay;
}

QDate dayOfMs(qint64 ms)
{
    qint64 days = ms / msPerDay;
    if (ms % msPerDay < 0)
        --days;
    return QDate::fromJulianDay(days + 2440588);
}

DateSpan::DateSpan(qint64 first, qint64 last, Precision precision, QString phrase)
    : m_first(first)
    , m_last(last)
    , m_precision(precision)
    , m_phrase(std::move(phrase))
{}

DateSpan DateSpan::fromDays(QDate first, QDate last, Precision precision, QString phrase)
{
    return DateSpan(dayStartMs(first), dayStartMs(last) + msPerDay - 1, precision,
                    std::move(phrase));
}

DateSpan DateSpan::fromDay(QDate day, QString phrase)
{
    return fromDays(day, day, Precision::Day, std::move(phrase));
}

bool DateSpan::isVague() const
{
    switch (m_precision) {
    case Precision::Instant:
    case Precision::Day:
        return false;
    case Precision::Span:
        // An explicit span of days is vague about where in it the event falls; a single day is not.
        return dayOfMs(m_first) != dayOfMs(m_last);
    default:
        return true;
    }
}

QDate DateSpan::firstDay() const
{
    return dayOfMs(m_first);
}
QDate DateSpan::lastDay() const
{
    return dayOfMs(m_last);
}

static QString instantText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QString DateSpan::startText() const
{
    return m_precision == Precision::Instant ? instantText(m_first)
                                             : firstDay().toString(Qt::ISODate);
}

QString DateSpan::endText() const
{
    return m_precision == Precision::Instant ? instantText(m_last)
                                             : lastDay().toString(Qt::ISODate);
}

QString DateSpan::edtf() const
{
    const QDate a = firstDay(), b = lastDay();
    switch (m_precision) {
    case Precision::Instant:
        return m_first == m_last ? instantText(m_first)
                                 : instantText(m_first) + u'/' + instantText(m_last);
    case Precision::Day:
        if (a == b)
            return a.toString(Qt::ISODate);
        break;
    case Precision::Month:
        if (a.day() == 1 && b == a.addMonths(1).addDays(-1))
            return a.toString(QStringLiteral("yyyy-MM"));
        break;
    case Precision::Year:
        if (a.month() == 1 && a.day() == 1 && b == QDate(a.year(), 12, 31))
            return QString::number(a.year());
        break;
    case Precision::PartOfYear:
    case Precision::Span:
        break;
    }
    return a.toString(Qt::ISODate) + u'/' + b.toString(Qt::ISODate);
}

} // namespace detente
