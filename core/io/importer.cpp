#include "importer.h"

#include "articleimport.h"
#include "csvreader.h"
#include "databasejson.h"
#include "gdeltreader.h"
#include "icewsreader.h"
#include "linereader.h"
#include "timelinejs.h"

#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace detente {

namespace {

constexpr qsizetype maxProblems = 100;
constexpr qint64 progressEvery = 1024;
constexpr qint64 dayMs = 24LL * 3600 * 1000;
constexpr qint64 maxDocument = 1024LL * 1024 * 1024;
constexpr qint64 maxArticle = 16LL * 1024 * 1024;

/// Identity of a report for duplicate detection: dates, actors (in any order), kind and CAMEO
/// code, URL. The CAMEO code keeps apart the different events one article was coded with
/// (a statement and a visit both "meeting/visit" in kind, say).
size_t signature(const Event &e)
{
    size_t actors = 0;
    for (const EventActor &a : e.actors)
        actors += qHashMulti(0, a.name.toCaseFolded(), int(a.role));
    return qHashMulti(0, e.date.first(), e.date.last(), e.kind.toCaseFolded(), e.cameoCode,
                      e.source.url, actors);
}

/// Signatures of the events read so far and of stored events, loaded a day at a time. Bounded:
/// when it holds too many, the days least recently used are dropped and read again from the
/// store if they come back (the events this import added are visible to its own connection), so
/// memory does not grow with the file.
class DuplicateIndex {
public:
    DuplicateIndex(const EventStore &store, qsizetype maxSignatures)
        : m_store(store)
        , m_max(maxSignatures)
    {}
    /// The day and signature an event is compared by; false when it has no source URL (and is
    /// then compared by key only). Needs no store: a reader thread can work it out.
    static bool identify(const Event &e, qint64 *day, size_t *s)
    {
        if (e.source.url.isEmpty())
            return false;
        *day = e.date.first() - ((e.date.first() % dayMs) + dayMs) % dayMs;
        *s = signature(e);
        return true;
    }
    bool isDuplicate(const Event &e)
    {
        qint64 day = 0;
        size_t s = 0;
        return identify(e, &day, &s) && isDuplicate(day, s);
    }
    /// The same, with what identify() found.
    bool isDuplicate(qint64 day, size_t s)
    {
        auto it = m_days.find(day);
        if (it == m_days.end()) {
            if (m_size >= m_max)
                evict();
            it = m_days.insert(day, {});
            for (const Event &stored : m_store.events(day, day + dayMs))
                if (!stored.source.url.isEmpty())
                    it->signatures.insert(signature(stored));
            m_size += it->signatures.size();
        }
        it->lastUse = ++m_clock;
        if (it->signatures.contains(s))
            return true;
        it->signatures.insert(s);
        ++m_size;
        return false;
    }

private:
    struct Day {
        QSet<size_t> signatures;
        quint64 lastUse = 0;
    };
    /// Drops the least recently used days until at most half the limit is held.
    void evict()
    {
        std::vector<std::pair<quint64, qint64>> byUse;
        byUse.reserve(size_t(m_days.size()));
        for (auto it = m_days.cbegin(); it != m_days.cend(); ++it)
            byUse.emplace_back(it->lastUse, it.key());
        std::sort(byUse.begin(), byUse.end());
        for (const auto &[use, day] : byUse) {
            if (m_size <= m_max / 2)
                break;
            m_size -= m_days.value(day).signatures.size();
            m_days.remove(day);
        }
    }

