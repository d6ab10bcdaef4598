#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace detente {

/// Which events a query returns. Empty members do not restrict.
struct EventFilter {
    qint64 from = std::numeric_limits<qint64>::min(); ///< events overlapping [from, to)
    qint64 to = std::numeric_limits<qint64>::max();
    /// Events involving any of these actors (names or aliases). A state or organisation
    /// includes the persons who speak for it.
    QStringList actors;
    /// The exchanges of a pair: events whose source is one and whose target is the other, in
    /// either direction (persons count for whom they speak for).
    std::optional<std::pair<QString, QString>> between;
    QStringList kinds;
    QList<int> quadClasses;
    std::optional<double> goldsteinMin;
    std::optional<double> goldsteinMax;
    int minSources = 0; ///< at least this many distinct sources
    QStringList tags;   ///< carrying any of these tags
    QString text;       ///< words to find in titles, summaries and quotes

    bool hasRange() const
    {
        return from != std::numeric_limits<qint64>::min() ||
               to != std::numeric_limits<qint64>::max();
    }
    /// A name no actor or kind has: `actors` or `kinds` holding only it keep nothing (every
    /// actor or every kind unchecked in the window).
    static inline const QString nothing = QStringLiteral("\x01none");

    /// True when every event passes.
    bool isEmpty() const
    {
        return !hasRange() && actors.isEmpty() && !between && kinds.isEmpty() &&
               quadClasses.isEmpty() && !goldsteinMin && !goldsteinMax && minSources <= 0 &&
               tags.isEmpty() && text.trimmed().isEmpty();
    }
    friend bool operator==(const EventFilter &, const EventFilter &) = default;
};

} // namespace detente
