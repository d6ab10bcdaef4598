#pragma once

#include <QLocale>
#include <QString>

namespace detente {

struct Event;
class TimelineView;

/// Registers the accessible interfaces of Detente's own widgets with QAccessible: the timeline
/// presents its lanes, and each lane its events, as children a screen reader can walk. Safe to
/// call more than once.
void installAccessibility();

/// What a screen reader says for an event: "Accusation, NATO to China, 25 April 2024".
QString accessibleEventName(const Event &event, const QLocale &locale);

/// Tells assistive technology that the view's selected event changed (-1: none), and that it
/// has the focus when the view has.
void notifyEventSelected(TimelineView *view, int event);

/// Tells assistive technology that the view shows other lanes or events (a new scene, a filter).
void notifyTimelineChanged(TimelineView *view);

} // namespace detente
