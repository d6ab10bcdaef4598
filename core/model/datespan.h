#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace detente {

/// How exactly an event's date is known.
enum class Precision {
    Instant,    ///< a moment with a time of day
    Day,        ///< one calendar day
    Month,      ///< one calendar month ("February 2022")
    PartOfYear, ///< a part of a year or a season ("early 2023", "spring 2023")
    Year,       ///< one calendar year ("in 2023")
    Span,       ///< an explicit range of days ("the early weeks of the conflict")
};

/// The name used in files and on the command line: day|month|part-of-year|year|span|instant.
QString precisionName(Precision p);
/// Parses precisionName(); nullopt for an unknown name.
std::optional<Precision> precisionFromName(const QString &name);

/// When an event happened: the first and last instant (UTC milliseconds, both included), how
/// precisely that is known and the phrase as it was written.
class DateSpan {
public:
    DateSpan() = default;
    DateSpan(qint64 first, qint64 last, Precision precision, QString phrase = {});

    /// All of the days first..last (inclusive), with the given precision.
    static DateSpan fromDays(QDate first, QDate last, Precision precision, QString phrase = {});
    /// One calendar day.
    static DateSpan fromDay(QDate day, QString phrase = {});

    qint64 first() const { return m_first; }
    qint64 last() const { return m_last; }
    Precision precision() const { return m_precision; }
    const QString &phrase() const { return m_phrase; }
    void setPhrase(const QString &phrase) { m_phrase = phrase; }

    bool isValid() const { return m_last >= m_first; }
    /// True when the whole range is only a bound on the date (month, part of year, year, span).
    bool isVague() const;
    /// The instant a mark is drawn at: the middle of the range.
    qint64 centre() const { return m_first + (m_last - m_first) / 2; }
    /// True when [first, last] overlaps the half-open range [from, to).
    bool overlaps(qint64 from, qint64 to) const { return m_first < to && m_last >= from; }

    QDate firstDay() const;
    QDate lastDay() const;
    /// Inclusive start/end as `YYYY-MM-DD`, or ISO 8601 date-time for an instant.
    QString startText() const;
    QString endText() const;
    /// The date as an EDTF string: `2024-04-25`, `2023-02`, `2023`, `2022-02-24/2022-04-30`.
    QString edtf() const;

    friend bool operator==(const DateSpan &, const DateSpan &) = default;

private:
    qint64 m_first = 0;
    qint64 m_last = -1;
    Precision m_precision = Precision::Day;
    QString m_phrase;
};

/// Dates are stored and drawn for the years -9999..9999 (EDTF's four-digit years). Readers reject
/// a day outside them with a message; dayStartMs() clamps to them, so no input can overflow.
constexpr int firstSupportedYear = -9999;
constexpr int lastSupportedYear = 9999;
bool isSupportedDay(QDate day);

/// Milliseconds since the epoch of the start of a UTC calendar day (clamped to the supported
/// years).
qint64 dayStartMs(QDate day);
/// The UTC calendar day that holds the instant.
QDate dayOfMs(qint64 ms);

} // namespace detente

// A date is its numbers and a QString: moved in memory as it is, so lists of events grow by one
// copy of bytes instead of copying every element.
Q_DECLARE_TYPEINFO(detente::DateSpan, Q_RELOCATABLE_TYPE);
