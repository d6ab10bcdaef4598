#include "eventstore.h"

#include "bulkinsert.h"
#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <variant>
#include <vector>

#include <sqlite3.h>

namespace detente {

namespace {

using Value = std::variant<qint64, double, QString>;

QString idsJson(const QList<qint64> &ids)
{
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            json += u',';
        json += QString::number(ids[i]);
    }
    return json + u']';
}

QString stringsJson(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// A WHERE clause over `events e` built from constant SQL fragments, with its values bound in
/// order: user input never becomes SQL text.
class FilterSql {
public:
    QList<Value> values;
    bool matchesNothing = false;

    /// Restricts to events overlapping [from, to) through the interval index: one range of
    /// (span_class, first_ms) per class drives the query (see 0002_event_store.sql).
    void setRange(qint64 from, qint64 to)
    {
        m_with = "WITH RECURSIVE c(n) AS (VALUES (0) UNION ALL SELECT n + 1 FROM c WHERE n < 62) ";
        m_from = "c JOIN events e ON e.span_class = c.n AND e.first_ms > ? - (1 << c.n) AND "
                 "e.first_ms < ?";
        m_rangeValues = {from, to};
        add("e.last_ms >= ?", {from});
    }
    void add(const char *sql, std::initializer_list<Value> vs = {})
    {
        m_where += m_where.isEmpty() ? " WHERE " : " AND ";
        m_where += sql;
        values.append(vs);
    }
    /// True when every event matches.
    bool isEmpty() const { return m_where.isEmpty(); }
    /// The whole statement: SELECT columns FROM the filtered events … tail.
    QByteArray select(const char *columns, const char *tail = "") const
    {
        return m_with + "SELECT " + columns + " FROM " + m_from + m_where + ' ' + tail;
    }
    void bind(Statement &st) const
    {
        int index = 1;
        for (const QList<Value> *list : {&m_rangeValues, &values})
            for (const Value &v : *list) {
                std::visit([&](const auto &x) { st.bind(index, x); }, v);
                ++index;
            }
    }

private:
    QByteArray m_with;
    QByteArray m_from = "events e";
    QByteArray m_where;
    QList<Value> m_rangeValues;
};

/// Actor ids for names or aliases, plus the persons who speak for them.
QList<qint64> actorSet(Database &db, const QStringList &names)
{
    QList<qint64> ids;
    Statement find(db, "SELECT id FROM actors WHERE name = ?1 "
                       "UNION ALL SELECT actor_id FROM actor_aliases WHERE alias = ?1 LIMIT 1");
    for (const QString &name : names) {
        find.bind(1, name);
        if (find.next())
            ids.append(find.int64(0));
        find.reset();
    }
    if (ids.isEmpty())
        return ids;
    Statement persons(db, "SELECT id FROM actors WHERE affiliation_id IN "
                          "(SELECT value FROM json_each(?1))");
    persons.bind(1, idsJson(ids));
    while (persons.next())
        ids.append(persons.int64(0));
    return ids;
}

FilterSql buildFilter(Database &db, const EventFilter &f)
{
    FilterSql sql;
    if (f.hasRange())
        sql.setRange(f.from, f.to);
    if (!f.actors.isEmpty()) {
        const QList<qint64> ids = actorSet(db, f.actors);
        if (ids.isEmpty())
            sql.matchesNothing = true;
        const QString json = idsJson(ids);
        if (f.hasRange())
            // The range drives: each event in it is checked.
            sql.add("(EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND "
                    "ea.actor_id IN (SELECT value FROM json_each(?))) OR EXISTS (SELECT 1 FROM "
                    "event_persons ep WHERE ep.event_id = e.id AND (ep.person_id IN (SELECT value "
                    "FROM json_each(?)) OR ep.for_id IN (SELECT value FROM json_each(?)))))",
                    {json, json, json});
        else
            // The actors drive, through their index: checking every event against many actors
            // costs one index search per actor and event (15 times slower at a million events).
            sql.add("e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.actor_id IN (SELECT "
                    "value FROM json_each(?)) UNION ALL SELECT ep.event_id FROM event_persons ep "
                    "WHERE ep.person_id IN (SELECT value FROM json_each(?)) OR ep.for_id IN "
                    "(SELECT value FROM json_each(?)))",
                    {json, json, json});
    }
    if (f.between) {
        const QList<qint64> a = actorSet(db, {f.between->first});
        const QList<qint64> b = actorSet(db, {f.between->second});
        if (a.isEmpty() || b.isEmpty())
            sql.matchesNothing = true;
        const QString ja = idsJson(a), jb = idsJson(b);
        sql.add(
            "EXISTS (SELECT 1 FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id "
            "WHERE s.event_id = e.id AND s.role = 'source' AND t.role = 'target' AND ("
            "(s.actor_id IN (SELECT value FROM json_each(?)) AND t.actor_id IN (SELECT value FROM "
            "json_each(?))) OR "
            "(s.actor_id IN (SELECT value FROM json_each(?)) AND t.actor_id IN (SELECT value FROM "
            "json_each(?)))))",
            {ja, jb, jb, ja});
    }
    if (!f.kinds.isEmpty())
        sql.add("e.kind IN (SELECT value FROM json_each(?))", {stringsJson(f.kinds)});
    if (!f.quadClasses.isEmpty()) {
        QList<qint64> q;
        for (int c : f.quadClasses)
            q.append(c);
        sql.add("e.quad_class IN (SELECT value FROM json_each(?))", {idsJson(q)});
    }
    if (f.goldsteinMin)
        sql.add("e.goldstein >= ?", {*f.goldsteinMin});
    if (f.goldsteinMax)
        sql.add("e.goldstein <= ?", {*f.goldsteinMax});
    if (f.minSources > 0)
        sql.add("(SELECT count(DISTINCT m.source_id) FROM mentions m WHERE m.event_id = e.id) >= ?",
                {qint64(f.minSources)});
    if (!f.tags.isEmpty())
        sql.add("EXISTS (SELECT 1 FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE "
                "et.event_id = e.id AND t.name IN (SELECT value FROM json_each(?)))",
                {stringsJson(f.tags)});
    if (!f.text.trimmed().isEmpty()) {
        const QString q = EventStore::ftsQuery(f.text);
        sql.add("e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ? UNION ALL "
                "SELECT m.event_id FROM mentions_fts x JOIN mentions m ON m.id = x.rowid "
                "WHERE mentions_fts MATCH ?)",
                {q, q});
    }
    return sql;
}

constexpr char eventColumns[] =
    "e.id, e.key, e.title, e.summary, e.kind, e.first_ms, e.last_ms, e.precision, e.phrase, "
    "e.reference_date, e.confidence, e.attributed_to, e.cameo_code, e.cameo_root, e.quad_class, "
    "e.goldstein";

/// One QString shared by every row that holds the same short text (kinds, CAMEO codes,
/// precisions, dates): a loaded event allocates only for its own words.
class TextPool {
public:
    QString get(std::string_view utf8)
    {
        if (utf8.empty())
            return {};
        auto it = m_pool.find(utf8);
        if (it == m_pool.end()) {
            if (m_pool.size() >= 4096) // bounded: a column of unique values gains nothing
                m_pool.clear();
            it = m_pool
                     .emplace(std::string(utf8),
                              QString::fromUtf8(utf8.data(), qsizetype(utf8.size())))
                     .first;
        }
        return it->second;
    }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_pool;
};

Event readEvent(const Statement &st, TextPool &pool)
{
    Event e;
    e.id = st.int64(0);
    e.key = st.text(1);
    e.title = st.text(2);
    e.summary = st.text(3);
    e.kind = pool.get(st.textView(4));
    e.date =
        DateSpan(st.int64(5), st.int64(6),
                 precisionFromName(pool.get(st.textView(7))).value_or(Precision::Span), st.text(8));
    if (const std::string_view reference = st.textView(9); !reference.empty())
        e.reference = QDate::fromString(pool.get(reference), Qt::ISODate);
    e.confidence = st.real(10);
    e.attributedTo = st.text(11);
    e.cameoCode = pool.get(st.textView(12));
    e.cameoRoot = pool.get(st.textView(13));
    e.quadClass = st.isNull(14) ? 0 : int(st.int64(14));
    if (!st.isNull(15))
        e.goldstein = st.real(15);
    return e;
}

/// Loads the events matching `sql`, then their actors, persons, sources, tags and links.
QList<Event> loadEvents(Database &db, const FilterSql &sql, Status *status)
{
    auto fail = [status](const QString &msg) {
        if (status)
            *status = Status::error(msg);
        return QList<Event>();
    };
    if (status)
        *status = {};
    if (sql.matchesNothing)
        return {};
    // Whole tables come in order from SQL; a filtered few are sorted here, which spares SQLite
    // sorting whole rows (a third of the time of a viewport's query).
    const bool all = sql.isEmpty();
    Statement main(db,
                   sql.select(eventColumns, all ? "ORDER BY e.first_ms, e.id" : "").constData());
    if (!main.isValid())
        return fail(main.error());
    sql.bind(main);
    QList<Event> result;
    TextPool pool;
    while (main.next())
        result.append(readEvent(main, pool));
    if (!main.stepError().isEmpty())
        return fail(main.stepError());
    if (!all) {
        // Sorted through keys: moving whole events while sorting costs more than the query.
        std::vector<std::tuple<qint64, qint64, qsizetype>> keys;
        keys.reserve(size_t(result.size()));
        for (qsizetype i = 0; i < result.size(); ++i)
            keys.emplace_back(result[i].date.first(), result[i].id, i);
        std::sort(keys.begin(), keys.end());
        QList<Event> sorted;
        sorted.reserve(result.size());
        for (const auto &key : keys)
            sorted.append(std::move(result[std::get<2>(key)]));
        result = std::move(sorted);
    }
    if (result.isEmpty())
        return result;
    // Whole tables are read by event id: each row finds its event through the ids, in a table
    // when they are dense (rows added and few deleted: every row a look-up in a million), else
    // through a hash.
    QList<qint64> ids;
    ids.reserve(result.size());
    qint64 minId = result.first().id, maxId = minId;
    for (const Event &e : std::as_const(result)) {
        ids.append(e.id);
        minId = std::min(minId, e.id);
        maxId = std::max(maxId, e.id);
    }
    std::vector<qsizetype> dense;
    QHash<qint64, qsizetype> index;
    if (all && maxId - minId < 4 * qint64(result.size()) + 1024) {
        dense.assign(size_t(maxId - minId + 1), -1);
        for (qsizetype i = 0; i < result.size(); ++i)
            dense[size_t(result[i].id - minId)] = i;
    } else if (all) {
        index.reserve(result.size());
        for (qsizetype i = 0; i < result.size(); ++i)
            index.insert(result[i].id, i);
    }

    // Without a filter every row is wanted: read whole tables. Otherwise the loaded ids drive
    // each join in the order loaded (json_each's key is the event's index in the result), which
    // needs no temporary table and no sorting: the cost follows the events loaded, not the size
    // of the database.
    const QString json = all ? QString() : idsJson(ids);
    // The statement reading `columns` of the loaded events' rows in `table`, whose event id is
    // `event`; its first column is the event's id (whole tables) or index (by ids).
    auto relation = [all](const char *event, const char *columns, const char *table,
                          const char *joins, const char *order, const char *orderByIds = nullptr) {
        if (all)
            return QByteArray("SELECT ") + event + ", " + columns + " FROM " + table + ' ' + joins +
                   " ORDER BY " + order;
        QByteArray sql = QByteArray("SELECT j.key, ") + columns +
                         " FROM json_each(?1) j CROSS JOIN " + table + " ON " + event +
                         " = j.value " + joins;
        if (orderByIds)
            sql += QByteArray(" ORDER BY j.key, ") + orderByIds;
        return sql;
    };
    auto eventIndex = [&](const Statement &st) -> qsizetype {
        if (!all)
            return st.int64(0);
        const qint64 id = st.int64(0);
        if (!dense.empty())
            return id >= minId && id <= maxId ? dense[size_t(id - minId)] : -1;
        const auto it = index.constFind(id);
        return it == index.constEnd() ? -1 : *it;
    };
    auto run = [&](const QByteArray &query, auto &&row) -> bool {
        Statement st(db, query.constData());
        if (!all)
            st.bind(1, json);
        while (st.next())
            if (const qsizetype i = eventIndex(st); i >= 0 && i < result.size())
                row(result[i], st);
        return st.isValid() && st.stepError().isEmpty();
    };
    // Actors and persons come as ids first; their names are then read once each and shared by
    // every event that names them (most events name the same few actors).
    struct ActorRef {
        qsizetype event;
        qint64 position;
        qint64 actor;
        qint64 speaksFor; ///< persons only
        Role role;
        bool operator<(const ActorRef &o) const
        {
            return event != o.event ? event < o.event : position < o.position;
        }
    };
    QList<ActorRef> actorRefs, personRefs;
    QHash<qint64, QString> names;
    auto collect = [&](const QByteArray &query, QList<ActorRef> &into, bool persons) -> bool {
        Statement st(db, query.constData());
        if (!all)
            st.bind(1, json);
        while (st.next()) {
            const qsizetype i = eventIndex(st);
            if (i < 0 || i >= result.size())
                continue;
            ActorRef ref{i, st.int64(1), st.int64(2), 0, Role::Other};
            if (persons) {
                ref.speaksFor = st.isNull(3) ? 0 : st.int64(3);
                names.insert(ref.speaksFor, QString());
            } else {
                const char first = st.rawText(3)[0];
                ref.role = first == 's' ? Role::Source : first == 't' ? Role::Target : Role::Other;
            }
            names.insert(ref.actor, QString());
            into.append(ref);
        }
        // By event, then as listed (the ids' join reads them in key order).
        if (!all)
            std::sort(into.begin(), into.end());
        return st.isValid() && st.stepError().isEmpty();
    };
    bool ok = collect(relation("ea.event_id", "ea.position, ea.actor_id, ea.role",
                               "event_actors ea", "", "ea.event_id, ea.position"),
                      actorRefs, false) &&
              collect(relation("ep.event_id", "ep.position, ep.person_id, ep.for_id",
                               "event_persons ep", "", "ep.event_id, ep.position"),
                      personRefs, true);
    if (ok && !names.isEmpty()) {
        Statement st(db,
                     "SELECT id, name FROM actors WHERE id IN (SELECT value FROM json_each(?1))");
        st.bind(1, idsJson(names.keys()));
        while (st.next())
            names[st.int64(0)] = st.text(1);
        // The references come grouped by event: each event's list is sized once.
        for (qsizetype i = 0, next = 0; i < actorRefs.size(); i = next) {
            for (next = i + 1;
                 next < actorRefs.size() && actorRefs[next].event == actorRefs[i].event; ++next) {
            }
            QList<EventActor> &actors = result[actorRefs[i].event].actors;
            actors.reserve(actors.size() + (next - i));
            for (qsizetype k = i; k < next; ++k)
                actors.append({names.value(actorRefs[k].actor), actorRefs[k].role});
        }
        for (const ActorRef &r : std::as_const(personRefs))
            result[r.event].persons.append({names.value(r.actor), names.value(r.speaksFor)});
    }
    // The first (oldest) mention gives the quote and source; every mention counts its source.
    QHash<qint64, std::pair<qint64, QList<qint64>>> mentions; // event → first id, sources
    ok = ok &&
         run(relation("m.event_id",
                      "m.quote, m.quote_begin, m.quote_end, s.key, s.title, s.url, s.publisher, "
                      "s.published, m.source_id, m.id",
                      "mentions m", "JOIN sources s ON s.id = m.source_id", "m.event_id, m.id"),
             [&](Event &e, const Statement &st) {
                 auto &[first, sources] = mentions[e.id];
                 if (first == 0 || st.int64(10) < first) {
                     first = st.int64(10);
                     e.quote = st.text(1);
                     e.quoteBegin = st.isNull(2) ? -1 : st.int64(2);
                     e.quoteEnd = st.isNull(3) ? -1 : st.int64(3);
                     // Many events share a source: its texts are shared too.
                     e.source = {pool.get(st.textView(4)), pool.get(st.textView(5)),
                                 pool.get(st.textView(6)), pool.get(st.textView(7)),
                                 QDate::fromString(pool.get(st.textView(8)), Qt::ISODate)};
                 }
                 if (!sources.contains(st.int64(9))) {
                     sources.append(st.int64(9));
                     e.sourceCount = int(sources.size());
                 }
             }) &&
         // Few events have links or tags: sorting what there is costs little.
         run(relation("r.event_id", "a.key", "responses r", "JOIN events a ON a.id = r.answers_id",
                      "r.event_id, a.key", "a.key"),
             [](Event &e, const Statement &st) {
                 if (!st.isNull(1))
                     e.answers.append(st.text(1));
             }) &&
         run(relation("et.event_id", "t.name", "event_tags et", "JOIN tags t ON t.id = et.tag_id",
                      "et.event_id, t.name", "t.name"),
             [](Event &e, const Statement &st) { e.tags.append(st.text(1)); });
    if (!ok)
        return fail(db.lastError());
    return result;
}

/// Removes an event's words from the text indexes: its title and summary, and the quote of its
/// first source (or of all its sources, when the event is going away).
Status unindexEvent(Database &db, qint64 id, bool allMentions)
{
    const char *mentions =
        allMentions ? "INSERT INTO mentions_fts(mentions_fts, rowid, quote) SELECT 'delete', "
                      "id, quote FROM mentions WHERE event_id = ?1"
                    : "INSERT INTO mentions_fts(mentions_fts, rowid, quote) SELECT 'delete', "
                      "id, quote FROM mentions WHERE id = (SELECT min(id) FROM mentions "
                      "WHERE event_id = ?1)";
    for (const char *sql : {"INSERT INTO events_fts(events_fts, rowid, title, summary) SELECT "
                            "'delete', id, title, summary FROM events WHERE id = ?1",
                            mentions}) {
        Statement st(db, sql);
        st.bind(1, id);
        if (!st.exec())
            return Status::error(st.stepError());
    }
    return {};
}

/// Takes an event out of the panel's counts (before it changes or goes): once for each actor it
/// involves, once for its kind.
Status uncountEvent(Database &db, qint64 id)
{
    for (const char *sql : {"UPDATE actor_counts SET events = events - 1 WHERE actor_id IN ("
                            "SELECT actor_id FROM event_actors WHERE event_id = ?1 UNION "
                            "SELECT person_id FROM event_persons WHERE event_id = ?1 UNION "
                            "SELECT for_id FROM event_persons WHERE event_id = ?1)",
                            "UPDATE kind_counts SET events = events - 1 WHERE kind = "
                            "(SELECT kind FROM events WHERE id = ?1)"}) {
        Statement st(db, sql);
        st.bind(1, id);
        if (!st.exec())
            return Status::error(st.stepError());
    }
    return {};
}

} // namespace

EventStore::EventStore(Database &db)
    : m_db(db)
{}

QString EventStore::ftsQuery(const QString &text)
{
    QStringList terms;
    for (QString word :
         text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        word.replace(u'"', QStringLiteral("\"\""));
        terms << u'"' + word + u'"';
    }
    if (!terms.isEmpty())
        terms.last() += u'*';
    return terms.join(u' ');
}

Status EventStore::saveActors(const QList<Actor> &actors)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    Statement find(m_db, "SELECT id FROM actors WHERE name = ?1 "
                         "UNION ALL SELECT actor_id FROM actor_aliases WHERE alias = ?1 LIMIT 1");
    Statement insert(m_db, "INSERT INTO actors(name, kind, code, office, affiliation_id) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)");
    Statement update(m_db,
                     "UPDATE actors SET kind = ?2, code = ?3, office = ?4, affiliation_id = ?5 "
                     "WHERE id = ?1");
    Statement alias(m_db, "INSERT INTO actor_aliases(alias, actor_id) VALUES (?1, ?2) "
                          "ON CONFLICT(alias) DO UPDATE SET actor_id = excluded.actor_id");
    auto lookup = [&](const QString &name) {
        find.bind(1, name);
        const qint64 id = find.next() ? find.int64(0) : 0;
        find.reset();
        return id;
    };
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
            return Status::error(
                QCoreApplication::translate("detente::EventStore", "an actor without a name"));
        qint64 affiliation = 0;
        if (!a->affiliation.isEmpty()) {
            affiliation = lookup(a->affiliation);
            if (!affiliation) {
                insert.bind(1, a->affiliation)
                    .bind(2, actorKindName(ActorKind::Group))
                    .bind(3, QString())
                    .bind(4, QString());
                if (!insert.exec())
                    return Status::error(insert.stepError());
                affiliation = m_db.lastInsertRowId();
            }
        }
        qint64 id = lookup(a->name);
        Statement &st = id ? update : insert;
        if (id)
            st.bind(1, id);
        else
            st.bind(1, a->name);
        st.bind(2, actorKindName(a->kind)).bind(3, a->code).bind(4, a->office);
        if (affiliation)
            st.bind(5, affiliation);
        if (!st.exec())
            return Status::error(st.stepError());
        if (!id)
            id = m_db.lastInsertRowId();
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

Status EventStore::saveSource(const SourceRef &ref, const QString &body, qint64 *id)
{
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

Status EventStore::insertEvents(const QList<Event> &events, int *inserted)
{
    if (inserted)
        *inserted = 0;
    BulkInsert bulk(m_db);
    if (!bulk.status())
        return bulk.status();
    for (const Event &e : events)
        if (Status s = bulk.add(e); !s)
            return s;
    if (Status s = bulk.commit(); !s)
        return s;
    if (inserted)
        *inserted = int(bulk.added());
    return {};
}

Status EventStore::updateEvent(const Event &e)
{
    if (e.id <= 0)
        return Status::error(
            QCoreApplication::translate("detente::EventStore", "the event is not stored"));
    if (e.title.trimmed().isEmpty())
        return Status::error(
            QCoreApplication::translate("detente::EventStore", "an event without a title"));
    if (!e.date.isValid())
        return Status::error(
            QCoreApplication::translate("detente::EventStore", "event \"%1\" has no valid date")
                .arg(e.title));
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    // The text indexes forget the old words first (they need the old text to do so); the counts
    // forget the old kind and actors (BulkInsert counts the new actors).
    if (Status s = unindexEvent(m_db, e.id, false); !s)
        return s;
    if (Status s = uncountEvent(m_db, e.id); !s)
        return s;
    Statement update(m_db,
                     "UPDATE events SET key = ?2, title = ?3, summary = ?4, kind = ?5, "
                     "first_ms = ?6, last_ms = ?7, precision = ?8, phrase = ?9, "
                     "reference_date = ?10, edtf = ?11, confidence = ?12, attributed_to = ?13, "
                     "updated_at = ?14, cameo_code = ?15, cameo_root = ?16, quad_class = ?17, "
                     "goldstein = ?18, span_class = ?19 WHERE id = ?1");
    update.bind(1, e.id).bindOptional(2, e.key).bind(3, e.title).bind(4, e.summary).bind(5, e.kind);
    update.bind(6, e.date.first())
        .bind(7, e.date.last())
        .bind(8, precisionName(e.date.precision()));
    update.bind(9, e.date.phrase()).bindOptional(10, dateText(e.reference)).bind(11, e.date.edtf());
    update.bind(12, e.confidence)
        .bind(13, e.attributedTo)
        .bind(14, QDateTime::currentMSecsSinceEpoch());
    update.bindOptional(15, e.cameoCode).bindOptional(16, e.cameoRoot);
    if (e.quadClass > 0)
        update.bind(17, e.quadClass);
    if (e.goldstein)
        update.bind(18, *e.goldstein);
    update.bind(19, BulkInsert::spanClass(e.date.first(), e.date.last()));
    if (!update.exec())
        return Status::error(update.stepError());
    if (sqlite3_changes(m_db.handle()) == 0)
        return Status::error(
            QCoreApplication::translate("detente::EventStore", "no event %1").arg(e.id));
    Statement countKind(m_db, "INSERT INTO kind_counts(kind, events) VALUES (?1, 1) "
                              "ON CONFLICT(kind) DO UPDATE SET events = events + 1");
    countKind.bind(1, e.kind);
    if (!countKind.exec())
        return Status::error(countKind.stepError());

    // Actors, persons, tags and links are replaced; the first source's quote is rewritten.
    for (const char *sql : {"DELETE FROM event_actors WHERE event_id = ?1",
                            "DELETE FROM event_persons WHERE event_id = ?1",
                            "DELETE FROM event_tags WHERE event_id = ?1",
                            "DELETE FROM responses WHERE event_id = ?1"}) {
        Statement del(m_db, sql);
        del.bind(1, e.id);
        if (!del.exec())
            return Status::error(del.stepError());
    }
    Statement quote(m_db,
                    "UPDATE mentions SET quote = ?2, quote_begin = ?3, quote_end = ?4 WHERE id = "
                    "(SELECT min(id) FROM mentions WHERE event_id = ?1)");
    quote.bind(1, e.id).bind(2, e.quote);
    if (e.quoteBegin >= 0 && e.quoteEnd >= e.quoteBegin)
        quote.bind(3, qint64(e.quoteBegin)).bind(4, qint64(e.quoteEnd));
    if (!quote.exec())
        return Status::error(quote.stepError());
    const bool hasMention = sqlite3_changes(m_db.handle()) > 0;
    for (const char *sql :
         {"INSERT INTO events_fts(rowid, title, summary) SELECT id, title, summary "
          "FROM events WHERE id = ?1",
          "INSERT INTO mentions_fts(rowid, quote) SELECT id, quote FROM mentions "
          "WHERE id = (SELECT min(id) FROM mentions WHERE event_id = ?1)"}) {
        Statement index(m_db, sql);
        index.bind(1, e.id);
        if (!index.exec())
            return Status::error(index.stepError());
    }

    // Re-add the related rows through the bulk path, in this same transaction.
    BulkInsert bulk(m_db);
    if (!bulk.status())
        return bulk.status();
    if (Status s = bulk.addRelations(e.id, e); !s)
        return s;
    if (!hasMention && !e.source.key.isEmpty())
        if (Status s = bulk.addMention(e.id, e.source, e.quote, e.quoteBegin, e.quoteEnd); !s)
            return s;
    if (Status s = bulk.commit(); !s)
        return s;
    return tx.commit();
}

Status EventStore::deleteEvent(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    if (Status s = unindexEvent(m_db, id, true); !s)
        return s;
    if (Status s = uncountEvent(m_db, id); !s)
        return s;
    Statement del(m_db, "DELETE FROM events WHERE id = ?1");
    del.bind(1, id);
    if (!del.exec())
        return Status::error(del.stepError());
    if (sqlite3_changes(m_db.handle()) == 0)
        return Status::error(
            QCoreApplication::translate("detente::EventStore", "no event %1").arg(id));
    return tx.commit();
}

Status EventStore::mergeActors(const QString &fromName, const QString &intoName)
{
    const QString from = resolveActor(fromName), into = resolveActor(intoName);
    if (from.isEmpty())
        return Status::error(
            QCoreApplication::translate("detente::EventStore", "no actor \"%1\"").arg(fromName));
    if (into.isEmpty())
        return Status::error(
            QCoreApplication::translate("detente::EventStore", "no actor \"%1\"").arg(intoName));
    if (from.compare(into, Qt::CaseInsensitive) == 0)
        return Status::error(QCoreApplication::translate("detente::EventStore",
                                                         "\"%1\" and \"%2\" are the same actor")
                                 .arg(fromName, intoName));
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    Statement ids(
        m_db,
        "SELECT (SELECT id FROM actors WHERE name = ?1), (SELECT id FROM actors WHERE name = ?2)");
    ids.bind(1, from).bind(2, into);
    if (!ids.next())
        return Status::error(ids.stepError());
    const qint64 a = ids.int64(0), b = ids.int64(1);
    ids.reset();
    // Rows that would collide with one the target already has are dropped, not duplicated.
    for (const char *sql : {
             "INSERT OR IGNORE INTO event_actors(event_id, actor_id, role, position) "
             "SELECT event_id, ?2, role, position FROM event_actors WHERE actor_id = ?1",
             "DELETE FROM event_actors WHERE actor_id = ?1",
             "INSERT OR IGNORE INTO event_persons(event_id, person_id, for_id, position) "
             "SELECT event_id, ?2, for_id, position FROM event_persons WHERE person_id = ?1",
             "DELETE FROM event_persons WHERE person_id = ?1",
             "UPDATE event_persons SET for_id = ?2 WHERE for_id = ?1",
             "UPDATE actors SET affiliation_id = ?2 WHERE affiliation_id = ?1",
             "UPDATE actor_aliases SET actor_id = ?2 WHERE actor_id = ?1",
             "DELETE FROM actors WHERE id = ?1", // and its counts (cascade)
             // The target now counts the events of both, each once.
             "INSERT OR REPLACE INTO actor_counts(actor_id, events) SELECT ?2, "
             "count(DISTINCT event_id) FROM (SELECT event_id FROM event_actors WHERE actor_id = ?2 "
             "UNION ALL SELECT event_id FROM event_persons WHERE person_id = ?2 "
             "UNION ALL SELECT event_id FROM event_persons WHERE for_id = ?2)",
         }) {
        Statement st(m_db, sql);
        st.bind(1, a).bind(2, b);
        if (!st.exec())
            return Status::error(st.stepError());
    }
    Statement alias(m_db, "INSERT OR REPLACE INTO actor_aliases(alias, actor_id) VALUES (?1, ?2)");
    alias.bind(1, from).bind(2, b);
    if (!alias.exec())
        return Status::error(alias.stepError());
    return tx.commit();
}

Status EventStore::saveView(const QString &name, const QJsonObject &settings)
{
    if (name.trimmed().isEmpty())
        return Status::error(
            QCoreApplication::translate("detente::EventStore", "a view needs a name"));
    Statement st(m_db, "INSERT INTO saved_views(name, settings, updated_at) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT(name) DO UPDATE SET settings = excluded.settings, "
                       "updated_at = excluded.updated_at");
    st.bind(1, name.trimmed())
        .bind(2, QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)))
        .bind(3, QDateTime::currentMSecsSinceEpoch());
    if (!st.exec())
        return Status::error(st.stepError());
    return {};
}

