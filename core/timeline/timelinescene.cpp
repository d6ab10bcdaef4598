#include "timelinescene.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace detente {

namespace {
QString unattributed()
{
    return QCoreApplication::translate("detente::TimelineScene", "Unattributed");
}
} // namespace

QString TimelineScene::affiliated(const QString &actor) const
{
    return m_affiliation.value(actor, actor);
}

QString TimelineScene::homeActor(const Event &e) const
{
    const QString source = e.sourceActor();
    if (!source.isEmpty())
        return affiliated(source);
    for (const EventPerson &p : e.persons)
        if (!p.speaksFor.isEmpty())
            return p.speaksFor;
    return unattributed();
}

QString TimelineScene::laneNameFor(const Event &e) const
{
    switch (m_mode) {
    case LaneMode::ByActor:
        return homeActor(e);
    case LaneMode::ByKind:
        return e.kind.isEmpty() ? QCoreApplication::translate("detente::TimelineScene", "Other")
                                : e.kind;
    case LaneMode::Single:
        return QCoreApplication::translate("detente::TimelineScene", "Events");
    }
    return {};
}

void TimelineScene::setEvents(QList<Event> events, const QList<Actor> &actors, LaneMode mode)
{
    m_events = std::move(events);
    m_mode = mode;
    m_affiliation.clear();
    for (const Actor &a : actors)
        if (a.kind == ActorKind::Person && !a.affiliation.isEmpty())
            m_affiliation.insert(a.name, a.affiliation);
    for (const Event &e : m_events)
        for (const EventPerson &p : e.persons)
            if (!p.speaksFor.isEmpty() && !m_affiliation.contains(p.name))
                m_affiliation.insert(p.name, p.speaksFor);

    QHash<QString, int> laneIndex;
    m_lanes.clear();
    m_laneOf = QList<int>(m_events.size(), -1);
    m_targetLaneOf = QList<int>(m_events.size(), -1);
    m_indexOfId.clear();
    m_included.clear();
    for (int i = 0; i < m_events.size(); ++i) {
        const QString name = laneNameFor(m_events[i]);
        auto it = laneIndex.find(name);
        if (it == laneIndex.end()) {
            it = laneIndex.insert(name, int(m_lanes.size()));
            m_lanes.append({name, 0});
        }
        m_laneOf[i] = *it;
        ++m_lanes[*it].events;
        if (m_events[i].id)
            m_indexOfId.insert(m_events[i].id, i);
    }
    // Busiest lanes first; ties by name, so the order is stable.
    QList<int> order(m_lanes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        if (m_lanes[a].events != m_lanes[b].events)
            return m_lanes[a].events > m_lanes[b].events;
        return m_lanes[a].name.localeAwareCompare(m_lanes[b].name) < 0;
    });
    QList<Lane> sorted;
    QList<int> newIndex(m_lanes.size());
    for (int i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = i;
        sorted.append(std::move(m_lanes[order[i]]));
    }
    m_lanes = std::move(sorted);
    laneIndex.clear();
    for (int i = 0; i < m_lanes.size(); ++i)
        laneIndex.insert(m_lanes[i].name, i);
    for (int &lane : m_laneOf)
        lane = newIndex[lane];
    m_index.build(m_events, m_laneOf, int(m_lanes.size()));

    QHash<QString, int> byKey;
    for (int i = 0; i < m_events.size(); ++i)
        if (!m_events[i].key.isEmpty())
            byKey.insert(m_events[i].key, i);
    m_answers.clear();
    for (int i = 0; i < m_events.size(); ++i) {
        const Event &e = m_events[i];
        if (m_mode == LaneMode::ByActor) {
            const QString target = e.targetActor();
            if (!target.isEmpty()) {
                const int lane = laneIndex.value(affiliated(target), -1);
                if (lane != m_laneOf[i])
                    m_targetLaneOf[i] = lane;
            }
        }
        for (const QString &key : e.answers)
            if (const int answered = byKey.value(key, -1); answered >= 0)
                m_answers[i].append(answered);
    }
}

void TimelineScene::setIncluded(std::vector<bool> included)
{
    if (!included.empty() && included.size() != size_t(m_events.size()))
        included.clear();
    m_included = std::move(included);
    m_index.build(m_events, m_laneOf, int(m_lanes.size()), m_included.empty() ? nullptr : &m_included);
}

std::optional<std::pair<qint64, qint64>> TimelineScene::extent() const
{
    std::optional<std::pair<qint64, qint64>> extent;
    for (int l = 0; l < m_index.laneCount(); ++l) {
        const TimelineIndex::Lane &lane = m_index.lane(l);
        if (lane.first.empty())
            continue;
        if (!extent)
            extent = std::make_pair(lane.first.front(), lane.latest);
        extent->first = std::min(extent->first, lane.first.front());
        extent->second = std::max(extent->second, lane.latest);
    }
    return extent;
}

} // namespace detente
