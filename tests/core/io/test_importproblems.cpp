#include "io/importer.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace detente;
using detente::test::TempDir;

namespace {

QString data(const char *name)
{
    return QStringLiteral(DETENTE_TEST_DATA "/io/") + QLatin1String(name);
}

QString shared(const QString &relative)
{
    const QString dir = detente::test::sharedDir();
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/data/events/") + relative;
}

/// A database file with one event in it, closed between imports so that its bytes can be
/// compared; each import opens its own connection, as the window's worker does.
struct FileFixture {
    TempDir tmp;
    QString db = tmp.path(QStringLiteral("events.sqlite"));
    QString log = tmp.path(QStringLiteral("logs/import.log"));
    FileFixture()
    {
        Database d;
        REQUIRE(d.open(db).isOk());
        REQUIRE(
            EventStore(d)
                .insertEvents({detente::test::makeEvent(QStringLiteral("Stored before"),
                                                        QDate(2024, 1, 5), QStringLiteral("NATO"))})
                .isOk());
    }
    QByteArray bytes() const { return detente::test::readFile(db); }
    ImportResult import(const QString &path, ImportFormat format = ImportFormat::Auto,
                        const ArticleInput &article = {})
    {
        Database d;
        REQUIRE(d.open(db, Database::OpenMode::Existing).isOk());
        EventStore store(d);
        Importer importer(store);
        importer.setLogPath(log);
        importer.setArticle(article);
        return importer.importFile(path, format);
    }
    qint64 eventCount() const
    {
        Database d;
        REQUIRE(d.open(db, Database::OpenMode::ReadOnly).isOk());
        return EventStore(d).eventCount();
    }
};

} // namespace

TEST_CASE("each kind of malformed file is refused by line and leaves the database as it was",
          "[io][problems]")
{
    struct Case {
        const char *file;
        ImportFormat format;
        QString fatal;
    };
    const auto first = [](const char *problem) {
        return QStringLiteral("no event could be read; the first problem: ") +
               QString::fromUtf8(problem);
    };
    const Case cases[] = {
        {"bad-date.csv", ImportFormat::Auto, first("line 2: start \"2024-13-01\" is not a date")},
        {"wrong-columns.csv", ImportFormat::Auto, first("line 2: 3 fields, the header has 6")},
        {"not-utf8.csv", ImportFormat::Auto,
         first("line 2: not UTF-8 text; save the file as UTF-8")},
        {"unterminated-quote.csv", ImportFormat::Auto,
         first("line 2: a quoted field is not closed before the end of the file")},
        {"long-line.csv.gz", ImportFormat::Auto,
         first("line 2: the record is longer than 1 MiB; no event is that long")},
        {"truncated.csv.gz", ImportFormat::Csv,
         QStringLiteral("the compressed data ends early in line 948: the file is truncated; "
                        "nothing was written")},
        {"empty.csv", ImportFormat::Auto, QStringLiteral("the file is empty")},
        {"empty.csv", ImportFormat::Csv, QStringLiteral("not an event CSV: the file is empty")},
        {"year-beyond-9999.timeline.json", ImportFormat::Auto,
         QStringLiteral("cannot read this TimelineJS file: event 1: \"start_date\": the year "
                        "885289204 is after 9999, the last year "
                        "Detente can show")},
        {"gdelt-short-row.tsv", ImportFormat::Gdelt,
         QStringLiteral("line 1: not a GDELT event file (12 columns, expected 57, 58 or 61)")},
    };
    for (const Case &c : cases) {
        INFO(c.file << " as " << importFormatName(c.format));
        FileFixture f;
        const QByteArray before = f.bytes();
        REQUIRE_FALSE(before.isEmpty());
        const ImportResult r = f.import(data(c.file), c.format);
        CHECK(r.fatal == c.fatal);
        CHECK(r.inserted == 0);
        CHECK(f.bytes() == before); // byte for byte: the transaction never committed
        CHECK(f.eventCount() == 1);
    }
}

