#include "eventstore.h"

#include "database.h"

#include <QDateTime>
#include <QHash>

#include <sqlite3.h>

namespace detente {

namespace {

QString idsJson(const QList<qint64> &ids) {
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            json += u',';
        json += QString::number(ids[i]);
    }
    return json + u']';
}

QString dateText(QDate d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// Caches name → actor id lookups (names and aliases) during one write.
class ActorResolver {
public:
    explicit ActorResolver(Database &db)
        : m_find(db, "SELECT id FROM actors WHERE name = ?1 "
                     "UNION ALL SELECT actor_id FROM actor_aliases WHERE alias = ?1 LIMIT 1")
        , m_insert(db, "INSERT INTO actors(name, kind, affiliation_id) VALUES (?1, ?2, ?3)")
        , m_db(db) {}

    qint64 find(const QString &name) {
        const QString key = name.toCaseFolded();
        if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return *it;
        m_find.bind(1, name);
        const qint64 id = m_find.next() ? m_find.int64(0) : 0;
        m_find.reset();
        if (id)
            m_cache.insert(key, id);
        return id;
    }

    /// The actor's id, creating it (with the given kind and affiliation) when unknown.
    qint64 findOrCreate(const QString &name, ActorKind kind, qint64 affiliation, QString *error) {
        if (const qint64 id = find(name))
            return id;
        m_insert.bind(1, name).bind(2, actorKindName(kind));
        if (affiliation)
            m_insert.bind(3, affiliation);
        if (!m_insert.exec()) {
            *error = m_insert.stepError();
            return 0;
        }
        const qint64 id = m_db.lastInsertRowId();
        m_cache.insert(name.toCaseFolded(), id);
        return id;
    }

private:
    Statement m_find;
    Statement m_insert;
    Database &m_db;
    QHash<QString, qint64> m_cache;
};

// The columns and joins shared by every event query; the WHERE part is added per query.
constexpr const char eventColumns[] =
    "SELECT e.id, e.key, e.title, e.summary, e.kind, e.first_ms, e.last_ms, e.precision, "
    "e.phrase, e.reference_date, e.confidence, e.attributed_to FROM events e ";

constexpr const char rangeWhere[] = "WHERE e.first_ms < ?1 AND e.last_ms >= ?2";
constexpr const char rangeActorsWhere[] =
    "WHERE e.first_ms < ?1 AND e.last_ms >= ?2 AND e.id IN ("
    "SELECT event_id FROM event_actors WHERE actor_id IN (SELECT value FROM json_each(?3)) "
    "UNION SELECT event_id FROM event_persons WHERE person_id IN (SELECT value FROM json_each(?3)) "
    "OR for_id IN (SELECT value FROM json_each(?3)))";

} // namespace

EventStore::EventStore(Database &db)
    : m_db(db) {}

Status EventStore::saveActors(const QList<Actor> &actors) {
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    ActorResolver resolver(m_db);
    Statement update(m_db,
                     "UPDATE actors SET kind = ?2, code = ?3, office = ?4, affiliation_id = ?5 "
                     "WHERE id = ?1");
    Statement alias(m_db, "INSERT INTO actor_aliases(alias, actor_id) VALUES (?1, ?2) "
                          "ON CONFLICT(alias) DO UPDATE SET actor_id = excluded.actor_id");
    QString error;
    // States and organisations first, so that persons find whom they speak for.
    QList<const Actor *> ordered;
    for (const Actor &a : actors)
        if (a.kind != ActorKind::Person)
            ordered.append(&a);
    for (const Actor &a : actors)
        if (a.kind == ActorKind::Person)
            ordered.append(&a);
    for (const Actor *a : ordered) {
        if (a->name.trimmed().isEmpty())
            return Status::error(QStringLiteral("an actor without a name"));
        qint64 affiliation = 0;
        if (!a->affiliation.isEmpty()) {
            affiliation = resolver.findOrCreate(a->affiliation, ActorKind::Group, 0, &error);
            if (!affiliation)
                return Status::error(error);
        }
        const qint64 id = resolver.findOrCreate(a->name, a->kind, affiliation, &error);
        if (!id)
            return Status::error(error);
        update.bind(1, id).bind(2, actorKindName(a->kind)).bind(3, a->code).bind(4, a->office);
        if (affiliation)
            update.bind(5, affiliation);
        if (!update.exec())
            return Status::error(update.stepError());
        for (const QString &name : a->aliases) {
            if (name.compare(a->name, Qt::CaseInsensitive) == 0 || name.trimmed().isEmpty())
                continue;
            alias.bind(1, name).bind(2, id);
            if (!alias.exec())
                return Status::error(alias.stepError());
        }
    }
    return tx.commit();
}

Status EventStore::saveSource(const SourceRef &ref, const QString &body, qint64 *id) {
    Statement st(m_db,
                 "INSERT INTO sources(key, title, url, publisher, published, body, added_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(key) DO UPDATE SET "
                 "title = excluded.title, url = excluded.url, publisher = excluded.publisher, "
                 "published = excluded.published, body = coalesce(excluded.body, body) "
                 "RETURNING id");
    st.bind(1, ref.key).bind(2, ref.title).bind(3, ref.url).bind(4, ref.publisher);
    st.bindOptional(5, dateText(ref.published)).bindOptional(6, body);
    st.bind(7, QDateTime::currentMSecsSinceEpoch());
    if (!st.next())
        return Status::error(st.stepError());
    if (id)
        *id = st.int64(0);
    st.reset();
    return {};
}

Status EventStore::insertEvents(const QList<Event> &events, int *inserted) {
    if (inserted)
        *inserted = 0;
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    ActorResolver resolver(m_db);
    Statement insertEvent(
        m_db, "INSERT INTO events(key, title, summary, kind, first_ms, last_ms, precision, phrase, "
              "reference_date, edtf, confidence, attributed_to, created_at, updated_at) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13) "
              "ON CONFLICT(key) DO NOTHING");
    Statement insertActor(m_db, "INSERT OR IGNORE INTO event_actors(event_id, actor_id, role, "
                                "position) VALUES (?1, ?2, ?3, ?4)");
    Statement insertPerson(m_db, "INSERT OR IGNORE INTO event_persons(event_id, person_id, for_id, "
                                 "position) VALUES (?1, ?2, ?3, ?4)");
    Statement findSource(m_db, "SELECT id FROM sources WHERE key = ?1");
    Statement insertMention(m_db, "INSERT INTO mentions(event_id, source_id, quote, quote_begin, "
                                  "quote_end) VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement findEvent(m_db, "SELECT id FROM events WHERE key = ?1");
    Statement insertResponse(m_db, "INSERT OR IGNORE INTO responses(event_id, answers_id) "
                                   "VALUES (?1, ?2)");
    QHash<QString, qint64> sourceIds;
    QList<std::pair<qint64, const Event *>> withAnswers;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    int count = 0;

    for (const Event &e : events) {
        if (e.title.trimmed().isEmpty())
            return Status::error(QStringLiteral("an event without a title"));
        if (!e.date.isValid())
            return Status::error(QStringLiteral("event \"%1\" has no valid date").arg(e.title));
        insertEvent.bindOptional(1, e.key);
        insertEvent.bind(2, e.title).bind(3, e.summary).bind(4, e.kind);
        insertEvent.bind(5, e.date.first()).bind(6, e.date.last());
        insertEvent.bind(7, precisionName(e.date.precision())).bind(8, e.date.phrase());
        insertEvent.bindOptional(9, dateText(e.reference)).bind(10, e.date.edtf());
        insertEvent.bind(11, e.confidence).bind(12, e.attributedTo).bind(13, now);
        if (!insertEvent.exec())
            return Status::error(
                QStringLiteral("event \"%1\": %2").arg(e.title, insertEvent.stepError()));
        if (sqlite3_changes(m_db.handle()) == 0)
            continue; // this key is stored already
        const qint64 eventId = m_db.lastInsertRowId();
        ++count;

        int position = 0;
        for (const EventActor &a : e.actors) {
            const qint64 actorId = resolver.findOrCreate(a.name, ActorKind::Group, 0, &error);
            if (!actorId)
                return Status::error(error);
            insertActor.bind(1, eventId)
                .bind(2, actorId)
                .bind(3, roleName(a.role))
                .bind(4, position++);
            if (!insertActor.exec())
                return Status::error(insertActor.stepError());
        }
        position = 0;
        for (const EventPerson &p : e.persons) {
            qint64 forId = 0;
            if (!p.speaksFor.isEmpty()) {
                forId = resolver.findOrCreate(p.speaksFor, ActorKind::Group, 0, &error);
                if (!forId)
                    return Status::error(error);
            }
            const qint64 personId = resolver.findOrCreate(p.name, ActorKind::Person, forId, &error);
            if (!personId)
                return Status::error(error);
            insertPerson.bind(1, eventId).bind(2, personId).bind(4, position++);
            if (forId)
                insertPerson.bind(3, forId);
            if (!insertPerson.exec())
                return Status::error(insertPerson.stepError());
        }
        if (!e.source.key.isEmpty()) {
            qint64 sourceId = sourceIds.value(e.source.key);
            if (!sourceId) {
                findSource.bind(1, e.source.key);
                if (findSource.next())
                    sourceId = findSource.int64(0);
                findSource.reset();
                if (!sourceId) {
                    if (Status s = saveSource(e.source, QString(), &sourceId); !s)
                        return s;
                }
                sourceIds.insert(e.source.key, sourceId);
            }
            insertMention.bind(1, eventId).bind(2, sourceId).bind(3, e.quote);
            if (e.quoteBegin >= 0 && e.quoteEnd >= e.quoteBegin)
                insertMention.bind(4, qint64(e.quoteBegin)).bind(5, qint64(e.quoteEnd));
            if (!insertMention.exec())
                return Status::error(insertMention.stepError());
        }
        if (!e.answers.isEmpty())
            withAnswers.append({eventId, &e});
    }
    // Links last: an event may answer one that comes later in the same batch.
    for (const auto &[eventId, e] : withAnswers) {
        for (const QString &key : e->answers) {
            findEvent.bind(1, key);
            const qint64 answered = findEvent.next() ? findEvent.int64(0) : 0;
            findEvent.reset();
            if (!answered)
                return Status::error(QStringLiteral("event \"%1\" answers an unknown event \"%2\"")
                                         .arg(e->title, key));
            insertResponse.bind(1, eventId).bind(2, answered);
            if (!insertResponse.exec())
                return Status::error(insertResponse.stepError());
        }
    }
    if (Status s = tx.commit(); !s)
        return s;
    if (inserted)
        *inserted = count;
    return {};
}

namespace {

/// Fills events matching `where` (with ?1..?3 bound by `bind`) with their actors, persons,
/// first mention and response links.
template<typename Bind>
QList<Event> loadEvents(Database &db, const QByteArray &where, Bind bind, Status *status) {
    auto fail = [status](const QString &msg) {
        if (status)
            *status = Status::error(msg);
        return QList<Event>();
    };
    if (status)
        *status = {};
    const QByteArray subquery = "(SELECT e.id FROM events e " + where + ")";
    Statement main(db, QByteArray(eventColumns + where + " ORDER BY e.first_ms, e.id").constData());
    bind(main);
    QList<Event> result;
    QHash<qint64, qsizetype> index;
    while (main.next()) {
        Event e;
        e.id = main.int64(0);
        e.key = main.text(1);
        e.title = main.text(2);
        e.summary = main.text(3);
        e.kind = main.text(4);
        e.date = DateSpan(main.int64(5), main.int64(6),
                          precisionFromName(main.text(7)).value_or(Precision::Span), main.text(8));
        e.reference = QDate::fromString(main.text(9), Qt::ISODate);
        e.confidence = main.real(10);
        e.attributedTo = main.text(11);
        index.insert(e.id, result.size());
        result.append(std::move(e));
    }
    if (!main.stepError().isEmpty())
        return fail(main.stepError());
    if (result.isEmpty())
        return result;

    Statement actors(db, QByteArray("SELECT ea.event_id, a.name, ea.role FROM event_actors ea "
                                    "JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id IN " +
                                    subquery + " ORDER BY ea.event_id, ea.position")
                             .constData());
    bind(actors);
    while (actors.next())
        result[index.value(actors.int64(0))].actors.append(
            {actors.text(1), roleFromName(actors.text(2)).value_or(Role::Other)});

    Statement persons(db,
                      QByteArray("SELECT ep.event_id, p.name, f.name FROM event_persons ep "
                                 "JOIN actors p ON p.id = ep.person_id "
                                 "LEFT JOIN actors f ON f.id = ep.for_id WHERE ep.event_id IN " +
                                 subquery + " ORDER BY ep.event_id, ep.position")
                          .constData());
    bind(persons);
    while (persons.next())
        result[index.value(persons.int64(0))].persons.append({persons.text(1), persons.text(2)});

    Statement mentions(db, QByteArray("SELECT m.event_id, m.quote, m.quote_begin, m.quote_end, "
                                      "s.key, s.title, s.url, s.publisher, s.published "
                                      "FROM mentions m JOIN sources s ON s.id = m.source_id "
                                      "WHERE m.event_id IN " +
                                      subquery + " ORDER BY m.event_id, m.id DESC")
                               .constData());
    bind(mentions);
    while (mentions.next()) {
        // Ordered newest first per event, so the first mention is the one that stays.
        Event &e = result[index.value(mentions.int64(0))];
        e.quote = mentions.text(1);
        e.quoteBegin = mentions.isNull(2) ? -1 : mentions.int64(2);
        e.quoteEnd = mentions.isNull(3) ? -1 : mentions.int64(3);
        e.source = {mentions.text(4), mentions.text(5), mentions.text(6), mentions.text(7),
                    QDate::fromString(mentions.text(8), Qt::ISODate)};
    }

    Statement answers(db, QByteArray("SELECT r.event_id, a.key FROM responses r "
                                     "JOIN events a ON a.id = r.answers_id WHERE a.key IS NOT NULL "
                                     "AND r.event_id IN " +
                                     subquery + " ORDER BY r.event_id, a.key")
                              .constData());
    bind(answers);
    while (answers.next())
        result[index.value(answers.int64(0))].answers.append(answers.text(1));

    for (Statement *st : {&actors, &persons, &mentions, &answers})
        if (!st->stepError().isEmpty() || !st->isValid())
            return fail(st->isValid() ? st->stepError() : st->error());
    return result;
}

} // namespace

QList<Event> EventStore::events(qint64 from, qint64 to, const QStringList &actorNames,
                                Status *status) const {
    if (actorNames.isEmpty())
        return loadEvents(
            m_db, rangeWhere, [&](Statement &st) { st.bind(1, to).bind(2, from); }, status);
    QList<qint64> ids;
    Statement find(m_db, "SELECT id FROM actors WHERE name = ?1 "
                         "UNION ALL SELECT actor_id FROM actor_aliases WHERE alias = ?1 LIMIT 1");
    for (const QString &name : actorNames) {
        find.bind(1, name);
        if (find.next())
            ids.append(find.int64(0));
        find.reset();
    }
    // A state or organisation includes the persons who speak for it.
    Statement persons(m_db, "SELECT id FROM actors WHERE affiliation_id IN "
                            "(SELECT value FROM json_each(?1))");
    persons.bind(1, idsJson(ids));
    while (persons.next())
        ids.append(persons.int64(0));
    const QString json = idsJson(ids);
    return loadEvents(
        m_db, rangeActorsWhere, [&](Statement &st) { st.bind(1, to).bind(2, from).bind(3, json); },
        status);
}

QList<Event> EventStore::allEvents(Status *status) const {
    return events(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), {},
                  status);
}

QList<Actor> EventStore::actors() const {
    QList<Actor> result;
    QHash<qint64, qsizetype> index;
    Statement st(m_db, "SELECT a.id, a.name, a.kind, a.code, f.name, a.office FROM actors a "
                       "LEFT JOIN actors f ON f.id = a.affiliation_id ORDER BY a.name");
    while (st.next()) {
        Actor a;
        a.id = st.int64(0);
        a.name = st.text(1);
        a.kind = actorKindFromName(st.text(2)).value_or(ActorKind::Group);
        a.code = st.text(3);
        a.affiliation = st.text(4);
        a.office = st.text(5);
        index.insert(a.id, result.size());
        result.append(a);
    }
    Statement aliases(m_db, "SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, alias");
    while (aliases.next())
        if (auto it = index.constFind(aliases.int64(0)); it != index.constEnd())
            result[*it].aliases.append(aliases.text(1));
    return result;
}

QString EventStore::resolveActor(const QString &nameOrAlias) const {
    Statement st(m_db,
                 "SELECT name FROM actors WHERE name = ?1 UNION ALL SELECT a.name FROM "
                 "actor_aliases l JOIN actors a ON a.id = l.actor_id WHERE l.alias = ?1 LIMIT 1");
    st.bind(1, nameOrAlias);
    return st.next() ? st.text(0) : QString();
}

std::optional<Source> EventStore::source(const QString &key) const {
    Statement st(m_db, "SELECT id, key, title, url, publisher, published, body FROM sources "
                       "WHERE key = ?1");
    st.bind(1, key);
    if (!st.next())
        return std::nullopt;
    Source s;
    s.id = st.int64(0);
    s.ref = {st.text(1), st.text(2), st.text(3), st.text(4),
             QDate::fromString(st.text(5), Qt::ISODate)};
    s.body = st.text(6);
    return s;
}

bool EventStore::hasSource(const QString &key) const {
    return source(key).has_value();
}

qint64 EventStore::eventCount() const {
    Statement st(m_db, "SELECT count(*) FROM events");
    return st.next() ? st.int64(0) : 0;
}

std::optional<std::pair<qint64, qint64>> EventStore::extent() const {
    Statement st(m_db, "SELECT min(first_ms), max(last_ms) FROM events");
    if (!st.next() || st.isNull(0))
        return std::nullopt;
    return std::make_pair(st.int64(0), st.int64(1));
}

} // namespace detente
