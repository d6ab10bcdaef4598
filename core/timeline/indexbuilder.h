#pragma once

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <vector>

namespace detente {

class TimelineIndex;
class TimelineScene;

/// Applies filter changes to a scene, rebuilding its index on a worker thread when the scene is
/// large, so the window keeps drawing the old index and stays responsive meanwhile.
///
/// Threading: every member is called on the scene's (GUI) thread. The worker reads only an
/// immutable snapshot (TimelineIndex::Source, shared) and its own copy of the filter flags, and
/// hands the finished index back through the event loop; the scene adopts it only if nothing
/// changed since (a newer filter, new events, a folded lane), so an older build never lands
/// over a newer one. A superseded build is cancelled.
class IndexBuilder : public QObject {
    Q_OBJECT
public:
    /// `scene` is not owned; it must outlive the builder's use of it (no call after it is gone).
    explicit IndexBuilder(TimelineScene *scene, QObject *parent = nullptr);
    /// Cancels and waits for a running build.
    ~IndexBuilder() override;

    /// Keeps only the events marked true (empty keeps all). The scene's filter flags change at
    /// once; its index follows now (small scenes) or when the worker is done.
    void setIncluded(std::vector<bool> included);
    /// Scenes with fewer events than this are rebuilt at once, on the calling thread: their
    /// rebuild takes a few milliseconds, less than a round trip through a worker.
    void setSynchronousLimit(qsizetype events) { m_synchronousLimit = events; }
    /// A build is under way (its index is not in the scene yet).
    bool isBuilding() const { return m_pending > 0; }

Q_SIGNALS:
    /// The scene holds a new index: lay out again.
    void indexChanged();

private:
    void adopt(std::shared_ptr<const TimelineIndex> index, quint64 revision);

    TimelineScene *m_scene;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel; ///< the latest build's
    qsizetype m_synchronousLimit = 50000;
    int m_pending = 0; ///< builds started whose result has not come back
};

} // namespace detente
