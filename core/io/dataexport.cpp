#include "dataexport.h"

#include "csvwriter.h"
#include "databasejson.h"
#include "eventjson.h"
#include "storage/eventstore.h"
#include "timelinejs.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>

#include <optional>

namespace detente {

std::optional<DataFormat> dataFormatForPath(const QString &path, bool timelineJs)
{
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return DataFormat::Csv;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return timelineJs ? DataFormat::TimelineJs : DataFormat::Json;
    return std::nullopt;
}

namespace {
/// exportEventData(), with *writeFailed telling a failure to write from one to read.
Status exportTo(const EventStore &store, const EventFilter &filter, DataFormat format,
                QIODevice *device, const QString &title, const ExportProgress &progress,
                bool *writeFailed)
{
    *writeFailed = false;
    if (format == DataFormat::Json && filter.isEmpty())
        return writeDatabaseJson(store, device, progress, writeFailed);
    std::optional<CsvWriter> csv;
    std::optional<EventJsonWriter> json;
    std::optional<TimelineJsWriter> web;
    switch (format) {
    case DataFormat::Csv:
        csv.emplace(device);
        break;
    case DataFormat::Json:
        json.emplace(device);
        break;
    case DataFormat::TimelineJs:
        web.emplace(device, title);
        break;
    }
    Status written;
    qint64 done = 0;
    bool stopped = false;
    const Status read =
        store.forEachBatch(filter, eventBatchSize, [&](QList<Event> &events, qint64 total) {
            for (const Event &e : std::as_const(events)) {
                if (csv)
                    written = csv->write(e);
                else if (json)
                    json->write(e);
                else
                    web->write(e);
                // A full disk stops the export at once.
                if (!written || (json && json->failed()) || (web && web->failed()))
                    return false;
            }
            done += events.size();
            stopped = progress && !progress(done, total);
            return !stopped;
        });
    if (!read)
        return read;
    if (written && !stopped)
        written = csv ? csv->finish() : json ? json->finish() : web->finish();
    if (!written) {
        *writeFailed = true;
        return written;
    }
    if (stopped)
        return Status::error(QCoreApplication::translate("detente::DataExport", "cancelled"));
    return {};
}
} // namespace

Status exportEventData(const EventStore &store, const EventFilter &filter, DataFormat format,
                       QIODevice *device, const QString &title, const ExportProgress &progress)
{
    bool writeFailed = false;
    return exportTo(store, filter, format, device, title, progress, &writeFailed);
}

namespace {
/// Writes `path` whole or not at all: `write` fills a temporary file beside it, which then
/// replaces it. `write` says through *writeFailed when the device refused its bytes.
Status writeWhole(const QString &path,
                  const std::function<Status(QIODevice *device, bool *writeFailed)> &write)
{
    auto failed = [&](const QString &why) {
        return Status::error(
            QCoreApplication::translate("detente::DataExport", "cannot write %1: %2")
                .arg(path, why));
    };
    const QString full =
        QCoreApplication::translate("detente::DataExport", "the disk is full or cannot be written");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    bool writeFailed = false;
    if (Status s = write(&file, &writeFailed); !s) {
        writeFailed = writeFailed || file.error() != QFileDevice::NoError;
        file.cancelWriting();
        return writeFailed ? failed(full) : s;
    }
    // QSaveFile buffers: a failed write often shows only at flush, and Qt then has no text for
    // the error but "Unknown error".
    if (!file.flush()) {
        file.cancelWriting();
        return failed(full);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}
} // namespace

Status exportEventDataToFile(const EventStore &store, const EventFilter &filter, DataFormat format,
                             const QString &path, const QString &title,
                             const ExportProgress &progress)
{
    return writeWhole(path, [&](QIODevice *device, bool *writeFailed) {
        return exportTo(store, filter, format, device, title, progress, writeFailed);
    });
}

QByteArray exportEventData(const EventStore &store, const EventFilter &filter, DataFormat format,
                           const QString &title, Status *status)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status s = exportEventData(store, filter, format, &buffer, title);
    if (status)
        *status = s;
    return s ? buffer.data() : QByteArray();
}

Status writeFileWhole(const QString &path, const QByteArray &bytes)
{
    return writeWhole(path, [&](QIODevice *device, bool *writeFailed) {
        *writeFailed = device->write(bytes) != bytes.size();
        return *writeFailed ? Status::error(device->errorString()) : Status();
    });
}

} // namespace detente
