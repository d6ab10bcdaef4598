#include "eventjson.h"

#include "storage/database.h"
#include "storage/eventstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <optional>

namespace detente {

namespace {

/// A `YYYY-MM-DD` date (its first or last millisecond) or an ISO 8601 date-time.
std::optional<qint64> parseInstant(const QString &text, bool endOfDay, bool *hasTime)
{
    if (text.size() == 10) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        *hasTime = false;
        return dayStartMs(d) + (endOfDay ? 24LL * 3600 * 1000 - 1 : 0);
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc()); // a time without a zone is taken as UTC
    *hasTime = true;
    return dt.toMSecsSinceEpoch();
}

} // namespace

QJsonObject eventToJson(const Event &e)
{
    QJsonObject o;
    if (e.id)
        o[QLatin1String("id")] = e.id;
    if (!e.key.isEmpty())
        o[QLatin1String("key")] = e.key;
    o[QLatin1String("title")] = e.title;
    o[QLatin1String("summary")] = e.summary;
    o[QLatin1String("start")] = e.date.startText();
    o[QLatin1String("end")] = e.date.endText();
    o[QLatin1String("precision")] = precisionName(e.date.precision());
    o[QLatin1String("phrase")] = e.date.phrase();
    if (e.reference.isValid())
        o[QLatin1String("reference")] = e.reference.toString(Qt::ISODate);
    o[QLatin1String("edtf")] = e.date.edtf();
    o[QLatin1String("kind")] = e.kind;
    QJsonArray actors;
    for (const EventActor &a : e.actors)
        actors.append(QJsonObject{{QLatin1String("name"), a.name},
                                  {QLatin1String("role"), roleName(a.role)}});
    o[QLatin1String("actors")] = actors;
    QJsonArray persons;
    for (const EventPerson &p : e.persons)
        persons.append(
            QJsonObject{{QLatin1String("name"), p.name}, {QLatin1String("for"), p.speaksFor}});
    o[QLatin1String("persons")] = persons;
    o[QLatin1String("quote")] = e.quote;
    if (e.quoteBegin >= 0 && e.quoteEnd >= e.quoteBegin)
        o[QLatin1String("offsets")] = QJsonArray{qint64(e.quoteBegin), qint64(e.quoteEnd)};
    else
        o[QLatin1String("offsets")] = QJsonValue::Null;
    o[QLatin1String("confidence")] = e.confidenceName();
    o[QLatin1String("attributed_to")] = e.attributedTo;
    if (!e.source.key.isEmpty()) {
        QJsonObject s{{QLatin1String("key"), e.source.key},
                      {QLatin1String("title"), e.source.title},
                      {QLatin1String("url"), e.source.url},
                      {QLatin1String("publisher"), e.source.publisher}};
        if (e.source.published.isValid())
            s[QLatin1String("published")] = e.source.published.toString(Qt::ISODate);
        o[QLatin1String("source")] = s;
    }
    if (!e.answers.isEmpty())
        o[QLatin1String("answers")] = QJsonArray::fromStringList(e.answers);
    if (!e.cameoCode.isEmpty())
        o[QLatin1String("cameo_code")] = e.cameoCode;
    if (!e.cameoRoot.isEmpty())
        o[QLatin1String("cameo_root")] = e.cameoRoot;
    if (e.quadClass > 0)
        o[QLatin1String("quad_class")] = e.quadClass;
    if (e.goldstein)
        o[QLatin1String("goldstein")] = *e.goldstein;
    if (!e.tags.isEmpty())
        o[QLatin1String("tags")] = QJsonArray::fromStringList(e.tags);
    if (e.sourceCount > 0)
        o[QLatin1String("sources")] = e.sourceCount;
    return o;
}

