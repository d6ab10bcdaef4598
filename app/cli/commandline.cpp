#include "commandline.h"

#include "appdatabase.h"
#include "ingest/dateresolver.h"
#include "ingest/extractor.h"
#include "ingest/gazetteer.h"
#include "io/articleimport.h"
#include "io/databasejson.h"
#include "io/dataexport.h"
#include "io/eventjson.h"
#include "io/importer.h"
#include "render/export.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "timeline/framelayout.h"
#include "timeline/sceneloader.h"
#include "timeline/timelinescene.h"
#include "timeline/viewsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace detente::cli {

namespace {

enum Exit { Ok = 0, Failure = 1, Usage = 2 };

constexpr int maxImageSide = 16384;

int fail(int code, const QString &message)
{
    QTextStream err(stderr);
    err << "detente: " << message << Qt::endl;
    return code;
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

/// Opens the database named by --db (which must exist), or the user's own (created and seeded
/// like the window does when it is missing).
Status openForCommand(Database &db, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db"))) {
        const QString path = parser.value(QStringLiteral("db"));
        return db.open(path, Database::OpenMode::ReadOnly);
    }
    return openAppDatabase(db, defaultDatabasePath(), true);
}

bool parseSize(const QCommandLineParser &parser, const QString &name, int fallback, int *out,
               QString *error)
{
    if (!parser.isSet(name)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < 16 || v > maxImageSide) {
        *error = QStringLiteral("bad --%1 \"%2\": expected a whole number of pixels from 16 to %3")
                     .arg(name, parser.value(name))
                     .arg(maxImageSide);
        return false;
    }
    *out = v;
    return true;
}

/// Takes "--between A B" out of the arguments (QCommandLineParser knows one value an option).
bool takeBetween(QStringList &args, std::optional<std::pair<QString, QString>> *between,
                 QString *error)
{
    const qsizetype at = args.indexOf(QStringLiteral("--between"));
    if (at < 0)
        return true;
    if (at + 2 >= args.size() || args[at + 1].startsWith(u'-') || args[at + 2].startsWith(u'-')) {
        *error = QStringLiteral("--between needs two actors: --between A B");
        return false;
    }
    *between = std::make_pair(args[at + 1], args[at + 2]);
    args.remove(at, 3);
    if (args.contains(QStringLiteral("--between"))) {
        *error = QStringLiteral("--between can be given once");
        return false;
    }
    return true;
}

bool parseNumber(const QCommandLineParser &parser, const QString &name, double low, double high,
                 double *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || v < low || v > high) {
        *error = QStringLiteral("bad --%1 \"%2\": expected a number from %3 to %4")
                     .arg(name, parser.value(name))
                     .arg(low)
                     .arg(high);
        return false;
    }
    *out = v;
    return true;
}

/// The filter options list, dump and export share (--between is taken out by takeBetween()).
void addFilterOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("First date (YYYY, YYYY-MM, YYYY-MM-DD)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last date."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("actor"),
                      QStringLiteral("Only events involving this actor (repeatable)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("kind"),
                      QStringLiteral("Only events of this kind (repeatable)."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("view"), QStringLiteral("A saved view's filters."),
                      QStringLiteral("NAME")});
}

