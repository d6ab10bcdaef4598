#include "appdatabase.h"
#include "io/eventjson.h"
#include "render/export.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"
#include "timeline/framelayout.h"
#include "timeline/sceneloader.h"
#include "timeline/viewsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

using namespace detente;
using detente::test::TempDir;

namespace {
using Run = test::ProgramRun;

Run runDetente(const QStringList &args, const QString &home)
{
    Run run = test::runProgram(args, home);
    REQUIRE(run.exitCode != -1); // finished, without crashing
    return run;
}

QString seededDatabase(const TempDir &tmp)
{
    const QString path = tmp.path("seed.sqlite");
    Database db;
    REQUIRE(openAppDatabase(db, path, true).isOk());
    return path;
}

int lines(const QByteArray &text)
{
    return int(text.trimmed().split('\n').size());
}
} // namespace

TEST_CASE("export writes a PNG of the requested size without a display", "[cli]")
{
    TempDir tmp;
    const QString db = seededDatabase(tmp);
    const QString out = tmp.path("timeline.png");
    const Run r =
        runDetente({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                    out, QStringLiteral("--width"), QStringLiteral("1280"),
                    QStringLiteral("--height"), QStringLiteral("720")},
                   tmp.path("home"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QImage image(out);
    CHECK(image.size() == QSize(1280, 720));

    SECTION("and refuses to overwrite it without --force")
    {
        const QByteArray before = detente::test::readFile(out);
        const Run again = runDetente(
            {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out},
            tmp.path("home"));
        CHECK(again.exitCode == 1);
        CHECK(
            again.err ==
            QStringLiteral("detente: %1 exists; use --force to overwrite it\n").arg(out).toUtf8());
        CHECK(detente::test::readFile(out) == before);
        const Run forced = runDetente({QStringLiteral("export"), QStringLiteral("--db"), db,
                                       QStringLiteral("--out"), out, QStringLiteral("--width"),
                                       QStringLiteral("640"), QStringLiteral("--force")},
                                      tmp.path("home"));
        CHECK(forced.exitCode == 0);
        CHECK(QImage(out).size() == QSize(640, 1080));
    }
}

TEST_CASE("the exported picture is the window's fit-all frame", "[cli]")
{
    TempDir tmp;
    const QString db = seededDatabase(tmp);
    const QString out = tmp.path("a.png");
    REQUIRE(runDetente({QStringLiteral("export"), QStringLiteral("--db"), db,
                        QStringLiteral("--out"), out, QStringLiteral("--width"),
                        QStringLiteral("900"), QStringLiteral("--height"), QStringLiteral("500")},
                       tmp.path("home"))
                .exitCode == 0);
    Database database;
    REQUIRE(database.open(db, Database::OpenMode::ReadOnly).isOk());
    EventStore store(database);
    TimelineScene scene;
    scene.setEvents(store.allEvents(), store.actors());
    const QImage expected = renderImage(scene, fitAllScale(scene, 900), QSize(900, 500))
                                .convertToFormat(QImage::Format_ARGB32);
    CHECK(QImage(out).convertToFormat(QImage::Format_ARGB32) == expected);
}

TEST_CASE("list --json prints every event in the project's shape", "[cli]")
{
    TempDir tmp;
    const QString db = seededDatabase(tmp);
    const Run r =
        runDetente({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                   tmp.path("home"));
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray events = doc.object().value(QStringLiteral("events")).toArray();
    REQUIRE(events.size() == 9);
    for (const QJsonValue &v : events) {
        const QJsonObject o = v.toObject();
        for (const char *field : {"id", "title", "summary", "start", "end", "precision", "phrase",
                                  "kind", "actors", "persons", "quote", "offsets"})
            CHECK(o.contains(QLatin1String(field)));
    }
    // Round trip: what is printed reads back to what is stored.
    Database database;
    REQUIRE(database.open(db, Database::OpenMode::ReadOnly).isOk());
    EventStore store(database);
    const QList<Event> stored = store.allEvents();
    for (qsizetype i = 0; i < events.size(); ++i) {
        Event e;
        QString why;
        REQUIRE(eventFromJson(events[i].toObject(), &e, &why));
        CHECK(e == stored[i]);
    }
    QJsonObject briefing;
    for (const QJsonValue &v : events)
        if (v.toObject().value(QStringLiteral("key")).toString() == QStringLiteral("seed-briefing"))
            briefing = v.toObject();
    CHECK(briefing.value(QStringLiteral("start")).toString() == QStringLiteral("2024-04-26"));
    CHECK(briefing.value(QStringLiteral("persons")).toArray().first().toObject() ==
          QJsonObject{{QStringLiteral("name"), QStringLiteral("Wang Wenbin")},
                      {QStringLiteral("for"), QStringLiteral("China")}});
}

TEST_CASE("failed commands say why in one line and create nothing", "[cli]")
{
    TempDir tmp;
    const QString home = tmp.path("home");
    SECTION("a missing database")
    {
        const QString missing = tmp.path("missing.sqlite");
        const Run r = runDetente({QStringLiteral("export"), QStringLiteral("--db"), missing,
                                  QStringLiteral("--out"), tmp.path("x.png")},
                                 home);
        CHECK(r.exitCode == 1);
        CHECK(r.err == QStringLiteral("detente: database not found: %1\n").arg(missing).toUtf8());
        CHECK_FALSE(QFile::exists(missing));
        CHECK_FALSE(QFile::exists(tmp.path("x.png")));
        const Run l = runDetente({QStringLiteral("list"), QStringLiteral("--db"), missing}, home);
        CHECK(l.exitCode == 1);
        CHECK(lines(l.err) == 1);
        CHECK_FALSE(QFile::exists(missing));
    }
    SECTION("a file that is not a database")
    {
        const QString notes = tmp.path("notes.txt");
        REQUIRE(detente::test::writeFile(notes, "hello\n"));
        const Run r = runDetente({QStringLiteral("list"), QStringLiteral("--db"), notes}, home);
        CHECK(r.exitCode == 1);
        CHECK(lines(r.err) == 1);
        CHECK(detente::test::readFile(notes) == "hello\n");
    }
    SECTION("an unwritable output")
    {
        const QString db = seededDatabase(tmp);
        const Run r = runDetente({QStringLiteral("export"), QStringLiteral("--db"), db,
                                  QStringLiteral("--out"), tmp.path("no/such/dir/x.png")},
                                 home);
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith("detente: cannot write "));
        CHECK(lines(r.err) == 1);
    }
    SECTION("bad sizes and unknown options")
    {
        const QString db = seededDatabase(tmp);
        for (const QStringList &args :
             {QStringList{QStringLiteral("--width"), QStringLiteral("0")},
              QStringList{QStringLiteral("--height"), QStringLiteral("huge")},
              QStringList{QStringLiteral("--colour"), QStringLiteral("red")}}) {
            const Run r = runDetente(QStringList{QStringLiteral("export"), QStringLiteral("--db"),
                                                 db, QStringLiteral("--out"), tmp.path("x.png")} +
                                         args,
                                     home);
            INFO(args.join(u' ').toStdString());
            CHECK(r.exitCode == 2);
            CHECK(lines(r.err) == 1);
            CHECK(r.err.startsWith("detente: "));
            CHECK_FALSE(QFile::exists(tmp.path("x.png")));
        }
        CHECK(runDetente({QStringLiteral("frobnicate")}, home).exitCode == 2);
    }
    // Nothing was created in the user's folders either.
    CHECK_FALSE(QFile::exists(home + QStringLiteral("/data/detente/detente.sqlite")));
}

TEST_CASE("--help and --version answer without a display", "[cli]")
{
    TempDir tmp;
    const Run help = runDetente({QStringLiteral("--help")}, tmp.path("home"));
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("detente export"));
    CHECK(help.out.contains("detente list"));
    const Run version = runDetente({QStringLiteral("--version")}, tmp.path("home"));
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith("detente "));
}

