#pragma once

#include "status.h"
#include "storage/eventfilter.h"

#include <QByteArray>
#include <QString>

class QIODevice;

#include <functional>
#include <optional>

namespace detente {

class EventStore;

/// The data formats events are exported in.
enum class DataFormat {
    Csv,        ///< CsvWriter's columns, for spreadsheets
    Json,       ///< the project's JSON; of a whole database with its sources, actors and links
    TimelineJs, ///< TimelineJS JSON, to publish a view on the web
};

/// The format a file name asks for: .csv is CSV, .json the project's JSON (TimelineJS only when
/// asked for, as both are .json); nullopt for any other suffix.
std::optional<DataFormat> dataFormatForPath(const QString &path, bool timelineJs = false);

/// Called as an export goes: events written and events in all. Returning false cancels it.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

/// Writes the events `filter` keeps to `device` in `format`, a batch at a time, so that memory
/// does not grow with the database. An empty filter in Json exports the whole database (sources,
/// actors, aliases and response links too), which imports back exactly. `title` heads a
/// TimelineJS document. A cancel fails with "cancelled", leaving the device's document
/// incomplete: exportEventDataToFile() then leaves the file as it was.
Status exportEventData(const EventStore &store, const EventFilter &filter, DataFormat format,
                       QIODevice *device, const QString &title = {},
                       const ExportProgress &progress = {});
/// The same, into `path` whole or not at all (see writeFileWhole()): a failure or a cancel leaves
/// an earlier file there as it was.
Status exportEventDataToFile(const EventStore &store, const EventFilter &filter, DataFormat format,
                             const QString &path, const QString &title = {},
                             const ExportProgress &progress = {});
/// The same, in memory (small selections and tests).
QByteArray exportEventData(const EventStore &store, const EventFilter &filter, DataFormat format,
                           const QString &title = {}, Status *status = nullptr);
/// Writes `bytes` to `path` whole or not at all: into a temporary file beside it, then renamed
/// over it, so a full disk or a crash leaves the earlier file as it was.
Status writeFileWhole(const QString &path, const QByteArray &bytes);

} // namespace detente