    const EventStore &m_store;
    qsizetype m_max;
    QHash<qint64, Day> m_days;
    qsizetype m_size = 0;
    quint64 m_clock = 0;
};

/// Why BulkInsert would refuse an event, so that it is a problem of its line, not of the import.
QString invalidReason(const Event &e)
{
    if (e.title.trimmed().isEmpty())
        return QCoreApplication::translate("detente::Importer", "no title");
    if (!e.date.isValid())
        return QCoreApplication::translate("detente::Importer", "no valid date");
    if (e.goldstein && (*e.goldstein < -10 || *e.goldstein > 10))
        return QCoreApplication::translate("detente::Importer",
                                           "Goldstein score %1 is outside -10…10")
            .arg(*e.goldstein);
    if (e.quadClass < 0 || e.quadClass > 4)
        return QCoreApplication::translate("detente::Importer", "QuadClass %1 is not 1…4")
            .arg(e.quadClass);
    return {};
}

/// A record as the reading thread hands it to the writing one: what EventReader::next() said,
/// with the event or the problem, and what the writer needs to know of the file at that point.
struct Record {
    EventReader::Next next = EventReader::Next::End;
    Event event;
    ImportProblem problem;
    QString invalid;          ///< invalidReason() of the event
    qint64 line = 0;          ///< the file's line number after the record
    qint64 bytes = 0;         ///< bytes of the file read after the record
    bool bySignature = false; ///< compared for duplicates by day and signature (it has a URL)
    qint64 day = 0;
    size_t signature = 0;
};

/// Reads, converts and checks records on a thread of its own while the caller's thread writes
/// the ones before (reading costs a fifth of an import, writing the rest). Records come out in
/// file order with the line number and bytes read at each, so problems, errors, progress and
/// cancelling are the same as when one thread does both; a bounded queue keeps memory constant
/// however far the reader could run ahead. Destroying it stops and joins the thread, and only
/// then may the LineReader be used again.
class RecordPipe {
public:
    RecordPipe(LineReader &in, EventReader &reader)
        : m_thread([this, &in, &reader] { run(in, reader); })
    {}
    ~RecordPipe()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_canPush.notify_all();
        m_thread.join();
    }
    RecordPipe(const RecordPipe &) = delete;
    RecordPipe &operator=(const RecordPipe &) = delete;

    /// The next record; End or Fatal is the last one.
    Record &next()
    {
        if (m_at == m_batch.size()) {
            std::unique_lock lock(m_mutex);
            // The reading thread frees the records it made: the writer, which has the longer
            // way, is spared that, and memory goes back to the thread that allocated it.
            if (!m_batch.empty())
                m_spent.push_back(std::move(m_batch));
            m_canPop.wait(lock, [this] { return !m_queue.empty(); });
            m_batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_at = 0;
            lock.unlock();
            m_canPush.notify_one();
        }
        return m_batch[m_at++];
    }

private:
    static constexpr size_t batchSize = 256;
    /// Batches waiting in the queue, besides the one each thread has in hand (and those read,
    /// waiting to be freed: no more than were queued).
    static constexpr size_t maxBatches = 8;

    void run(LineReader &in, EventReader &reader)
    {
        for (bool last = false; !last;) {
            std::deque<std::vector<Record>> spent;
            {
                const std::lock_guard lock(m_mutex);
                spent.swap(m_spent);
            }
            std::vector<Record> batch;
            if (!spent.empty())
                batch = std::move(spent.front()); // its room is used again
            batch.clear();
            spent.clear(); // the records go here, outside the lock
            batch.reserve(batchSize);
            while (!last && batch.size() < batchSize) {
                Record &r = batch.emplace_back();
                r.next = reader.next(in, &r.event, &r.problem);
                r.line = in.lineNumber();
                r.bytes = in.bytesRead();
                if (r.next == EventReader::Next::Event) {
                    r.invalid = invalidReason(r.event);
                    if (r.invalid.isEmpty())
                        r.bySignature = DuplicateIndex::identify(r.event, &r.day, &r.signature);
                }
                last = r.next == EventReader::Next::End || r.next == EventReader::Next::Fatal;
            }
            std::unique_lock lock(m_mutex);
            m_canPush.wait(lock, [this] { return m_stop || m_queue.size() < maxBatches; });
            if (m_stop)
                return;
            m_queue.push_back(std::move(batch));
            lock.unlock();
            m_canPop.notify_one();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_canPop, m_canPush;
    std::deque<std::vector<Record>> m_queue; ///< guarded by m_mutex
    std::deque<std::vector<Record>> m_spent; ///< read by the writer; guarded by m_mutex
    bool m_stop = false;                     ///< guarded by m_mutex
    std::vector<Record> m_batch;             ///< the writer's
    size_t m_at = 0;
    std::thread m_thread; ///< last: starts once the rest is ready
};

/// Whether the first lines of a file read like prose: words and a sentence that ends.
bool looksLikeProse(const QByteArray &head)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("\\w[.!?][\"'’”)]?(\\s|$)"));
    static const QRegularExpression word(QStringLiteral("\\b\\w{2,}\\b"));
    const QString text = QString::fromUtf8(head);
    qsizetype words = 0;
    for (auto it = word.globalMatch(text); it.hasNext() && words < 8; it.next())
        ++words;
    return words >= 8 && sentenceEnd.match(text).hasMatch();
}

} // namespace

