#include "ingest/extractor.h"
#include "ingest/gazetteer.h"
#include "io/articleimport.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace detente;
using detente::test::TempDir;

namespace {

bool names(const Gazetteer &g, const QString &text, const QString &words, const QString &actor,
           const QString &person = {})
{
    const QList<Mention> found = g.find(text);
    return std::any_of(found.begin(), found.end(), [&](const Mention &m) {
        return text.mid(m.begin, m.end - m.begin) == words && m.actor == actor &&
               m.person == person;
    });
}

bool hasActor(const QList<ExtractedEvent> &found, const QString &actor)
{
    return std::any_of(found.begin(), found.end(), [&](const ExtractedEvent &x) {
        return std::any_of(x.event.actors.begin(), x.event.actors.end(),
                           [&](const EventActor &a) { return a.name == actor; });
    });
}

ArticleInput article(const QString &text)
{
    ArticleInput in;
    in.text = text;
    in.published = QDate(2024, 4, 26);
    return in;
}

} // namespace

TEST_CASE("the user's gazetteer file adds actors to the bundled ones", "[article][gazetteer]")
{
    TempDir tmp;
    const QString path = tmp.path("gazetteer.json");
    REQUIRE(test::writeFile(path, R"({"actors": [
        {"name": "Freedonia", "kind": "state", "code": "FRD", "metonyms": ["Fredville"],
         "adjectives": ["Freedonian"]},
        {"name": "Rufus Firefly", "kind": "person", "for": "Freedonia", "office": "Leader"}]})"));
    QString warning;
    const Gazetteer g = Gazetteer::forExtraction({}, &warning, path);
    CHECK(warning.isEmpty());
    REQUIRE(g.actor(QStringLiteral("Freedonia")));
    CHECK(g.actor(QStringLiteral("Freedonia"))->code == u"FRD");
    CHECK(g.actor(QStringLiteral("China"))); // the bundled actors stay
    const QString text = QStringLiteral("Fredville accused China on Thursday; Firefly spoke.");
    CHECK(names(g, text, QStringLiteral("Fredville"), QStringLiteral("Freedonia")));
    CHECK(names(g, text, QStringLiteral("Firefly"), QStringLiteral("Freedonia"),
                QStringLiteral("Rufus Firefly")));
    const QList<ExtractedEvent> found = extractEvents(
        article(QStringLiteral("Freedonia accused China on Thursday of fuelling the war.")), g);
    CHECK(hasActor(found, QStringLiteral("Freedonia")));
    // The bundled gazetteer itself is left as it was.
    CHECK_FALSE(Gazetteer::builtin().actor(QStringLiteral("Freedonia")));
}

TEST_CASE("a broken gazetteer file is reported and the bundled one is used", "[article][gazetteer]")
{
    TempDir tmp;
    const QString path = tmp.path("gazetteer.json");
    SECTION("not JSON: the line and column")
    {
        REQUIRE(test::writeFile(path, "{\"actors\": [\n"
                                      "  {\"name\": \"Freedonia\"}\n"
                                      "  {\"name\": \"Sylvania\"}\n"
                                      "]}\n"));
        QString warning;
        const Gazetteer g = Gazetteer::forExtraction({}, &warning, path);
        CHECK(warning.contains(QDir::toNativeSeparators(path)));
        INFO(warning.toStdString());
        CHECK(warning.contains(u"line 3, column 3"));
        CHECK_FALSE(g.actor(QStringLiteral("Freedonia"))); // nothing of the file is used
        const QList<ExtractedEvent> found = extractEvents(
            article(QStringLiteral("NATO accused China on Thursday of fuelling the war.")), g);
        REQUIRE(found.size() == 1);
        CHECK(hasActor(found, QStringLiteral("China")));
    }
    SECTION("JSON of the wrong shape: what is wrong")
    {
        REQUIRE(test::writeFile(path, R"({"actors": [{"name": "Freedonia", "kind": "kingdom"}]})"));
        QString warning;
        const Gazetteer g = Gazetteer::forExtraction({}, &warning, path);
        CHECK(warning.contains(QDir::toNativeSeparators(path)));
        CHECK(warning.contains(u"\"kingdom\""));
        CHECK_FALSE(g.actor(QStringLiteral("Freedonia")));
        CHECK(g.actor(QStringLiteral("China")));
    }
    SECTION("no file is no fault")
    {
        QString warning;
        const Gazetteer g = Gazetteer::forExtraction({}, &warning, tmp.path("missing.json"));
        CHECK(warning.isEmpty());
        CHECK(g.actors().size() == Gazetteer::builtin().actors().size());
    }
}

