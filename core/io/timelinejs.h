#pragma once

#include "model/event.h"
#include "status.h"

#include <QByteArray>
#include <QList>

namespace detente {

/// Events as a TimelineJS JSON file: `{"title":…,"events":[{"start_date":{"year","month",
/// "day"},"end_date":…,"text":{"headline","text"},"group":source actor,"unique_id":key}]}`.
/// Headline and text are HTML-escaped (TimelineJS renders HTML); the JSON is written by
/// QJsonDocument.
QByteArray eventsToTimelineJs(const QList<Event> &events, const QString &title = {});
/// Reads a TimelineJS JSON file: headline → title, text → summary (tags removed), group →
/// source actor, dates with the precision they are given in (year, month or day; an end_date
/// makes a span).
Status readTimelineJs(const QByteArray &json, QList<Event> *events);

} // namespace detente