/// The view an export shows: a saved view (--view) with the command line's filters on top.
/// Returns Ok, or an exit code with *error saying why.
int viewFromOptions(const QCommandLineParser &parser, const EventStore &store, const Database &db,
                    const std::optional<std::pair<QString, QString>> &between, ViewSettings *out,
                    QString *error)
{
    auto failWith = [error](int code, const QString &why) {
        *error = why;
        return code;
    };
    ViewSettings view;
    // A saved view first, then what the command line says on top of it.
    if (parser.isSet(QStringLiteral("view"))) {
        const QString name = parser.value(QStringLiteral("view"));
        const auto json = store.view(name);
        if (!json)
            return failWith(Failure,
                            QStringLiteral("no saved view \"%1\" in %2").arg(name, db.path()));
        const auto read = ViewSettings::fromJson(*json, error);
        if (!read)
            return failWith(Failure, QStringLiteral("saved view \"%1\": %2").arg(name, *error));
        view = *read;
    }
    if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))) {
        const auto from = parseUserInstant(parser.value(QStringLiteral("from")), false);
        const auto to = parseUserInstant(parser.value(QStringLiteral("to")), true);
        if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
            return failWith(Usage, QStringLiteral("--from and --to go together"));
        if (!from || !to)
            return failWith(Usage,
                            QStringLiteral("bad --from/--to: use YYYY, YYYY-MM or YYYY-MM-DD"));
        if (*to <= *from)
            return failWith(Usage, QStringLiteral("--to is before --from"));
        view.range = std::make_pair(*from, *to);
        view.filter.from = *from;
        view.filter.to = *to;
    }
    if (parser.isSet(QStringLiteral("actor")))
        view.filter.actors = parser.values(QStringLiteral("actor"));
    if (between)
        view.filter.between = between;
    if (parser.isSet(QStringLiteral("kind")))
        view.filter.kinds = parser.values(QStringLiteral("kind"));
    if (parser.isSet(QStringLiteral("color-by"))) {
        const auto c = colorByFromName(parser.value(QStringLiteral("color-by")));
        if (!c)
            return failWith(Usage,
                            QStringLiteral("bad --color-by \"%1\": actor, kind, quadclass or "
                                           "goldstein")
                                .arg(parser.value(QStringLiteral("color-by"))));
        view.colorBy = *c;
    }
    *out = view;
    return Ok;
}

/// Writes the events as data in `format`: every event, or what the filter options keep. JSON of
/// a whole database carries its sources, actors and links too. Into `out` whole or not at all;
/// to standard output when `out` is empty. A batch of events at a time either way, so memory
/// does not grow with the database.
/// Returns Ok, or an exit code with *error saying why.
int writeEventData(const QCommandLineParser &parser, const EventStore &store, const Database &db,
                   const std::optional<std::pair<QString, QString>> &between, DataFormat format,
                   const QString &out, QString *error)
{
    ViewSettings view;
    if (const int code = viewFromOptions(parser, store, db, between, &view, error); code != Ok)
        return code;
    const QString title = parser.value(QStringLiteral("title"));
    Status status;
    if (out.isEmpty()) {
        QFile output;
        if (!output.open(stdout, QIODevice::WriteOnly)) {
            *error =
                QStringLiteral("cannot write to standard output: %1").arg(output.errorString());
            return Failure;
        }
        status = exportEventData(store, view.filter, format, &output, title);
        if (status && !output.flush())
            status = Status::error(
                QStringLiteral("cannot write to standard output: %1").arg(output.errorString()));
    } else {
        status = exportEventDataToFile(store, view.filter, format, out, title);
    }
    if (!status) {
        *error = status.message();
        return Failure;
    }
    return Ok;
}

/// `export` to .csv or .json: the events themselves, for spreadsheets and the web.
int runDataExport(const QCommandLineParser &parser,
                  const std::optional<std::pair<QString, QString>> &between, const QString &out,
                  DataFormat format)
{
    if (QFileInfo::exists(out) && !parser.isSet(QStringLiteral("force")))
        return fail(Failure, QStringLiteral("%1 exists; use --force to overwrite it").arg(out));
    Database db;
    if (Status s = openForCommand(db, parser); !s)
        return fail(Failure, s.message());
    EventStore store(db);
    QString error;
    if (const int code = writeEventData(parser, store, db, between, format, out, &error);
        code != Ok)
        return fail(code, error);
    return Ok;
}

