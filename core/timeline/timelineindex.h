#pragma once

#include "model/event.h"

#include <QList>

#include <algorithm>
#include <atomic>
#include <limits>
#include <optional>
#include <vector>

namespace detente {

/// The events of each lane in compact sorted arrays, so that a frame costs what is visible and
/// not what is stored: binary search finds the visible range, prefix sums give any time range's
/// count and QuadClass/Goldstein mix in constant time (the density strips).
///
/// Events starting at the same instant (all the events of a day, in day-precise data) form one
/// run; the running totals are kept per run, so the density strips search a few thousand run
/// starts that stay in the cache instead of a million event starts. 20 bytes per event plus 36
/// per run, or 44 per event when runs would not save memory. Built from a Source (a compact
/// copy of the scene's events), optionally only the events a filter keeps; building is O(n)
/// when the events come sorted by start.
class TimelineIndex {
public:
    /// What a build reads, one entry per scene event: dates, classes and lanes, copied out of
    /// the events once per lane assignment. Immutable once made, so builds on worker threads
    /// share it without touching the scene.
    struct Source {
        static constexpr qint16 noGoldstein = std::numeric_limits<qint16>::min();
        std::vector<qint64> first;
        std::vector<qint64> last;
        std::vector<qint16> goldsteinTenths; ///< noGoldstein when the event has none
        std::vector<quint8> quadClass;       ///< 0: unknown
        std::vector<qint32> lane;            ///< -1: in no lane
        int laneCount = 0;
        bool sorted = true; ///< events ascending by first

        static Source make(const QList<Event> &events, const QList<int> &laneOf, int laneCount);
        qsizetype size() const { return qsizetype(first.size()); }
    };

    /// Running totals over a lane's first i events.
    struct Prefix {
        quint32 quad[4] = {};       ///< events of QuadClass q + 1
        qint32 goldsteinTenths = 0; ///< sum of Goldstein × 10
        quint32 goldsteinKnown = 0; ///< events with a Goldstein score
    };

    struct Lane {
        std::vector<qint64> first; ///< sorted ascending
        std::vector<qint64> last;
        std::vector<qint32> event; ///< index into the scene's events
        /// Runs of events with the same start: run r starts at runStart[r] and holds events
        /// runBegin[r] … runBegin[r + 1] - 1. Both empty when grouping would not save memory:
        /// then each event is a run of its own (runStart is `first`, runBegin the identity).
        std::vector<qint64> runStart;
        std::vector<qint32> runBegin; ///< runs + 1 entries
        std::vector<Prefix> prefix;   ///< runs + 1 entries: prefix[r] sums the runs before r
        qint64 longest = 0;           ///< the longest event (ms), to bound searches
        qint64 latest = 0;            ///< the latest end

        qsizetype size() const { return qsizetype(first.size()); }
        /// Index of the first event starting at or after t.
        qsizetype lowerBound(qint64 t) const;
        /// Number of runs (equal to size() when the events were not grouped).
        qsizetype runs() const { return std::max<qsizetype>(0, qsizetype(prefix.size()) - 1); }
    };

    /// What the events starting in one pixel column are.
    struct Density {
        quint32 count = 0;
        quint32 quad[4] = {};
        qint32 goldsteinTenths = 0;
        quint32 goldsteinKnown = 0;

        /// Mean Goldstein score, or nullopt when none is known.
        std::optional<double> goldstein() const
        {
            if (!goldsteinKnown)
                return std::nullopt;
            return goldsteinTenths / 10.0 / goldsteinKnown;
        }
    };

    /// Rebuilds from `source`; with `included` (one flag per event), only the events it marks
    /// true. Returns false, leaving the index empty, when `cancel` turns true meanwhile.
    bool build(const Source &source, const std::vector<bool> *included = nullptr,
               const std::atomic<bool> *cancel = nullptr);
    /// Rebuilds from `events` in lanes `laneOf` (values 0 … laneCount - 1).
    void build(const QList<Event> &events, const QList<int> &laneOf, int laneCount,
               const std::vector<bool> *included = nullptr);

    int laneCount() const { return int(m_lanes.size()); }
    const Lane &lane(int i) const { return m_lanes[size_t(i)]; }
    /// Events in the index (after the filter).
    qsizetype size() const { return m_size; }
    /// Built with a filter (even one that keeps everything).
    bool isFiltered() const { return m_filtered; }
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
    bool m_filtered = false;
};

} // namespace detente
