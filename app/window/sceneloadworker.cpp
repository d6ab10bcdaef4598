#include "sceneloadworker.h"

#include "storage/database.h"
#include "storage/eventstore.h"

#include <QMetaObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace detente {

void SceneLoadWorker::Control::cancel()
{
    cancelled.store(true);
    // A million rows stop at once rather than delaying the next load or the window's close.
    std::lock_guard lock(mutex);
    if (database)
        database->interrupt();
}

SceneLoadWorker::SceneLoadWorker(QObject *parent)
    : QObject(parent)
{
    // One worker: a newer load queues behind an older one, which it has just cancelled.
    m_pool.setMaxThreadCount(1);
}

SceneLoadWorker::~SceneLoadWorker()
{
    if (m_control)
        m_control->cancel();
    m_pool.clear();
    m_pool.waitForDone();
}

void SceneLoadWorker::cancel()
{
    if (m_control)
        m_control->cancel();
    m_control.reset();
    ++m_generation; // whatever comes back now is dropped
    m_busy = false;
}

void SceneLoadWorker::discard(std::shared_ptr<TimelineScene> scene)
{
    m_pool.start([scene = std::move(scene)]() mutable { scene.reset(); });
}

namespace {

/// The seed's events with the touched ones read again from `store`, in the store's order (by
/// start, then id). False when more must be read: an event's key changed or went while another
/// answers it (the store links answers by event, the scene by key), the store holds another
/// number of events than the patched scene (another program wrote to the file), or the store
/// failed.
bool patchedEvents(const EventStore &store, const TimelineScene &seed, const QList<qint64> &touched,
                   QList<Event> *events)
{
    QList<Event> result = seed.events();
    QList<int> gone;
    QSet<QString> lostKeys; // keys the seed's events had and have no more
    QList<Event> fresh;
    for (const qint64 id : touched) {
        if (std::any_of(fresh.cbegin(), fresh.cend(), [id](const Event &e) { return e.id == id; }))
            continue;
        Status status;
        std::optional<Event> e = store.event(id, &status);
        if (!e && !status)
            return false; // read everything, which says what went wrong
        if (const int i = seed.indexOfId(id); i >= 0 && !gone.contains(i)) {
            gone.append(i);
            // Gone, or another key: the links to it went with it, even when another event has
            // that key now.
            if (!result[i].key.isEmpty() && (!e || e->key != result[i].key))
                lostKeys.insert(result[i].key);
        }
        if (e)
            fresh.append(std::move(*e));
    }
    if (!lostKeys.isEmpty()) {
        // Another event answering a key that is gone would still name it.
        const QSet<qint64> rewritten(touched.cbegin(), touched.cend());
        for (const Event &e : std::as_const(result))
            if (!rewritten.contains(e.id))
                for (const QString &key : e.answers)
                    if (lostKeys.contains(key))
                        return false;
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    for (const int i : std::as_const(gone))
        result.removeAt(i);
    const auto before = [](const Event &a, const Event &b) {
        return a.date.first() != b.date.first() ? a.date.first() < b.date.first() : a.id < b.id;
    };
    for (Event &e : fresh)
        result.insert(std::lower_bound(result.cbegin(), result.cend(), e, before) - result.cbegin(),
                      std::move(e));
    if (result.size() != store.eventCount())
        return false;
    *events = std::move(result);
    return true;
}

} // namespace

void SceneLoadWorker::request(const QString &databasePath, TimelineScene seed, LaneMode mode,
                              const std::optional<QList<qint64>> &reread)
{
    // What an earlier load that never came in was to read again is read by this one too: the
    // seed, the window's scene, does not have it yet.
    std::optional<QList<qint64>> read;
    if (reread && m_owed && !seed.events().isEmpty())
        read = *m_owed + *reread;
    cancel();
    m_owed = read; // until its result comes in
    const quint64 generation = m_generation;
    auto control = std::make_shared<Control>();
    m_control = control;
    m_busy = true;
    auto scene = std::make_shared<TimelineScene>(std::move(seed));
    m_pool.start([this, generation, control, scene, mode, path = databasePath,
                  read = std::move(read)]() mutable {
        const auto send = [&](Result result) {
            // Back on the GUI thread; dropped with this object if it is gone by then (its
            // destructor waits for this function, so `this` is alive here).
            QMetaObject::invokeMethod(
                this,
                [this, generation, result = std::move(result)]() mutable {
                    deliver(generation, std::move(result));
                },
                Qt::QueuedConnection);
        };
        if (control->cancelled.load())
            return;
        Result result;
        {
            Database db;
            if (!db.open(path, Database::OpenMode::ReadOnly)) {
                result.workerFailed = true;
                send(std::move(result));
                return;
            }
            {
                std::lock_guard lock(control->mutex);
                control->database = &db;
            }
            if (!control->cancelled.load()) {
                const EventStore store(db);
                QList<Event> events;
                if (read && patchedEvents(store, *scene, *read, &events))
                    ++m_patched;
                else
                    events = store.allEvents(&result.status);
                if (!control->cancelled.load()) {
                    result.actors = store.actors();
                    // The lanes and the index of every event: the costly part after reading.
                    scene->setEvents(std::move(events), result.actors, mode);
                    result.actorNames = ActorPanel::namesOf(*scene, result.actors);
                }
            }
            std::lock_guard lock(control->mutex);
            control->database = nullptr; // closes with this block
        }
        if (control->cancelled.load())
            return;
        result.scene = std::move(scene);
        send(std::move(result));
    });
}

void SceneLoadWorker::deliver(quint64 generation, Result result)
{
    if (generation != m_generation) {
        ++m_dropped; // a newer request is under way, or the load was cancelled
        return;
    }
    m_control.reset();
    m_busy = false;
    m_owed = QList<qint64>();
    Q_EMIT finished(result);
}

} // namespace detente