TEST_CASE("the store's actors and aliases are found in articles", "[article][gazetteer]")
{
    TempDir tmp;
    Database db;
    REQUIRE(db.open(tmp.path("db.sqlite")).isOk());
    EventStore store(db);
    Actor ukraine;
    ukraine.name = QStringLiteral("Ukraine");
    ukraine.code = QStringLiteral("UKR");
    ukraine.aliases = {QStringLiteral("Bankova")};
    Actor envoy;
    envoy.name = QStringLiteral("Olena Testova");
    envoy.kind = ActorKind::Person;
    envoy.code = QStringLiteral("UKRGOV");
    envoy.affiliation = QStringLiteral("Ukraine");
    Actor shield;
    shield.name = QStringLiteral("Eastern Shield");
    shield.kind = ActorKind::Organisation;
    shield.code = QStringLiteral("ESH");
    REQUIRE(store.saveActors({ukraine, envoy, shield}).isOk());

    const Gazetteer g = extractionGazetteer(&store);
    const QString text = QStringLiteral(
        "Bankova rejected the claim on Friday. Olena Testova met Eastern Shield; Testova said so.");
    CHECK(names(g, text, QStringLiteral("Bankova"), QStringLiteral("Ukraine")));
    CHECK(names(g, text, QStringLiteral("Olena Testova"), QStringLiteral("Ukraine"),
                QStringLiteral("Olena Testova")));
    CHECK(names(g, text, QStringLiteral("Testova"), QStringLiteral("Ukraine"),
                QStringLiteral("Olena Testova")));
    CHECK(names(g, text, QStringLiteral("Eastern Shield"), QStringLiteral("Eastern Shield")));
    CHECK(g.actor(QStringLiteral("Eastern Shield"))->code == u"ESH");
    // The bundled names of a stored actor are kept ("Kyiv" is Ukraine's already).
    CHECK(names(g, QStringLiteral("Kyiv said"), QStringLiteral("Kyiv"), QStringLiteral("Ukraine")));
    CHECK_FALSE(
        names(Gazetteer::builtin(), text, QStringLiteral("Bankova"), QStringLiteral("Ukraine")));

    const QList<ExtractedEvent> found = extractEvents(
        article(QStringLiteral("Bankova accused Russia on Thursday of shelling the city.")), g);
    CHECK(hasActor(found, QStringLiteral("Ukraine")));
    // Importing an article reads it with them.
    const EventDocument doc = articleDocument(
        article(QStringLiteral("Olena Testova accused Russia on Thursday of shelling the city.")),
        {}, g);
    REQUIRE(doc.events.size() == 1);
    REQUIRE_FALSE(doc.events.first().persons.isEmpty());
    CHECK(doc.events.first().persons.first().name == u"Olena Testova");

    // So does an import of an article file (detente import, File → Import Data).
    const QString file = tmp.path("article.txt");
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("Bankova accused Russia on Thursday of shelling the city.\n");
    }
    Importer importer(store);
    importer.setArticle(article({}));
    const ImportResult result = importer.importFile(file, ImportFormat::Article);
    INFO(result.fatal.toStdString());
    REQUIRE(result.isOk());
    REQUIRE(result.inserted == 1);
    EventFilter ukraineOnly;
    ukraineOnly.actors = {QStringLiteral("Ukraine")};
    CHECK(store.events(ukraineOnly).size() == 1);
}

TEST_CASE("an article file's header says where and when it was published", "[article]")
{
    const QString text = QStringLiteral("url: https://example.org/a\n"
                                        "published: 2024-06-18\n"
                                        "title: China urges NATO\n"
                                        "\n"
                                        "China on Tuesday urged NATO to stop.\n");
    const auto header = articleHeader(text);
    REQUIRE(header);
    CHECK(header->url == u"https://example.org/a");
    CHECK(header->published == QDate(2024, 6, 18));
    CHECK(header->title == u"China urges NATO");
    CHECK(text.mid(header->bodyBegin).startsWith(u"China on Tuesday"));

    // What is set already wins; the body loses the header.
    ArticleInput in;
    in.text = text;
    in.title = QStringLiteral("My title");
    REQUIRE(applyArticleHeader(&in));
    CHECK(in.text == u"China on Tuesday urged NATO to stop.\n");
    CHECK(in.title == u"My title");
    CHECK(in.url == u"https://example.org/a");
    CHECK(in.published == QDate(2024, 6, 18));
    const EventDocument doc = articleDocument(
        [&] {
            ArticleInput raw;
            raw.text = text;
            return raw;
        }(),
        QStringLiteral("file name"));
    CHECK(doc.source.url == u"https://example.org/a");
    CHECK(doc.source.title == u"China urges NATO");
    CHECK(doc.source.published == QDate(2024, 6, 18));
    CHECK(doc.sourceText == u"China on Tuesday urged NATO to stop.\n");
    REQUIRE(doc.events.size() == 1);
    CHECK(doc.events.first().date.firstDay() == QDate(2024, 6, 18));

    // Prose is not a header, nor a header line followed by prose, nor a bad date.
    CHECK_FALSE(articleHeader(QStringLiteral("Beijing rejects NATO claims\n"
                                             "Published: Friday, 26 April 2024\n\nText.")));
    CHECK_FALSE(articleHeader(QStringLiteral("title: A\nChina said on Monday.\n")));
    CHECK_FALSE(articleHeader(QStringLiteral("published: someday\n\nText.")));
    CHECK_FALSE(articleHeader(QStringLiteral("title: A\ntitle: B\n\nText.")));
    CHECK_FALSE(articleHeader(QString()));
}
