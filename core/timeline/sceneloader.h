#pragma once

#include "model/actor.h"
#include "model/event.h"
#include "status.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
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

/// What filtering reads of a scene's events, made once per scene and never changed, so that a
/// worker thread can filter while the scene lives on (and changes on) the GUI thread. It shares
/// the scene's event list (implicitly shared, only read) and adds an id lookup and each event's
/// names as small integers, for counting.
class FilterSnapshot {
public:
    /// `events` and `actors` as given to TimelineScene::setEvents (event i is scene event i).
    FilterSnapshot(QList<Event> events, const QList<Actor> &actors);

    const QList<Event> &events() const { return m_events; }
    qsizetype size() const { return m_events.size(); }
    int indexOfId(qint64 id) const { return m_indexOfId.value(id, -1); }
    /// How many of `events` (scene indices) each actor and person takes part in, counted as
    /// actorEventCounts() counts them.
    QHash<QString, qsizetype> actorCounts(const std::vector<qint32> &events) const;

private:
    QList<Event> m_events;
    QHash<qint64, int> m_indexOfId;
    QStringList m_names;
    std::vector<qint32> m_nameStart; ///< event i's names: m_nameOf[m_nameStart[i] … [i + 1])
    std::vector<qint32> m_nameOf;    ///< indices into m_names
};

/// What a filter keeps of a scene, and what the panels show of it.
struct FilterResult {
    std::vector<bool> kept;     ///< one flag per event; empty when the filter keeps all
    std::vector<qint32> events; ///< the kept events (scene indices), by start as the store has them
    QHash<QString, qsizetype> actorCounts; ///< as FilterSnapshot::actorCounts
    Status status;                         ///< the store's error; then everything is kept
    bool cancelled = false;                ///< stopped early: the rest is incomplete
};

/// Filters a snapshot's events with the store's answer (as filterMask) and counts the actors of
/// what is kept. Any thread, with a store of its own; stops early when `cancel` turns true.
FilterResult applyFilter(const EventStore &store, const FilterSnapshot &snapshot,
                         const EventFilter &filter, const std::atomic<bool> *cancel = nullptr);

} // namespace detente
