#include "timelineindex.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace detente {

qsizetype TimelineIndex::Lane::lowerBound(qint64 t) const
{
    return qsizetype(std::lower_bound(first.begin(), first.end(), t) - first.begin());
}

void TimelineIndex::build(const QList<Event> &events, const QList<int> &laneOf, int laneCount,
                          const std::vector<bool> *included)
{
    m_lanes.assign(size_t(std::max(0, laneCount)), Lane());
    m_size = 0;
    // Count per lane first, so every array is allocated once.
    std::vector<qsizetype> counts(m_lanes.size(), 0);
    bool sorted = true;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (included && !(*included)[size_t(i)])
            continue;
        const int lane = laneOf[i];
        if (lane < 0 || lane >= laneCount)
            continue;
        ++counts[size_t(lane)];
        sorted = sorted && events[i].date.first() >= previous;
        previous = events[i].date.first();
    }
    std::vector<std::vector<qint32>> order(m_lanes.size());
    for (size_t l = 0; l < m_lanes.size(); ++l)
        order[l].reserve(size_t(counts[l]));
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (included && !(*included)[size_t(i)])
            continue;
        const int lane = laneOf[i];
        if (lane >= 0 && lane < laneCount)
            order[size_t(lane)].push_back(qint32(i));
    }
    for (size_t l = 0; l < m_lanes.size(); ++l) {
        std::vector<qint32> &ids = order[l];
        // Events from the store arrive sorted by start: then a bucket pass has kept the order.
        if (!sorted)
            std::stable_sort(ids.begin(), ids.end(), [&](qint32 a, qint32 b) {
                return events[a].date.first() < events[b].date.first();
            });
        Lane &lane = m_lanes[l];
        const size_t n = ids.size();
        lane.first.resize(n);
        lane.last.resize(n);
        lane.event = std::move(ids);
        for (auto &q : lane.quad)
            q.assign(n + 1, 0);
        lane.goldstein.assign(n + 1, 0);
        lane.goldsteinKnown.assign(n + 1, 0);
        for (size_t i = 0; i < n; ++i) {
            const Event &e = events[lane.event[i]];
            lane.first[i] = e.date.first();
            lane.last[i] = e.date.last();
            lane.longest = std::max(lane.longest, e.date.last() - e.date.first());
            lane.latest = i == 0 ? e.date.last() : std::max(lane.latest, e.date.last());
            for (int q = 0; q < 4; ++q)
                lane.quad[q][i + 1] = lane.quad[q][i] + (e.quadClass == q + 1 ? 1 : 0);
            lane.goldstein[i + 1] =
                lane.goldstein[i] + (e.goldstein ? qint32(std::lround(*e.goldstein * 10)) : 0);
            lane.goldsteinKnown[i + 1] = lane.goldsteinKnown[i] + (e.goldstein ? 1 : 0);
        }
        m_size += qsizetype(n);
    }
}

qsizetype TimelineIndex::countStarting(int lane, qint64 from, qint64 to) const
{
    const Lane &l = m_lanes[size_t(lane)];
    return std::max<qsizetype>(0, l.lowerBound(to) - l.lowerBound(from));
}

void TimelineIndex::density(int laneIndex, qint64 start, double msPerPixel, int columns,
                            std::vector<Density> &out) const
{
    const Lane &lane = m_lanes[size_t(laneIndex)];
    out.assign(size_t(std::max(0, columns)), Density());
    if (columns <= 0 || lane.first.empty())
        return;
    // Walk the column edges left to right; each edge is found by searching only forward.
    // Columns narrower than a day also count the events that started up to a day before them:
    // a day-precise event covers its whole day, so its day's columns are never left empty.
    const qint64 reach = std::max<qint64>(0, 86400000LL - qint64(msPerPixel));
    auto edge = [&](int column) { return start + qint64(std::llround(column * msPerPixel)); };
    // The first index from `from` on whose start is not before t: a few steps forward, then a
    // binary search for long jumps (a column holds few events, or very many).
    const qsizetype n = lane.size();
    auto advance = [&](qsizetype from, qint64 t) {
        for (int steps = 0; steps < 16; ++steps, ++from)
            if (from >= n || lane.first[size_t(from)] >= t)
                return from;
        return qsizetype(std::lower_bound(lane.first.begin() + from, lane.first.end(), t) -
                         lane.first.begin());
    };
    qsizetype lo = lane.lowerBound(edge(0) - reach);
    qsizetype hi = lo;
    for (int c = 0; c < columns; ++c) {
        const qint64 from = edge(c) - reach, end = edge(c + 1);
        lo = advance(lo, from);
        hi = advance(std::max(lo, hi), end);
        Density &d = out[size_t(c)];
        d.firstIndex = lo;
        d.count = quint32(hi - lo);
        if (d.count) {
            for (int q = 0; q < 4; ++q)
                d.quad[q] = lane.quad[q][size_t(hi)] - lane.quad[q][size_t(lo)];
            d.goldsteinTenths = lane.goldstein[size_t(hi)] - lane.goldstein[size_t(lo)];
            d.goldsteinKnown = lane.goldsteinKnown[size_t(hi)] - lane.goldsteinKnown[size_t(lo)];
        }
    }
}

size_t TimelineIndex::bytes() const
{
    size_t total = m_lanes.capacity() * sizeof(Lane);
    for (const Lane &l : m_lanes) {
        total += l.first.capacity() * sizeof(qint64) + l.last.capacity() * sizeof(qint64) +
                 l.event.capacity() * sizeof(qint32) + l.goldstein.capacity() * sizeof(qint32) +
                 l.goldsteinKnown.capacity() * sizeof(quint32);
        for (const auto &q : l.quad)
            total += q.capacity() * sizeof(quint32);
    }
    return total;
}

} // namespace detente
