#pragma once

#include "eventfilter.h"
#include "model/actor.h"
#include "model/event.h"
#include "status.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace detente {

class Database;

/// A source (article) as stored.
struct Source {
    qint64 id = 0;
    SourceRef ref;
    QString body; ///< the article's text, when kept
};

/// A name with the number of events it stands for (filter panel counts).
struct NamedCount {
    QString name;
    qint64 count = 0;
    friend bool operator==(const NamedCount &, const NamedCount &) = default;
};

/// One source's report of an event: the source and its words.
struct SourceReport {
    SourceRef source;
    QString quote;
    qsizetype begin = -1, end = -1; ///< the quote's character offsets in the source's text
    bool hasText = false;           ///< the source's text is stored (Source::body)
};

/// Events linked by "answers": what an event answers (earlier links first) and what answered it.
struct ResponseChain {
    QList<qint64> answers;    ///< events this one answers, directly or through others
    QList<qint64> answeredBy; ///< events that answer this one, directly or through others
};

/// Reads and writes events, actors, sources, tags and saved views in an open Database.
///
/// Every write of several rows is one transaction: it lands whole or not at all. Bulk writes go
/// through BulkInsert (insertEvents() uses it).
class EventStore {
public:
    explicit EventStore(Database &db);
    Database &database() const { return m_db; }

    // --- writing ---------------------------------------------------------------------------
    /// Adds or updates actors by canonical name, with their aliases and affiliations.
    Status saveActors(const QList<Actor> &actors);
    /// Adds a source (or updates it when its key exists) and returns its id through *id.
    Status saveSource(const SourceRef &ref, const QString &body, qint64 *id = nullptr);
    /// Inserts events in one transaction (see BulkInsert). Events whose key exists are skipped.
    Status insertEvents(const QList<Event> &events, int *inserted = nullptr);
    /// Rewrites a stored event (by id): fields, actors, persons, tags, links and its first
    /// source's quote.
    Status updateEvent(const Event &event);
    Status deleteEvent(qint64 id);
    /// Moves every event, alias and person of actor `from` to actor `into`, then removes `from`
    /// (its name becomes an alias of `into`).
    Status mergeActors(const QString &from, const QString &into);
    /// Rewrites the stored actor `id`: name, kind, code, office, whom it speaks for, and its
    /// aliases (replaced by `actor.aliases`). A name or alias another actor has is refused.
    Status updateActor(qint64 id, const Actor &actor);
    /// Saves (or replaces) a named view: filters, range, lanes and colours as JSON.
    Status saveView(const QString &name, const QJsonObject &settings);
    Status deleteView(const QString &name);

    // --- reading ---------------------------------------------------------------------------
    /// Events matching the filter, ordered by start, with actors, persons, first source,
    /// tags, links and the number of sources.
    QList<Event> events(const EventFilter &filter, Status *status = nullptr) const;
    /// Events overlapping [from, to), involving any of `actors` when not empty.
    QList<Event> events(qint64 from, qint64 to, const QStringList &actors = {},
                        Status *status = nullptr) const;
    QList<Event> allEvents(Status *status = nullptr) const;
    /// The events events() returns, handed to `batch` at most `size` at a time and read from one
    /// snapshot of the database, so that a caller writing them out holds one batch in memory.
    /// `batch` also gets how many events match in all, and returns false to stop early.
    Status forEachBatch(const EventFilter &filter, qsizetype size,
                        const std::function<bool(QList<Event> &batch, qint64 total)> &batch) const;
    /// Only the ids of the matching events, ordered by start.
    QList<qint64> eventIds(const EventFilter &filter, Status *status = nullptr) const;
    /// The event with this id; nullopt when there is none, or on an error (*status says which).
    std::optional<Event> event(qint64 id, Status *status = nullptr) const;
    qint64 eventCount() const;
    /// First and last instant of the matching events; nullopt when there are none.
    std::optional<std::pair<qint64, qint64>> extent(const EventFilter &filter = {}) const;

    /// Matching events per actor, most first: as source, target or other, as a person who
    /// spoke, or through the persons who speak for it (as the actor filter counts them).
    QList<NamedCount> actorCounts(const EventFilter &filter = {}) const;
    /// Matching events per kind, most first.
    QList<NamedCount> kindCounts(const EventFilter &filter = {}) const;
    ResponseChain responseChain(qint64 id) const;
    /// The events that answer this one directly, earliest first.
    QList<qint64> answeredBy(qint64 id) const;
    /// Every source reporting the event, with its quote, first reported first.
    QList<SourceReport> mentions(qint64 eventId) const;

    /// Every actor, ordered by name, with aliases and affiliation.
    QList<Actor> actors() const;
    /// The canonical name for a name or alias; empty when unknown.
    QString resolveActor(const QString &nameOrAlias) const;
    std::optional<Source> source(const QString &key) const;
    bool hasSource(const QString &key) const;
    QStringList viewNames() const;
    /// The id of the event with this key; 0 when there is none.
    qint64 idOfKey(const QString &key) const;
    std::optional<QJsonObject> view(const QString &name) const;

    /// An FTS5 query matching every word of `text` (the last one as a prefix); quotes and
    /// operators in the text are taken literally.
    static QString ftsQuery(const QString &text);

private:
    Database &m_db;
};

} // namespace detente
