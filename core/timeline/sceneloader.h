#pragma once

#include "status.h"

#include <vector>

namespace detente {

class EventStore;
class TimelineScene;
struct EventFilter;
struct ViewSettings;

/// Fills `scene` with every event of the store in the view's lanes, then keeps those its filter
/// passes (filterScene). The window builds its scene the same way, so a view gives the same
/// lanes, colours and picture in the window, in its exports and on the command line.
Status loadScene(const EventStore &store, const ViewSettings &view, TimelineScene *scene);

/// One flag per scene event: does the store's filter pass it? The store answers (the same
/// query as `detente list`), so the window and the command line agree on what a filter keeps.
/// Empty when the filter keeps everything.
std::vector<bool> filterMask(const EventStore &store, const TimelineScene &scene,
                             const EventFilter &filter, Status *status = nullptr);

/// Keeps only the events `filter` passes (rebuilds the scene's index, not its lanes).
Status filterScene(const EventStore &store, const EventFilter &filter, TimelineScene *scene);

} // namespace detente
