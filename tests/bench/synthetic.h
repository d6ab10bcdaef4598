#pragma once

#include "model/actor.h"
#include "model/event.h"

#include <QList>

namespace detente::bench {

/// Synthetic events for benchmarks: three years from 2022, 40 state actors, a fifth of them
/// spans (months, parts of years, multi-day ranges), kinds in a CAMEO-like mix, some with a
/// person speaking. The same seed gives the same events.
QList<Event> syntheticEvents(qsizetype count, quint32 seed = 1);
/// The actors the synthetic events name.
QList<Actor> syntheticActors();

} // namespace detente::bench
