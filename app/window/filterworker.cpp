#include "filterworker.h"

#include "storage/database.h"
#include "storage/eventstore.h"

#include <QMetaObject>

namespace detente {

FilterWorker::FilterWorker(QObject *parent)
    : QObject(parent)
{}

FilterWorker::~FilterWorker()
{
    cancelRunning();
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_pending.reset();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void FilterWorker::cancelRunning()
{
    if (!m_cancel)
        return;
    m_cancel->store(true);
    m_cancel.reset();
    // A long query (a million ids) stops at once rather than delaying the next filter.
    std::lock_guard lock(m_mutex);
    if (m_workerDatabase)
        m_workerDatabase->interrupt();
}

void FilterWorker::setScene(QList<Event> events, QList<Actor> actors, const EventStore *store,
                            const QString &databasePath)
{
    cancelRunning();
    ++m_generation; // whatever comes back now is about the old scene
    m_busy = false;
    ++m_scene;
    m_events = std::move(events);
    m_actors = std::move(actors);
    m_store = store;
    if (databasePath != m_database)
        m_workerFailed = false;
    m_database = databasePath;
    m_snapshot.reset();
}

void FilterWorker::request(const Request &request)
{
    cancelRunning();
    const quint64 generation = ++m_generation;
    m_lastRequest = request;
    if (!m_store)
        return;
    if (m_events.size() < m_synchronousLimit || m_database.isEmpty() || m_workerFailed) {
        if (!m_snapshot || m_snapshotScene != m_scene) {
            m_snapshot = std::make_shared<const FilterSnapshot>(m_events, m_actors);
            m_snapshotScene = m_scene;
        }
        Result result;
        result.filter = applyFilter(*m_store, *m_snapshot, request.filter);
        result.rows = EventListModel::sortRows(m_events, result.filter.events, request.sortColumn,
                                               request.sortOrder);
        m_busy = false;
        Q_EMIT finished(result);
        return;
    }
    Job job;
    job.generation = generation;
    job.scene = m_scene;
    job.request = request;
    job.events = m_events; // shared, not copied
    job.actors = m_actors;
    job.database = m_database;
    job.cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = job.cancel;
    m_busy = true;
    {
        std::lock_guard lock(m_mutex);
        m_pending = std::move(job); // an older job still waiting is dropped here
    }
    m_wake.notify_one();
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
}

void FilterWorker::run()
{
    // The worker's own connection and what it keeps between jobs: the scene's snapshot and the
    // last filter's result (a new order for the list needs no new query).
    Database db;
    std::unique_ptr<EventStore> store;
    QString opened;
    std::shared_ptr<const FilterSnapshot> snapshot;
    quint64 snapshotScene = 0;
    std::optional<std::pair<quint64, EventFilter>> lastFilter;
    FilterResult lastResult;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending; });
            if (m_stop) {
                m_workerDatabase = nullptr; // closes with this function
                return;
            }
            job = std::move(*m_pending);
            m_pending.reset();
        }
        const auto cancelled = [&] { return job.cancel->load(); };
        if (cancelled())
            continue;
        if (!store || opened != job.database) {
            store.reset();
            lastFilter.reset();
            opened = job.database;
            {
                std::lock_guard lock(m_mutex);
                m_workerDatabase = nullptr;
            }
            Status s = db.open(job.database, Database::OpenMode::ReadOnly);
            if (s) {
                std::lock_guard lock(m_mutex);
                m_workerDatabase = &db;
            }
            if (!s) {
                opened.clear();
                QMetaObject::invokeMethod(
                    this, [this, generation = job.generation] { deliver(generation, {}, true); },
                    Qt::QueuedConnection);
                continue;
            }
            store = std::make_unique<EventStore>(db);
        }
        if (!snapshot || snapshotScene != job.scene) {
            snapshot.reset();
            lastFilter.reset();
            snapshot = std::make_shared<const FilterSnapshot>(job.events, job.actors);
            snapshotScene = job.scene;
        }
        job.events = {}; // the snapshot holds them
        if (cancelled())
            continue;
        Result result;
        if (lastFilter && lastFilter->first == job.scene &&
            lastFilter->second == job.request.filter) {
            result.filter = lastResult;
        } else {
            result.filter = applyFilter(*store, *snapshot, job.request.filter, job.cancel.get());
            if (result.filter.cancelled || cancelled())
                continue;
            lastFilter.emplace(job.scene, job.request.filter);
            lastResult = result.filter;
        }
        result.rows = EventListModel::sortRows(snapshot->events(), result.filter.events,
                                               job.request.sortColumn, job.request.sortOrder,
                                               job.cancel.get());
        if (!result.rows || cancelled())
            continue;
        // Back on the GUI thread; dropped with this object if it is gone by then (its
        // destructor joins this thread first, so `this` is alive here).
        QMetaObject::invokeMethod(
            this,
            [this, generation = job.generation, result = std::move(result)]() mutable {
                deliver(generation, std::move(result), false);
            },
            Qt::QueuedConnection);
        ++m_sent;
    }
}

void FilterWorker::deliver(quint64 generation, Result result, bool workerFailed)
{
    if (generation != m_generation) {
        ++m_dropped; // a newer request is under way
        return;
    }
    m_cancel.reset();
    if (workerFailed) {
        // No connection of its own (the file went, or cannot be read twice): filter here.
        m_workerFailed = true;
        m_busy = false;
        request(m_lastRequest);
        return;
    }
    m_busy = false;
    Q_EMIT finished(result);
}

} // namespace detente
