#include "timelineindex.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace detente {

qsizetype TimelineIndex::Lane::lowerBound(qint64 t) const
{
    return qsizetype(std::lower_bound(first.begin(), first.end(), t) - first.begin());
}

TimelineIndex::Source TimelineIndex::Source::make(const QList<Event> &events,
                                                  const QList<int> &laneOf, int laneCount)
{
    Source s;
    const size_t n = size_t(events.size());
    s.laneCount = std::max(0, laneCount);
    s.first.resize(n);
    s.last.resize(n);
    s.goldsteinTenths.resize(n);
    s.quadClass.resize(n);
    s.lane.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const Event &e = events[qsizetype(i)];
        s.first[i] = e.date.first();
        s.last[i] = e.date.last();
        s.goldsteinTenths[i] = e.goldstein ? qint16(std::lround(*e.goldstein * 10)) : noGoldstein;
        s.quadClass[i] = quint8(std::clamp(e.quadClass, 0, 4));
        const int lane = qsizetype(i) < laneOf.size() ? laneOf[qsizetype(i)] : -1;
        s.lane[i] = lane >= 0 && lane < s.laneCount ? lane : -1;
        s.sorted = s.sorted && (i == 0 || s.first[i] >= s.first[i - 1]);
    }
    return s;
}

bool TimelineIndex::build(const Source &source, const std::vector<bool> *included,
                          const std::atomic<bool> *cancel)
{
    const size_t n = size_t(source.size());
    const size_t laneCount = size_t(source.laneCount);
    m_lanes.assign(laneCount, Lane());
    m_size = 0;
    m_filtered = included != nullptr;
    if (included && included->size() != n)
        included = nullptr;
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto kept = [&](size_t i) { return !included || (*included)[i]; };

    // Count per lane first, so every array is allocated once; then one pass puts each event's
    // number in its lane (in order of start, as the source comes sorted).
    std::vector<size_t> counts(laneCount, 0);
    for (size_t i = 0; i < n; ++i)
        if (source.lane[i] >= 0 && kept(i))
            ++counts[size_t(source.lane[i])];
    for (size_t l = 0; l < laneCount; ++l)
        m_lanes[l].event.reserve(counts[l]);
    for (size_t i = 0; i < n; ++i) {
        if ((i & 0xffff) == 0 && cancelled())
            break;
        if (source.lane[i] >= 0 && kept(i))
            m_lanes[size_t(source.lane[i])].event.push_back(qint32(i));
    }
    for (Lane &lane : m_lanes) {
        if (cancelled()) {
            m_lanes.clear();
            m_size = 0;
            return false;
        }
        std::vector<qint32> &ids = lane.event;
        if (!source.sorted)
            std::stable_sort(ids.begin(), ids.end(), [&](qint32 a, qint32 b) {
                return source.first[size_t(a)] < source.first[size_t(b)];
            });
        const size_t count = ids.size();
        lane.first.resize(count);
        lane.last.resize(count);
        qint64 longest = 0, latest = std::numeric_limits<qint64>::min();
        size_t runs = 0;
        for (size_t k = 0; k < count; ++k) {
            const size_t i = size_t(ids[k]);
            const qint64 first = source.first[i], last = source.last[i];
            lane.first[k] = first;
            lane.last[k] = last;
            longest = std::max(longest, last - first);
            latest = std::max(latest, last);
            runs += k == 0 || first != lane.first[k - 1];
        }
        // Runs pay for their 12 bytes of start and position when they save per-event totals.
        const bool grouped =
            runs * (sizeof(qint64) + sizeof(qint32) + sizeof(Prefix)) < count * sizeof(Prefix);
        if (grouped) {
            lane.runStart.resize(runs);
            lane.runBegin.resize(runs + 1);
        }
        lane.prefix.resize((grouped ? runs : count) + 1);
        Prefix sum;
        size_t run = 0;
        for (size_t k = 0; k < count; ++k) {
            if (grouped && (k == 0 || lane.first[k] != lane.first[k - 1])) {
                lane.runStart[run] = lane.first[k];
                lane.runBegin[run] = qint32(k);
                lane.prefix[run] = sum;
                ++run;
            }
            const size_t i = size_t(ids[k]);
            if (const int q = source.quadClass[i])
                ++sum.quad[q - 1];
            if (const qint16 g = source.goldsteinTenths[i]; g != Source::noGoldstein) {
                sum.goldsteinTenths += g;
                ++sum.goldsteinKnown;
            }
            if (!grouped)
                lane.prefix[k + 1] = sum;
        }
        if (grouped) {
            lane.runBegin[runs] = qint32(count);
            lane.prefix[runs] = sum;
        }
        lane.longest = longest;
        lane.latest = count ? latest : 0;
        m_size += qsizetype(count);
    }
    return true;
}

void TimelineIndex::build(const QList<Event> &events, const QList<int> &laneOf, int laneCount,
                          const std::vector<bool> *included)
{
    build(Source::make(events, laneOf, laneCount), included);
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
    // Rounded to the nearest millisecond (column × msPerPixel is never negative).
    auto edge = [&](int column) { return start + qint64(column * msPerPixel + 0.5); };
    // The search runs over the starts of the runs (the events when they are not grouped): a
    // lower bound among events always falls on the first event of a run.
    const bool grouped = !lane.runBegin.empty();
    const qsizetype n = lane.runs();
    const qint64 *first = grouped ? lane.runStart.data() : lane.first.data();
    const qint32 *begin = grouped ? lane.runBegin.data() : nullptr;
    // The first index from `from` on whose start is not before t, by galloping: steps of 1, 2,
    // 4 … then a binary search within the last step, so a column costs the log of what it
    // holds, whether that is a few runs or very many.
    auto advance = [&](qsizetype from, qint64 t) {
        if (from >= n || first[from] >= t)
            return from;
        qsizetype below = from, step = 1; // first[below] < t
        while (below + step < n && first[below + step] < t) {
            below += step;
            step *= 2;
        }
        const qsizetype end = std::min(n, below + step);
        return qsizetype(std::lower_bound(first + below + 1, first + end, t) - first);
    };
    qsizetype lo = qsizetype(std::lower_bound(first, first + n, edge(0) - reach) - first);
    qsizetype hi = lo;
    const Prefix *prefix = lane.prefix.data();
    for (int c = 0; c < columns; ++c) {
        const qint64 from = edge(c) - reach, end = edge(c + 1);
        lo = advance(lo, from);
        hi = advance(std::max(lo, hi), end);
        if (hi == lo)
            continue;
        Density &d = out[size_t(c)];
        d.count = quint32(begin ? begin[hi] - begin[lo] : hi - lo);
        const Prefix &a = prefix[lo], &b = prefix[hi];
        for (int q = 0; q < 4; ++q)
            d.quad[q] = b.quad[q] - a.quad[q];
        d.goldsteinTenths = b.goldsteinTenths - a.goldsteinTenths;
        d.goldsteinKnown = b.goldsteinKnown - a.goldsteinKnown;
    }
}

size_t TimelineIndex::bytes() const
{
    size_t total = m_lanes.capacity() * sizeof(Lane);
    for (const Lane &l : m_lanes)
        total += l.first.capacity() * sizeof(qint64) + l.last.capacity() * sizeof(qint64) +
                 l.event.capacity() * sizeof(qint32) + l.runStart.capacity() * sizeof(qint64) +
                 l.runBegin.capacity() * sizeof(qint32) + l.prefix.capacity() * sizeof(Prefix);
    return total;
}

} // namespace detente