bool eventFromJson(const QJsonObject &o, Event *out, QString *error)
{
    auto fail = [error](const QString &why) {
        *error = why;
        return false;
    };
    Event e;
    const QJsonValue id = o.value(QLatin1String("id"));
    if (id.isDouble())
        e.id = id.toInteger();
    else if (id.isString())
        e.key = id.toString(); // documents name events by string ids
    if (o.contains(QLatin1String("key")))
        e.key = o.value(QLatin1String("key")).toString();
    e.title = o.value(QLatin1String("title")).toString().trimmed();
    if (e.title.isEmpty())
        return fail(QCoreApplication::translate("detente::EventJson", "missing \"title\""));
    e.summary = o.value(QLatin1String("summary")).toString();
    e.kind = o.value(QLatin1String("kind")).toString();

    const QString startText = o.value(QLatin1String("start")).toString();
    const QString endText = o.value(QLatin1String("end")).toString(startText);
    bool startHasTime = false, endHasTime = false;
    const auto first = parseInstant(startText, false, &startHasTime);
    if (!first)
        return fail(
            QCoreApplication::translate("detente::EventJson", "bad or missing \"start\": \"%1\"")
                .arg(startText));
    const auto last = parseInstant(endText, true, &endHasTime);
    if (!last)
        return fail(
            QCoreApplication::translate("detente::EventJson", "bad \"end\": \"%1\"").arg(endText));
    if (*last < *first)
        return fail(
            QCoreApplication::translate("detente::EventJson", "\"end\" %1 is before \"start\" %2")
                .arg(endText, startText));
    Precision precision = startHasTime                        ? Precision::Instant
                          : dayOfMs(*first) == dayOfMs(*last) ? Precision::Day
                                                              : Precision::Span;
    if (o.contains(QLatin1String("precision"))) {
        const QString name = o.value(QLatin1String("precision")).toString();
        const auto p = precisionFromName(name);
        if (!p)
            return fail(
                QCoreApplication::translate("detente::EventJson", "unknown \"precision\": \"%1\"")
                    .arg(name));
        precision = *p;
    }
    e.date = DateSpan(*first, *last, precision, o.value(QLatin1String("phrase")).toString());
    e.reference = QDate::fromString(o.value(QLatin1String("reference")).toString(), Qt::ISODate);

    for (const QJsonValue &v : o.value(QLatin1String("actors")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString name = a.value(QLatin1String("name")).toString().trimmed();
        const QString roleText = a.value(QLatin1String("role")).toString(QStringLiteral("other"));
        const auto role = roleFromName(roleText);
        if (name.isEmpty())
            return fail(
                QCoreApplication::translate("detente::EventJson", "an actor without a name"));
        if (!role)
            return fail(
                QCoreApplication::translate("detente::EventJson", "unknown actor role \"%1\"")
                    .arg(roleText));
        e.actors.append({name, *role});
    }
    for (const QJsonValue &v : o.value(QLatin1String("persons")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty())
            return fail(
                QCoreApplication::translate("detente::EventJson", "a person without a name"));
        e.persons.append({name, p.value(QLatin1String("for")).toString().trimmed()});
    }
    e.quote = o.value(QLatin1String("quote")).toString();
    const QJsonArray offsets = o.value(QLatin1String("offsets")).toArray();
    if (offsets.size() == 2) {
        e.quoteBegin = offsets[0].toInteger(-1);
        e.quoteEnd = offsets[1].toInteger(-1);
        if (e.quoteBegin < 0 || e.quoteEnd < e.quoteBegin)
            return fail(QCoreApplication::translate("detente::EventJson", "bad \"offsets\""));
    }
    const QJsonValue confidence = o.value(QLatin1String("confidence"));
    if (confidence.isDouble()) {
        e.confidence = confidence.toDouble();
    } else if (confidence.isString()) {
        const auto c = confidenceFromName(confidence.toString());
        if (!c)
            return fail(
                QCoreApplication::translate("detente::EventJson", "unknown \"confidence\": \"%1\"")
                    .arg(confidence.toString()));
        e.confidence = *c;
    }
    if (e.confidence < 0 || e.confidence > 1)
        return fail(QCoreApplication::translate("detente::EventJson",
                                                "\"confidence\" must be between 0 and 1"));
    e.attributedTo = o.value(QLatin1String("attributed_to")).toString();
    const QJsonObject s = o.value(QLatin1String("source")).toObject();
    e.source = {
        s.value(QLatin1String("key")).toString(), s.value(QLatin1String("title")).toString(),
        s.value(QLatin1String("url")).toString(), s.value(QLatin1String("publisher")).toString(),
        QDate::fromString(s.value(QLatin1String("published")).toString(), Qt::ISODate)};
    for (const QJsonValue &v : o.value(QLatin1String("answers")).toArray())
        e.answers.append(v.toString());
    // CAMEO codes are text; a number would have lost its leading zeros.
    const QJsonValue cameo = o.value(QLatin1String("cameo_code"));
    if (!cameo.isUndefined() && !cameo.isNull() && !cameo.isString())
        return fail(QCoreApplication::translate(
            "detente::EventJson", "\"cameo_code\" must be a string (leading zeros matter)"));
    e.cameoCode = cameo.toString();
    e.cameoRoot = o.value(QLatin1String("cameo_root")).toString();
    if (o.contains(QLatin1String("quad_class"))) {
        e.quadClass = o.value(QLatin1String("quad_class")).toInt(-1);
        if (e.quadClass < 1 || e.quadClass > 4)
            return fail(QCoreApplication::translate("detente::EventJson",
                                                    "\"quad_class\" must be 1, 2, 3 or 4"));
    }
    const QJsonValue goldstein = o.value(QLatin1String("goldstein"));
    if (goldstein.isDouble()) {
        if (goldstein.toDouble() < -10 || goldstein.toDouble() > 10)
            return fail(QCoreApplication::translate("detente::EventJson",
                                                    "\"goldstein\" must be between -10 and 10"));
        e.goldstein = goldstein.toDouble();
    }
    for (const QJsonValue &v : o.value(QLatin1String("tags")).toArray())
        e.tags.append(v.toString());
    e.sourceCount = o.value(QLatin1String("sources")).toInt(0);
    *out = std::move(e);
    return true;
}

QByteArray eventsToJson(const QList<Event> &events)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EventJsonWriter writer(&buffer);
    for (const Event &e : events)
        writer.write(e);
    (void)writer.finish(); // a buffer takes every write
    return buffer.data();
}

