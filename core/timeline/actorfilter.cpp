#include "actorfilter.h"

#include "timelinescene.h"

namespace detente {

namespace {
/// Every name an event involves: its actors, its persons and whom those speak for, and the
/// actor a named person speaks for.
QSet<QString> namesOf(const TimelineScene &scene, const Event &e)
{
    QSet<QString> names;
    for (const EventActor &a : e.actors) {
        names.insert(a.name);
        names.insert(scene.affiliationOf(a.name));
    }
    for (const EventPerson &p : e.persons) {
        names.insert(p.name);
        if (!p.speaksFor.isEmpty())
            names.insert(p.speaksFor);
    }
    return names;
}
} // namespace

std::vector<bool> applyActorFilter(const TimelineScene &scene, const ActorFilter &f)
{
    const QList<Event> &events = scene.events();
    if (f.mode == ActorFilter::Mode::Any && f.all)
        return {};
    std::vector<bool> kept(size_t(events.size()), false);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        if (f.mode == ActorFilter::Mode::Any) {
            const QSet<QString> names = namesOf(scene, e);
            kept[size_t(i)] = names.intersects(f.checked);
        } else {
            const QString source = scene.affiliationOf(e.sourceActor());
            const QString target = scene.affiliationOf(e.targetActor());
            kept[size_t(i)] = (source == f.first && target == f.second) ||
                              (source == f.second && target == f.first);
        }
    }
    return kept;
}

QHash<QString, qsizetype> actorEventCounts(const TimelineScene &scene,
                                           const std::vector<bool> &kept)
{
    QHash<QString, qsizetype> counts;
    const QList<Event> &events = scene.events();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!kept.empty() && !kept[size_t(i)])
            continue;
        for (const QString &name : namesOf(scene, events[i]))
            if (!name.isEmpty())
                ++counts[name];
    }
    return counts;
}

} // namespace detente