namespace {
/// The seed article's body, written to a file as a user would save it.
QString seedArticleFile(const TempDir &tmp)
{
    const QString path = tmp.path("article.txt");
    Database db;
    REQUIRE(openAppDatabase(db, tmp.path("seed-for-text.sqlite"), true).isOk());
    EventStore store(db);
    const auto source = store.source(QStringLiteral("seed:beijing-blames-nato"));
    REQUIRE(source.has_value());
    REQUIRE(detente::test::writeFile(path, source->body.toUtf8()));
    return path;
}
} // namespace

TEST_CASE("extract prints the article's dated events as JSON and nothing else", "[cli][ingest]")
{
    TempDir tmp;
    const QString article = seedArticleFile(tmp);
    const Run r = runDetente({QStringLiteral("extract"), QStringLiteral("--published"),
                              QStringLiteral("2024-04-26"), article, QStringLiteral("--json")},
                             tmp.path("home"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonArray events =
        QJsonDocument::fromJson(r.out, &error).object().value(QStringLiteral("events")).toArray();
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(events.size() >= 9);
    const QString text = QString::fromUtf8(detente::test::readFile(article));
    QStringList starts;
    for (const QJsonValue &v : events) {
        const QJsonObject o = v.toObject();
        for (const char *field : {"phrase", "precision", "confidence", "attributed_to", "sentence",
                                  "offsets", "start", "end"})
            CHECK(o.contains(QLatin1String(field)));
        const QJsonArray offsets = o.value(QStringLiteral("offsets")).toArray();
        CHECK(text.mid(offsets[0].toInt(), offsets[1].toInt() - offsets[0].toInt()) ==
              o.value(QStringLiteral("sentence")).toString());
        starts << o.value(QStringLiteral("start")).toString();
    }
    CHECK(starts.contains(QStringLiteral("2024-04-25"))); // "On Thursday"
    CHECK(starts.contains(QStringLiteral("2024-04-23"))); // "On Tuesday"
    CHECK(starts.contains(QStringLiteral("2023-01-01"))); // "in early 2023"
}

TEST_CASE("import stores the article and its events once", "[cli][ingest]")
{
    TempDir tmp;
    const QString article = seedArticleFile(tmp);
    const QString db = tmp.path("imported.sqlite");
    {
        Database database;
        REQUIRE(database.open(db).isOk()); // an empty database
    }
    const QStringList args{QStringLiteral("import"),
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("--published"),
                           QStringLiteral("2024-04-26"),
                           QStringLiteral("--title"),
                           QStringLiteral("Beijing blames NATO"),
                           article};
    const Run r = runDetente(args, tmp.path("home"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith("imported "));
    Database database;
    REQUIRE(database.open(db, Database::OpenMode::ReadOnly).isOk());
    EventStore store(database);
    const QList<Event> events = store.allEvents();
    REQUIRE(events.size() >= 9);
    for (const Event &e : events) {
        CHECK(e.source.title == QStringLiteral("Beijing blames NATO"));
        CHECK(e.source.published == QDate(2024, 4, 26));
    }
    const auto source = store.source(events.first().source.key);
    REQUIRE(source.has_value());
    CHECK(source->body == QString::fromUtf8(detente::test::readFile(article)));
    database.close();
    const QByteArray before = detente::test::readFile(db);
    const Run again = runDetente(args, tmp.path("home"));
    CHECK(again.exitCode == 1);
    CHECK(again.err == (QStringLiteral("detente: %1: this article is in the database already; "
                                       "nothing was imported\n")
                            .arg(article)
                            .toUtf8()));
    CHECK(detente::test::readFile(db) == before);
    const Run noDate = runDetente({QStringLiteral("extract"), article}, tmp.path("home"));
    CHECK(noDate.exitCode == 2);
    CHECK(lines(noDate.err) == 1);
}

TEST_CASE("a filtered export holds only the chosen actors' events", "[cli][export]")
{
    TempDir tmp;
    const QString db = seededDatabase(tmp);
    const QString out = tmp.path("russia.svg");
    const Run r =
        runDetente({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                    out, QStringLiteral("--actor"), QStringLiteral("Russia"),
                    QStringLiteral("--width"), QStringLiteral("2400")},
                   tmp.path("home"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString svg = QString::fromUtf8(detente::test::readFile(out));
    CHECK(svg.contains(QStringLiteral("Moscow claims Ukrainian losses")));
    CHECK(svg.contains(QStringLiteral("Hostilities in Ukraine begin")));
    CHECK_FALSE(svg.contains(QStringLiteral("Blinken visits Beijing")));
    CHECK_FALSE(svg.contains(QStringLiteral("China proposes a roadmap")));
    // The exchanges between two actors, in either direction.
    const QString pair = tmp.path("pair.svg");
    REQUIRE(
        runDetente({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                    pair, QStringLiteral("--between"), QStringLiteral("China"),
                    QStringLiteral("NATO"), QStringLiteral("--width"), QStringLiteral("2400")},
                   tmp.path("home"))
            .exitCode == 0);
    const QString exchange = QString::fromUtf8(detente::test::readFile(pair));
    CHECK(exchange.contains(QStringLiteral("Stoltenberg accuses China")));
    CHECK(exchange.contains(QStringLiteral("China blames NATO")));
    CHECK_FALSE(exchange.contains(QStringLiteral("Moscow claims")));
}

TEST_CASE("an export of a saved view is the picture the view's settings give", "[cli][export]")
{
    TempDir tmp;
    const QString db = seededDatabase(tmp);
    ViewSettings view;
    view.filter.actors = {QStringLiteral("China"), QStringLiteral("NATO")};
    view.range = std::make_pair(dayStartMs(QDate(2024, 4, 20)), dayStartMs(QDate(2024, 4, 30)));
    view.colorBy = ColorBy::QuadClass;
    {
        Database database;
        REQUIRE(database.open(db).isOk());
        REQUIRE(
            EventStore(database).saveView(QStringLiteral("China and NATO"), view.toJson()).isOk());
    }
    const QString out = tmp.path("view.png");
    const Run r = runDetente(
        {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out,
         QStringLiteral("--view"), QStringLiteral("China and NATO"), QStringLiteral("--width"),
         QStringLiteral("1000"), QStringLiteral("--height"), QStringLiteral("400")},
        tmp.path("home"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // The window's export path: the same view through the same loader and renderer.
    Database database;
    REQUIRE(database.open(db, Database::OpenMode::ReadOnly).isOk());
    EventStore store(database);
    const auto saved =
        ViewSettings::fromJson(*store.view(QStringLiteral("China and NATO")), nullptr);
    REQUIRE(saved);
    TimelineScene scene;
    REQUIRE(loadScene(store, *saved, &scene).isOk());
    ExportOptions options;
    options.size = QSize(1000, 400);
    options.range = saved->range;
    options.render.colorBy = saved->colorBy;
    const QImage expected = renderExport(scene, options).convertToFormat(QImage::Format_RGB32);
    CHECK(QImage(out).convertToFormat(QImage::Format_RGB32) == expected);
    const Run missing =
        runDetente({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                    tmp.path("none.png"), QStringLiteral("--view"), QStringLiteral("Nope")},
                   tmp.path("home"));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.startsWith("detente: no saved view \"Nope\""));
}

TEST_CASE("import reads event data files; export writes them back as data", "[cli][io]")
{
    TempDir tmp;
    const QString db = tmp.path("data.sqlite");
    const QString csv = tmp.path("in.csv");
    REQUIRE(detente::test::writeFile(
        csv, "start,title,source actor,target actor,kind,cameo code\n"
             "2024-04-25,NATO accuses China,NATO,China,accusation,0112\n"
             "2024-13-01,A bad date,NATO,China,statement,010\n"
             "2024-04-26,China rejects the claim,China,NATO,rejection/denial,0120\n"));
    const Run r =
        runDetente({QStringLiteral("import"), QStringLiteral("--db"), db, csv}, tmp.path("home"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith("imported 2 events from "));
    CHECK(r.err.contains("line 3")); // the bad row, by its line
    CHECK(lines(r.err) == 1);
    // The summary names the log that lists every skipped line; it is in the cache folder.
    const QByteArray marker = "all skipped lines are listed in ";
    REQUIRE(r.out.contains(marker));
    const QString log =
        QString::fromUtf8(r.out.mid(r.out.indexOf(marker) + marker.size())).section(u')', 0, 0);
    CHECK(log.startsWith(tmp.path("home/cache/")));
    CHECK(detente::test::readFile(log) == "line 3: start \"2024-13-01\" is not a date\n");
    {
        Database database;
        REQUIRE(database.open(db, Database::OpenMode::ReadOnly).isOk());
        const QList<Event> events = EventStore(database).allEvents();
        REQUIRE(events.size() == 2); // a new database given with --db is not seeded
        CHECK(events.first().cameoCode == QStringLiteral("0112"));
    }
    // A file that is not event data: one line, nothing written.
    const QString notes = tmp.path("notes.md");
    REQUIRE(detente::test::writeFile(notes, "# Notes\nnothing to import\n"));
    const QByteArray before = detente::test::readFile(db);
    const Run bad =
        runDetente({QStringLiteral("import"), QStringLiteral("--db"), db, notes}, tmp.path("home"));
    CHECK(bad.exitCode == 1);
    CHECK(lines(bad.err) == 1);
    CHECK(bad.err.contains("nothing was imported"));
    // Back out as CSV (formula guard included) and as TimelineJS.
    const QString out = tmp.path("out.csv");
    REQUIRE(runDetente({QStringLiteral("export"), QStringLiteral("--db"), db,
                        QStringLiteral("--out"), out},
                       tmp.path("home"))
                .exitCode == 0);
    const QString text = QString::fromUtf8(detente::test::readFile(out));
    CHECK(text.contains(QStringLiteral("NATO accuses China")));
    CHECK(text.contains(QStringLiteral("0112")));
    const QString web = tmp.path("timeline.json");
    REQUIRE(runDetente({QStringLiteral("export"), QStringLiteral("--db"), db,
                        QStringLiteral("--out"), web, QStringLiteral("--timelinejs")},
                       tmp.path("home"))
                .exitCode == 0);
    QJsonParseError error;
    const QJsonObject timeline =
        QJsonDocument::fromJson(detente::test::readFile(web), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(timeline.value(QStringLiteral("events")).toArray().size() == 2);
    if (const QString shared = detente::test::sharedDir(); !shared.isEmpty()) {
        const Run gdelt = runDetente(
            {QStringLiteral("import"), QStringLiteral("--db"), db,
             shared +
                 QStringLiteral("/data/events/gdelt1/reed9999_gdelt-demo_events_v1_710rows.csv")},
            tmp.path("home"));
        CHECK(gdelt.exitCode == 0);
        CHECK(gdelt.out.contains("imported 708 events"));
    }
}

TEST_CASE("list and dump take the same filters as export", "[cli][io]")
{
    TempDir tmp;
    const QString db = seededDatabase(tmp);
    const Run list =
        runDetente({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                    QStringLiteral("--between"), QStringLiteral("China"), QStringLiteral("NATO")},
                   tmp.path("home"));
    REQUIRE(list.exitCode == 0);
    QStringList titles;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(list.out).object().value(QStringLiteral("events")).toArray())
        titles << v.toObject().value(QStringLiteral("title")).toString();
    CHECK(titles ==
          QStringList{QStringLiteral("Russia imported 90% of its microelectronics from China"),
                      QStringLiteral("Stoltenberg accuses China of fuelling Russia's war"),
                      QStringLiteral("China blames NATO for the Ukraine conflict")});
    const Run csv =
        runDetente({QStringLiteral("dump"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--from"), QStringLiteral("2024-04-26"),
                    QStringLiteral("--to"), QStringLiteral("2024-04-26")},
                   tmp.path("home"));
    REQUIRE(csv.exitCode == 0);
    CHECK(lines(csv.out) == 4); // the header and the three events of Friday 26 April
    const Run json = runDetente({QStringLiteral("dump"), QStringLiteral("--db"), db,
                                 QStringLiteral("--format"), QStringLiteral("json")},
                                tmp.path("home"));
    REQUIRE(json.exitCode == 0);
    const QJsonObject whole = QJsonDocument::fromJson(json.out).object();
    CHECK(whole.value(QStringLiteral("events")).toArray().size() == 9);
    CHECK_FALSE(whole.value(QStringLiteral("actors")).toArray().isEmpty());
    CHECK(runDetente({QStringLiteral("dump"), QStringLiteral("--db"), db}, tmp.path("home"))
              .exitCode == 2);
}

TEST_CASE("import --format article and sniffing share one path with the data formats",
          "[cli][ingest]")
{
    TempDir tmp;
    const QString db = tmp.path("articles.sqlite");
    const QString article = QStringLiteral(DETENTE_TEST_DATA "/io/article.txt");
    // Recognised as an article by its prose: the publication date is asked for first.
    const Run noDate = runDetente({QStringLiteral("import"), QStringLiteral("--db"), db, article},
                                  tmp.path("home"));
    CHECK(noDate.exitCode == 2);
    CHECK(noDate.err.contains("--published YYYY-MM-DD is needed"));
    CHECK_FALSE(QFile::exists(db));
    const Run r = runDetente(
        {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
         QStringLiteral("article"), QStringLiteral("--published"), QStringLiteral("2024-04-26"),
         QStringLiteral("--url"), QStringLiteral("https://example.org/a"), article},
        tmp.path("home"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith("imported "));
    {
        Database database;
        REQUIRE(database.open(db, Database::OpenMode::ReadOnly).isOk());
        EventStore store(database);
        CHECK(store.hasSource(QStringLiteral("https://example.org/a")));
        CHECK(store.eventCount() >= 2);
    }
    // A data file is data whatever its name says.
    const QString csv = tmp.path("events.txt");
    REQUIRE(detente::test::writeFile(csv, "start,title,source actor\n"
                                          "2024-04-25,NATO meets,NATO\n"));
    const Run data =
        runDetente({QStringLiteral("import"), QStringLiteral("--db"), db, csv}, tmp.path("home"));
    CHECK(data.exitCode == 0);
    CHECK(data.out.startsWith("imported 1 events from "));
    const Run bad = runDetente({QStringLiteral("import"), QStringLiteral("--db"), db,
                                QStringLiteral("--format"), QStringLiteral("word"), csv},
                               tmp.path("home"));
    CHECK(bad.exitCode == 2);
    CHECK(bad.err ==
          "detente: bad --format \"word\": gdelt, icews, csv, json, timelinejs or article\n");
}

TEST_CASE("list, dump and export read the same filters", "[cli][io]")
{
    TempDir tmp;
    const QString db = seededDatabase(tmp);
    const QStringList filters{QStringLiteral("--kind"), QStringLiteral("accusation"),
                              QStringLiteral("--between"), QStringLiteral("China"),
                              QStringLiteral("NATO")};
    const Run list = runDetente(
        QStringList{QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")} +
            filters,
        tmp.path("home"));
    REQUIRE(list.exitCode == 0);
    const QJsonArray listed =
        QJsonDocument::fromJson(list.out).object().value(QStringLiteral("events")).toArray();
    REQUIRE(listed.size() >= 1);
    for (const QJsonValue &v : listed)
        CHECK(v.toObject().value(QStringLiteral("kind")).toString() ==
              QStringLiteral("accusation"));
    const Run dump = runDetente(QStringList{QStringLiteral("dump"), QStringLiteral("--db"), db,
                                            QStringLiteral("--format"), QStringLiteral("json")} +
                                    filters,
                                tmp.path("home"));
    REQUIRE(dump.exitCode == 0);
    const QString out = tmp.path("filtered.json");
    const Run exported = runDetente(QStringList{QStringLiteral("export"), QStringLiteral("--db"),
                                                db, QStringLiteral("--out"), out} +
                                        filters,
                                    tmp.path("home"));
    REQUIRE(exported.exitCode == 0);
    // The three give the same events.
    CHECK(dump.out == list.out);
    CHECK(detente::test::readFile(out) == list.out);
    // And refuse the same bad filter the same way.
    for (const char *command : {"list", "dump", "export"}) {
        QStringList args{QString::fromLatin1(command), QStringLiteral("--db"), db,
                         QStringLiteral("--from"), QStringLiteral("2024-05")};
        if (args.first() == u"dump")
            args << QStringLiteral("--format") << QStringLiteral("csv");
        if (args.first() == u"export")
            args << QStringLiteral("--out") << tmp.path("x.csv");
        const Run r = runDetente(args, tmp.path("home"));
        INFO(command);
        CHECK(r.exitCode == 2);
        CHECK(r.err == "detente: --from and --to go together\n");
    }
}

namespace {
const char *const kHeaderArticle =
    "url: https://example.org/china-urges-nato\n"
    "published: 2024-06-18\n"
    "title: China urges NATO to stop shifting blame\n"
    "\n"
    "China on Tuesday urged NATO to stop shifting blame over the Ukraine war.\n"
    "NATO chief Jens Stoltenberg accused Beijing on Monday of fuelling the conflict.\n";

QJsonArray extractedEvents(const Run &r)
{
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("events")).toArray();
}

QStringList starts(const QJsonArray &events)
{
    QStringList out;
    for (const QJsonValue &v : events)
        out << v.toObject().value(QStringLiteral("start")).toString();
    return out;
}
} // namespace

TEST_CASE("extract and import read an article file's header; the options win", "[cli][article]")
{
    TempDir tmp;
    const QString article = tmp.path("05-china.txt");
    REQUIRE(detente::test::writeFile(article, kHeaderArticle));
    const QString body = QString::fromUtf8(kHeaderArticle).section(QStringLiteral("\n\n"), 1);

    // extract: the header's date, said on stderr; offsets count in the body.
    const Run r = runDetente({QStringLiteral("extract"), article, QStringLiteral("--json")},
                             tmp.path("home"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(lines(r.err) == 1);
    CHECK(r.err.contains("2024-06-18"));
    CHECK(r.err.contains("header"));
    const QJsonArray events = extractedEvents(r);
    REQUIRE(events.size() == 2);
    CHECK(starts(events) ==
          QStringList{QStringLiteral("2024-06-18"), QStringLiteral("2024-06-17")});
    for (const QJsonValue &v : events) {
        const QJsonObject o = v.toObject();
        const QJsonArray offsets = o.value(QStringLiteral("offsets")).toArray();
        CHECK(body.mid(offsets[0].toInt(), offsets[1].toInt() - offsets[0].toInt()) ==
              o.value(QStringLiteral("sentence")).toString());
        CHECK_FALSE(o.value(QStringLiteral("sentence")).toString().contains(u"url:"));
    }
    // --published wins over the header, silently.
    const Run chosen = runDetente({QStringLiteral("extract"), QStringLiteral("--published"),
                                   QStringLiteral("2024-06-21"), article, QStringLiteral("--json")},
                                  tmp.path("home"));
    REQUIRE(chosen.exitCode == 0);
    CHECK(chosen.err.isEmpty());
    CHECK(starts(extractedEvents(chosen)) ==
          QStringList{QStringLiteral("2024-06-18"), QStringLiteral("2024-06-17")});

    // import: the article is the header's source, its body the text.
    const QString db = tmp.path("articles.sqlite");
    const Run imported = runDetente({QStringLiteral("import"), QStringLiteral("--db"), db, article},
                                    tmp.path("home"));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.startsWith("imported 2 events from "));
    CHECK(imported.err.contains("2024-06-18"));
    const QString other = tmp.path("other.txt");
    REQUIRE(detente::test::writeFile(
        other, QByteArray(kHeaderArticle).replace("china-urges-nato", "another")));
    const Run titled =
        runDetente({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--title"),
                    QStringLiteral("My title"), QStringLiteral("--published"),
                    QStringLiteral("2024-06-19"), other},
                   tmp.path("home"));
    INFO(titled.err.toStdString());
    REQUIRE(titled.exitCode == 0);
    CHECK(titled.err.isEmpty());
    Database database;
    REQUIRE(database.open(db, Database::OpenMode::ReadOnly).isOk());
    EventStore store(database);
    const auto source = store.source(QStringLiteral("https://example.org/china-urges-nato"));
    REQUIRE(source.has_value());
    CHECK(source->ref.title == u"China urges NATO to stop shifting blame");
    CHECK(source->ref.published == QDate(2024, 6, 18));
    CHECK(source->body == body);
    const auto second = store.source(QStringLiteral("https://example.org/another"));
    REQUIRE(second.has_value());
    CHECK(second->ref.title == u"My title");
    CHECK(second->ref.published == QDate(2024, 6, 19));
}

TEST_CASE("extract takes the publication date the text states, and says so", "[cli][article]")
{
    TempDir tmp;
    const QString article = tmp.path("article.txt");
    REQUIRE(detente::test::writeFile(article, "Beijing rejects NATO claims\n"
                                              "Published: Friday, 26 April 2024\n"
                                              "\n"
                                              "NATO accused China on Thursday of fuelling the "
                                              "war.\n"));
    const Run r = runDetente({QStringLiteral("extract"), article, QStringLiteral("--json")},
                             tmp.path("home"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(lines(r.err) == 1);
    CHECK(r.err.contains("2024-04-26"));
    CHECK(r.err.contains("stated in the text"));
    CHECK(starts(extractedEvents(r)) == QStringList{QStringLiteral("2024-04-25")});
    // A text that does not say when it was published still needs --published.
    const QString undated = tmp.path("undated.txt");
    REQUIRE(detente::test::writeFile(undated, "NATO accused China on Thursday of fuelling it.\n"));
    const Run noDate = runDetente({QStringLiteral("extract"), undated}, tmp.path("home"));
    CHECK(noDate.exitCode == 2);
    CHECK(lines(noDate.err) == 1);
    CHECK(noDate.err.contains("--published YYYY-MM-DD is needed"));
}

TEST_CASE("extract finds the actors of the user's gazetteer and of --db", "[cli][article]")
{
    TempDir tmp;
    const QString home = tmp.path("home");
    const QString article = tmp.path("article.txt");
    REQUIRE(detente::test::writeFile(article,
                                     "Fredville accused Russia on Thursday of shelling the city.\n"
                                     "Bankova rejected the claim on Friday as groundless.\n"));
    auto actorsOf = [](const Run &r) {
        QStringList out;
        for (const QJsonValue &v : extractedEvents(r))
            for (const QJsonValue &a : v.toObject().value(QStringLiteral("actors")).toArray())
                out << a.toObject().value(QStringLiteral("name")).toString();
        return out;
    };
    const QStringList args{QStringLiteral("extract"), QStringLiteral("--published"),
                           QStringLiteral("2024-04-26"), article, QStringLiteral("--json")};
    const Run plain = runDetente(args, home);
    REQUIRE(plain.exitCode == 0);
    CHECK_FALSE(actorsOf(plain).contains(QStringLiteral("Freedonia")));
    CHECK_FALSE(actorsOf(plain).contains(QStringLiteral("Ukraine")));

    // The user's gazetteer, in the data folder beside the database.
    const QString gazetteer = home + QStringLiteral("/data/detente/gazetteer.json");
    REQUIRE(QDir().mkpath(QFileInfo(gazetteer).path()));
    REQUIRE(detente::test::writeFile(
        gazetteer,
        R"({"actors": [{"name": "Freedonia", "code": "FRD", "metonyms": ["Fredville"]}]})"));
    const Run user = runDetente(args, home);
    INFO(user.err.toStdString());
    REQUIRE(user.exitCode == 0);
    CHECK(user.err.isEmpty());
    CHECK(actorsOf(user).contains(QStringLiteral("Freedonia")));

    // A stored alias, with --db.
    const QString db = tmp.path("aliases.sqlite");
    {
        Database database;
        REQUIRE(database.open(db).isOk());
        Actor ukraine;
        ukraine.name = QStringLiteral("Ukraine");
        ukraine.aliases = {QStringLiteral("Bankova")};
        REQUIRE(EventStore(database).saveActors({ukraine}).isOk());
    }
    const Run stored = runDetente(args + QStringList{QStringLiteral("--db"), db}, home);
    INFO(stored.err.toStdString());
    REQUIRE(stored.exitCode == 0);
    CHECK(actorsOf(stored).contains(QStringLiteral("Ukraine")));
    CHECK(actorsOf(stored).contains(QStringLiteral("Freedonia")));

    // A broken gazetteer: said on stderr with the file and line; extraction goes on without it.
    REQUIRE(
        detente::test::writeFile(gazetteer, "{\"actors\": [\n  {\"name\": \"Freedonia\",}\n]}\n"));
    const Run broken = runDetente(args, home);
    INFO(broken.err.toStdString());
    REQUIRE(broken.exitCode == 0);
    CHECK(lines(broken.err) == 1);
    CHECK(broken.err.contains(QDir::toNativeSeparators(gazetteer).toUtf8()));
    CHECK(broken.err.contains("line 2"));
    CHECK_FALSE(actorsOf(broken).contains(QStringLiteral("Freedonia")));
    CHECK(actorsOf(broken).contains(QStringLiteral("Russia")));
}

TEST_CASE("import says once that the user's gazetteer is broken, and imports with the bundled one",
          "[cli][article]")
{
    TempDir tmp;
    const QString home = tmp.path("home");
    const QString gazetteer = home + QStringLiteral("/data/detente/gazetteer.json");
    REQUIRE(QDir().mkpath(QFileInfo(gazetteer).path()));
    REQUIRE(
        detente::test::writeFile(gazetteer, "{\"actors\": [\n  {\"name\": \"Freedonia\",}\n]}\n"));
    const QString first = tmp.path("first.txt"), second = tmp.path("second.txt");
    REQUIRE(detente::test::writeFile(first, kHeaderArticle));
    REQUIRE(detente::test::writeFile(
        second, QByteArray(kHeaderArticle).replace("china-urges-nato", "another")));
    const QString db = tmp.path("articles.sqlite");
    const Run r =
        runDetente({QStringLiteral("import"), QStringLiteral("--db"), db, first, second}, home);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.count("imported 2 events from ") == 2);
    CHECK(r.err.count("gazetteer is not used") == 1);
    CHECK(r.err.contains(QDir::toNativeSeparators(gazetteer).toUtf8()));
    CHECK(r.err.contains("line 2"));
    // The bundled gazetteer found the actors.
    Database database;
    REQUIRE(database.open(db, Database::OpenMode::ReadOnly).isOk());
    QStringList actors;
    for (const Event &e : EventStore(database).allEvents())
        for (const EventActor &a : e.actors)
            actors << a.name;
    CHECK(actors.contains(QStringLiteral("China")));
    CHECK(actors.contains(QStringLiteral("NATO")));
}