void Importer::addProblem(ImportResult &r, ImportProblem p)
{
    ++r.problemCount;
    // Every skipped line goes to the log as it comes; the result keeps only the first few.
    if (!m_logPath.isEmpty() && !m_log.isOpen()) {
        QDir().mkpath(QFileInfo(m_logPath).absolutePath());
        pruneLogs(QFileInfo(m_logPath).absolutePath(), 49); // with this one: the newest 50
        m_log.setFileName(m_logPath);
        if (!m_log.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            m_logPath.clear(); // the import goes on; the report names no log
    }
    if (m_log.isOpen())
        m_log.write(p.text().toUtf8().append('\n'));
    if (r.problems.size() < maxProblems)
        r.problems.append(std::move(p));
}

QString Importer::defaultLogPath(const QString &file)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                        QStringLiteral("/import-logs/");
    return dir + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz-")) +
           QFileInfo(file).fileName() + QStringLiteral(".log");
}

void Importer::pruneLogs(const QString &folder, int keep)
{
    static const QRegularExpression named(QStringLiteral(R"(^\d{8}-\d{6}-\d{3}-.+\.log$)"));
    QStringList logs;
    for (const QString &name : QDir(folder).entryList(QDir::Files, QDir::Name))
        if (named.match(name).hasMatch())
            logs.append(name);
    // The names start with the time they were made: the first are the oldest.
    for (qsizetype i = 0; i + keep < logs.size(); ++i)
        QFile::remove(folder + u'/' + logs[i]);
}

QString ImportProblem::text() const
{
    return line > 0 ? QCoreApplication::translate("detente::Importer", "line %1: %2")
                          .arg(line)
                          .arg(message)
                    : message;
}

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Gdelt:
        return QStringLiteral("GDELT");
    case ImportFormat::Icews:
        return QStringLiteral("ICEWS");
    case ImportFormat::Csv:
        return QStringLiteral("CSV");
    case ImportFormat::DetenteJson:
        return QStringLiteral("Detente JSON");
    case ImportFormat::TimelineJs:
        return QStringLiteral("TimelineJS JSON");
    case ImportFormat::Article:
        return QStringLiteral("article");
    case ImportFormat::Auto:
        break;
    }
    return QStringLiteral("automatic");
}

Importer::Importer(EventStore &store)
    : m_store(store)
{}

