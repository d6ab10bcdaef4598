#pragma once

#include "jsonstream.h"
#include "model/actor.h"
#include "model/event.h"
#include "status.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace detente {

class EventStore;

/// The project's event JSON shape, one object per event (see core/README.md):
/// id, key, title, summary, start, end, precision, phrase, reference, edtf, kind, actors,
/// persons, quote, offsets, confidence, attributed_to, source, answers.
QJsonObject eventToJson(const Event &event);
/// Reads one event object; on failure returns false and says why in *error.
bool eventFromJson(const QJsonObject &object, Event *event, QString *error);

/// `{"events":[…]}`, indented.
QByteArray eventsToJson(const QList<Event> &events);

/// Writes eventsToJson()'s document an event at a time, to a file of any size.
class EventJsonWriter {
public:
    explicit EventJsonWriter(QIODevice *device);
    void write(const Event &event);
    /// Ends the document; an error when the device refused a write.
    Status finish();
    /// The device refused a write: what follows is dropped.
    bool failed() const { return m_json.failed(); }

private:
    JsonStream m_json;
};

/// A file of events from one source: the source (with its text), the actors it names and the
/// events. This is the shape of the bundled seed data.
struct EventDocument {
    SourceRef source;
    QString sourceText;
    QList<Actor> actors;
    QList<Event> events;
};

/// Parses an event document (or a plain `{"events":[…]}`); errors name the event that failed.
Status readEventDocument(const QByteArray &json, EventDocument *document);

/// Reads an event document, or exportDatabaseJson()'s, one event at a time: the bytes stay as
/// they are and each event is parsed when asked for, so a file of a million events needs little
/// more memory than its bytes (building the whole document took six times its size).
class EventDocumentReader {
public:
    /// Checks the document's shape and reads its source and actors.
    Status open(const QByteArray &json);

    const SourceRef &source() const { return m_source; }
    const QString &sourceText() const { return m_sourceText; }
    const QList<Actor> &actors() const { return m_actors; }
    /// `"format": "detente-events"`: a database's export, whose events say exactly what is stored.
    bool isExport() const { return m_export; }

    qsizetype eventCount() const { return m_events.size(); }
    /// Event i (from 0), with the document's source when it names none. One without a
    /// reference date takes its source's publication date, unless `asStored` (an export says
    /// what is stored, and so no date there is none).
    Status event(qsizetype i, Event *event, bool asStored = false) const;
    /// The export's "sources": their keys, titles and texts.
    qsizetype sourceCount() const { return m_sources.size(); }
    Status source(qsizetype i, QJsonObject *source) const;

private:
    Status parse(JsonSpan span, QJsonValue *value) const;

    QByteArray m_json;
    SourceRef m_source;
    QString m_sourceText;
    QList<Actor> m_actors;
    bool m_export = false;
    QList<JsonSpan> m_events, m_sources;
};
/// Stores a document's actors, source and events in one transaction.
Status importEventDocument(EventStore &store, const EventDocument &document,
                           int *inserted = nullptr);
/// Imports the document unless its source is stored already (so the bundled seed loads once);
/// *loaded tells whether it did.
Status importEventDocumentOnce(EventStore &store, const QByteArray &json, bool *loaded = nullptr);

} // namespace detente
