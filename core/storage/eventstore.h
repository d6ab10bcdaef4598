#pragma once

#include "model/actor.h"
#include "model/event.h"
#include "status.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace detente {

class Database;

/// A source (article) as stored.
struct Source {
    qint64 id = 0;
    SourceRef ref;
    QString body; ///< the article's text, when kept
};

/// Reads and writes events, actors and sources in an open Database.
///
/// Every write of several rows is one transaction: it lands whole or not at all.
class EventStore {
public:
    explicit EventStore(Database &db);
    Database &database() const { return m_db; }

    /// Adds or updates actors by canonical name, with their aliases and affiliations.
    Status saveActors(const QList<Actor> &actors);
    /// Adds a source (or updates it when its key exists) and returns its id through *id.
    Status saveSource(const SourceRef &ref, const QString &body, qint64 *id = nullptr);
    /// Inserts events in one transaction. Actor names are resolved through aliases; unknown
    /// names become new actors. Events whose key already exists are skipped. `answers` keys are
    /// linked to the events they name (in this batch or already stored).
    Status insertEvents(const QList<Event> &events, int *inserted = nullptr);

    /// Events overlapping [from, to), ordered by start; restricted to events involving any of
    /// `actors` (names or aliases; a state or organisation includes the persons who speak for it)
    /// when that list is not empty.
    QList<Event> events(qint64 from, qint64 to, const QStringList &actors = {},
                        Status *status = nullptr) const;
    /// Every event, ordered by start.
    QList<Event> allEvents(Status *status = nullptr) const;
    /// Every actor, ordered by name, with aliases and affiliation.
    QList<Actor> actors() const;
    /// The canonical name for a name or alias; empty when unknown.
    QString resolveActor(const QString &nameOrAlias) const;
    std::optional<Source> source(const QString &key) const;
    bool hasSource(const QString &key) const;
    qint64 eventCount() const;
    /// First and last instant of all events; nullopt when there are none.
    std::optional<std::pair<qint64, qint64>> extent() const;

private:
    Database &m_db;
};

} // namespace detente