ImportFormat Importer::detectFormat(const QString &path, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return ImportFormat::Auto;
    };
    LineReader in;
    if (Status s = in.open(path); !s)
        return fail(s.message());
    QByteArray line;
    while (in.readLine(&line) && line.trimmed().isEmpty()) {
    }
    if (!in.error().isEmpty())
        return fail(in.error());
    if (line.trimmed().isEmpty())
        return fail(QCoreApplication::translate("detente::Importer", "the file is empty"));
    const qint64 firstLine = in.lineNumber();
    if (line.startsWith("\xef\xbb\xbf"))
        line.remove(0, 3);
    // Text files have no NUL bytes and, in their first line, no invalid UTF-8.
    bool binary = line.contains('\0');
    QByteArray head = line;
    for (QByteArray more; !binary && in.lineNumber() < 8 && in.readLine(&more); head += '\n' + more)
        binary = more.contains('\0');
    if (binary)
        return fail(QCoreApplication::translate("detente::Importer",
                                                "not a text file (it holds binary data)"));
    if (QString::fromUtf8(line).contains(QChar::ReplacementCharacter) &&
        !line.contains("\xEF\xBF\xBD"))
        return fail(QCoreApplication::translate("detente::Importer",
                                                "line %1: not UTF-8 text; save the file as UTF-8")
                        .arg(firstLine));
    const QByteArray t = line.trimmed();
    if (t.startsWith('{') || t.startsWith('[')) {
        // TimelineJS names its dates start_date; look a little way into the document.
        for (QByteArray more; head.size() < 65536 && in.readLine(&more);)
            head += more;
        return head.contains("\"start_date\"") ? ImportFormat::TimelineJs
                                               : ImportFormat::DetenteJson;
    }
    if (t.startsWith("Event ID\t"))
        return ImportFormat::Icews;
    const qsizetype columns = line.count('\t') + 1;
    if (columns == 57 || columns == 58 || columns == 61) {
        const QByteArray id = line.left(line.indexOf('\t'));
        bool ok = false;
        id.toLongLong(&ok);
        if (ok)
            return ImportFormat::Gdelt;
    }
    // A CSV file starts with a header; an article with a headline or a paragraph.
    head.truncate(65536); // enough to tell prose, and a 10 MB line is not read as text
    if (looksLikeProse(head) &&
        (!(t.contains(',') || t.contains(';') || t.contains('\t')) || looksLikeProse(line)))
        return ImportFormat::Article;
    if (t.contains(',') || t.contains(';') || t.contains('\t'))
        return ImportFormat::Csv;
    return fail(QCoreApplication::translate(
        "detente::Importer", "not a file Detente can import: the first line is neither a GDELT "
                             "record, an ICEWS or CSV header nor JSON"));
}

ImportResult Importer::importFile(const QString &path, ImportFormat format)
{
    m_cancelled.store(false);
    ImportResult result = importAny(path, format);
    if (m_log.isOpen()) {
        if (result.cancelled) {
            m_log.remove();
        } else {
            if (!result.isOk())
                m_log.write(
                    QStringLiteral("nothing was imported: %1\n").arg(result.fatal).toUtf8());
            m_log.close();
            result.logPath = m_logPath;
        }
    }
    return result;
}

ImportResult Importer::importAny(const QString &path, ImportFormat format)
{
    ImportResult result;
    if (format == ImportFormat::Auto) {
        QString why;
        format = detectFormat(path, &why);
        if (format == ImportFormat::Auto) {
            result.fatal = why;
            return result;
        }
    }
    LineReader in;
    if (Status s = in.open(path); !s) {
        result.fatal = s.message();
        return result;
    }
    switch (format) {
    case ImportFormat::Gdelt: {
        GdeltReader reader;
        return importLines(in, reader);
    }
    case ImportFormat::Icews: {
        IcewsReader reader;
        return importLines(in, reader);
    }
    case ImportFormat::Csv: {
        CsvReader reader;
        return importLines(in, reader);
    }
    case ImportFormat::Article:
        return importArticle(in, path);
    case ImportFormat::DetenteJson:
    case ImportFormat::TimelineJs:
    case ImportFormat::Auto:
        break;
    }
    return importDocument(in, format);
}

