#include "dataexport.h"

#include "csvwriter.h"
#include "databasejson.h"
#include "eventjson.h"
#include "storage/eventstore.h"
#include "timelinejs.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace detente {

std::optional<DataFormat> dataFormatForPath(const QString &path, bool timelineJs)
{
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return DataFormat::Csv;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return timelineJs ? DataFormat::TimelineJs : DataFormat::Json;
    return std::nullopt;
}

QByteArray exportEventData(const EventStore &store, const EventFilter &filter, DataFormat format,
                           const QString &title, Status *status)
{
    Status ok;
    Status &s = status ? *status : ok;
    if (format == DataFormat::Json && filter.isEmpty())
        return exportDatabaseJson(store, &s);
    const QList<Event> events = store.events(filter, &s);
    if (!s)
        return {};
    switch (format) {
    case DataFormat::Csv:
        return eventsToCsv(events);
    case DataFormat::Json:
        return eventsToJson(events);
    case DataFormat::TimelineJs:
        return eventsToTimelineJs(events, title);
    }
    return {};
}

Status writeFileWhole(const QString &path, const QByteArray &bytes)
{
    auto failed = [&](const QString &why) {
        return Status::error(
            QCoreApplication::translate("detente::DataExport", "cannot write %1: %2")
                .arg(path, why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // QSaveFile buffers: a failed write often shows only at flush, and Qt then has no text for
    // the error but "Unknown error".
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        file.cancelWriting();
        return failed(QCoreApplication::translate("detente::DataExport",
                                                  "the disk is full or cannot be written"));
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace detente