int runExport(const QStringList &arguments)
{
    QStringList args = arguments;
    std::optional<std::pair<QString, QString>> between;
    QString error;
    if (!takeBetween(args, &between, &error))
        return fail(Usage, error);
    QCommandLineParser parser;
    const auto option = [&](const char *name, const char *help, const char *value = nullptr) {
        parser.addOption(value ? QCommandLineOption(QLatin1String(name), QLatin1String(help),
                                                    QLatin1String(value))
                               : QCommandLineOption(QLatin1String(name), QLatin1String(help)));
    };
    option("db", "Database to read.", "PATH");
    option("out", "File to write: .png, .jpg, .svg or .pdf.", "FILE");
    option("width", "Width in pixels.", "W");
    option("height", "Height in pixels.", "H");
    option("scale", "Raster pixels per pixel (PNG, JPEG).", "S");
    option("color-by", "actor, kind, quadclass or goldstein.", "MODE");
    option("title", "A title above the timeline.", "TEXT");
    option("subtitle", "A line under the title (default: sources and export date).", "TEXT");
    option("theme", "light, dark or print.", "THEME");
    option("pages", "PDF: spread the range over N pages.", "N");
    option("page-size", "PDF: A4, A3, Letter or Legal.", "SIZE");
    option("portrait", "PDF: portrait pages (default landscape).");
    option("force", "Overwrite an existing file.");
    option("timelinejs", "With .json: TimelineJS's format, for publishing on the web.");
    addFilterOptions(parser); // the same filters as list and dump
    if (!parser.parse(args))
        return fail(Usage, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(
            Usage,
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(QStringLiteral("out")))
        return fail(Usage, QStringLiteral("export needs --out FILE"));
    const QString out = parser.value(QStringLiteral("out"));
    if (const auto data = dataFormatForPath(out, parser.isSet(QStringLiteral("timelinejs"))))
        return runDataExport(parser, between, out, *data);
    const auto format = exportFormatFor(out);
    if (!format)
        return fail(Usage, QStringLiteral("cannot tell the format from \"%1\" (use .png, .jpg, "
                                          ".svg or .pdf; .csv or .json for the data)")
                               .arg(out));
    int width = 0, height = 0;
    double scale = 1.0, pages = 1;
    if (!parseSize(parser, QStringLiteral("width"), 1920, &width, &error) ||
        !parseSize(parser, QStringLiteral("height"), 1080, &height, &error) ||
        !parseNumber(parser, QStringLiteral("scale"), 0.25, 8, &scale, &error) ||
        !parseNumber(parser, QStringLiteral("pages"), 1, 100, &pages, &error))
        return fail(Usage, error);
    if (pages != std::floor(pages))
        return fail(Usage, QStringLiteral("bad --pages: a whole number"));
    if (width * scale > maxExportPixels || height * scale > maxExportPixels)
        return fail(Usage, QStringLiteral("%1×%2 pixels at scale %3 is larger than %4 on a side")
                               .arg(width)
                               .arg(height)
                               .arg(scale)
                               .arg(maxExportPixels));
    ExportOptions options;
    if (parser.isSet(QStringLiteral("theme"))) {
        const auto theme = Theme::named(parser.value(QStringLiteral("theme")));
        if (!theme)
            return fail(Usage, QStringLiteral("bad --theme \"%1\": light, dark or print")
                                   .arg(parser.value(QStringLiteral("theme"))));
        options.render.theme = *theme;
    }
    if (parser.isSet(QStringLiteral("page-size"))) {
        const QString name = parser.value(QStringLiteral("page-size")).toLower();
        const std::pair<const char *, QPageSize::PageSizeId> sizes[] = {
            {"a4", QPageSize::A4},
            {"a3", QPageSize::A3},
            {"letter", QPageSize::Letter},
            {"legal", QPageSize::Legal}};
        const auto it = std::find_if(std::begin(sizes), std::end(sizes),
                                     [&](const auto &s) { return name == QLatin1String(s.first); });
        if (it == std::end(sizes))
            return fail(
                Usage, QStringLiteral("bad --page-size \"%1\": A4, A3, Letter or Legal").arg(name));
        options.pageSize = QPageSize(it->second);
    }
    if (parser.isSet(QStringLiteral("portrait")))
        options.orientation = QPageLayout::Portrait;
    if (QFileInfo::exists(out) && !parser.isSet(QStringLiteral("force")))
        return fail(Failure, QStringLiteral("%1 exists; use --force to overwrite it").arg(out));

    Database db;
    if (Status s = openForCommand(db, parser); !s)
        return fail(Failure, s.message());
    EventStore store(db);

    ViewSettings view;
    if (const int code = viewFromOptions(parser, store, db, between, &view, &error); code != Ok)
        return fail(code, error);
    TimelineScene scene;
    if (Status s = loadScene(store, view, &scene); !s)
        return fail(Failure, QStringLiteral("cannot read events: %1").arg(s.message()));

    options.size = QSize(width, height);
    options.scale = scale;
    options.pages = int(pages);
    options.range = view.range;
    options.render.colorBy = view.colorBy;
    options.title = parser.value(QStringLiteral("title"));
    options.subtitle = parser.isSet(QStringLiteral("subtitle"))
                           ? parser.value(QStringLiteral("subtitle"))
                           : (options.title.isEmpty() ? QString() : exportSubtitle(scene));
    if (Status s = exportTimeline(scene, options, out); !s)
        return fail(Failure, s.message());
    return Ok;
}

QString actorsText(const Event &e)
{
    const QString source = e.sourceActor(), target = e.targetActor();
    if (!target.isEmpty())
        return source + QStringLiteral(" → ") + target;
    return source;
}

/// Events for list and dump: everything, or what the filter options keep.
bool filteredEvents(const QCommandLineParser &parser, const EventStore &store, const Database &db,
                    const std::optional<std::pair<QString, QString>> &between, QList<Event> *events,
                    int *code, QString *error)
{
    ViewSettings view;
    if ((*code = viewFromOptions(parser, store, db, between, &view, error)) != Ok)
        return false;
    Status status;
    *events = store.events(view.filter, &status);
    if (!status) {
        *code = Failure;
        *error = QStringLiteral("cannot read events: %1").arg(status.message());
        return false;
    }
    return true;
}

int runList(const QStringList &arguments)
{
    QStringList args = arguments;
    std::optional<std::pair<QString, QString>> between;
    QString error;
    if (!takeBetween(args, &between, &error))
        return fail(Usage, error);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Database to read."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"events\":[…]} as JSON.")});
    addFilterOptions(parser);
    if (!parser.parse(args))
        return fail(Usage, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(
            Usage,
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    Database db;
    if (Status s = openForCommand(db, parser); !s)
        return fail(Failure, s.message());
    EventStore store(db);
    QList<Event> events;
    int code = Ok;
    if (!filteredEvents(parser, store, db, between, &events, &code, &error))
        return fail(code, error);
    if (parser.isSet(QStringLiteral("json"))) {
        writeOut(eventsToJson(events));
        return Ok;
    }
    QByteArray text;
    for (const Event &e : events) {
        const QString range = e.date.startText() == e.date.endText()
                                  ? e.date.startText()
                                  : e.date.startText() + QStringLiteral("..") + e.date.endText();
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(range, -22)
                    .arg(actorsText(e), -28)
                    .arg(e.kind, -18)
                    .arg(e.title)
                    .toUtf8();
    }
    writeOut(text);
    return Ok;
}

/// Reads an article file whole, as UTF-8 (a BOM is dropped).
bool readArticle(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (Status s = decodeArticle(file.readAll(), text); !s) {
        *error = QStringLiteral("%1: %2").arg(path, s.message());
        return false;
    }
    return true;
}

QString noPublishedDate()
{
    return QStringLiteral("--published YYYY-MM-DD is needed to resolve dates such as "
                          "\"on Thursday\" (the file does not state when it was published)");
}

/// Parses --published, which extraction needs to resolve relative dates.
bool publishedDate(const QCommandLineParser &parser, QDate *date, QString *error)
{
    if (!parser.isSet(QStringLiteral("published"))) {
        *error = noPublishedDate();
        return false;
    }
    *date = QDate::fromString(parser.value(QStringLiteral("published")), Qt::ISODate);
    if (!date->isValid()) {
        *error = QStringLiteral("bad --published \"%1\": expected YYYY-MM-DD")
                     .arg(parser.value(QStringLiteral("published")));
        return false;
    }
    return true;
}

/// Says on stderr which publication date is used when --published did not give it.
void noteDate(const QString &file, QDate date, const QString &where)
{
    QTextStream(stderr) << "detente: " << file << ": no --published given; using "
                        << date.toString(Qt::ISODate) << ", the publication date " << where
                        << Qt::endl;
}

/// Prints why the user's gazetteer file is not used, if it is not.
void warnGazetteer(const QString &warning)
{
    if (!warning.isEmpty())
        QTextStream(stderr) << "detente: " << warning << Qt::endl;
}

QList<ExtractedEvent> extractFromFile(const QCommandLineParser &parser, ArticleInput *article,
                                      int *code, QString *error)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        *code = Usage;
        *error = files.isEmpty() ? QStringLiteral("name one article file")
                                 : QStringLiteral("name only one article file");
        return {};
    }
    if (parser.isSet(QStringLiteral("published")) &&
        !publishedDate(parser, &article->published, error)) {
        *code = Usage;
        return {};
    }
    if (!readArticle(files.first(), &article->text, error)) {
        *code = Failure;
        return {};
    }
    article->title = parser.value(QStringLiteral("title"));
    article->url = parser.value(QStringLiteral("url"));
    // A "url: / published: / title:" header is no part of the text; the options win over it.
    const bool dated = article->published.isValid();
    applyArticleHeader(article);
    if (!dated && article->published.isValid()) {
        noteDate(files.first(), article->published, QStringLiteral("in the file's header"));
    } else if (!dated) {
        const auto stated = DateResolver::publicationDate(article->text, QDate::currentDate());
        if (!stated) {
            *code = Usage;
            *error = noPublishedDate();
            return {};
        }
        article->published = *stated;
        noteDate(files.first(), article->published, QStringLiteral("stated in the text"));
    }
    // The user's gazetteer, and the actors and aliases of the database --db names.
    Database db;
    std::optional<EventStore> store;
    if (parser.isSet(QStringLiteral("db"))) {
        if (Status s = db.open(parser.value(QStringLiteral("db")), Database::OpenMode::ReadOnly);
            !s) {
            *code = Failure;
            *error = s.message();
            return {};
        }
        store.emplace(db);
    }
    QString warning;
    const Gazetteer gazetteer = extractionGazetteer(store ? &*store : nullptr, &warning);
    warnGazetteer(warning);
    *code = Ok;
    return extractEvents(*article, gazetteer);
}

void addArticleOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("published"), QStringLiteral("Publication date."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("title"), QStringLiteral("The article's title."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("url"), QStringLiteral("Where the article was published."),
                      QStringLiteral("URL")});
}

int runExtract(const QStringList &args)
{
    QCommandLineParser parser;
    addArticleOptions(parser);
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Also find the actors and aliases of this database."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"events\":[…]} as JSON.")});
    if (!parser.parse(args))
        return fail(Usage, parser.errorText());
    ArticleInput article;
    int code = Ok;
    QString error;
    const QList<ExtractedEvent> found = extractFromFile(parser, &article, &code, &error);
    if (code != Ok)
        return fail(code, error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray events;
        for (const ExtractedEvent &x : found) {
            QJsonObject o = eventToJson(x.event);
            o[QStringLiteral("sentence")] = x.sentence;
            o[QStringLiteral("offsets")] =
                QJsonArray{qint64(x.sentenceBegin), qint64(x.sentenceEnd)};
            o[QStringLiteral("phrase_offsets")] =
                QJsonArray{qint64(x.phraseBegin), qint64(x.phraseEnd)};
            events.append(o);
        }
        writeOut(QJsonDocument(QJsonObject{{QStringLiteral("events"), events}})
                     .toJson(QJsonDocument::Indented));
        return Ok;
    }
    QByteArray text;
    for (const ExtractedEvent &x : found) {
        const Event &e = x.event;
        const QString range = e.date.startText() == e.date.endText()
                                  ? e.date.startText()
                                  : e.date.startText() + QStringLiteral("..") + e.date.endText();
        text += QStringLiteral("%1  %2  %3  \"%4\"  %5\n")
                    .arg(range, -22)
                    .arg(actorsText(e), -28)
                    .arg(e.kind, -18)
                    .arg(e.date.phrase(), e.confidenceName())
                    .toUtf8();
    }
    writeOut(text);
    return Ok;
}

