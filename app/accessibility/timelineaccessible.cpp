#include "timelineaccessible.h"

#include "window/timelineview.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimeZone>

namespace detente {

namespace {

QString dateText(const DateSpan &date, const QLocale &locale)
{
    const QString dayFormat =
        QCoreApplication::translate("detente::TimelineAccessible", "d MMMM yyyy",
                                    "date format of a day, see QLocale::toString");
    switch (date.precision()) {
    case Precision::Instant:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(date.first(), QTimeZone::utc()),
                               QLocale::LongFormat);
    case Precision::Day:
        return locale.toString(date.firstDay(), dayFormat);
    case Precision::Month:
        return locale.toString(date.firstDay(),
                               QCoreApplication::translate("detente::TimelineAccessible",
                                                           "MMMM yyyy", "date format of a month"));
    case Precision::Year:
        return locale.toString(date.firstDay(), QStringLiteral("yyyy"));
    default:
        return QCoreApplication::translate("detente::TimelineAccessible", "%1 to %2",
                                           "a range of dates")
            .arg(locale.toString(date.firstDay(), dayFormat),
                 locale.toString(date.lastDay(), dayFormat));
    }
}

class TimelineAccessible;

/// The interface of the timeline view itself, or nullptr when QAccessible made another one.
TimelineAccessible *timelineInterface(TimelineView *view);

/// One event: a list item of its lane.
class EventAccessible : public QAccessibleInterface, public QAccessibleActionInterface {
public:
    EventAccessible(TimelineView *view, int event)
        : m_view(view)
        , m_event(event)
    {}
    int event() const { return m_event; }

