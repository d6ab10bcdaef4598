#include "sceneloader.h"

#include "storage/eventstore.h"
#include "timelinescene.h"
#include "viewsettings.h"

#include <algorithm>
#include <numeric>

namespace detente {

std::vector<bool> filterMask(const EventStore &store, const TimelineScene &scene,
                             const EventFilter &filter, Status *status)
{
    if (status)
        *status = {};
    if (filter.isEmpty())
        return {};
    std::vector<bool> kept(size_t(scene.events().size()), false);
    Status s;
    const QList<qint64> ids = store.eventIds(filter, &s);
    if (!s) {
        if (status)
            *status = s;
        return {};
    }
    for (qint64 id : ids)
        if (const int i = scene.indexOfId(id); i >= 0)
            kept[size_t(i)] = true;
    return kept;
}

Status filterScene(const EventStore &store, const EventFilter &filter, TimelineScene *scene)
{
    Status status;
    std::vector<bool> kept = filterMask(store, *scene, filter, &status);
    if (!status)
        return status;
    scene->setIncluded(std::move(kept));
    return {};
}

FilterSnapshot::FilterSnapshot(QList<Event> events, const QList<Actor> &actors)
    : m_events(std::move(events))
{
    // Whom a person speaks for, as TimelineScene::setEvents finds it: the actors' affiliations,
    // then what events say.
    QHash<QString, QString> affiliation;
    for (const Actor &a : actors)
        if (a.kind == ActorKind::Person && !a.affiliation.isEmpty())
            affiliation.insert(a.name, a.affiliation);
    for (const Event &e : std::as_const(m_events))
        for (const EventPerson &p : e.persons)
            if (!p.speaksFor.isEmpty() && !affiliation.contains(p.name))
                affiliation.insert(p.name, p.speaksFor);

    // A million events name a few hundred actors, and the store shares each name's text among
    // the events that name it: names are found by where their text lies first (the events stay
    // alive meanwhile, so no other text can take that place), by their words only once each.
    QHash<QString, qint32> nameIndex;
    QHash<const QChar *, qint32> byText;
    std::vector<qint32> affiliationOf; // name index → whom it speaks for (its own index if none)
    const auto nameOf = [&](const QString &name) {
        if (const auto at = byText.constFind(name.constData()); at != byText.constEnd())
            return *at;
        auto it = nameIndex.constFind(name);
        if (it == nameIndex.constEnd()) {
            const qint32 n = qint32(m_names.size());
            it = nameIndex.insert(name, n);
            m_names.append(name);
            affiliationOf.push_back(n);
            const QString speaksFor = affiliation.value(name);
            if (!speaksFor.isEmpty() && speaksFor != name) {
                // Found by words (a name may be its own affiliation's), then filled in.
                auto other = nameIndex.constFind(speaksFor);
                if (other == nameIndex.constEnd()) {
                    other = nameIndex.insert(speaksFor, qint32(m_names.size()));
                    m_names.append(speaksFor);
                    affiliationOf.push_back(*other);
                }
                affiliationOf[size_t(n)] = *other;
            }
        }
        byText.insert(name.constData(), *it);
        return *it;
    };
    m_indexOfId.reserve(m_events.size());
    m_nameStart.reserve(size_t(m_events.size()) + 1);
    m_nameOf.reserve(size_t(m_events.size()) * 3);
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const Event &e = std::as_const(m_events)[i]; // const: no detach, the events stay shared
        if (e.id)
            m_indexOfId.insert(e.id, int(i));
        m_nameStart.push_back(qint32(m_nameOf.size()));
        // Each name once per event: its actors and whom they speak for, its persons and theirs.
        const size_t first = m_nameOf.size();
        const auto addIndex = [&](qint32 n) {
            if (std::find(m_nameOf.begin() + qsizetype(first), m_nameOf.end(), n) == m_nameOf.end())
                m_nameOf.push_back(n);
        };
        const auto add = [&](const QString &name) {
            if (!name.isEmpty())
                addIndex(nameOf(name));
        };
        for (const EventActor &a : e.actors) {
            if (a.name.isEmpty())
                continue;
            const qint32 n = nameOf(a.name);
            addIndex(n);
            addIndex(affiliationOf[size_t(n)]);
        }
        for (const EventPerson &p : e.persons) {
            add(p.name);
            add(p.speaksFor);
        }
    }
    m_nameStart.push_back(qint32(m_nameOf.size()));
}

QHash<QString, qsizetype> FilterSnapshot::actorCounts(const std::vector<qint32> &events) const
{
    std::vector<qsizetype> counts(size_t(m_names.size()), 0);
    for (const qint32 i : events)
        for (qint32 k = m_nameStart[size_t(i)]; k < m_nameStart[size_t(i) + 1]; ++k)
            ++counts[size_t(m_nameOf[size_t(k)])];
    QHash<QString, qsizetype> result;
    for (qsizetype n = 0; n < m_names.size(); ++n)
        if (counts[size_t(n)] > 0)
            result.insert(m_names[n], counts[size_t(n)]);
    return result;
}

FilterResult applyFilter(const EventStore &store, const FilterSnapshot &snapshot,
                         const EventFilter &filter, const std::atomic<bool> *cancel)
{
    FilterResult r;
    const auto cancelled = [&] {
        r.cancelled = cancel && cancel->load(std::memory_order_relaxed);
        return r.cancelled;
    };
    const size_t n = size_t(snapshot.size());
    if (filter.isEmpty()) {
        r.events.resize(n);
        std::iota(r.events.begin(), r.events.end(), 0);
    } else {
        const QList<qint64> ids = store.eventIds(filter, &r.status);
        if (cancelled())
            return r;
        if (!r.status) {
            // Nothing hidden on an error (as filterMask): the message says why.
            r.events.resize(n);
            std::iota(r.events.begin(), r.events.end(), 0);
        } else {
            r.kept.assign(n, false);
            r.events.reserve(size_t(ids.size()));
            for (const qint64 id : ids)
                if (const int i = snapshot.indexOfId(id); i >= 0 && !r.kept[size_t(i)]) {
                    r.kept[size_t(i)] = true;
                    r.events.push_back(i);
                }
        }
    }
    if (cancelled())
        return r;
    r.actorCounts = snapshot.actorCounts(r.events);
    return r;
}

Status loadScene(const EventStore &store, const ViewSettings &view, TimelineScene *scene)
{
    Status status;
    QList<Event> events = store.allEvents(&status);
    if (!status)
        return status;
    scene->setEvents(std::move(events), store.actors(), view.lanes);
    return filterScene(store, view.filter, scene);
}

} // namespace detente