/// `import`: event data files (GDELT, ICEWS, CSV, JSON) and articles, each file in one
/// transaction; every skipped line is listed in a log file, whose path the summary names.
int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database to add to (created when missing)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("gdelt, icews, csv, json, timelinejs or article (default: "
                                     "from the content)."),
                      QStringLiteral("FORMAT")});
    addArticleOptions(parser);
    if (!parser.parse(args))
        return fail(Usage, parser.errorText());
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(Usage, QStringLiteral("name the files to import"));
    ImportFormat format = ImportFormat::Auto;
    if (parser.isSet(QStringLiteral("format"))) {
        const QString name = parser.value(QStringLiteral("format")).toLower();
        const std::pair<const char *, ImportFormat> formats[] = {
            {"gdelt", ImportFormat::Gdelt},
            {"icews", ImportFormat::Icews},
            {"csv", ImportFormat::Csv},
            {"json", ImportFormat::DetenteJson},
            {"timelinejs", ImportFormat::TimelineJs},
            {"article", ImportFormat::Article}};
        const auto it = std::find_if(std::begin(formats), std::end(formats),
                                     [&](const auto &f) { return name == QLatin1String(f.first); });
        if (it == std::end(formats))
            return fail(Usage, QStringLiteral("bad --format \"%1\": gdelt, icews, csv, json, "
                                              "timelinejs or article")
                                   .arg(name));
        format = it->second;
    } else if (parser.isSet(QStringLiteral("published"))) {
        format = ImportFormat::Article; // only articles have a publication date
    }
    // An article's dates are resolved against its publication date: ask before anything runs.
    // --published, else the "published:" line of the file's header.
    ArticleInput article;
    QHash<QString, ArticleInput> articles; // by file
    for (const QString &file : files)
        if (format == ImportFormat::Article ||
            (format == ImportFormat::Auto &&
             (articleFileHeader(file) || Importer::detectFormat(file) == ImportFormat::Article)))
            articles.insert(file, {});
    if (!articles.isEmpty()) {
        QString error;
        if (parser.isSet(QStringLiteral("published")) &&
            !publishedDate(parser, &article.published, &error))
            return fail(Usage, error);
        if (files.size() > 1 && parser.isSet(QStringLiteral("published")))
            return fail(Usage, QStringLiteral("--published belongs to one article: import "
                                              "articles one at a time"));
        article.title = parser.value(QStringLiteral("title"));
        article.url = parser.value(QStringLiteral("url"));
        for (const QString &file : files) {
            if (!articles.contains(file))
                continue;
            ArticleInput &input = articles[file];
            input = article;
            if (input.published.isValid())
                continue;
            const auto header = articleFileHeader(file);
            if (!header || !header->published.isValid())
                return fail(Usage, articles.size() > 1
                                       ? QStringLiteral("%1: %2").arg(file, noPublishedDate())
                                       : noPublishedDate());
            input.published = header->published;
            noteDate(file, input.published, QStringLiteral("in the file's header"));
        }
    }
    Database db;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultDatabasePath();
    if (Status s = openAppDatabase(db, path, true, nullptr, !parser.isSet(QStringLiteral("db")));
        !s)
        return fail(Failure, s.message());
    if (db.isReadOnly())
        return fail(Failure, QStringLiteral("%1 is read-only").arg(path));
    EventStore store(db);
    int code = Ok;
    QTextStream err(stderr);
    QString warned; // a broken gazetteer is said once, not for every article
    for (const QString &file : files) {
        Importer importer(store);
        importer.setArticle(articles.value(file, article));
        importer.setLogPath(Importer::defaultLogPath(file));
        const ImportResult r =
            importer.importFile(file, articles.contains(file) ? ImportFormat::Article : format);
        if (!r.warning.isEmpty() && r.warning != warned)
            warnGazetteer(warned = r.warning);
        // What could not be read, by line, on stderr; the summary on stdout.
        for (qsizetype i = 0; i < std::min<qsizetype>(r.problems.size(), 20); ++i)
            err << "detente: " << file << ": " << r.problems[i].text() << Qt::endl;
        if (r.problemCount > 20)
            err << "detente: " << file << ": … and " << (r.problemCount - 20)
                << " more lines skipped" << Qt::endl;
        const QString log = r.logPath.isEmpty()
                                ? QString()
                                : QStringLiteral("; all skipped lines are listed in %1")
                                      .arg(QDir::toNativeSeparators(r.logPath));
        if (!r.isOk()) {
            fail(Failure, QStringLiteral("%1: %2; nothing was imported%3").arg(file, r.fatal, log));
            code = Failure;
            continue;
        }
        writeOut(QStringLiteral("imported %1 events from %2 (%3 duplicates skipped, %4 lines not "
                                "readable%5)\n")
                     .arg(r.inserted)
                     .arg(file)
                     .arg(r.duplicates)
                     .arg(r.problemCount)
                     .arg(log)
                     .toUtf8());
    }
    return code;
}

