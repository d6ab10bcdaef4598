#pragma once

#include "model/actor.h"
#include "model/event.h"
#include "storage/eventfilter.h"
#include "timeline/sceneloader.h"
#include "window/eventlistmodel.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace detente {

class Database;
class EventStore;

/// Applies the window's filters: the store's answer as flags over the scene, the actor counts
/// of what is kept and the event list's rows in their order. Large scenes are filtered on a
/// worker thread, so the window stays responsive while a filter runs; small ones at once.
///
/// Threads: every member is called on the GUI thread. The worker opens its own read-only
/// connection to the database file and reads only that and an immutable FilterSnapshot of the
/// scene's events; its result comes back through the event loop. A newer request supersedes an
/// older one: the older job stops (or never starts), and its result, if it comes, is dropped.
class FilterWorker : public QObject {
    Q_OBJECT
public:
    /// What to filter and how to order the list.
    struct Request {
        EventFilter filter;
        int sortColumn = EventListModel::Date;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };
    /// What finished() delivers.
    struct Result {
        FilterResult filter;
        std::shared_ptr<const EventListModel::Rows> rows;
    };

    explicit FilterWorker(QObject *parent = nullptr);
    /// Stops the worker (a running job is cancelled) and waits for it.
    ~FilterWorker() override;

    /// A new scene (after loading events): `events` and `actors` as the scene was given them,
    /// `store` the window's (used on this thread), `databasePath` the file the worker opens
    /// (empty: no worker; everything runs on this thread).
    void setScene(QList<Event> events, QList<Actor> actors, const EventStore *store,
                  const QString &databasePath);
    /// Filters; finished() follows at once (small scenes, no worker) or later from the worker.
    void request(const Request &request);
    /// A request's result has not come back yet.
    bool isBusy() const { return m_busy; }
    /// Scenes with fewer events than this are filtered at once, on the calling thread: a few
    /// milliseconds, less than a round trip through the worker (0: always on the worker).
    void setSynchronousLimit(qsizetype events) { m_synchronousLimit = events; }
    /// Results dropped because a newer request had been made (for tests).
    int droppedResults() const { return m_dropped; }
    /// Results the worker has sent back so far, delivered or not (any thread; for tests).
    int resultsSent() const { return m_sent.load(); }

Q_SIGNALS:
    /// The latest request's result.
    void finished(const detente::FilterWorker::Result &result);

private:
    struct Job {
        quint64 generation = 0;
        quint64 scene = 0; ///< which scene it filters (setScene() count)
        Request request;
        QList<Event> events;
        QList<Actor> actors;
        QString database;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    void run();
    void deliver(quint64 generation, Result result, bool workerFailed);
    void cancelRunning();

    // GUI thread.
    const EventStore *m_store = nullptr;
    QString m_database;
    QList<Event> m_events;
    QList<Actor> m_actors;
    quint64 m_scene = 0;
    quint64 m_generation = 0;
    Request m_lastRequest; ///< run again here when the worker cannot open the database
    std::shared_ptr<const FilterSnapshot> m_snapshot; ///< the synchronous path's
    quint64 m_snapshotScene = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel; ///< the latest worker job's
    qsizetype m_synchronousLimit = 50000;
    bool m_busy = false;
    bool m_workerFailed = false; ///< its database could not be opened: filter here
    int m_dropped = 0;

    // Shared with the worker.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Job> m_pending; ///< the next job; a newer one replaces it
    bool m_stop = false;
    Database *m_workerDatabase = nullptr; ///< the worker's connection while it is open
    std::atomic<int> m_sent{0};
    std::thread m_thread;
};

} // namespace detente
