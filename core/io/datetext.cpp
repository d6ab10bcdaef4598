#include "datetext.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace detente {

namespace {

int monthNumber(const QString &name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString n = name.toLower();
    if (n.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i)
        if (n.startsWith(QLatin1String(months[i])))
            return i + 1;
    return 0;
}

std::optional<DateSpan> months(int year, int first, int last, Precision p, const QString &phrase)
{
    const QDate a(year, first, 1);
    const QDate b = QDate(year, last, 1).addMonths(1).addDays(-1);
    if (!a.isValid() || !b.isValid())
        return std::nullopt;
    return DateSpan::fromDays(a, b, p, phrase);
}

/// One EDTF/ISO date without a range: YYYY, YYYY-MM, YYYY-SS (season), YYYY-MM-DD.
std::optional<DateSpan> isoPart(const QString &text, const QString &phrase)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    if (m.captured(2).isEmpty())
        return months(year, 1, 12, Precision::Year, phrase);
    const int mm = m.captured(2).toInt();
    if (m.captured(3).isEmpty()) {
        if (mm >= 1 && mm <= 12)
            return months(year, mm, mm, Precision::Month, phrase);
        switch (mm) { // EDTF seasons (northern hemisphere)
        case 21:
            return months(year, 3, 5, Precision::PartOfYear, phrase);
        case 22:
            return months(year, 6, 8, Precision::PartOfYear, phrase);
        case 23:
            return months(year, 9, 11, Precision::PartOfYear, phrase);
        case 24: {
            const QDate a(year, 12, 1), b = QDate(year + 1, 3, 1).addDays(-1);
            return DateSpan::fromDays(a, b, Precision::PartOfYear, phrase);
        }
        default:
            return std::nullopt;
        }
    }
    const QDate d(year, mm, m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return DateSpan::fromDay(d, phrase);
}

} // namespace

std::optional<DateSpan> parseDateText(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // EDTF qualifiers: approximate (~), uncertain (?) or both (%); the range stays the same.
    QString phrase;
    if (text.endsWith(u'~') || text.endsWith(u'?') || text.endsWith(u'%')) {
        phrase = text;
        text.chop(1);
    }
    if (const qsizetype slash = text.indexOf(u'/'); slash > 0) {
        const auto a = isoPart(text.left(slash), phrase);
        const auto b = isoPart(text.mid(slash + 1), phrase);
        if (!a || !b || b->last() < a->first())
            return std::nullopt;
        return DateSpan(a->first(), b->last(), Precision::Span, phrase);
    }
    if (const auto d = isoPart(text, phrase))
        return d;
    if (text.contains(u'T')) {
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (dt.isValid()) {
            if (dt.timeSpec() == Qt::LocalTime)
                dt.setTimeZone(QTimeZone::utc());
            const qint64 ms = dt.toMSecsSinceEpoch();
            return DateSpan(ms, ms, Precision::Instant, phrase);
        }
    }

    // Phrases.
    static const QRegularExpression part(
        QStringLiteral(
            R"(^(early|mid|middle of|mid-|late|spring|summer|autumn|fall|winter)\s*-?\s*(?:of\s+)?(\d{4})$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = part.match(text); m.hasMatch()) {
        const QString w = m.captured(1).toLower();
        const int year = m.captured(2).toInt();
        if (w == u"early")
            return months(year, 1, 4, Precision::PartOfYear, input.trimmed());
        if (w.startsWith(u"mid"))
            return months(year, 5, 8, Precision::PartOfYear, input.trimmed());
        if (w == u"late")
            return months(year, 9, 12, Precision::PartOfYear, input.trimmed());
        const int season = w == u"spring" ? 21 : w == u"summer" ? 22 : w == u"winter" ? 24 : 23;
        return isoPart(QStringLiteral("%1-%2").arg(year).arg(season), input.trimmed());
    }
    static const QRegularExpression monthYear(QStringLiteral(R"(^([A-Za-z]{3,})\.?\s+(\d{4})$)"));
    if (const auto m = monthYear.match(text); m.hasMatch())
        if (const int mm = monthNumber(m.captured(1)))
            return months(m.captured(2).toInt(), mm, mm, Precision::Month, input.trimmed());
    static const QRegularExpression dayMonthYear(
        QStringLiteral(R"(^(\d{1,2})\s+([A-Za-z]{3,})\.?\s+(\d{4})$)"));
    static const QRegularExpression monthDayYear(
        QStringLiteral(R"(^([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$)"));
    int day = 0, month = 0, year = 0;
    if (const auto m = dayMonthYear.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = monthNumber(m.captured(2));
        year = m.captured(3).toInt();
    } else if (const auto n = monthDayYear.match(text); n.hasMatch()) {
        day = n.captured(2).toInt();
        month = monthNumber(n.captured(1));
        year = n.captured(3).toInt();
    }
    if (month && QDate(year, month, day).isValid())
        return DateSpan::fromDay(QDate(year, month, day), input.trimmed());
    static const QRegularExpression inYear(QStringLiteral(R"(^(?:in\s+)?(\d{4})$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto m = inYear.match(text); m.hasMatch())
        return months(m.captured(1).toInt(), 1, 12, Precision::Year, input.trimmed());
    return std::nullopt;
}

} // namespace detente
