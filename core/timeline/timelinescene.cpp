#include "timelinescene.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <atomic>
#include <numeric>

namespace detente {

namespace {
/// Revisions are unique across scenes, so an index built for one scene is never taken by
/// another one moved into its place (the window builds scenes on a worker thread).
quint64 nextRevision()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

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

    // Lanes: one per home actor (or kind); in ByActor mode a person who spoke for it gets a
    // sub-lane under it. Keys tell sub-lanes apart from top lanes of the same name.
    struct Building {
        Lane lane;
        QString key;
        qsizetype total = 0; ///< with the sub-lanes' events, for ordering
    };
    QList<Building> building;
    QHash<QString, int> byKey;
    auto laneFor = [&](const QString &key, const QString &name, int parent) {
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            it = byKey.insert(key, int(building.size()));
            Building b;
            b.lane.name = name;
            b.lane.parent = parent;
            b.key = key;
            building.append(b);
        }
        return *it;
    };
    QList<int> own(m_events.size(), -1);
    m_indexOfId.clear();
    for (int i = 0; i < m_events.size(); ++i) {
        const QString home = laneNameFor(m_events[i]);
        const int top = laneFor(home, home, -1);
        ++building[top].total;
        int lane = top;
        if (m_mode == LaneMode::ByActor) {
            if (const QString person = speakerFor(m_events[i], home); !person.isEmpty())
                lane = laneFor(home + QChar(0x1f) + person, person, top);
        }
        ++building[lane].lane.events;
        own[i] = lane;
        if (m_events[i].id)
            m_indexOfId.insert(m_events[i].id, i);
    }
    // Busiest top lanes first, each followed by its busiest sub-lanes; ties by name.
    auto busier = [&](int a, int b) {
        if (building[a].total != building[b].total)
            return building[a].total > building[b].total;
        if (building[a].lane.events != building[b].lane.events)
            return building[a].lane.events > building[b].lane.events;
        return building[a].lane.name.localeAwareCompare(building[b].lane.name) < 0;
    };
    QList<int> tops;
    QHash<int, QList<int>> subs;
    for (int i = 0; i < building.size(); ++i) {
        if (building[i].lane.parent < 0)
            tops.append(i);
        else
            subs[building[i].lane.parent].append(i);
    }
    std::stable_sort(tops.begin(), tops.end(), busier);
    QList<int> order;
    for (int t : tops) {
        order.append(t);
        QList<int> &children = subs[t];
        for (int &c : children) // sub-lanes order by their own events
            building[c].total = building[c].lane.events;
        std::stable_sort(children.begin(), children.end(), busier);
        order.append(children);
    }
    QList<int> newIndex(building.size());
    for (int i = 0; i < order.size(); ++i)
        newIndex[order[i]] = i;
    m_lanes.clear();
    int color = 0;
    for (int i : order) {
        Lane lane = building[i].lane;
        if (lane.parent >= 0) {
            lane.parent = newIndex[lane.parent];
            lane.colorIndex = m_lanes[lane.parent].colorIndex;
            ++m_lanes[lane.parent].children;
        } else {
            lane.colorIndex = color++;
        }
        m_lanes.append(lane);
    }
    m_ownLaneOf = QList<int>(m_events.size(), -1);
    for (int i = 0; i < m_events.size(); ++i)
        m_ownLaneOf[i] = newIndex[own[i]];
    QHash<QString, int> laneIndex; // top lanes by name, for targets
    for (int i = 0; i < m_lanes.size(); ++i)
        if (m_lanes[i].parent < 0)
            laneIndex.insert(m_lanes[i].name, i);
    m_included.clear();
    m_nameWidth.clear();
    m_targetLaneOf = QList<int>(m_events.size(), -1);
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_mode != LaneMode::ByActor)
            break;
        const QString target = m_events[i].targetActor();
        if (target.isEmpty())
            continue;
        const int lane = laneIndex.value(affiliated(target), -1);
        const int ownTop =
            m_lanes[m_ownLaneOf[i]].parent >= 0 ? m_lanes[m_ownLaneOf[i]].parent : m_ownLaneOf[i];
        if (lane != ownTop)
            m_targetLaneOf[i] = lane;
    }
    assignLanes();

    QHash<QString, int> eventByKey;
    for (int i = 0; i < m_events.size(); ++i)
        if (!m_events[i].key.isEmpty())
            eventByKey.insert(m_events[i].key, i);
    m_answers.clear();
    for (int i = 0; i < m_events.size(); ++i) {
        const Event &e = m_events[i];
        for (const QString &key : e.answers)
            if (const int answered = eventByKey.value(key, -1); answered >= 0)
                m_answers[i].append(answered);
    }
}