    bool isValid() const override
    {
        const TimelineScene *scene = m_view ? m_view->scene() : nullptr;
        return scene && m_event >= 0 && m_event < scene->events().size() &&
               scene->isIncluded(m_event);
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const Event &e = m_view->scene()->events()[m_event];
        switch (t) {
        case QAccessible::Name:
            return accessibleEventName(e, m_view->locale());
        case QAccessible::Description:
            return e.date.phrase().isEmpty()
                       ? e.title
                       : QCoreApplication::translate("detente::TimelineAccessible", "%1 (“%2”)",
                                                     "event title, date as written")
                             .arg(e.title, e.date.phrase());
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const PlacedItem *item = m_view->frame().itemOf(m_event);
        if (!item)
            return {};
        const QRect r = item->mark.united(item->label).toAlignedRect();
        return QRect(m_view->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.selectable = s.focusable = true;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        const bool selected = m_view->selectedEvent() == m_event;
        s.selected = selected;
        s.focused = selected && m_view->hasFocus();
        s.offscreen = s.invisible = !m_view->frame().itemOf(m_event);
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }

    QStringList actionNames() const override { return {pressAction(), setFocusAction()}; }
    void doAction(const QString &name) override
    {
        if (!isValid() || !actionNames().contains(name))
            return;
        // What a click does: select it, bring it into view, show its details.
        m_view->revealEvent(m_event);
        Q_EMIT m_view->eventSelected(m_event);
        if (name == setFocusAction())
            m_view->setFocus();
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QPointer<TimelineView> m_view;
    int m_event;
};

/// One lane: its events in time order, then the lanes of the persons who speak for it.
class LaneAccessible : public QAccessibleInterface {
public:
    LaneAccessible(TimelineView *view, int lane)
        : m_view(view)
        , m_lane(lane)
    {}
    int lane() const { return m_lane; }

    bool isValid() const override
    {
        const TimelineScene *scene = m_view ? m_view->scene() : nullptr;
        return scene && m_lane >= 0 && m_lane < scene->lanes().size() &&
               m_lane < scene->index().laneCount() && !scene->lanes()[m_lane].hidden;
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_view->scene()->lanes()[m_lane].name;
        if (t == QAccessible::Description)
            return QCoreApplication::translate("detente::TimelineAccessible", "%n event(s)",
                                               nullptr, int(eventCount()));
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!isValid())
            return {};
        for (const PlacedLane &placed : m_view->frame().lanes)
            if (placed.lane == m_lane) {
                const QRect r = placed.rect.toAlignedRect();
                return QRect(m_view->mapToGlobal(r.topLeft()), r.size());
            }
        return {};
    }
    QAccessible::Role role() const override { return QAccessible::Grouping; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.invalid = !isValid();
        s.offscreen = s.invisible = rect().isEmpty();
        if (isValid() && m_view->scene()->lanes()[m_lane].children > 0) {
            s.expandable = true;
            s.collapsed = m_view->scene()->isCollapsed(m_lane);
            s.expanded = !s.collapsed;
        }
        return s;
    }

private:
    qsizetype eventCount() const { return m_view->scene()->index().lane(m_lane).size(); }
    QList<int> subLanes() const
    {
        QList<int> lanes;
        const auto &all = m_view->scene()->lanes();
        for (int l = 0; l < all.size(); ++l)
            if (all[l].parent == m_lane && !all[l].hidden)
                lanes << l;
        return lanes;
    }

    QPointer<TimelineView> m_view;
    int m_lane;
};

class TimelineAccessible : public QAccessibleWidget {
public:
    explicit TimelineAccessible(TimelineView *view)
        : QAccessibleWidget(view, QAccessible::Chart)
    {}
    ~TimelineAccessible() override { clearChildren(); }

    TimelineView *view() const { return static_cast<TimelineView *>(widget()); }

    /// The cached interface of a lane or an event (the cache owns them; ids stay stable while
    /// the scene does).
    QAccessibleInterface *laneInterface(int lane) const
    {
        sync();
        return cached(m_laneIds, lane, [&] { return new LaneAccessible(view(), lane); });
    }
    QAccessibleInterface *eventInterface(int event) const
    {
        sync();
        return cached(m_eventIds, event, [&] { return new EventAccessible(view(), event); });
    }
    QList<int> topLanes() const
    {
        sync();
        return m_topLanes;
    }

    /// Forgets every child when the view shows another scene or other lanes.
    void sync() const
    {
        const TimelineScene *scene = view()->scene();
        const Signature now = scene ? Signature{scene,
                                                scene->events().constData(),
                                                scene->events().size(),
                                                scene->lanes().size(),
                                                scene->laneMode(),
                                                hiddenLanes(*scene)}
                                    : Signature{};
        if (now == m_signature)
            return;
        clearChildren();
        m_signature = now;
        m_topLanes.clear();
        if (scene)
            for (int l = 0; l < scene->lanes().size(); ++l)
                if (scene->lanes()[l].parent < 0)
                    m_topLanes << l;
    }

    int childCount() const override { return int(topLanes().size()); }
    QAccessibleInterface *child(int index) const override
    {
        const QList<int> lanes = topLanes();
        return index >= 0 && index < lanes.size() ? laneInterface(lanes[index]) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *lane = dynamic_cast<const LaneAccessible *>(child);
        return lane ? int(topLanes().indexOf(lane->lane())) : -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QPoint p = view()->mapFromGlobal(QPoint(x, y));
        for (const PlacedLane &placed : view()->frame().lanes) {
            if (!placed.rect.contains(p))
                continue;
            // A sub-lane's point belongs to its top lane; the lane finds the child.
            int top = placed.lane;
            while (view()->scene()->lanes()[top].parent >= 0)
                top = view()->scene()->lanes()[top].parent;
            return laneInterface(top);
        }
        return nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        const int selected = view()->selectedEvent();
        if (view()->hasFocus() && selected >= 0 && view()->scene() &&
            selected < view()->scene()->events().size())
            return eventInterface(selected);
        return QAccessibleWidget::focusChild();
    }
    QString text(QAccessible::Text t) const override
    {
        QString s = QAccessibleWidget::text(t);
        if (t == QAccessible::Description && s.isEmpty() && view()->scene())
            s = QCoreApplication::translate("detente::TimelineAccessible",
                                            "%n event(s) in %1 lanes", nullptr,
                                            int(view()->scene()->index().size()))
                    .arg(view()->locale().toString(childCount()));
        return s;
    }

private:
    struct Signature {
        const TimelineScene *scene = nullptr;
        const Event *events = nullptr;
        qsizetype eventCount = 0;
        qsizetype laneCount = 0;
        LaneMode mode = LaneMode::ByActor;
        QList<int> hidden;
        bool operator==(const Signature &) const = default;
    };
    static QList<int> hiddenLanes(const TimelineScene &scene)
    {
        QList<int> hidden;
        for (int l = 0; l < scene.lanes().size(); ++l)
            if (scene.lanes()[l].hidden)
                hidden << l;
        return hidden;
    }

    template<typename Make>
    static QAccessibleInterface *cached(QHash<int, QAccessible::Id> &ids, int key, Make make)
    {
        if (const auto it = ids.constFind(key); it != ids.constEnd())
            if (QAccessibleInterface *iface = QAccessible::accessibleInterface(*it))
                return iface;
        QAccessibleInterface *iface = make();
        ids.insert(key, QAccessible::registerAccessibleInterface(iface));
        return iface;
    }
    void clearChildren() const
    {
        for (const QAccessible::Id id : std::as_const(m_eventIds))
            QAccessible::deleteAccessibleInterface(id);
        for (const QAccessible::Id id : std::as_const(m_laneIds))
            QAccessible::deleteAccessibleInterface(id);
        m_eventIds.clear();
        m_laneIds.clear();
    }

    mutable Signature m_signature;
    mutable QList<int> m_topLanes;
    mutable QHash<int, QAccessible::Id> m_laneIds;
    mutable QHash<int, QAccessible::Id> m_eventIds;
};

TimelineAccessible *timelineInterface(TimelineView *view)
{
    return view ? dynamic_cast<TimelineAccessible *>(QAccessible::queryAccessibleInterface(view))
                : nullptr;
}

QAccessibleInterface *EventAccessible::parent() const
{
    TimelineAccessible *timeline = timelineInterface(m_view);
    if (!timeline || !isValid())
        return timeline;
    const int lane = m_view->scene()->laneOf(m_event);
    return lane >= 0 ? timeline->laneInterface(lane) : timeline;
}

QAccessibleInterface *LaneAccessible::parent() const
{
    TimelineAccessible *timeline = timelineInterface(m_view);
    if (!timeline || !isValid())
        return timeline;
    const int parentLane = m_view->scene()->lanes()[m_lane].parent;
    return parentLane >= 0 ? timeline->laneInterface(parentLane) : timeline;
}

int LaneAccessible::childCount() const
{
    return isValid() ? int(eventCount() + subLanes().size()) : 0;
}

QAccessibleInterface *LaneAccessible::child(int index) const
{
    TimelineAccessible *timeline = timelineInterface(m_view);
    if (!timeline || !isValid() || index < 0)
        return nullptr;
    const TimelineIndex::Lane &events = m_view->scene()->index().lane(m_lane);
    if (index < events.size())
        return timeline->eventInterface(events.event[size_t(index)]);
    const QList<int> lanes = subLanes();
    index -= int(events.size());
    return index < lanes.size() ? timeline->laneInterface(lanes[index]) : nullptr;
}

int LaneAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!isValid())
        return -1;
    const TimelineScene &scene = *m_view->scene();
    const TimelineIndex::Lane &events = scene.index().lane(m_lane);
    if (const auto *e = dynamic_cast<const EventAccessible *>(child)) {
        if (!e->isValid() || scene.laneOf(e->event()) != m_lane)
            return -1;
        // Events are sorted by start: search from the first that starts with this one.
        for (qsizetype i = events.lowerBound(scene.events()[e->event()].date.first());
             i < events.size(); ++i)
            if (events.event[size_t(i)] == e->event())
                return int(i);
        return -1;
    }
    if (const auto *l = dynamic_cast<const LaneAccessible *>(child)) {
        const qsizetype at = subLanes().indexOf(l->lane());
        return at < 0 ? -1 : int(events.size() + at);
    }
    return -1;
}

QAccessibleInterface *LaneAccessible::childAt(int x, int y) const
{
    TimelineAccessible *timeline = timelineInterface(m_view);
    if (!timeline || !isValid())
        return nullptr;
    const QPoint p = m_view->mapFromGlobal(QPoint(x, y));
    const int hit = m_view->frame().hitTest(p);
    if (hit >= 0 && m_view->scene()->laneOf(hit) == m_lane)
        return timeline->eventInterface(hit);
    for (const PlacedLane &placed : m_view->frame().lanes)
        if (placed.rect.contains(p) && placed.lane != m_lane) {
            for (int l = placed.lane; l >= 0; l = m_view->scene()->lanes()[l].parent)
                if (m_view->scene()->lanes()[l].parent == m_lane) {
                    QAccessibleInterface *sub = timeline->laneInterface(l);
                    QAccessibleInterface *inSub = sub->childAt(x, y);
                    return inSub ? inSub : sub;
                }
        }
    return nullptr;
}

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("detente::TimelineView"))
        if (auto *view = qobject_cast<TimelineView *>(object))
            return new TimelineAccessible(view);
    return nullptr;
}

} // namespace