EventJsonWriter::EventJsonWriter(QIODevice *device)
    : m_json(device)
{
    m_json.beginArray(QLatin1String("events"));
}

void EventJsonWriter::write(const Event &event)
{
    m_json.element(eventToJson(event));
}

Status EventJsonWriter::finish()
{
    m_json.endArray();
    return m_json.finish();
}

Status readEventDocument(const QByteArray &json, EventDocument *document)
{
    EventDocumentReader reader;
    if (Status s = reader.open(json); !s)
        return s;
    EventDocument result;
    result.source = reader.source();
    result.sourceText = reader.sourceText();
    result.actors = reader.actors();
    result.events.reserve(reader.eventCount());
    for (qsizetype i = 0; i < reader.eventCount(); ++i) {
        Event e;
        if (Status s = reader.event(i, &e); !s)
            return s;
        result.events.append(std::move(e));
    }
    *document = std::move(result);
    return {};
}

Status EventDocumentReader::parse(JsonSpan span, QJsonValue *value) const
{
    const char first = m_json.at(span.begin);
    const bool container = first == '{' || first == '[';
    // QJsonDocument holds only objects and arrays: a scalar is read as [x].
    const QByteArray text =
        container ? QByteArray::fromRawData(m_json.constData() + span.begin, span.size())
                  : "[" + m_json.mid(span.begin, span.size()) + "]";
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return Status::error(
            QCoreApplication::translate("detente::EventJson", "not valid JSON at byte %1: %2")
                .arg(span.begin + std::max(0, error.offset - (container ? 0 : 1)))
                .arg(error.errorString()));
    *value = container ? (doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()))
                       : doc.array().at(0);
    return {};
}

