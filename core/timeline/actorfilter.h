#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace detente {

class TimelineScene;

/// Which events the actor panel keeps: those involving any checked actor, or the exchanges
/// between two actors (either one the source, the other the target).
struct ActorFilter {
    enum class Mode { Any, Between };
    Mode mode = Mode::Any;
    bool all = true;       ///< Any: every event, whatever is checked
    QSet<QString> checked; ///< Any: actors and persons whose events are kept
    QString first, second; ///< Between: the pair

    friend bool operator==(const ActorFilter &, const ActorFilter &) = default;
};

/// One flag per scene event: kept by the filter or not. A state or organisation counts for
/// the persons who speak for it.
std::vector<bool> applyActorFilter(const TimelineScene &scene, const ActorFilter &filter);

/// How many of the kept events each actor (and person) takes part in.
QHash<QString, qsizetype> actorEventCounts(const TimelineScene &scene,
                                           const std::vector<bool> &kept);

} // namespace detente