ImportResult Importer::importArticle(LineReader &in, const QString &path)
{
    ImportResult result;
    if (!m_article.published.isValid()) {
        result.fatal = QCoreApplication::translate(
            "detente::Importer", "an article needs its publication date to resolve dates "
                                 "such as \"on Thursday\"");
        return result;
    }
    QByteArray bytes;
    ArticleInput article = m_article;
    if (Status s = in.readAll(&bytes, maxArticle); !s) {
        result.fatal = s.message();
        return result;
    }
    if (Status s = decodeArticle(std::move(bytes), &article.text); !s) {
        result.fatal = s.message();
        return result;
    }
    // Actors as the store knows them too: its aliases and the actors users made.
    const EventDocument doc = articleDocument(article, QFileInfo(path).completeBaseName(),
                                              extractionGazetteer(&m_store, &result.warning));
    if (m_store.hasSource(doc.source.key)) {
        result.fatal = QCoreApplication::translate("detente::Importer",
                                                   "this article is in the database already");
        return result;
    }
    if (m_cancelled.load()) {
        result.cancelled = true;
        result.fatal = QCoreApplication::translate("detente::Importer",
                                                   "the import was cancelled; nothing was written");
        return result;
    }
    result.read = doc.events.size();
    int inserted = 0;
    if (Status s = importEventDocument(m_store, doc, &inserted); !s) {
        result.fatal = s.message();
        return result;
    }
    result.inserted = inserted;
    result.duplicates = result.read - inserted;
    if (m_progress)
        m_progress(in.totalBytes(), in.totalBytes());
    return result;
}

ImportResult Importer::importLines(LineReader &in, EventReader &reader)
{
    ImportResult result;
    BulkInsert bulk(m_store.database());
    if (!bulk.status()) {
        result.fatal = bulk.status().message();
        return result;
    }
    DuplicateIndex duplicates(m_store, m_duplicateMemory);
    const qint64 total = in.totalBytes();
    {
        RecordPipe records(in, reader);
        qint64 sinceProgress = 0;
        qint64 bytesRead = 0;
        for (;;) {
            if (m_cancelled.load() ||
                (++sinceProgress >= progressEvery && m_progress && !m_progress(bytesRead, total))) {
                bulk.cancel();
                result.cancelled = true;
                result.fatal = QCoreApplication::translate(
                    "detente::Importer", "the import was cancelled; nothing was written");
                return result;
            }
            if (sinceProgress >= progressEvery)
                sinceProgress = 0;
            Record &r = records.next();
            bytesRead = r.bytes;
            if (r.next == EventReader::Next::End)
                break;
            if (r.next == EventReader::Next::Fatal) {
                result.fatal = r.problem.text();
                return result; // the BulkInsert rolls back
            }
            if (r.next == EventReader::Next::Problem) {
                addProblem(result, std::move(r.problem));
                continue;
            }
            if (!r.invalid.isEmpty()) {
                addProblem(result, {r.line, r.invalid});
                continue;
            }
            ++result.read;
            if (r.bySignature && duplicates.isDuplicate(r.day, r.signature)) {
                ++result.duplicates;
                continue;
            }
            if (Status s = bulk.add(r.event); !s) {
                result.fatal = QCoreApplication::translate("detente::Importer", "line %1: %2")
                                   .arg(r.line)
                                   .arg(s.message());
                return result;
            }
        }
    } // the reading thread has ended: `in` is ours again
    if (!in.error().isEmpty()) {
        result.fatal = QCoreApplication::translate("detente::Importer", "%1; nothing was written")
                           .arg(in.error());
        return result;
    }
    if (result.read == 0 && result.problemCount > 0) {
        result.fatal = QCoreApplication::translate("detente::Importer",
                                                   "no event could be read; the first problem: %1")
                           .arg(result.problems.first().text());
        return result;
    }
    if (Status s = bulk.commit(); !s) {
        result.fatal = s.message();
        return result;
    }
    if (m_progress)
        m_progress(in.totalBytes(), in.totalBytes());
    result.inserted = bulk.added();
    result.duplicates += bulk.skipped();
    return result;
}