TEST_CASE("the truncated gzip is fatal even though its first lines are good", "[io][problems]")
{
    FileFixture f;
    CHECK(Importer::detectFormat(data("truncated.csv.gz")) == ImportFormat::Csv);
    const QByteArray before = f.bytes();
    const ImportResult r = f.import(data("truncated.csv.gz"));
    CHECK(r.fatal.startsWith(QStringLiteral("the compressed data ends early in line ")));
    CHECK(r.problemCount == 0);
    CHECK_FALSE(QFile::exists(f.log)); // nothing was skipped, so no log
    CHECK(f.bytes() == before);
}

TEST_CASE("every skipped line goes to the log; the result keeps the first 100", "[io][problems]")
{
    FileFixture f;
    const ImportResult r = f.import(data("mixed.csv"));
    REQUIRE(r.fatal == QString());
    CHECK(r.inserted == 300);
    CHECK(r.problemCount == 150);
    REQUIRE(r.problems.size() == 100);
    CHECK(r.problems.first().text() ==
          QStringLiteral("line 4: start \"2024-02-30\" is not a date"));
    CHECK(r.problems.last().line == 301);
    CHECK(r.logPath == f.log);
    const QList<QByteArray> logged = detente::test::readFile(f.log).trimmed().split('\n');
    REQUIRE(logged.size() == 150);
    for (int i = 0; i < 150; ++i)
        CHECK(logged[i] == QStringLiteral("line %1: start \"2024-02-30\" is not a date")
                               .arg(3 * (i + 1) + 1)
                               .toUtf8());
    CHECK(f.eventCount() == 301);

    SECTION("a failed import's log ends with why nothing was imported")
    {
        const ImportResult bad = f.import(data("bad-date.csv"));
        CHECK_FALSE(bad.isOk());
        CHECK(detente::test::readFile(f.log) ==
              "line 2: start \"2024-13-01\" is not a date\n"
              "nothing was imported: no event could be read; the first problem: line 2: start "
              "\"2024-13-01\" is not a date\n");
    }
    SECTION("a cancelled import leaves no log")
    {
        Database d;
        REQUIRE(d.open(f.db).isOk());
        EventStore store(d);
        Importer importer(store);
        const QString log = f.tmp.path(QStringLiteral("cancelled.log"));
        importer.setLogPath(log);
        importer.setProgress([](qint64, qint64) { return false; }); // at record 1024
        QByteArray rows = "start,title\n";
        for (int i = 0; i < 3000; ++i)
            rows += i % 3 ? "2024-03-01,Good\n" : "2024-02-30,Bad\n";
        const QString big = f.tmp.path(QStringLiteral("big.csv"));
        REQUIRE(detente::test::writeFile(big, rows));
        const ImportResult cancelled = importer.importFile(big);
        CHECK(cancelled.problemCount > 300); // skipped lines were logged before the cancel
        CHECK(cancelled.cancelled);
        CHECK(cancelled.logPath.isEmpty());
        CHECK_FALSE(QFile::exists(log));
    }
}

TEST_CASE("the default log goes to the cache folder, one file per import", "[io][problems]")
{
    const QString a = Importer::defaultLogPath(QStringLiteral("/data/in/events.csv"));
    CHECK(a.endsWith(QStringLiteral("-events.csv.log")));
    CHECK(a.contains(QStringLiteral("/import-logs/")));
}

TEST_CASE("old import logs are removed, other files in their folder are not", "[io][problems]")
{
    TempDir tmp;
    const QString dir = tmp.dir.path();
    for (int i = 0; i < 55; ++i)
        REQUIRE(detente::test::writeFile(
            dir + QStringLiteral("/202401%1-120000-000-events.csv.log").arg(i + 10),
            "line 2: x\n"));
    REQUIRE(detente::test::writeFile(dir + QStringLiteral("/notes.log"), "mine\n"));
    Importer::pruneLogs(dir, 50);
    const QStringList left = QDir(dir).entryList(QDir::Files, QDir::Name);
    CHECK(left.size() == 51);
    CHECK(left.contains(QStringLiteral("notes.log")));
    CHECK_FALSE(
        left.contains(QStringLiteral("20240114-120000-000-events.csv.log"))); // the 5 oldest
    CHECK(left.contains(QStringLiteral("20240115-120000-000-events.csv.log")));
    CHECK(left.contains(QStringLiteral("20240164-120000-000-events.csv.log")));
}

