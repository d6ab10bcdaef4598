#pragma once

#include "eventjson.h"
#include "model/actor.h"
#include "model/event.h"
#include "status.h"
#include "storage/eventstore.h"

#include <QByteArray>
#include <QList>

#include <functional>

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
/// Writes exportDatabaseJson()'s document to `device` a batch of events at a time, so memory
/// does not grow with the database. `progress` gets events written and events in all, and
/// returns false to stop (the call then fails with "cancelled" and the document is incomplete).
/// *writeFailed tells a failure to write from one to read.
Status writeDatabaseJson(const EventStore &store, QIODevice *device,
                         const std::function<bool(qint64 done, qint64 total)> &progress = {},
                         bool *writeFailed = nullptr);
/// Events read and written per batch by the exports that stream.
constexpr qsizetype eventBatchSize = 2000;
/// Reads exportDatabaseJson() output, or any event document (readEventDocument()).
Status readDatabaseJson(const QByteArray &json, DatabaseDocument *document);
/// Source i of an export's "sources", checked as readDatabaseJson() checks it.
Status readSource(const EventDocumentReader &reader, qsizetype i, Source *source);

} // namespace detente