ImportResult Importer::importDocument(LineReader &in, ImportFormat format)
{
    ImportResult result;
    QByteArray json;
    if (Status s = in.readAll(&json, maxDocument); !s) {
        result.fatal = s.message();
        return result;
    }
    // TimelineJS files are pages of a web site: read whole. The project's own JSON may hold a
    // database of a million events: read an event at a time from the file's bytes.
    QList<Event> webEvents;
    EventDocumentReader reader;
    auto unreadable = [&](const Status &s) {
        result.fatal = format == ImportFormat::TimelineJs
                           ? QCoreApplication::translate("detente::Importer",
                                                         "cannot read this TimelineJS file: %1")
                                 .arg(s.message())
                           : QCoreApplication::translate("detente::Importer",
                                                         "cannot read this Detente event file: %1")
                                 .arg(s.message());
        return result;
    };
    if (format == ImportFormat::TimelineJs) {
        if (Status s = readTimelineJs(json, &webEvents); !s)
            return unreadable(s);
        json = {};
    } else if (Status s = reader.open(json); !s) {
        return unreadable(s);
    }
    const qsizetype count =
        format == ImportFormat::TimelineJs ? webEvents.size() : reader.eventCount();

    // Actors and sources first, then the events, all in one transaction.
    Transaction tx(m_store.database());
    if (!tx.beginStatus()) {
        result.fatal = tx.beginStatus().message();
        return result;
    }
    if (Status s = m_store.saveActors(reader.actors()); !s) {
        result.fatal = s.message();
        return result;
    }
    if (!reader.source().key.isEmpty())
        if (Status s = m_store.saveSource(reader.source(), reader.sourceText()); !s) {
            result.fatal = s.message();
            return result;
        }
    for (qsizetype i = 0; i < reader.sourceCount(); ++i) {
        Source source;
        if (Status s = readSource(reader, i, &source); !s)
            return unreadable(s);
        if (Status s = m_store.saveSource(source.ref, source.body); !s) {
            result.fatal = s.message();
            return result;
        }
    }
    BulkInsert bulk(m_store.database());
    if (!bulk.status()) {
        result.fatal = bulk.status().message();
        return result;
    }
    DuplicateIndex duplicates(m_store, m_duplicateMemory);
    const bool bySignature = format == ImportFormat::TimelineJs;
    const qint64 total = in.totalBytes();
    Event read;
    for (qsizetype i = 0; i < count; ++i) {
        if (format != ImportFormat::TimelineJs) {
            // An export says exactly what is stored: no reference date there is none.
            if (Status s = reader.event(i, &read, reader.isExport()); !s) {
                bulk.cancel();
                return unreadable(s);
            }
        }
        const Event &event = format == ImportFormat::TimelineJs ? webEvents[i] : read;
        if (m_cancelled.load() || (m_progress && i % progressEvery == progressEvery - 1 &&
                                   !m_progress(total * i / count, total))) {
            bulk.cancel();
            result.cancelled = true;
            result.fatal = QCoreApplication::translate(
                "detente::Importer", "the import was cancelled; nothing was written");
            return result;
        }
        if (const QString why = invalidReason(event); !why.isEmpty()) {
            addProblem(result, {0, QCoreApplication::translate("detente::Importer", "event %1: %2")
                                       .arg(i + 1)
                                       .arg(why)});
            continue;
        }
        ++result.read;
        if (bySignature && duplicates.isDuplicate(event)) {
            ++result.duplicates;
            continue;
        }
        if (Status s = bulk.add(event); !s) {
            result.fatal = QCoreApplication::translate("detente::Importer", "event %1: %2")
                               .arg(i + 1)
                               .arg(s.message());
            return result;
        }
    }
    if (Status s = bulk.commit(); !s) {
        result.fatal = s.message();
        return result;
    }
    if (Status s = tx.commit(); !s) {
        result.fatal = s.message();
        return result;
    }
    if (m_progress)
        m_progress(total, total);
    result.inserted = bulk.added();
    result.duplicates += bulk.skipped();
    return result;
}

} // namespace detente
