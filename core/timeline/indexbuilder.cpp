#include "indexbuilder.h"

#include "timelineindex.h"
#include "timelinescene.h"

#include <QMetaObject>

namespace detente {

IndexBuilder::IndexBuilder(TimelineScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{
    // One worker: a newer build queues behind an older one, which it has just cancelled.
    m_pool.setMaxThreadCount(1);
}

IndexBuilder::~IndexBuilder()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.clear();
    m_pool.waitForDone();
}

void IndexBuilder::setIncluded(std::vector<bool> included)
{
    if (m_cancel)
        m_cancel->store(true); // whatever runs now is out of date
    m_cancel.reset();
    if (m_scene->events().size() < m_synchronousLimit) {
        m_scene->setIncluded(std::move(included));
        Q_EMIT indexChanged();
        return;
    }
    TimelineScene::IndexJob job = m_scene->setIncludedDeferred(std::move(included));
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    ++m_pending;
    m_pool.start([this, job = std::move(job), cancel]() mutable {
        auto index = std::make_shared<TimelineIndex>();
        const bool done =
            index->build(*job.source, job.included.empty() ? nullptr : &job.included, cancel.get());
        std::shared_ptr<const TimelineIndex> result;
        if (done)
            result = std::move(index);
        // Back on the builder's thread; dropped with the builder if it is gone by then (its
        // destructor waits for this function, so `this` is still alive here).
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result), revision = job.revision]() mutable {
                adopt(std::move(result), revision);
            },
            Qt::QueuedConnection);
    });
}

void IndexBuilder::adopt(std::shared_ptr<const TimelineIndex> index, quint64 revision)
{
    --m_pending;
    if (index && m_scene->adoptIndex(std::move(index), revision))
        Q_EMIT indexChanged();
}

} // namespace detente