Status EventDocumentReader::open(const QByteArray &json)
{
    *this = {};
    m_json = json;
    QList<std::pair<QString, JsonSpan>> members;
    qsizetype errorAt = 0;
    // Where the scanner stops, the JSON parser says exactly what is wrong (it reads the whole
    // document, which only a broken file pays for).
    auto invalid = [this](qsizetype at) {
        QJsonParseError error;
        QJsonDocument::fromJson(m_json, &error);
        if (error.error != QJsonParseError::NoError)
            return Status::error(
                QCoreApplication::translate("detente::EventJson", "not valid JSON at byte %1: %2")
                    .arg(error.offset)
                    .arg(error.errorString()));
        return Status::error(
            QCoreApplication::translate("detente::EventJson", "not valid JSON at byte %1").arg(at));
    };
    if (!jsonMembers(m_json, jsonTrimmed(m_json), &members, &errorAt)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_json, &error);
        // Valid JSON but no object (an array, say) falls through to "expected an object".
        if (error.error != QJsonParseError::NoError || doc.isObject())
            return invalid(errorAt);
    }
    std::optional<JsonSpan> events, sources, source, actors, format;
    for (const auto &[key, span] : std::as_const(members)) {
        // As the JSON parser does, the last of two members with one name counts.
        if (key == u"events")
            events = span;
        else if (key == u"sources")
            sources = span;
        else if (key == u"source")
            source = span;
        else if (key == u"actors")
            actors = span;
        else if (key == u"format")
            format = span;
    }
    if (!events || m_json.at(events->begin) != '[')
        return Status::error(QCoreApplication::translate(
            "detente::EventJson", "expected an object with an \"events\" array"));
    QJsonValue value;
    if (format) {
        if (Status s = parse(*format, &value); !s)
            return s;
        m_export = value.toString() == u"detente-events";
    }
    if (source) {
        if (Status s = parse(*source, &value); !s)
            return s;
        const QJsonObject o = value.toObject();
        m_source = {o.value(QLatin1String("key")).toString(),
                    o.value(QLatin1String("title")).toString(),
                    o.value(QLatin1String("url")).toString(),
                    o.value(QLatin1String("publisher")).toString(),
                    QDate::fromString(o.value(QLatin1String("published")).toString(), Qt::ISODate)};
        m_sourceText = o.value(QLatin1String("text")).toString();
    }
    if (actors) {
        if (Status s = parse(*actors, &value); !s)
            return s;
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject a = list[i].toObject();
            Actor actor;
            actor.name = a.value(QLatin1String("name")).toString().trimmed();
            const QString kind = a.value(QLatin1String("kind")).toString(QStringLiteral("group"));
            const auto k = actorKindFromName(kind);
            if (actor.name.isEmpty() || !k)
                return Status::error(
                    QCoreApplication::translate("detente::EventJson",
                                                "actor %1: missing name or unknown kind \"%2\"")
                        .arg(i + 1)
                        .arg(kind));
            actor.kind = *k;
            actor.code = a.value(QLatin1String("code")).toString();
            actor.affiliation = a.value(QLatin1String("for")).toString();
            actor.office = a.value(QLatin1String("office")).toString();
            for (const QJsonValue &v : a.value(QLatin1String("aliases")).toArray())
                actor.aliases.append(v.toString());
            m_actors.append(actor);
        }
    }
    if (!jsonElements(m_json, *events, &m_events, &errorAt))
        return invalid(errorAt);
    if (sources && m_json.at(sources->begin) == '[' &&
        !jsonElements(m_json, *sources, &m_sources, &errorAt))
        return invalid(errorAt);
    return {};
}

Status EventDocumentReader::event(qsizetype i, Event *event, bool asStored) const
{
    QJsonValue value;
    if (Status s = parse(m_events[i], &value); !s)
        return s;
    const QJsonObject o = value.toObject();
    Event e;
    QString why;
    if (!eventFromJson(o, &e, &why))
        return Status::error(
            QCoreApplication::translate("detente::EventJson", "event %1: %2").arg(i + 1).arg(why));
    if (e.source.key.isEmpty())
        e.source = m_source;
    if (!e.reference.isValid() && !(asStored && !o.contains(QLatin1String("reference"))))
        e.reference = e.source.published;
    *event = std::move(e);
    return {};
}

Status EventDocumentReader::source(qsizetype i, QJsonObject *source) const
{
    QJsonValue value;
    if (Status s = parse(m_sources[i], &value); !s)
        return s;
    *source = value.toObject();
    return {};
}

Status importEventDocument(EventStore &store, const EventDocument &document, int *inserted)
{
    Transaction tx(store.database());
    if (!tx.beginStatus())
        return tx.beginStatus();
    if (Status s = store.saveActors(document.actors); !s)
        return s;
    if (!document.source.key.isEmpty())
        if (Status s = store.saveSource(document.source, document.sourceText); !s)
            return s;
    if (Status s = store.insertEvents(document.events, inserted); !s)
        return s;
    return tx.commit();
}

Status importEventDocumentOnce(EventStore &store, const QByteArray &json, bool *loaded)
{
    if (loaded)
        *loaded = false;
    EventDocument document;
    if (Status s = readEventDocument(json, &document); !s)
        return s;
    if (document.source.key.isEmpty())
        return Status::error(
            QCoreApplication::translate("detente::EventJson", "the document names no source key"));
    if (store.hasSource(document.source.key))
        return {};
    if (Status s = importEventDocument(store, document); !s)
        return s;
    if (loaded)
        *loaded = true;
    return {};
}

} // namespace detente
