#pragma once

#include "model/actor.h"
#include "model/event.h"
#include "timelineindex.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace detente {

/// How events are grouped into horizontal lanes.
enum class LaneMode {
    ByActor, ///< one lane per state or organisation; persons' events go to whom they speak for
    ByKind,  ///< one lane per kind of event
    Single,  ///< everything in one lane
};

/// The events to draw, grouped into lanes and sorted by start within each lane. It does not
/// depend on zoom: the frame layout places what is visible.
class TimelineScene {
public:
    struct Lane {
        QString name;         ///< the actor (or kind); for a person's sub-lane, the person
        qsizetype events = 0; ///< how many events the lane holds (before any filter)
        int parent = -1;      ///< a person's sub-lane: the lane of whom they speak for
        int children = 0;     ///< sub-lanes nested under this lane
        int colorIndex = 0;   ///< which theme colour (sub-lanes share their parent's)
        bool hidden = false;  ///< a sub-lane of a collapsed lane: its events show in the parent
    };

    TimelineScene() = default;
    /// `actors` gives persons' affiliations, so their events go to whom they speak for.
    void setEvents(QList<Event> events, const QList<Actor> &actors = {},
                   LaneMode mode = LaneMode::ByActor);

    const QList<Event> &events() const { return m_events; }
    /// The compact per-lane index the frame layout reads (the included events only).
    const TimelineIndex &index() const { return *m_index; }
    /// Keeps only the events marked true (one flag per event; empty keeps all): a filter
    /// change rebuilds the index, not the lanes.
    void setIncluded(std::vector<bool> included);
    /// What a build of the index on another thread needs: shared, immutable data only.
    struct IndexJob {
        std::shared_ptr<const TimelineIndex::Source> source;
        std::vector<bool> included; ///< empty: all
        quint64 revision = 0;       ///< what adoptIndex() checks
    };
    /// Like setIncluded(), but leaves the index as it is: the caller builds the job's index
    /// (on any thread) and hands it to adoptIndex(). isIncluded() follows the filter at once.
    IndexJob setIncludedDeferred(std::vector<bool> included);
    /// Takes an index built from a job; refused (false) when the scene changed since the job
    /// was made (a newer filter, new events, a folded lane), as the index is then out of date.
    bool adoptIndex(std::shared_ptr<const TimelineIndex> index, quint64 revision);
    bool isIncluded(int event) const { return m_included.empty() || m_included[size_t(event)]; }
    /// One flag per lane: drawn or not. Folded sub-lanes are not; under a filter, neither are
    /// lanes left without events (unless a person's sub-lane under them still has some), so a
    /// filtered scene shows the same lanes as a scene of only the events the filter keeps.
    std::vector<bool> shownLanes() const;
    const QList<Lane> &lanes() const { return m_lanes; }
    LaneMode laneMode() const { return m_mode; }
    int laneOf(int event) const { return m_laneOf.value(event, -1); }
    /// The lane of the event's target, when it differs from its own; -1 otherwise.
    int targetLaneOf(int event) const { return m_targetLaneOf.value(event, -1); }
    /// Indices of the events this event answers.
    QList<int> answersOf(int event) const { return m_answers.value(event); }
    int indexOfId(qint64 id) const { return m_indexOfId.value(id, -1); }
    /// First and last instant of all events; nullopt when empty.
    std::optional<std::pair<qint64, qint64>> extent() const;
    bool isEmpty() const { return m_events.isEmpty(); }

    /// Whom a person speaks for; any other name is returned as it is.
    QString affiliationOf(const QString &actor) const { return affiliated(actor); }
    /// The lane name an event goes to in ByActor mode.
    QString homeActor(const Event &event) const;
    /// The width the lane names need in `font` (computed once per font).
    double laneNameWidth(const QFont &font) const;
    /// Folds a lane's person sub-lanes into it, or unfolds them.
    void setCollapsed(int lane, bool collapsed);
    bool isCollapsed(int lane) const;
    /// The names of the collapsed lanes, set whole: a scene loaded elsewhere takes the lanes
    /// folded here while it loaded.
    const QSet<QString> &collapsedLanes() const { return m_collapsed; }
    void setCollapsedLanes(const QSet<QString> &names);

private:
    QString laneNameFor(const Event &event) const;
    /// The person who spoke for the event's lane actor, if any (their sub-lane).
    QString speakerFor(const Event &event, const QString &home) const;
    /// Maps events to lanes after a collapse change, and rebuilds the index.
    void assignLanes();
    /// Builds the index for the current lanes and filter, here and now.
    void rebuildIndex();
    QString affiliated(const QString &actor) const;

    QList<Event> m_events;
    QList<Lane> m_lanes;
    QList<int> m_laneOf;
    QList<int> m_ownLaneOf; ///< before collapsing
    QList<int> m_targetLaneOf;
    QSet<QString> m_collapsed; ///< names of collapsed lanes (kept across setEvents)
    QHash<int, QList<int>> m_answers;
    QHash<qint64, int> m_indexOfId;
    QHash<QString, QString> m_affiliation; ///< person → whom they speak for
    std::shared_ptr<const TimelineIndex> m_index = std::make_shared<TimelineIndex>();
    /// What index builds read.
    std::shared_ptr<const TimelineIndex::Source> m_source =
        std::make_shared<const TimelineIndex::Source>();
    quint64 m_revision = 0; ///< bumped by every change an index depends on
    std::vector<bool> m_included;
    mutable QHash<QString, double> m_nameWidth; ///< by QFont::key(); cleared by setEvents
    LaneMode m_mode = LaneMode::ByActor;
};

} // namespace detente