void installAccessibility()
{
    static bool installed = false;
    if (!installed)
        QAccessible::installFactory(factory);
    installed = true;
}

QString accessibleEventName(const Event &event, const QLocale &locale)
{
    QStringList parts;
    if (!event.kind.isEmpty()) {
        QString kind = event.kind;
        kind[0] = kind[0].toUpper();
        parts << kind;
    }
    const QString source = event.sourceActor(), target = event.targetActor();
    if (!source.isEmpty() && !target.isEmpty() && source != target)
        parts << QCoreApplication::translate("detente::TimelineAccessible", "%1 to %2",
                                             "from one actor to another")
                     .arg(source, target);
    else if (!source.isEmpty() || !target.isEmpty())
        parts << (source.isEmpty() ? target : source);
    if (event.date.isValid())
        parts << dateText(event.date, locale);
    if (parts.isEmpty())
        return event.title;
    return parts.join(QStringLiteral(", "));
}

void notifyEventSelected(TimelineView *view, int event)
{
    if (!QAccessible::isActive())
        return;
    TimelineAccessible *timeline = timelineInterface(view);
    if (!timeline)
        return;
    if (event < 0 || !view->scene() || event >= view->scene()->events().size()) {
        QAccessibleEvent cleared(view, QAccessible::SelectionRemove);
        QAccessible::updateAccessibility(&cleared);
        return;
    }
    QAccessibleInterface *iface = timeline->eventInterface(event);
    QAccessibleEvent selection(iface, QAccessible::Selection);
    QAccessible::updateAccessibility(&selection);
    if (view->hasFocus()) {
        QAccessibleEvent focus(iface, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

void notifyTimelineChanged(TimelineView *view)
{
    if (!QAccessible::isActive())
        return;
    if (TimelineAccessible *timeline = timelineInterface(view))
        timeline->sync();
    QAccessibleEvent reorder(view, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&reorder);
}

} // namespace detente
