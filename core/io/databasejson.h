#pragma once

#include "model/actor.h"
#include "model/event.h"
#include "status.h"
#include "storage/eventstore.h"

#include <QByteArray>
#include <QList>

namespace detente {

/// A whole database as the project's event JSON: actors, sources (with their text) and
/// events (with their response links by key).
struct DatabaseDocument {
    QList<Actor> actors;
    QList<Source> sources;
    QList<Event> events;
};

/// `{"format":"detente-events","version":1,"actors":[…],"sources":[…],"events":[…]}`, indented.
/// Importing it into an empty database gives the same events (store ids aside).
QByteArray exportDatabaseJson(const EventStore &store, Status *status = nullptr);
/// Reads exportDatabaseJson() output, or any event document (readEventDocument()).
Status readDatabaseJson(const QByteArray &json, DatabaseDocument *document);

} // namespace detente