/// `dump`: the events as CSV, JSON or TimelineJS on standard output.
int runDump(const QStringList &arguments)
{
    QStringList args = arguments;
    std::optional<std::pair<QString, QString>> between;
    QString error;
    if (!takeBetween(args, &between, &error))
        return fail(Usage, error);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Database to read."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("csv, json or timelinejs."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("title"), QStringLiteral("TimelineJS: the timeline's title."),
                      QStringLiteral("TEXT")});
    addFilterOptions(parser);
    if (!parser.parse(args))
        return fail(Usage, parser.errorText());
    const QString name = parser.value(QStringLiteral("format")).toLower();
    const std::optional<DataFormat> format = name == u"csv"          ? DataFormat::Csv
                                             : name == u"json"       ? DataFormat::Json
                                             : name == u"timelinejs" ? DataFormat::TimelineJs
                                                                     : std::optional<DataFormat>();
    if (!format)
        return fail(Usage, QStringLiteral("dump needs --format csv, json or timelinejs"));
    Database db;
    if (Status s = openForCommand(db, parser); !s)
        return fail(Failure, s.message());
    EventStore store(db);
    if (const int code = writeEventData(parser, store, db, between, *format, QString(), &error);
        code != Ok)
        return fail(code, error);
    return Ok;
}

} // namespace

