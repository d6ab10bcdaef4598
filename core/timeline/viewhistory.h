#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace detente {

/// A visible time range, as the history remembers it.
struct ViewRange {
    qint64 start = 0;
    qint64 end = 0;
    friend bool operator==(const ViewRange &, const ViewRange &) = default;
};

/// Back and forward through the ranges the user looked at, like a browser's history: visiting a
/// new range drops the forward part. Bounded, oldest first out.
class ViewHistory {
public:
    explicit ViewHistory(qsizetype limit = 100)
        : m_limit(limit)
    {}

    /// Records `range` as the current one (ignored when it equals the current one).
    void visit(ViewRange range);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_ranges.size(); }
    /// The previous range, made current; nullopt at the start.
    std::optional<ViewRange> back();
    /// The next range, made current; nullopt at the end.
    std::optional<ViewRange> forward();
    std::optional<ViewRange> current() const;
    qsizetype size() const { return m_ranges.size(); }

private:
    QList<ViewRange> m_ranges;
    qsizetype m_current = -1;
    qsizetype m_limit;
};

} // namespace detente
