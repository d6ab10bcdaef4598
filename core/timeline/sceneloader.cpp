#include "sceneloader.h"

#include "storage/eventstore.h"
#include "timelinescene.h"
#include "viewsettings.h"

namespace detente {

Status loadScene(const EventStore &store, const ViewSettings &view, TimelineScene *scene)
{
    Status status;
    QList<Event> events = store.events(view.filter, &status);
    if (!status)
        return status;
    scene->setEvents(std::move(events), store.actors(), view.lanes);
    return {};
}

} // namespace detente