QString usage()
{
    return QStringLiteral(
               "Usage: detente [--db PATH]                 open the timeline window\n"
               "       detente FILE                        open that database in the window\n"
               "       detente list [--db PATH] [--json] [filters]   print the events\n"
               "       detente dump [--db PATH] --format csv|json|timelinejs [filters]\n"
               "                                           write the events as data to stdout\n"
               "         filters: [--from DATE --to DATE] [--actor NAME]... [--between A B] "
               "[--kind K]...\n"
               "                  [--view NAME]\n"
               "       detente export [--db PATH] --out FILE.png|jpg|svg|pdf [--width W] "
               "[--height H]\n"
               "              [--scale S] [--from DATE --to DATE] [--actor NAME]... "
               "[--between A B]\n"
               "              [--kind K]... [--color-by actor|kind|quadclass|goldstein] "
               "[--title TEXT]\n"
               "              [--subtitle TEXT] [--theme light|dark|print] [--pages N] "
               "[--page-size SIZE]\n"
               "              [--portrait] [--view NAME] [--force]\n"
               "                                           draw the timeline into a file\n"
               "       detente export [--db PATH] --out FILE.csv|FILE.json [--timelinejs] "
               "[filters]\n"
               "                                           write the events as data\n"
               "       detente extract [--published YYYY-MM-DD] [--title T] [--url U] [--db PATH] "
               "ARTICLE.txt [--json]\n"
               "                                           find the dated events of an article\n"
               "       detente import [--db PATH] [--format article] [--published YYYY-MM-DD] "
               "[--title T] [--url U]\n"
               "              ARTICLE.txt                  store an article and its events\n"
               "         Without --published, the date comes from the file's header\n"
               "         (\"url: …\", \"published: YYYY-MM-DD\", \"title: …\" lines, then a "
               "blank line)\n"
               "         or, for extract, from the text (\"Published: 26 April 2024\").\n"
               "         Actors are found with the bundled gazetteer, your own gazetteer file\n"
               "         %2\n"
               "         and, for extract --db, that database's actors and aliases.\n"
               "       detente import [--db PATH] [--format "
               "gdelt|icews|csv|json|timelinejs|article] "
               "FILE...\n"
               "                                           import event data (plain, .gz or "
               ".zip);\n"
               "                                           skipped lines are listed in a log file\n"
               "       detente --help | --version\n"
               "\n"
               "Without --db, the user's database is used (created with the bundled events when "
               "new):\n"
               "  %1\n"
               "With --db, list and export read an existing database and never change it; import\n"
               "creates it, empty, when it is missing.\n"
               "Exit status: 0 success, 1 failure, 2 bad usage.\n")
        .arg(defaultDatabasePath(), QDir::toNativeSeparators(Gazetteer::userFilePath()));
}

bool isHeadless(int argc, char **argv)
{
    if (argc < 2)
        return false;
    // Any command word (export, list, or an unknown one to report) runs without a window.
    if (argv[1][0] != '-')
        return true;
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"--help", "-h", "--version", "-v"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

int run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        writeOut(usage().toUtf8());
        return Ok;
    }
    if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
        writeOut(
            QStringLiteral("detente %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        return Ok;
    }
    if (args.isEmpty())
        return fail(Usage, QStringLiteral("no command; see detente --help"));
    // QCommandLineParser expects the program name first.
    const QStringList rest = QStringList{arguments.first()} + args.mid(1);
    if (args.first() == u"export")
        return runExport(rest);
    if (args.first() == u"list")
        return runList(rest);
    if (args.first() == u"extract")
        return runExtract(rest);
    if (args.first() == u"import")
        return runImport(rest);
    if (args.first() == u"dump")
        return runDump(rest);
    return fail(Usage,
                QStringLiteral("unknown command \"%1\"; see detente --help").arg(args.first()));
}

} // namespace detente::cli
