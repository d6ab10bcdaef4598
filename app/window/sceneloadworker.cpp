#include "sceneloadworker.h"

#include "storage/database.h"
#include "storage/eventstore.h"

#include <QMetaObject>

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

void SceneLoadWorker::request(const QString &databasePath, TimelineScene seed, LaneMode mode)
{
    cancel();
    const quint64 generation = m_generation;
    auto control = std::make_shared<Control>();
    m_control = control;
    m_busy = true;
    auto scene = std::make_shared<TimelineScene>(std::move(seed));
    m_pool.start([this, generation, control, scene, mode, path = databasePath]() mutable {
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
                QList<Event> events = store.allEvents(&result.status);
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
    Q_EMIT finished(result);
}

} // namespace detente
