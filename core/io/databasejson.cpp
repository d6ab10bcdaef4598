#include "databasejson.h"

#include "eventjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace detente {

QByteArray exportDatabaseJson(const EventStore &store, Status *status)
{
    Status st;
    QList<Event> events = store.allEvents(&st);
    if (status)
        *status = st;
    if (!st)
        return {};
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
    QJsonArray sources, array;
    QSet<QString> seen;
    for (Event &e : events) {
        if (!e.source.key.isEmpty() && !seen.contains(e.source.key)) {
            seen.insert(e.source.key);
            if (const auto s = store.source(e.source.key)) {
                QJsonObject o{{QLatin1String("key"), s->ref.key},
                              {QLatin1String("title"), s->ref.title},
                              {QLatin1String("url"), s->ref.url},
                              {QLatin1String("publisher"), s->ref.publisher},
                              {QLatin1String("text"), s->body}};
                if (s->ref.published.isValid())
                    o[QLatin1String("published")] = s->ref.published.toString(Qt::ISODate);
                sources.append(o);
            }
        }
        e.id = 0; // row ids belong to this database; links go by key
        array.append(eventToJson(e));
    }
    const QJsonObject root{{QLatin1String("format"), QStringLiteral("detente-events")},
                           {QLatin1String("version"), 1},
                           {QLatin1String("actors"), actors},
                           {QLatin1String("sources"), sources},
                           {QLatin1String("events"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
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
