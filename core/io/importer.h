#pragma once

#include "ingest/extractor.h"
#include "model/event.h"

#include <QFile>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace detente {

class EventStore;
class LineReader;

/// A record that could not be read, by the line it starts on (0 when the line is unknown).
struct ImportProblem {
    qint64 line = 0;
    QString message;
    /// "line 17: 12 columns, expected 57, 58 or 61".
    QString text() const;
};

/// What an import did.
struct ImportResult {
    qint64 read = 0;               ///< records read as events
    qint64 inserted = 0;           ///< events written
    qint64 duplicates = 0;         ///< events skipped as already stored or repeated in the file
    qint64 problemCount = 0;       ///< records skipped as unreadable (all of them)
    QList<ImportProblem> problems; ///< the first 100 of them
    QString logPath;               ///< the file listing all of them; empty when none
    QString fatal;                 ///< why nothing was written; empty on success
    QString warning; ///< what the user should know of an import that went on (a broken gazetteer)
    bool cancelled = false;
    bool isOk() const { return fatal.isEmpty(); }
};

/// The file formats the importer reads.
enum class ImportFormat {
    Auto,        ///< decided from the content
    Gdelt,       ///< GDELT 1.0 (57/58 columns) and 2.0 (61 columns) event exports
    Icews,       ///< ICEWS coded events (tab-separated, header row)
    Csv,         ///< the CSV that CsvWriter writes (header row, columns by name)
    DetenteJson, ///< the project's event JSON (exportDatabaseJson(), seed documents)
    TimelineJs,  ///< TimelineJS JSON
    Article,     ///< an article's text, read for its dated events (see setArticle())
};
QString importFormatName(ImportFormat format);

/// Reads records of one line-based format, one event at a time.
class EventReader {
public:
    enum class Next { Event, Problem, End, Fatal };
    virtual ~EventReader() = default;
    /// Reads the next record into *event; on Problem or Fatal says why in *problem.
    virtual Next next(LineReader &in, Event *event, ImportProblem *problem) = 0;
};

/// Imports a file into a store: reads it as a stream (plain, .gz or .zip) in constant memory,
/// converts each record to an Event and writes them with one BulkInsert, so an import lands
/// whole or not at all: a fatal error or a cancel leaves the database untouched.
///
/// Duplicates are skipped and counted: the same key (GDELT GLOBALEVENTID → "gdelt:…", ICEWS
/// Event ID → "icews:…"), or the same dates, actors, kind and source URL as an event stored or
/// read before (events without a source URL are compared by key only; Detente JSON, whose
/// identity is the key, by key only).
///
/// Runs in the caller's thread, which writes and calls the progress callback; a line-based file
/// (GDELT, ICEWS, CSV) is read and converted meanwhile on a second thread, a bounded way ahead.
/// cancel() may be called from any thread.
class Importer {
public:
    /// Called every 1024 records with bytes read and the file's size (compressed
    /// bytes for an archive); returning false cancels the import.
    using Progress = std::function<bool(qint64 bytesRead, qint64 totalBytes)>;

    explicit Importer(EventStore &store);
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// Where to list every skipped line ("line N: why"); written only when a line is skipped,
    /// removed again when the import is cancelled.
    void setLogPath(const QString &path) { m_logPath = path; }
    /// An article's publication date (needed to resolve its dates), title and URL; its text
    /// comes from the file.
    void setArticle(const ArticleInput &article) { m_article = article; }
    /// How many duplicate signatures an import keeps in memory (400,000 by default, ~20 MiB);
    /// beyond it, days not used lately are read again from the store when needed.
    void setDuplicateMemory(qsizetype signatures) { m_duplicateMemory = signatures; }

    ImportResult importFile(const QString &path, ImportFormat format = ImportFormat::Auto);
    /// A new log file for an import of `file`, in the user's cache folder
    /// (~/.cache/detente/import-logs/ on Linux), named by the time and the file's name.
    static QString defaultLogPath(const QString &file);
    /// Removes the oldest logs in `folder` beyond the newest `keep`; only files named as
    /// defaultLogPath() names them are touched. Called whenever an import starts a log.
    static void pruneLogs(const QString &folder, int keep = 50);
    /// The format of a file, from its first lines; Auto when it is none of them.
    static ImportFormat detectFormat(const QString &path, QString *error = nullptr);

    /// Stops a running import; nothing of it is written.
    void cancel() { m_cancelled.store(true); }

private:
    ImportResult importAny(const QString &path, ImportFormat format);
    ImportResult importLines(LineReader &in, EventReader &reader);
    ImportResult importDocument(LineReader &in, ImportFormat format);
    ImportResult importArticle(LineReader &in, const QString &path);
    void addProblem(ImportResult &result, ImportProblem problem);

    EventStore &m_store;
    Progress m_progress;
    QString m_logPath;
    QFile m_log;
    ArticleInput m_article;
    qsizetype m_duplicateMemory = 400000;
    std::atomic<bool> m_cancelled{false};
};

} // namespace detente