TEST_CASE("an article is recognised by its prose and imported with its events", "[io][article]")
{
    const QString path = data("article.txt");
    CHECK(Importer::detectFormat(path) == ImportFormat::Article);
    // Data files are still told apart from prose.
    CHECK(Importer::detectFormat(data("events.csv")) == ImportFormat::Csv);
    CHECK(Importer::detectFormat(data("mixed.csv")) == ImportFormat::Csv);
    CHECK(Importer::detectFormat(data("timeline.json")) == ImportFormat::TimelineJs);

    FileFixture f;
    const QByteArray before = f.bytes();
    ImportResult r = f.import(path); // no publication date
    CHECK(r.fatal == QStringLiteral("an article needs its publication date to resolve dates "
                                    "such as \"on Thursday\""));
    CHECK(f.bytes() == before);

    ArticleInput article;
    article.published = QDate(2024, 4, 26);
    article.url = QStringLiteral("https://example.org/nato-china");
    r = f.import(path, ImportFormat::Auto, article);
    REQUIRE(r.fatal == QString());
    CHECK(r.inserted >= 2);
    Database d;
    REQUIRE(d.open(f.db, Database::OpenMode::ReadOnly).isOk());
    EventStore store(d);
    const auto source = store.source(article.url);
    REQUIRE(source);
    CHECK(source->ref.title == QStringLiteral("article")); // the file's name, without a title
    CHECK(source->body.startsWith(QStringLiteral("NATO and China trade accusations")));
    bool accusation = false;
    for (const Event &e : store.allEvents()) {
        if (e.source.key != article.url)
            continue;
        CHECK(e.key.startsWith(article.url + u'#'));
        if (e.date.firstDay() == QDate(2024, 4, 25) && e.sourceActor() == QStringLiteral("NATO"))
            accusation = true; // "on Thursday", resolved against 26 April
    }
    CHECK(accusation);
    d.close();

    const QByteArray stored = f.bytes();
    r = f.import(path, ImportFormat::Article, article);
    CHECK(r.fatal == QStringLiteral("this article is in the database already"));
    CHECK(f.bytes() == stored);
}

TEST_CASE("real GDELT files import with their row counts and actor names", "[io][gdelt]")
{
    struct Case {
        const char *file;
        qint64 rows;
        const char *key, *source, *target;
    };
    const Case cases[] = {
        {"gdelt2/20151027220000.export.CSV", 2116, "gdelt:479492818", "Russia", "NATO"},
        {"gdelt1/reed9999_gdelt-demo_events_v1_710rows.csv", 710, "gdelt:1553159", "NATO",
         "Spokesman"},
        {"gdelt1/aamend_spark-gdelt_events1_v1_100rows.csv", 100, nullptr, nullptr, nullptr},
        {"gdelt2/20190121220000.export.CSV", 1629, nullptr, nullptr, nullptr},
        {"gdelt2/aamend_spark-gdelt_eventsT_v2_100rows.csv", 100, nullptr, nullptr, nullptr},
    };
    for (const Case &c : cases) {
        const QString path = shared(QString::fromLatin1(c.file));
        if (path.isEmpty() || !QFile::exists(path))
            continue;
        INFO(c.file);
        FileFixture f;
        const ImportResult r = f.import(path);
        REQUIRE(r.fatal == QString());
        CHECK(r.problemCount == 0);
        CHECK(r.read == c.rows);
        CHECK(r.inserted + r.duplicates == c.rows);
        CHECK(f.eventCount() == r.inserted + 1);
        if (!c.key)
            continue;
        Database d;
        REQUIRE(d.open(f.db, Database::OpenMode::ReadOnly).isOk());
        const QList<Event> all = EventStore(d).allEvents();
        const auto it = std::find_if(all.begin(), all.end(),
                                     [&](const Event &e) { return e.key == QLatin1String(c.key); });
        REQUIRE(it != all.end());
        CHECK(it->sourceActor() == QString::fromUtf8(c.source));
        CHECK(it->targetActor() == QString::fromUtf8(c.target));
    }
}
