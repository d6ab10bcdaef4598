#include "fuzztargets.h"

#include "ingest/dateresolver.h"
#include "ingest/extractor.h"
#include "ingest/gazetteer.h"
#include "io/databasejson.h"
#include "io/eventjson.h"
#include "io/importer.h"
#include "io/timelinejs.h"
#include "storage/database.h"
#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>
#include <cstring>

namespace detente::fuzz {

namespace {

const QDate published(2024, 4, 26);

/// A file of this process for the input (the parsers read files, as the importer does).
QString scratchPath(const char *suffix)
{
    return QDir::temp().filePath(QStringLiteral("detente-fuzz-%1-%2")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(QLatin1String(suffix)));
}

bool writeScratch(const QString &path, const std::uint8_t *data, std::size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size);
}

/// One in-memory database for the whole run; each import is rolled back by an outer
/// transaction, so every input meets the same empty store.
EventStore &scratchStore()
{
    static Database db;
    static EventStore *store = [] {
        if (!db.open(QStringLiteral(":memory:")).isOk())
            std::abort();
        return new EventStore(db);
    }();
    return *store;
}

int importAs(ImportFormat format, const std::uint8_t *data, std::size_t size)
{
    static const QString path = scratchPath("import");
    if (!writeScratch(path, data, size))
        return 0;
    EventStore &store = scratchStore();
    Transaction outer(store.database());
    Importer importer(store);
    const ImportResult r = importer.importFile(path, format);
    (void)r.problems.size();
    return 0; // ~outer rolls back
}

int fuzzGdelt(const std::uint8_t *data, std::size_t size)
{
    return importAs(ImportFormat::Gdelt, data, size);
}

int fuzzIcews(const std::uint8_t *data, std::size_t size)
{
    return importAs(ImportFormat::Icews, data, size);
}

int fuzzCsv(const std::uint8_t *data, std::size_t size)
{
    return importAs(ImportFormat::Csv, data, size);
}

int fuzzJson(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    EventDocument document;
    (void)readEventDocument(json, &document);
    // The document is read an event at a time through a scanner of its own: whatever the JSON
    // parser reads as an object with an "events" array, the scanner must find the same events
    // (the reader may still refuse what it holds, such as an actor without a name).
    QJsonParseError error;
    const QJsonDocument whole = QJsonDocument::fromJson(json, &error);
    const QJsonValue events = whole.object().value(QLatin1String("events"));
    EventDocumentReader reader;
    const Status opened = reader.open(json);
    if (error.error == QJsonParseError::NoError && whole.isObject() && events.isArray() &&
        (opened ? reader.eventCount() != events.toArray().size()
                : opened.message().startsWith(QLatin1String("not valid JSON"))))
        std::abort();
    return importAs(ImportFormat::DetenteJson, data, size);
}

int fuzzTimelineJs(const std::uint8_t *data, std::size_t size)
{
    return importAs(ImportFormat::TimelineJs, data, size);
}

int fuzzDateResolver(const std::uint8_t *data, std::size_t size)
{
    // Each line is one sentence of an article; a line starting with "\f" starts a paragraph.
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    DateResolver resolver(published);
    (void)DateResolver::dateline(text, published);
    int paragraph = 0;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u'\f'))
            ++paragraph;
        for (const DateMatch &m : resolver.find(line, paragraph))
            (void)m;
    }
    return 0;
}

int fuzzExtractor(const std::uint8_t *data, std::size_t size)
{
    ArticleInput article;
    article.text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    article.published = published;
    for (const ExtractedEvent &e : extractEvents(article, Gazetteer::builtin()))
        (void)eventToJson(e.event);
    return 0;
}

int fuzzDatabase(const std::uint8_t *data, std::size_t size)
{
    static const QString path = scratchPath("db.sqlite");
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    if (!writeScratch(path, data, size))
        return 0;
    Database db;
    // Existing: an older file is upgraded in place (on this copy), the path users take.
    if (!db.open(path, Database::OpenMode::Existing).isOk())
        return 0;
    EventStore store(db);
    (void)store.allEvents();
    (void)store.actorCounts();
    (void)store.kindCounts();
    (void)store.extent();
    for (const QString &name : store.viewNames())
        (void)store.view(name);
    return 0;
}

const Target allTargets[] = {
    {"gdelt", fuzzGdelt},
    {"icews", fuzzIcews},
    {"csv", fuzzCsv},
    {"json", fuzzJson},
    {"timelinejs", fuzzTimelineJs},
    {"dateresolver", fuzzDateResolver},
    {"extractor", fuzzExtractor},
    {"database", fuzzDatabase},
};

} // namespace

const Target *targets(std::size_t *count)
{
    *count = std::size(allTargets);
    return allTargets;
}

TargetFunction target(const char *name)
{
    for (const Target &t : allTargets)
        if (std::strcmp(t.name, name) == 0)
            return t.run;
    return nullptr;
}

} // namespace detente::fuzz
