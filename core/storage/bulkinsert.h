#pragma once

#include "model/actor.h"
#include "model/event.h"
#include "status.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace detente {

class Database;

/// Writes many events in one transaction with statements prepared once: the path every importer
/// takes. Nothing is visible to others until commit(); destroying it without a successful
/// commit() (or after cancel) rolls everything back.
///
/// Actor names are resolved through aliases with a cache; unknown names become new actors once.
/// Used from one thread; cancel() and the cancel flag may be set from any thread.
class BulkInsert {
public:
    /// Called every `progressInterval` events with the number added so far; returning false
    /// cancels the insert.
    using Progress = std::function<bool(qint64 added)>;

    explicit BulkInsert(Database &db, Progress progress = {}, qint64 progressInterval = 10000);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    /// The transaction could not begin (e.g. the database is read-only or locked).
    const Status &status() const { return m_status; }

    /// Adds one event. Skipped (and not counted) when its key is stored already.
    Status add(const Event &event);
    /// Adds the actors, persons, tags and response links of `event` to the stored event
    /// `eventId` (which has none yet).
    Status addRelations(qint64 eventId, const Event &event);
    /// Adds another report of a stored event (a source with its quote).
    Status addMention(qint64 eventId, const SourceRef &source, const QString &quote,
                      qsizetype begin = -1, qsizetype end = -1);
    /// Links response keys, then commits. Fails (and rolls back) after cancel().
    Status commit();
    /// Asks the insert to stop: the next add() fails and everything is rolled back.
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    qint64 added() const { return m_added; }
    qint64 skipped() const { return m_skipped; }
    /// Row id of the last event added.
    qint64 lastEventId() const { return m_lastId; }

    /// The smallest n with 2^n > duration: the interval index's class for a span.
    static int spanClass(qint64 first, qint64 last);

private:
    struct Statements;
    qint64 actorId(const QString &name, int kind, qint64 affiliation, QString *error);
    qint64 sourceId(const SourceRef &source, QString *error);
    const QString &isoDate(QDate date);
    const QString &edtf(const DateSpan &date);

    /// A span as edtf() reads it.
    struct Span {
        qint64 first = 0, last = 0;
        int precision = 0;
        bool operator==(const Span &) const = default;
        friend size_t qHash(const Span &s, size_t seed = 0)
        {
            return qHashMulti(seed, s.first, s.last, s.precision);
        }
    };

    Database &m_db;
    std::unique_ptr<Statements> m_st;
    Progress m_progress;
    qint64 m_interval;
    Status m_status;
    std::atomic<bool> m_cancelled{false};
    bool m_done = false;
    qint64 m_added = 0;
    qint64 m_skipped = 0;
    qint64 m_lastId = 0;
    qint64 m_now = 0;
    qint64 m_cacheSize = 0; ///< the connection's page cache size before, to restore
    bool m_ignoredChecks = false;
    QHash<QString, qint64> m_exactActors; ///< name as given → id
    QHash<QString, qint64> m_actors;      ///< case-folded name → id
    QHash<QString, qint64> m_sources;     ///< key → id
    QHash<QString, qint64> m_tags;        ///< case-folded name → id
    // Dates as text, worked out once: an import's events share a few days (and, in a GDELT
    // file, one date added), and formatting them was a tenth of the time of an insert.
    QHash<qint64, QString> m_isoDates; ///< Julian day → "YYYY-MM-DD"
    QHash<Span, QString> m_edtf;       ///< span → DateSpan::edtf()
    QList<std::pair<qint64, QStringList>> m_answers;
    QHash<qint64, qint64> m_actorCounts; ///< events added per actor, written at commit
    QHash<QString, qint64> m_kindCounts; ///< events added per kind, written at commit
};

} // namespace detente
