#pragma once

#include "model/actor.h"
#include "status.h"
#include "timeline/timelinescene.h"
#include "window/actorpanel.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace detente {

class Database;

/// Loads a database's events into a new scene on a worker thread, so that opening or reloading
/// a large database leaves the window responsive (it keeps showing the old scene meanwhile).
///
/// Threads: every member is called on the GUI thread. The worker opens its own read-only
/// connection to the file, reads the events and the actors, and builds the scene (lanes and
/// index) from a copy of the window's scene (so folded lanes stay folded); the result comes back
/// through the event loop. A newer request supersedes an older one: the older load is
/// interrupted (or never starts), and its result, if it comes, is dropped.
class SceneLoadWorker : public QObject {
    Q_OBJECT
public:
    /// What finished() delivers.
    struct Result {
        std::shared_ptr<TimelineScene> scene; ///< every event, in the requested lanes
        QList<Actor> actors;
        ActorPanel::Names actorNames; ///< what the actor panel lists
        Status status;                ///< the store's error reading the events (then none)
        bool workerFailed = false;    ///< the file could not be opened a second time: load here
    };

    explicit SceneLoadWorker(QObject *parent = nullptr);
    /// Interrupts a running load and waits for the worker.
    ~SceneLoadWorker() override;

    /// Loads the events of `databasePath` into a copy of `seed` with lanes `mode`; finished()
    /// follows later. Supersedes a load under way.
    ///
    /// `reread` names the events written since `seed` was loaded (by their ids now, deleted ones
    /// too): only those are read again, and the rest of the seed's events are kept, which spares
    /// reading a million events after an edit; none, for new lanes only. nullopt: every event is
    /// read. A request that supersedes another reads what that one would have read too.
    void request(const QString &databasePath, TimelineScene seed, LaneMode mode,
                 const std::optional<QList<qint64>> &reread = std::nullopt);
    /// The window loaded every event itself: a load that never came in is owed nothing.
    void sceneLoadedHere() { m_owed = QList<qint64>(); }
    /// Loads that kept the seed's events and read only those written (for tests).
    int patchedLoads() const { return m_patched.load(); }
    /// Stops a load under way; its result is dropped.
    void cancel();
    /// Lets a scene go on the worker: freeing a million events takes a noticeable while.
    void discard(std::shared_ptr<TimelineScene> scene);
    /// A request's result has not come back yet.
    bool isBusy() const { return m_busy; }
    /// Databases with fewer events than this are loaded at once, on the GUI thread (the window
    /// asks); 0: always on the worker (for tests).
    void setSynchronousLimit(qsizetype events) { m_synchronousLimit = events; }
    qsizetype synchronousLimit() const { return m_synchronousLimit; }
    /// Results dropped because a newer request had been made, or the load cancelled (for tests).
    int droppedResults() const { return m_dropped; }

Q_SIGNALS:
    /// The latest request's result.
    void finished(const detente::SceneLoadWorker::Result &result);

private:
    /// One load's cancellation: the flag, and its connection to interrupt while it reads.
    struct Control {
        std::atomic<bool> cancelled{false};
        std::mutex mutex;
        Database *database = nullptr;
        void cancel();
    };
    void deliver(quint64 generation, Result result);

    QThreadPool m_pool;
    std::shared_ptr<Control> m_control; ///< the latest load's
    /// The events the window's scene lacks, which the next load must read: nullopt, any.
    std::optional<QList<qint64>> m_owed = QList<qint64>();
    std::atomic<int> m_patched{0};
    quint64 m_generation = 0;
    qsizetype m_synchronousLimit = 50000;
    bool m_busy = false;
    int m_dropped = 0;
};

} // namespace detente
