#include "ingest/articlesource.h"
#include "ingest/gazetteer.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"

using namespace detente;
using detente::test::TempDir;

namespace {

ArticleInput sampleArticle()
{
    ArticleInput in;
    in.text = QStringLiteral(
        "NATO Secretary General Jens Stoltenberg accused China on Thursday of fuelling the war.\n"
        "Beijing rejected NATO's accusation on Friday as groundless.\n"
        "The two sides will meet next week in Brussels.");
    in.published = QDate(2024, 4, 26);
    in.title = QStringLiteral("Beijing rejects NATO's claims");
    return in;
}

} // namespace

TEST_CASE("an article is stored as a source with the events the user kept",
          "[ingest][articlesource]")
{
    TempDir tmp;
    Database db;
    REQUIRE(db.open(tmp.path("events.sqlite")).isOk());
    EventStore store(db);
    const ArticleInput in = sampleArticle();
    const QList<ExtractedEvent> found = extractEvents(in, Gazetteer::builtin());
    REQUIRE(found.size() == 3);
    REQUIRE(found.at(1).event.answers == QStringList{found.at(0).event.key});

    // The user leaves out the accusation: the rejection no longer points at it.
    const QList<Event> kept{found.at(1).event, found.at(2).event};
    int inserted = 0;
    REQUIRE(storeArticle(store, in, kept, &inserted).isOk());
    CHECK(inserted == 2);
    const SourceRef source = articleSource(in);
    CHECK(source.key.startsWith(u"article:"));
    const auto stored = store.source(source.key);
    REQUIRE(stored);
    CHECK(stored->ref.title == in.title);
    CHECK(stored->ref.published == in.published);
    Status status;
    const QList<Event> events = store.allEvents(&status);
    REQUIRE(status.isOk());
    REQUIRE(events.size() == 2);
    for (const Event &e : events) {
        CHECK(e.source.key == source.key);
        CHECK(e.key.startsWith(source.key + u'#'));
        CHECK(e.answers.isEmpty());
        CHECK(in.text.mid(e.quoteBegin, e.quoteEnd - e.quoteBegin) == e.quote);
    }

    // The same article again is refused, and nothing is added.
    const Status again = storeArticle(store, in, kept);
    CHECK_FALSE(again.isOk());
    CHECK(store.allEvents().size() == 2);
}

TEST_CASE("an article's source is named by its URL, title or first line", "[ingest][articlesource]")
{
    ArticleInput in = sampleArticle();
    in.title.clear();
    const QString title = articleSource(in).title; // the first line, shortened
    CHECK(title.startsWith(u"NATO Secretary General Jens Stoltenberg accused China"));
    CHECK(title.size() == 80);
    CHECK(title.endsWith(QChar(0x2026)));
    CHECK(articleSource(in, QStringLiteral("file-name")).title == u"file-name");
    in.url = QStringLiteral("https://example.org/story");
    CHECK(articleSource(in).key == in.url);
    // Keys of answered events follow the source's key.
    QList<Event> events;
    for (const ExtractedEvent &x : extractEvents(in, Gazetteer::builtin()))
        events << x.event;
    const EventDocument doc = articleDocument(in, {}, events);
    REQUIRE(doc.events.size() == 3);
    REQUIRE(events.at(1).answers == QStringList{events.at(0).key});
    CHECK(doc.events.at(1).answers == QStringList{doc.events.at(0).key});
    CHECK(doc.sourceText == in.text);
}
