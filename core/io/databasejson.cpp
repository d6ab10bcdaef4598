#include "databasejson.h"

#include "eventjson.h"
#include "jsonstream.h"
#include "storage/database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace detente {

QByteArray exportDatabaseJson(const EventStore &store, Status *status)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status s = writeDatabaseJson(store, &buffer);
    if (status)
        *status = s;
    return s ? buffer.data() : QByteArray();
}

Status writeDatabaseJson(const EventStore &store, QIODevice *device,
                         const std::function<bool(qint64 done, qint64 total)> &progress,
                         bool *writeFailed)
{
    if (writeFailed)
        *writeFailed = false;
    // Members in key order, as QJsonDocument wrote them when the whole document was built in
    // memory; events are written a batch at a time. Actors, events and sources from one snapshot.
    const ReadSnapshot snapshot(store.database());
    if (!snapshot.status())
        return snapshot.status();
    JsonStream json(device);
    QJsonArray actors;
    for (const Actor &a : store.actors()) {
        QJsonObject o{{QLatin1String("name"), a.name},
                      {QLatin1String("kind"), actorKindName(a.kind)}};
        if (!a.code.isEmpty())
            o[QLatin1String("code")] = a.code;
        if (!a.affiliation.isEmpty())
            o[QLatin1String("for")] = a.affiliation;
        if (!a.office.isEmpty())
            o[QLatin1String("office")] = a.office;
        if (!a.aliases.isEmpty())
            o[QLatin1String("aliases")] = QJsonArray::fromStringList(a.aliases);
        actors.append(o);
    }
    json.member(QLatin1String("actors"), actors);

    json.beginArray(QLatin1String("events"));
    QStringList sourceKeys; // in the order events name them
    QSet<QString> seen;
    qint64 done = 0;
    bool stopped = false;
    Status read = store.forEachBatch({}, eventBatchSize, [&](QList<Event> &events, qint64 total) {
        for (Event &e : events) {
            if (!e.source.key.isEmpty() && !seen.contains(e.source.key)) {
                seen.insert(e.source.key);
                sourceKeys.append(e.source.key);
            }
            e.id = 0; // row ids belong to this database; links go by key
            json.element(eventToJson(e));
        }
        done += events.size();
        stopped = progress && !progress(done, total);
        return !stopped && !json.failed(); // a full disk stops the export at once
    });
    if (!read)
        return read;
    if (json.failed()) {
        if (writeFailed)
            *writeFailed = true;
        return json.finish();
    }
    if (stopped)
        return Status::error(QCoreApplication::translate("detente::DatabaseJson", "cancelled"));
    json.endArray();
    json.member(QLatin1String("format"), QStringLiteral("detente-events"));

    json.beginArray(QLatin1String("sources"));
    for (const QString &key : std::as_const(sourceKeys)) {
        const auto s = store.source(key);
        if (!s)
            continue;
        QJsonObject o{{QLatin1String("key"), s->ref.key},
                      {QLatin1String("title"), s->ref.title},
                      {QLatin1String("url"), s->ref.url},
                      {QLatin1String("publisher"), s->ref.publisher},
                      {QLatin1String("text"), s->body}};
        if (s->ref.published.isValid())
            o[QLatin1String("published")] = s->ref.published.toString(Qt::ISODate);
        json.element(o);
    }
    json.endArray();
    json.member(QLatin1String("version"), 1);
    const Status written = json.finish();
    if (writeFailed)
        *writeFailed = !written;
    return written;
}

Status readDatabaseJson(const QByteArray &json, DatabaseDocument *document)
{
    EventDocumentReader reader;
    if (Status s = reader.open(json); !s)
        return s;
    DatabaseDocument result;
    result.actors = reader.actors();
    if (!reader.source().key.isEmpty())
        result.sources.append({0, reader.source(), reader.sourceText()});
    for (qsizetype i = 0; i < reader.sourceCount(); ++i) {
        Source source;
        if (Status s = readSource(reader, i, &source); !s)
            return s;
        result.sources.append(std::move(source));
    }
    // An export says exactly what is stored: an event without a reference date keeps none.
    result.events.reserve(reader.eventCount());
    for (qsizetype i = 0; i < reader.eventCount(); ++i) {
        Event e;
        if (Status s = reader.event(i, &e, reader.isExport()); !s)
            return s;
        result.events.append(std::move(e));
    }
    *document = std::move(result);
    return {};
}

Status readSource(const EventDocumentReader &reader, qsizetype i, Source *source)
{
    QJsonObject s;
    if (Status st = reader.source(i, &s); !st)
        return st;
    source->id = 0;
    source->ref = {
        s.value(QLatin1String("key")).toString(), s.value(QLatin1String("title")).toString(),
        s.value(QLatin1String("url")).toString(), s.value(QLatin1String("publisher")).toString(),
        QDate::fromString(s.value(QLatin1String("published")).toString(), Qt::ISODate)};
    source->body = s.value(QLatin1String("text")).toString();
    if (source->ref.key.isEmpty())
        return Status::error(
            QCoreApplication::translate("detente::DatabaseJson", "source %1: missing \"key\"")
                .arg(i + 1));
    return {};
}

} // namespace detente