QString TimelineScene::speakerFor(const Event &e, const QString &home) const
{
    for (const EventPerson &p : e.persons)
        if ((p.speaksFor.isEmpty() ? affiliated(p.name) : p.speaksFor) == home)
            return p.name;
    // The source named as a person ("Wang Wenbin said") speaks for whom they are affiliated to.
    const QString source = e.sourceActor();
    if (!source.isEmpty() && m_affiliation.contains(source) && affiliated(source) == home)
        return source;
    return {};
}

double TimelineScene::laneNameWidth(const QFont &font) const
{
    const QString key = font.key();
    if (const auto it = m_nameWidth.constFind(key); it != m_nameWidth.constEnd())
        return *it;
    const QFontMetricsF metrics(font);
    double widest = 0;
    for (const Lane &lane : m_lanes)
        widest = std::max(widest, metrics.horizontalAdvance(lane.name) +
                                      (lane.parent >= 0 || lane.children > 0 ? 12 : 0));
    m_nameWidth.insert(key, widest);
    return widest;
}

void TimelineScene::assignLanes()
{
    for (Lane &lane : m_lanes)
        lane.hidden = lane.parent >= 0 && m_collapsed.contains(m_lanes[lane.parent].name);
    m_laneOf = m_ownLaneOf;
    for (int &lane : m_laneOf)
        if (m_lanes[lane].hidden)
            lane = m_lanes[lane].parent;
    m_source = std::make_shared<const TimelineIndex::Source>(
        TimelineIndex::Source::make(std::as_const(m_events), m_laneOf, int(m_lanes.size())));
    rebuildIndex();
}

void TimelineScene::rebuildIndex()
{
    m_revision = nextRevision(); // a build under way elsewhere is now out of date
    auto index = std::make_shared<TimelineIndex>();
    index->build(*m_source, m_included.empty() ? nullptr : &m_included);
    m_index = std::move(index);
}

void TimelineScene::setCollapsed(int lane, bool collapsed)
{
    if (lane < 0 || lane >= m_lanes.size() || m_lanes[lane].parent >= 0)
        return;
    if (collapsed)
        m_collapsed.insert(m_lanes[lane].name);
    else
        m_collapsed.remove(m_lanes[lane].name);
    assignLanes();
}

void TimelineScene::setCollapsedLanes(const QSet<QString> &names)
{
    if (names == m_collapsed)
        return;
    m_collapsed = names;
    assignLanes();
}

bool TimelineScene::isCollapsed(int lane) const
{
    return lane >= 0 && lane < m_lanes.size() && m_collapsed.contains(m_lanes[lane].name);
}

void TimelineScene::setIncluded(std::vector<bool> included)
{
    if (!included.empty() && included.size() != size_t(m_events.size()))
        included.clear();
    m_included = std::move(included);
    rebuildIndex();
}

TimelineScene::IndexJob TimelineScene::setIncludedDeferred(std::vector<bool> included)
{
    if (!included.empty() && included.size() != size_t(m_events.size()))
        included.clear();
    m_included = std::move(included);
    m_revision = nextRevision();
    return {m_source, m_included, m_revision};
}

bool TimelineScene::adoptIndex(std::shared_ptr<const TimelineIndex> index, quint64 revision)
{
    if (!index || revision != m_revision || index->laneCount() != int(m_lanes.size()))
        return false;
    m_index = std::move(index);
    return true;
}

std::vector<bool> TimelineScene::shownLanes() const
{
    std::vector<bool> shown(size_t(m_lanes.size()), false);
    for (int li = 0; li < m_lanes.size(); ++li) {
        if (m_lanes[li].hidden)
            continue;
        if (!m_index->isFiltered() || (li < m_index->laneCount() && m_index->lane(li).size() > 0)) {
            shown[size_t(li)] = true;
            if (const int parent = m_lanes[li].parent; parent >= 0)
                shown[size_t(parent)] = true;
        }
    }
    return shown;
}

std::optional<std::pair<qint64, qint64>> TimelineScene::extent() const
{
    std::optional<std::pair<qint64, qint64>> extent;
    for (int l = 0; l < m_index->laneCount(); ++l) {
        const TimelineIndex::Lane &lane = m_index->lane(l);
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
