#include "databasejson.h"

#include "eventjson.h"
#include "jsonstream.h"

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
    // memory; events are written a batch at a time.
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
        return !stopped;
    });
    if (!read)
        return read;
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
    EventDocument doc;
    if (Status s = readEventDocument(json, &doc); !s)
        return s;
    DatabaseDocument result;
    result.actors = std::move(doc.actors);
    result.events = std::move(doc.events);
    if (!doc.source.key.isEmpty())
        result.sources.append({0, doc.source, doc.sourceText});
    // readEventDocument() checked that this parses and is an object.
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    // readEventDocument() gives an event without a reference date its source's publication
    // date; an export says exactly what is stored, so keep what the file says.
    const QJsonArray events = root.value(QLatin1String("events")).toArray();
    const bool exported = root.value(QLatin1String("format")).toString() == u"detente-events";
    for (qsizetype i = 0; exported && i < events.size() && i < result.events.size(); ++i)
        if (!events[i].toObject().contains(QLatin1String("reference")))
            result.events[i].reference = QDate();
    const QJsonArray sources = root.value(QLatin1String("sources")).toArray();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QJsonObject s = sources[i].toObject();
        Source source;
        source.ref = {
            s.value(QLatin1String("key")).toString(), s.value(QLatin1String("title")).toString(),
            s.value(QLatin1String("url")).toString(),
            s.value(QLatin1String("publisher")).toString(),
            QDate::fromString(s.value(QLatin1String("published")).toString(), Qt::ISODate)};
        source.body = s.value(QLatin1String("text")).toString();
        if (source.ref.key.isEmpty())
            return Status::error(
                QCoreApplication::translate("detente::DatabaseJson", "source %1: missing \"key\"")
                    .arg(i + 1));
        result.sources.append(std::move(source));
    }
    *document = std::move(result);
    return {};
}

} // namespace detente
