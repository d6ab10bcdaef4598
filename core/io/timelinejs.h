#pragma once

#include "jsonstream.h"
#include "model/event.h"
#include "status.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace detente {

/// Events as a TimelineJS JSON file: `{"title":…,"events":[{"start_date":{"year","month",
/// "day"},"end_date":…,"text":{"headline","text"},"group":source actor,"unique_id":key}]}`.
/// Headline and text are HTML-escaped (TimelineJS renders HTML); the JSON is written by
/// QJsonDocument.
QByteArray eventsToTimelineJs(const QList<Event> &events, const QString &title = {});
/// One event as eventsToTimelineJs() writes it.
QJsonObject timelineJsEvent(const Event &event);

/// Writes eventsToTimelineJs()'s document an event at a time, to a file of any size.
class TimelineJsWriter {
public:
    TimelineJsWriter(QIODevice *device, const QString &title);
    void write(const Event &event);
    /// Ends the document; an error when the device refused a write.
    Status finish();
    /// The device refused a write: what follows is dropped.
    bool failed() const { return m_json.failed(); }

private:
    JsonStream m_json;
    QString m_title;
};
/// Reads a TimelineJS JSON file: headline → title, text → summary (tags removed), group →
/// source actor, dates with the precision they are given in (year, month or day; an end_date
/// makes a span).
Status readTimelineJs(const QByteArray &json, QList<Event> *events);

} // namespace detente