Status EventStore::deleteView(const QString &name)
{
    Statement st(m_db, "DELETE FROM saved_views WHERE name = ?1");
    st.bind(1, name);
    if (!st.exec())
        return Status::error(st.stepError());
    return {};
}

QList<Event> EventStore::events(const EventFilter &filter, Status *status) const
{
    return loadEvents(m_db, buildFilter(m_db, filter), status);
}

QList<Event> EventStore::events(qint64 from, qint64 to, const QStringList &actors,
                                Status *status) const
{
    EventFilter f;
    f.from = from;
    f.to = to;
    f.actors = actors;
    return events(f, status);
}

QList<Event> EventStore::allEvents(Status *status) const
{
    return events(EventFilter(), status);
}

QList<qint64> EventStore::eventIds(const EventFilter &filter, Status *status) const
{
    if (status)
        *status = {};
    const FilterSql sql = buildFilter(m_db, filter);
    if (sql.matchesNothing)
        return {};
    Statement st(m_db, sql.select("e.id", "ORDER BY e.first_ms, e.id").constData());
    sql.bind(st);
    QList<qint64> ids;
    while (st.next())
        ids.append(st.int64(0));
    if (status && (!st.isValid() || !st.stepError().isEmpty()))
        *status = Status::error(st.isValid() ? st.stepError() : st.error());
    return ids;
}

