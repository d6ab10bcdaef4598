#include "sceneloader.h"

#include "storage/eventstore.h"
#include "timelinescene.h"
#include "viewsettings.h"

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
