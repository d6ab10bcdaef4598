#pragma once

#include "model/event.h"

#include <QList>

#include <vector>

namespace detente {

/// The events of each lane in compact sorted arrays, so that a frame costs what is visible and
/// not what is stored: binary search finds the visible range, prefix sums give any time range's
/// count and QuadClass/Goldstein mix in constant time (the density strips).
///
/// About 44 bytes per event. Built from a scene's events and lanes, optionally only those a
/// filter keeps; building is O(n) when the events come sorted by start.
class TimelineIndex {
public:
    struct Lane {
        std::vector<qint64> first; ///< sorted ascending
        std::vector<qint64> last;
        std::vector<qint32> event; ///< index into the scene's events
        /// quad[q][i]: events of QuadClass q + 1 among the first i (n + 1 entries each).
        std::vector<quint32> quad[4];
        std::vector<qint32> goldstein;       ///< prefix sum of Goldstein × 10
        std::vector<quint32> goldsteinKnown; ///< prefix count of events with a Goldstein score
        qint64 longest = 0;                  ///< the longest event (ms), to bound searches
        qint64 latest = 0;                   ///< the latest end

        qsizetype size() const { return qsizetype(first.size()); }
        /// Index of the first event starting at or after t.
        qsizetype lowerBound(qint64 t) const;
    };

    /// What the events starting in one pixel column are.
    struct Density {
        quint32 count = 0;
        quint32 quad[4] = {};
        qint32 goldsteinTenths = 0;
        quint32 goldsteinKnown = 0;
        qsizetype firstIndex = 0; ///< the column's first event in the lane's arrays

        /// Mean Goldstein score, or nullopt when none is known.
        std::optional<double> goldstein() const
        {
            if (!goldsteinKnown)
                return std::nullopt;
            return goldsteinTenths / 10.0 / goldsteinKnown;
        }
    };

    /// Rebuilds from `events` in lanes `laneOf` (values 0 … laneCount - 1). With `included`,
    /// only the events it marks true.
    void build(const QList<Event> &events, const QList<int> &laneOf, int laneCount,
               const std::vector<bool> *included = nullptr);

    int laneCount() const { return int(m_lanes.size()); }
    const Lane &lane(int i) const { return m_lanes[size_t(i)]; }
    /// Events in the index (after the filter).
    qsizetype size() const { return m_size; }
    /// Events of a lane that start in [from, to).
    qsizetype countStarting(int lane, qint64 from, qint64 to) const;
    /// For each of `columns` pixel columns from `start`, `msPerPixel` wide, what starts there
    /// (in columns narrower than a day: what started up to a day before, too).
    void density(int lane, qint64 start, double msPerPixel, int columns,
                 std::vector<Density> &out) const;
    /// Heap memory held by the arrays, in bytes.
    size_t bytes() const;

private:
    std::vector<Lane> m_lanes;
    qsizetype m_size = 0;
};

} // namespace detente
