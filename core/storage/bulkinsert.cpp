#include "bulkinsert.h"

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVarLengthArray>

#include <algorithm>

#include <bit>

#include <sqlite3.h>

namespace detente {

struct BulkInsert::Statements {
    explicit Statements(Database &db)
        : transaction(db)
        , findActor(db, "SELECT id FROM actors WHERE name = ?1 "
                        "UNION ALL SELECT actor_id FROM actor_aliases WHERE alias = ?1 LIMIT 1")
        , insertActor(db, "INSERT INTO actors(name, kind, affiliation_id) VALUES (?1, ?2, ?3)")
        , insertEvent(db, "INSERT INTO events(key, title, summary, kind, first_ms, last_ms, "
                          "precision, phrase, reference_date, edtf, confidence, attributed_to, "
                          "created_at, updated_at, cameo_code, cameo_root, quad_class, goldstein, "
                          "span_class) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                          "?13, ?13, ?14, ?15, ?16, ?17, ?18) ON CONFLICT(key) DO NOTHING")
        , insertEventActor(db, "INSERT OR IGNORE INTO event_actors(event_id, actor_id, role, "
                               "position) VALUES (?1, ?2, ?3, ?4)")
        , insertPerson(db, "INSERT OR IGNORE INTO event_persons(event_id, person_id, for_id, "
                           "position) VALUES (?1, ?2, ?3, ?4)")
        , findSource(db, "SELECT id FROM sources WHERE key = ?1")
        , insertSource(db, "INSERT INTO sources(key, title, url, publisher, published, added_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(key) DO NOTHING")
        , insertMention(db, "INSERT INTO mentions(event_id, source_id, quote, quote_begin, "
                            "quote_end) VALUES (?1, ?2, ?3, ?4, ?5)")
        , findEvent(db, "SELECT id FROM events WHERE key = ?1")
        , insertResponse(db,
                         "INSERT OR IGNORE INTO responses(event_id, answers_id) VALUES (?1, ?2)")
        , findTag(db, "SELECT id FROM tags WHERE name = ?1")
        , insertTag(db, "INSERT INTO tags(name) VALUES (?1)")
        , insertEventTag(db, "INSERT OR IGNORE INTO event_tags(event_id, tag_id) VALUES (?1, ?2)")
        , indexEvent(db, "INSERT INTO events_fts(rowid, title, summary) VALUES (?1, ?2, ?3)")
        , indexMention(db, "INSERT INTO mentions_fts(rowid, quote) VALUES (?1, ?2)")
        , countActor(db, "INSERT INTO actor_counts(actor_id, events) VALUES (?1, ?2) "
                         "ON CONFLICT(actor_id) DO UPDATE SET events = events + excluded.events")
        , countKind(db, "INSERT INTO kind_counts(kind, events) VALUES (?1, ?2) "
                        "ON CONFLICT(kind) DO UPDATE SET events = events + excluded.events")
    {}
    Transaction transaction;
    Statement findActor, insertActor, insertEvent, insertEventActor, insertPerson, findSource,
        insertSource, insertMention, findEvent, insertResponse, findTag, insertTag, insertEventTag,
        indexEvent, indexMention, countActor, countKind;
};

namespace {
/// Names and keys remembered at most (each cache), so memory does not grow with an import.
constexpr qsizetype maxCached = 50000;

/// The value of an integer pragma of this connection.
qint64 pragmaValue(Database &db, const char *sql)
{
    Statement st(db, sql);
    return st.next() ? st.int64(0) : 0;
}
} // namespace

int BulkInsert::spanClass(qint64 first, qint64 last)
{
    return int(std::bit_width(quint64(std::max<qint64>(0, last - first))));
}

BulkInsert::BulkInsert(Database &db, Progress progress, qint64 progressInterval)
    : m_db(db)
    , m_progress(std::move(progress))
    , m_interval(std::max<qint64>(1, progressInterval))
    , m_now(QDateTime::currentMSecsSinceEpoch())
{
    // CHECK constraints with IN lists (precision, role) build a temporary table on every insert:
    // measured, over half the CPU time of a bulk insert. add() checks the same rules itself and
    // the other checked values come from enums, so statements prepared while this insert lives
    // leave checks out (the pragma acts when a statement is prepared; changing it makes SQLite
    // prepare statements again, hence it stays on until the end).
    m_ignoredChecks = pragmaValue(db, "PRAGMA ignore_check_constraints") != 0;
    m_cacheSize = pragmaValue(db, "PRAGMA cache_size");
    (void)db.exec("PRAGMA ignore_check_constraints = ON");
    // A larger page cache keeps the indexes that grow in random order (the interval index, the
    // text index) in memory; bounded, so memory does not grow with the import.
    (void)db.exec("PRAGMA cache_size = -65536");
    m_st = std::make_unique<Statements>(db);
    m_status = m_st->transaction.beginStatus();
    // Foreign keys are checked once at commit rather than by each statement, which spares every
    // insert a statement journal (measured: half the time of a bulk insert). SQLite turns this
    // off again when the transaction ends.
    if (m_status)
        m_status = db.exec("PRAGMA defer_foreign_keys = ON");
    if (m_status)
        for (Statement *s : {&m_st->findActor, &m_st->insertEvent, &m_st->insertMention,
                             &m_st->countActor, &m_st->countKind})
            if (!s->isValid()) {
                m_status = Status::error(s->error());
                break;
            }
    m_done = !m_status;
}

BulkInsert::~BulkInsert()
{
    m_st.reset(); // the Transaction rolls back unless committed
    if (!m_ignoredChecks)
        (void)m_db.exec("PRAGMA ignore_check_constraints = OFF");
    if (m_cacheSize != 0)
        (void)m_db.exec(
            QByteArray("PRAGMA cache_size = " + QByteArray::number(m_cacheSize)).constData());
}

qint64 BulkInsert::actorId(const QString &name, int kind, qint64 affiliation, QString *error)
{
    // Most names repeat exactly: look them up as given before folding their case.
    if (const auto it = m_exactActors.constFind(name); it != m_exactActors.constEnd())
        return *it;
    const QString folded = name.toCaseFolded();
    if (const auto it = m_actors.constFind(folded); it != m_actors.constEnd()) {
        if (m_exactActors.size() < maxCached)
            m_exactActors.insert(name, *it);
        return *it;
    }
    Statement &find = m_st->findActor;
    find.bind(1, name);
    qint64 id = find.next() ? find.int64(0) : 0;
    find.reset();
    if (!id) {
        Statement &insert = m_st->insertActor;
        static const char *const kinds[] = {"state", "organisation", "person", "group"};
        insert.bind(1, name).bind(2, QLatin1String(kinds[kind]));
        if (affiliation)
            insert.bind(3, affiliation);
        if (!insert.exec()) {
            *error = insert.stepError();
            return 0;
        }
        id = m_db.lastInsertRowId();
    }
    // The caches only save look-ups: they are emptied when full, so that an import's memory does
    // not grow with its file.
    if (m_actors.size() >= maxCached) {
        m_actors.clear();
        m_exactActors.clear();
    }
    m_actors.insert(folded, id);
    m_exactActors.insert(name, id);
    return id;
}

const QString &BulkInsert::isoDate(QDate date)
{
    if (const auto it = m_isoDates.constFind(date.toJulianDay()); it != m_isoDates.constEnd())
        return *it;
    if (m_isoDates.size() >= maxCached)
        m_isoDates.clear();
    return *m_isoDates.insert(date.toJulianDay(), date.toString(Qt::ISODate));
}

const QString &BulkInsert::edtf(const DateSpan &date)
{
    const Span span{date.first(), date.last(), int(date.precision())};
    if (const auto it = m_edtf.constFind(span); it != m_edtf.constEnd())
        return *it;
    if (m_edtf.size() >= maxCached)
        m_edtf.clear();
    return *m_edtf.insert(span, date.edtf());
}

qint64 BulkInsert::sourceId(const SourceRef &source, QString *error)
{
    if (const auto it = m_sources.constFind(source.key); it != m_sources.constEnd())
        return *it;
    // Inserted first and looked up only when stored already: most sources an import meets are
    // new (a GDELT file names a new article every few rows), and the insert's own uniqueness
    // check makes a look-up before it a second search of the same index.
    // Not INSERT … RETURNING: a statement that may need its own savepoint makes FTS5 write its
    // pending words out at every row (measured: twice the time of an import).
    Statement &insert = m_st->insertSource;
    insert.bind(1, source.key).bind(2, source.title).bind(3, source.url).bind(4, source.publisher);
    insert.bindOptional(5, source.published.isValid() ? isoDate(source.published) : QString());
    insert.bind(6, m_now);
    if (!insert.exec()) {
        *error = insert.stepError();
        return 0;
    }
    qint64 id = 0;
    if (sqlite3_changes(m_db.handle()) > 0) {
        id = m_db.lastInsertRowId();
    } else {
        Statement &find = m_st->findSource;
        find.bind(1, source.key);
        id = find.next() ? find.int64(0) : 0;
        find.reset();
        if (!id) {
            *error = find.stepError();
            return 0;
        }
    }
    if (m_sources.size() >= maxCached)
        m_sources.clear();
    m_sources.insert(source.key, id);
    return id;
}

Status BulkInsert::addMention(qint64 eventId, const SourceRef &source, const QString &quote,
                              qsizetype begin, qsizetype end)
{
    if (m_done)
        return Status::error(
            QCoreApplication::translate("detente::BulkInsert", "the import has ended"));
    QString error;
    const qint64 source_ = sourceId(source, &error);
    if (!source_)
        return Status::error(error);
    Statement &insert = m_st->insertMention;
    insert.bind(1, eventId).bind(2, source_).bind(3, quote);
    if (begin >= 0 && end >= begin)
        insert.bind(4, qint64(begin)).bind(5, qint64(end));
    if (!insert.exec())
        return Status::error(insert.stepError());
    Statement &index = m_st->indexMention;
    index.bind(1, m_db.lastInsertRowId()).bind(2, quote);
    if (!index.exec())
        return Status::error(index.stepError());
    return {};
}

Status BulkInsert::addRelations(qint64 eventId, const Event &e)
{
    if (m_done)
        return Status::error(
            QCoreApplication::translate("detente::BulkInsert", "the import has ended"));
    QString error;
    // The actors this event counts for in the panel: each once, however many roles it has.
    QVarLengthArray<qint64, 8> involved;
    auto involve = [&involved](qint64 id) {
        if (std::find(involved.begin(), involved.end(), id) == involved.end())
            involved.append(id);
    };
    int position = 0;
    for (const EventActor &a : e.actors) {
        const qint64 actor = actorId(a.name, int(ActorKind::Group), 0, &error);
        if (!actor)
            return Status::error(error);
        involve(actor);
        Statement &st = m_st->insertEventActor;
        st.bind(1, eventId).bind(2, actor).bind(3, roleName(a.role)).bind(4, position++);
        if (!st.exec())
            return Status::error(st.stepError());
    }
    position = 0;
    for (const EventPerson &p : e.persons) {
        qint64 forId = 0;
        if (!p.speaksFor.isEmpty() &&
            !(forId = actorId(p.speaksFor, int(ActorKind::Group), 0, &error)))
            return Status::error(error);
        const qint64 person = actorId(p.name, int(ActorKind::Person), forId, &error);
        if (!person)
            return Status::error(error);
        involve(person);
        if (forId)
            involve(forId);
        Statement &st = m_st->insertPerson;
        st.bind(1, eventId).bind(2, person).bind(4, position++);
        if (forId)
            st.bind(3, forId);
        if (!st.exec())
            return Status::error(st.stepError());
    }
    for (const QString &tag : e.tags) {
        const QString folded = tag.trimmed().toCaseFolded();
        if (folded.isEmpty())
            continue;
        qint64 tagId = m_tags.value(folded);
        if (!tagId) {
            m_st->findTag.bind(1, tag.trimmed());
            tagId = m_st->findTag.next() ? m_st->findTag.int64(0) : 0;
            m_st->findTag.reset();
            if (!tagId) {
                m_st->insertTag.bind(1, tag.trimmed());
                if (!m_st->insertTag.exec())
                    return Status::error(m_st->insertTag.stepError());
                tagId = m_db.lastInsertRowId();
            }
            m_tags.insert(folded, tagId);
        }
        m_st->insertEventTag.bind(1, eventId).bind(2, tagId);
        if (!m_st->insertEventTag.exec())
            return Status::error(m_st->insertEventTag.stepError());
    }
    if (!e.answers.isEmpty())
        m_answers.append({eventId, e.answers});
    for (const qint64 id : involved)
        ++m_actorCounts[id];

    return {};
}

Status BulkInsert::add(const Event &e)
{
    if (m_done)
        return m_status ? Status::error(QCoreApplication::translate("detente::BulkInsert",
                                                                    "the import has ended"))
                        : m_status;
    if (m_cancelled.load()) {
        m_done = true;
        return Status::error(QCoreApplication::translate("detente::BulkInsert", "cancelled"));
    }
    if (e.title.trimmed().isEmpty())
        return Status::error(
            QCoreApplication::translate("detente::BulkInsert", "an event without a title"));
    if (!e.date.isValid())
        return Status::error(
            QCoreApplication::translate("detente::BulkInsert", "event \"%1\" has no valid date")
                .arg(e.title));
    if (e.goldstein && (*e.goldstein < -10 || *e.goldstein > 10))
        return Status::error(
            QCoreApplication::translate("detente::BulkInsert",
                                        "event \"%1\": Goldstein score %2 is outside -10…10")
                .arg(e.title)
                .arg(*e.goldstein));
    if (e.quadClass < 0 || e.quadClass > 4)
        return Status::error(QCoreApplication::translate("detente::BulkInsert",
                                                         "event \"%1\": QuadClass %2 is not 1…4")
                                 .arg(e.title)
                                 .arg(e.quadClass));
    if (!(e.confidence >= 0 && e.confidence <= 1)) // the schema's CHECK, which is off here
        return Status::error(QCoreApplication::translate("detente::BulkInsert",
                                                         "event \"%1\": confidence %2 is not 0…1")
                                 .arg(e.title)
                                 .arg(e.confidence));

    Statement &ins = m_st->insertEvent;
    ins.bindOptional(1, e.key).bind(2, e.title).bind(3, e.summary).bind(4, e.kind);
    ins.bind(5, e.date.first()).bind(6, e.date.last());
    ins.bind(7, precisionName(e.date.precision())).bind(8, e.date.phrase());
    ins.bindOptional(9, e.reference.isValid() ? isoDate(e.reference) : QString());
    ins.bind(10, edtf(e.date)).bind(11, e.confidence).bind(12, e.attributedTo).bind(13, m_now);
    ins.bindOptional(14, e.cameoCode).bindOptional(15, e.cameoRoot);
    if (e.quadClass > 0)
        ins.bind(16, e.quadClass);
    if (e.goldstein)
        ins.bind(17, *e.goldstein);
    ins.bind(18, spanClass(e.date.first(), e.date.last()));
    if (!ins.exec())
        return Status::error(QCoreApplication::translate("detente::BulkInsert", "event \"%1\": %2")
                                 .arg(e.title, ins.stepError()));
    if (sqlite3_changes(m_db.handle()) == 0) {
        ++m_skipped; // this key is stored already
        return {};
    }
    const qint64 eventId = m_db.lastInsertRowId();
    m_lastId = eventId;
    Statement &index = m_st->indexEvent;
    index.bind(1, eventId).bind(2, e.title).bind(3, e.summary);
    if (!index.exec())
        return Status::error(index.stepError());

    if (Status s = addRelations(eventId, e); !s)
        return s;
    if (!e.source.key.isEmpty())
        if (Status s = addMention(eventId, e.source, e.quote, e.quoteBegin, e.quoteEnd); !s)
            return s;
    ++m_kindCounts[e.kind];
    ++m_added;
    if (m_progress && m_added % m_interval == 0 && !m_progress(m_added)) {
        cancel();
        m_done = true;
        return Status::error(QCoreApplication::translate("detente::BulkInsert", "cancelled"));
    }
    return {};
}

Status BulkInsert::commit()
{
    if (m_done || m_cancelled.load()) {
        m_done = true;
        return m_status
                   ? Status::error(QCoreApplication::translate("detente::BulkInsert", "cancelled"))
                   : m_status;
    }
    // Links last: an event may answer one that comes later in the batch.
    for (const auto &[eventId, keys] : m_answers) {
        for (const QString &key : keys) {
            m_st->findEvent.bind(1, key);
            const qint64 answered = m_st->findEvent.next() ? m_st->findEvent.int64(0) : 0;
            m_st->findEvent.reset();
            if (!answered) {
                m_done = true;
                return Status::error(
                    QCoreApplication::translate("detente::BulkInsert",
                                                "an event answers an unknown event \"%1\"")
                        .arg(key));
            }
            m_st->insertResponse.bind(1, eventId).bind(2, answered);
            if (!m_st->insertResponse.exec()) {
                m_done = true;
                return Status::error(m_st->insertResponse.stepError());
            }
        }
    }
    // The panel's counts, in the same transaction as the events they count.
    for (auto it = m_actorCounts.cbegin(); it != m_actorCounts.cend(); ++it) {
        m_st->countActor.bind(1, it.key()).bind(2, it.value());
        if (!m_st->countActor.exec()) {
            m_done = true;
            return Status::error(m_st->countActor.stepError());
        }
    }
    for (auto it = m_kindCounts.cbegin(); it != m_kindCounts.cend(); ++it) {
        m_st->countKind.bind(1, it.key()).bind(2, it.value());
        if (!m_st->countKind.exec()) {
            m_done = true;
            return Status::error(m_st->countKind.stepError());
        }
    }
    m_done = true;
    if (m_progress && m_added % m_interval != 0)
        m_progress(m_added); // the final figure
    return m_st->transaction.commit();
}

} // namespace detente
