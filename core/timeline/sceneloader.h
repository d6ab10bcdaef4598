#pragma once

#include "status.h"

namespace detente {

class EventStore;
class TimelineScene;
struct ViewSettings;

/// Fills `scene` with the events a view shows, in its lanes: the one way the window's exports
/// and the command line build a picture, so the same view gives the same picture.
Status loadScene(const EventStore &store, const ViewSettings &view, TimelineScene *scene);

} // namespace detente