Status
EventStore::forEachBatch(const EventFilter &filter, qsizetype size,
                         const std::function<bool(QList<Event> &batch, qint64 total)> &batch) const
{
    // One read transaction: a write by another connection between two batches is not seen.
    const ReadSnapshot snapshot(m_db);
    if (!snapshot.status())
        return snapshot.status();
    Status status;
    const QList<qint64> ids = eventIds(filter, &status);
    if (!status)
        return status;
    size = std::max<qsizetype>(1, size);
    for (qsizetype i = 0; i < ids.size(); i += size) {
        FilterSql sql;
        sql.add("e.id IN (SELECT value FROM json_each(?))", {idsJson(ids.mid(i, size))});
        QList<Event> events = loadEvents(m_db, sql, &status);
        if (!status)
            return status;
        if (!batch(events, ids.size()))
            break;
    }
    return {};
}

std::optional<Event> EventStore::event(qint64 id, Status *status) const
{
    FilterSql sql;
    sql.add("e.id = ?", {id});
    const QList<Event> found = loadEvents(m_db, sql, status);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

qint64 EventStore::eventCount() const
{
    Statement st(m_db, "SELECT count(*) FROM events");
    return st.next() ? st.int64(0) : 0;
}

std::optional<std::pair<qint64, qint64>> EventStore::extent(const EventFilter &filter) const
{
    const FilterSql sql = buildFilter(m_db, filter);
    if (sql.matchesNothing)
        return std::nullopt;
    if (!sql.isEmpty()) {
        Statement st(m_db, sql.select("min(e.first_ms), max(e.last_ms)").constData());
        sql.bind(st);
        if (!st.next() || st.isNull(0))
            return std::nullopt;
        return std::make_pair(st.int64(0), st.int64(1));
    }
    // Without a filter, through the interval index: per span class the first start, and the
    // latest end among the few events that start within one class length of the last start.
    Statement st(m_db,
                 "WITH RECURSIVE c(n) AS (VALUES (0) UNION ALL SELECT n + 1 FROM c WHERE n < 62), "
                 "bounds(n, lo, hi) AS (SELECT n, (SELECT min(first_ms) FROM events WHERE "
                 "span_class = c.n), (SELECT max(first_ms) FROM events WHERE span_class = c.n) "
                 "FROM c) SELECT (SELECT min(lo) FROM bounds), (SELECT max(e.last_ms) FROM bounds "
                 "b JOIN events e ON e.span_class = b.n AND e.first_ms > b.hi - (1 << b.n) AND "
                 "e.first_ms <= b.hi)");
    if (!st.next() || st.isNull(0))
        return std::nullopt;
    return std::make_pair(st.int64(0), st.int64(1));
}

QList<NamedCount> EventStore::actorCounts(const EventFilter &filter) const
{
    const FilterSql sql = buildFilter(m_db, filter);
    if (sql.matchesNothing)
        return {};
    // Every event: the counts the store keeps. Otherwise the filtered events drive the join, so
    // the cost follows what matches, not the size of the database.
    const QByteArray query =
        sql.isEmpty()
            ? QByteArray("SELECT a.name, c.events AS n FROM actor_counts c JOIN actors a ON "
                         "a.id = c.actor_id WHERE c.events > 0 ORDER BY n DESC, a.name")
            : "WITH f(id) AS MATERIALIZED (" + sql.select("e.id") +
                  "), x(event_id, actor_id) AS ("
                  "SELECT ea.event_id, ea.actor_id FROM f JOIN event_actors ea ON ea.event_id = "
                  "f.id UNION ALL SELECT ep.event_id, ep.person_id FROM f JOIN event_persons ep "
                  "ON ep.event_id = f.id UNION ALL SELECT ep.event_id, ep.for_id FROM f JOIN "
                  "event_persons ep ON ep.event_id = f.id) "
                  "SELECT a.name, count(DISTINCT x.event_id) AS n FROM x JOIN actors a ON a.id = "
                  "x.actor_id GROUP BY x.actor_id ORDER BY n DESC, a.name";
    Statement st(m_db, query.constData());
    sql.bind(st);
    QList<NamedCount> counts;
    while (st.next())
        counts.append({st.text(0), st.int64(1)});
    return counts;
}

QList<NamedCount> EventStore::kindCounts(const EventFilter &filter) const
{
    const FilterSql sql = buildFilter(m_db, filter);
    if (sql.matchesNothing)
        return {};
    const QByteArray query =
        sql.isEmpty()
            ? QByteArray("SELECT kind, events AS n FROM kind_counts WHERE events > 0 "
                         "ORDER BY n DESC, kind")
            : sql.select("e.kind, count(*) AS n", "GROUP BY e.kind ORDER BY n DESC, e.kind");
    Statement st(m_db, query.constData());
    sql.bind(st);
    QList<NamedCount> counts;
    while (st.next())
        counts.append({st.text(0), st.int64(1)});
    return counts;
}

ResponseChain EventStore::responseChain(qint64 id) const
{
    ResponseChain chain;
    Statement up(m_db,
                 "WITH RECURSIVE up(id, depth) AS (SELECT answers_id, 1 FROM responses WHERE "
                 "event_id = ?1 UNION SELECT r.answers_id, up.depth + 1 FROM responses r JOIN up "
                 "ON r.event_id = up.id WHERE up.depth < 100) "
                 "SELECT up.id FROM up JOIN events e ON e.id = up.id GROUP BY up.id "
                 "ORDER BY e.first_ms, up.id");
    up.bind(1, id);
    while (up.next())
        if (up.int64(0) != id)
            chain.answers.append(up.int64(0));
    Statement down(m_db,
                   "WITH RECURSIVE down(id, depth) AS (SELECT event_id, 1 FROM responses WHERE "
                   "answers_id = ?1 UNION SELECT r.event_id, down.depth + 1 FROM responses r "
                   "JOIN down ON r.answers_id = down.id WHERE down.depth < 100) "
                   "SELECT down.id FROM down JOIN events e ON e.id = down.id GROUP BY down.id "
                   "ORDER BY e.first_ms, down.id");
    down.bind(1, id);
    while (down.next())
        if (down.int64(0) != id)
            chain.answeredBy.append(down.int64(0));
    return chain;
}

QList<qint64> EventStore::answeredBy(qint64 id) const
{
    QList<qint64> ids;
    Statement st(m_db, "SELECT e.id FROM responses r JOIN events e ON e.id = r.event_id "
                       "WHERE r.answers_id = ?1 ORDER BY e.first_ms, e.id");
    st.bind(1, id);
    while (st.next())
        ids.append(st.int64(0));
    return ids;
}

QList<Actor> EventStore::actors() const
{
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

QString EventStore::resolveActor(const QString &nameOrAlias) const
{
    Statement st(m_db,
                 "SELECT name FROM actors WHERE name = ?1 UNION ALL SELECT a.name FROM "
                 "actor_aliases l JOIN actors a ON a.id = l.actor_id WHERE l.alias = ?1 LIMIT 1");
    st.bind(1, nameOrAlias);
    return st.next() ? st.text(0) : QString();
}

std::optional<Source> EventStore::source(const QString &key) const
{
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

bool EventStore::hasSource(const QString &key) const
{
    return source(key).has_value();
}

QStringList EventStore::viewNames() const
{
    QStringList names;
    Statement st(m_db, "SELECT name FROM saved_views ORDER BY name");
    while (st.next())
        names << st.text(0);
    return names;
}

std::optional<QJsonObject> EventStore::view(const QString &name) const
{
    Statement st(m_db, "SELECT settings FROM saved_views WHERE name = ?1");
    st.bind(1, name);
    if (!st.next())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(st.text(0).toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

Status EventStore::updateActor(qint64 id, const Actor &a)
{
    const QString name = a.name.trimmed();
    if (name.isEmpty())
        return Status::error(
            QCoreApplication::translate("detente::EventStore", "an actor needs a name"));
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    // Whoever else already answers to a name.
    Statement owner(m_db, "SELECT id FROM actors WHERE name = ?1 AND id <> ?2 UNION ALL "
                          "SELECT actor_id FROM actor_aliases WHERE alias = ?1 AND actor_id <> ?2 "
                          "LIMIT 1");
    const auto taken = [&](const QString &n) {
        owner.bind(1, n).bind(2, id);
        const bool found = owner.next();
        owner.reset();
        return found;
    };
    if (taken(name))
        return Status::error(
            QCoreApplication::translate("detente::EventStore", "another actor is called \"%1\"")
                .arg(name));
    qint64 affiliation = 0;
    if (!a.affiliation.trimmed().isEmpty()) {
        Statement find(m_db, "SELECT id FROM actors WHERE name = ?1 UNION ALL "
                             "SELECT actor_id FROM actor_aliases WHERE alias = ?1 LIMIT 1");
        find.bind(1, a.affiliation.trimmed());
        affiliation = find.next() ? find.int64(0) : 0;
        if (!affiliation)
            return Status::error(
                QCoreApplication::translate("detente::EventStore", "no actor \"%1\"")
                    .arg(a.affiliation));
        if (affiliation == id)
            return Status::error(QCoreApplication::translate("detente::EventStore",
                                                             "an actor cannot speak for itself"));
    }
    Statement update(m_db, "UPDATE actors SET name = ?2, kind = ?3, code = ?4, office = ?5, "
                           "affiliation_id = ?6 WHERE id = ?1");
    update.bind(1, id).bind(2, name).bind(3, actorKindName(a.kind)).bind(4, a.code.trimmed());
    update.bind(5, a.office.trimmed());
    if (affiliation)
        update.bind(6, affiliation);
    if (!update.exec())
        return Status::error(update.stepError());
    if (sqlite3_changes(m_db.handle()) == 0)
        return Status::error(
            QCoreApplication::translate("detente::EventStore", "no actor %1").arg(id));
    Statement clear(m_db, "DELETE FROM actor_aliases WHERE actor_id = ?1");
    clear.bind(1, id);
    if (!clear.exec())
        return Status::error(clear.stepError());
    Statement alias(m_db, "INSERT INTO actor_aliases(alias, actor_id) VALUES (?1, ?2)");
    for (const QString &raw : a.aliases) {
        const QString text = raw.trimmed();
        if (text.isEmpty() || text.compare(name, Qt::CaseInsensitive) == 0)
            continue;
        if (taken(text))
            return Status::error(QCoreApplication::translate("detente::EventStore",
                                                             "\"%1\" already names another actor")
                                     .arg(text));
        alias.bind(1, text).bind(2, id);
        if (!alias.exec() && !alias.stepError().contains(QLatin1String("UNIQUE")))
            return Status::error(alias.stepError());
        alias.reset();
    }
    return tx.commit();
}

QList<SourceReport> EventStore::mentions(qint64 eventId) const
{
    QList<SourceReport> result;
    Statement st(m_db, "SELECT s.key, s.title, s.url, s.publisher, s.published, m.quote, "
                       "m.quote_begin, m.quote_end, coalesce(s.body <> '', 0) FROM mentions m "
                       "JOIN sources s ON s.id = m.source_id WHERE m.event_id = ?1 ORDER BY m.id");
    st.bind(1, eventId);
    while (st.next()) {
        SourceReport m;
        m.source = {st.text(0), st.text(1), st.text(2), st.text(3),
                    QDate::fromString(st.text(4), Qt::ISODate)};
        m.quote = st.text(5);
        m.begin = st.isNull(6) ? -1 : st.int64(6);
        m.end = st.isNull(7) ? -1 : st.int64(7);
        m.hasText = st.int64(8) != 0;
        result.append(m);
    }
    return result;
}

qint64 EventStore::idOfKey(const QString &key) const
{
    if (key.isEmpty())
        return 0;
    Statement st(m_db, "SELECT id FROM events WHERE key = ?1");
    st.bind(1, key);
    return st.next() ? st.int64(0) : 0;
}

} // namespace detente
