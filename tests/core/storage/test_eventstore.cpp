#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace detente;
using detente::test::makeEvent;
using detente::test::TempDir;
using detente::test::titlesOf;

namespace {
struct StoreFixture {
    TempDir tmp;
    Database db;
    EventStore store{db};
    StoreFixture() { REQUIRE(db.open(tmp.path("events.sqlite")).isOk()); }
};

} // namespace

TEST_CASE("events round-trip through the store with every field", "[storage][eventstore]")
{
    StoreFixture f;
    REQUIRE(f.store
                .saveActors({{0,
                              QStringLiteral("NATO"),
                              ActorKind::Organisation,
                              QStringLiteral("NAT"),
                              {},
                              {},
                              {QStringLiteral("the US-led military bloc")}},
                             {0,
                              QStringLiteral("Jens Stoltenberg"),
                              ActorKind::Person,
                              {},
                              QStringLiteral("NATO"),
                              QStringLiteral("NATO Secretary General"),
                              {}}})
                .isOk());
    Event e;
    e.key = QStringLiteral("k1");
    e.title = QStringLiteral("Stoltenberg accuses China");
    e.summary = QStringLiteral("Summary with “quotes” and ümlauts");
    e.kind = QStringLiteral("accusation");
    e.date = DateSpan::fromDay(QDate(2024, 4, 25), QStringLiteral("On Thursday"));
    e.reference = QDate(2024, 4, 26);
    e.actors = {{QStringLiteral("the US-led military bloc"), Role::Source},
                {QStringLiteral("China"), Role::Target}};
    e.persons = {{QStringLiteral("Jens Stoltenberg"), QStringLiteral("NATO")}};
    e.source = {QStringLiteral("src"), QStringLiteral("Article"),
                QStringLiteral("https://example.org/a"), QStringLiteral("Publisher"),
                QDate(2024, 4, 26)};
    e.quote = QStringLiteral("On Thursday, NATO …");
    e.quoteBegin = 363;
    e.quoteEnd = 490;
    e.confidence = 0.7;
    e.attributedTo = QStringLiteral("Jens Stoltenberg");
    int inserted = 0;
    REQUIRE(f.store.insertEvents({e}, &inserted).isOk());
    CHECK(inserted == 1);

    const QList<Event> all = f.store.allEvents();
    REQUIRE(all.size() == 1);
    Event back = all.first();
    CHECK(back.id > 0);
    // The alias was resolved to the canonical actor.
    CHECK(back.actors == QList<EventActor>{{QStringLiteral("NATO"), Role::Source},
                                           {QStringLiteral("China"), Role::Target}});
    CHECK(back.sourceCount == 1);
    back.id = 0;
    back.actors = e.actors;
    back.sourceCount = 0;
    CHECK(back == e);
}

TEST_CASE("inserting an event whose key exists adds nothing", "[storage][eventstore]")
{
    StoreFixture f;
    Event e = makeEvent(QStringLiteral("A"), QDate(2024, 1, 1), QStringLiteral("China"));
    e.key = QStringLiteral("same");
    int inserted = -1;
    REQUIRE(f.store.insertEvents({e}, &inserted).isOk());
    REQUIRE(f.store.insertEvents({e}, &inserted).isOk());
    CHECK(inserted == 0);
    CHECK(f.store.eventCount() == 1);
}

TEST_CASE("a batch with a bad event leaves no row", "[storage][eventstore]")
{
    StoreFixture f;
    Event bad = makeEvent(QStringLiteral("B"), QDate(2024, 1, 2), QStringLiteral("China"));
    bad.answers = {QStringLiteral("no-such-event")};
    const Status s = f.store.insertEvents(
        {makeEvent(QStringLiteral("A"), QDate(2024, 1, 1), QStringLiteral("Russia")), bad});
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral("no-such-event")));
    CHECK(f.store.eventCount() == 0);
    CHECK(f.store.actors().isEmpty());
}

TEST_CASE("aliases resolve to one actor", "[storage][eventstore]")
{
    StoreFixture f;
    REQUIRE(f.store
                .saveActors({{0,
                              QStringLiteral("Ukraine"),
                              ActorKind::State,
                              QStringLiteral("UKR"),
                              {},
                              {},
                              {QStringLiteral("Kiev"), QStringLiteral("Kyiv")}}})
                .isOk());
    CHECK(f.store.resolveActor(QStringLiteral("Kiev")) == QStringLiteral("Ukraine"));
    CHECK(f.store.resolveActor(QStringLiteral("kyiv")) == QStringLiteral("Ukraine"));
    CHECK(f.store.resolveActor(QStringLiteral("Ukraine")) == QStringLiteral("Ukraine"));
    CHECK(f.store.resolveActor(QStringLiteral("Atlantis")).isEmpty());
    REQUIRE(f.store
                .insertEvents(
                    {makeEvent(QStringLiteral("A"), QDate(2024, 1, 1), QStringLiteral("Kyiv"))})
                .isOk());
    CHECK(f.store.actors().size() == 1);
}

TEST_CASE("an actor filter includes the persons who speak for the actor", "[storage][eventstore]")
{
    StoreFixture f;
    Event byPerson =
        makeEvent(QStringLiteral("Briefing"), QDate(2024, 4, 26), QStringLiteral("Wang Wenbin"));
    byPerson.persons = {{QStringLiteral("Wang Wenbin"), QStringLiteral("China")}};
    REQUIRE(f.store
                .insertEvents({byPerson,
                               makeEvent(QStringLiteral("Russia acts"), QDate(2024, 4, 23),
                                         QStringLiteral("Russia")),
                               makeEvent(QStringLiteral("NATO on China"), QDate(2024, 4, 25),
                                         QStringLiteral("NATO"), QStringLiteral("China"))})
                .isOk());
    const qint64 all0 = std::numeric_limits<qint64>::min(),
                 all1 = std::numeric_limits<qint64>::max();
    CHECK(titlesOf(f.store.events(all0, all1, {QStringLiteral("China")})) ==
          QStringList{QStringLiteral("NATO on China"), QStringLiteral("Briefing")});
    CHECK(titlesOf(f.store.events(all0, all1, {QStringLiteral("Russia")})) ==
          QStringList{QStringLiteral("Russia acts")});
    CHECK(f.store.events(all0, all1, {QStringLiteral("Nobody")}).isEmpty());
}

TEST_CASE("the range query agrees with a brute-force scan", "[storage][eventstore]")
{
    StoreFixture f;
    QRandomGenerator rng(20240426);
    QList<Event> events;
    const QDate base(2020, 1, 1);
    for (int i = 0; i < 400; ++i) {
        Event e = makeEvent(QStringLiteral("E%1").arg(i), base.addDays(rng.bounded(1500)),
                            QStringLiteral("Actor%1").arg(rng.bounded(5)));
        if (rng.bounded(5) == 0) // a fifth are spans of up to 90 days
            e.date = DateSpan::fromDays(
                e.date.firstDay(), e.date.firstDay().addDays(rng.bounded(1, 90)), Precision::Span);
        events.append(e);
    }
    REQUIRE(f.store.insertEvents(events).isOk());
    for (int trial = 0; trial < 50; ++trial) {
        const qint64 from = dayStartMs(base.addDays(rng.bounded(1600))) + rng.bounded(86400000);
        const qint64 to = from + qint64(rng.bounded(200)) * 86400000LL + rng.bounded(86400000);
        QStringList expected;
        for (const Event &e : events)
            if (e.date.overlaps(from, to))
                expected << e.title;
        QStringList got = titlesOf(f.store.events(from, to));
        expected.sort();
        got.sort();
        CHECK(got == expected);
    }
}

TEST_CASE("extent is the first and last instant", "[storage][eventstore]")
{
    StoreFixture f;
    CHECK_FALSE(f.store.extent().has_value());
    REQUIRE(f.store
                .insertEvents(
                    {makeEvent(QStringLiteral("A"), QDate(2022, 2, 24), QStringLiteral("Russia")),
                     makeEvent(QStringLiteral("B"), QDate(2024, 4, 26), QStringLiteral("China"))})
                .isOk());
    const auto extent = f.store.extent();
    REQUIRE(extent.has_value());
    CHECK(extent->first == dayStartMs(QDate(2022, 2, 24)));
    CHECK(extent->second == dayStartMs(QDate(2024, 4, 27)) - 1);
}

namespace {
Event coded(const QString &title, QDate day, const QString &source, const QString &target,
            const QString &kind, int quad, double goldstein)
{
    Event e = makeEvent(title, day, source, target);
    e.kind = kind;
    e.quadClass = quad;
    e.goldstein = goldstein;
    e.cameoCode = QStringLiteral("0%1").arg(quad);
    return e;
}

struct CodedFixture : StoreFixture {
    CodedFixture()
    {
        REQUIRE(store.saveActors({{0, QStringLiteral("Wang Wenbin"), ActorKind::Person, {}, QStringLiteral("China"), {}, {}}}).isOk());
        Event briefing = coded(QStringLiteral("China rejects NATO claim"), QDate(2024, 4, 26), QStringLiteral("Wang Wenbin"), QStringLiteral("NATO"), QStringLiteral("rejection/denial"), 3, -4.0);
        briefing.key = QStringLiteral("briefing");
        briefing.persons = {{QStringLiteral("Wang Wenbin"), QStringLiteral("China")}};
        briefing.answers = {QStringLiteral("accusation")};
        briefing.tags = {QStringLiteral("ukraine")};
        briefing.source = {QStringLiteral("a1"), QStringLiteral("Article one"), {}, {}, QDate(2024, 4, 26)};
        briefing.quote = QStringLiteral("based on nothing but rumors");
        Event accusation = coded(QStringLiteral("NATO accuses China"), QDate(2024, 4, 25), QStringLiteral("NATO"), QStringLiteral("China"), QStringLiteral("accusation"), 3, -2.0);
        accusation.key = QStringLiteral("accusation");
        accusation.tags = {QStringLiteral("Ukraine"), QStringLiteral("trade")};
        Event meeting = coded(QStringLiteral("Blinken meets Wang Yi"), QDate(2024, 4, 26), QStringLiteral("United States"), QStringLiteral("China"), QStringLiteral("meeting/visit"), 1, 4.0);
        meeting.key = QStringLiteral("meeting");
        meeting.source = briefing.source;
        Event claim = coded(QStringLiteral("Moscow claims losses"), QDate(2024, 4, 23), QStringLiteral("Russia"), QStringLiteral("Ukraine"), QStringLiteral("claim of figures"), 2, 1.0);
        Event reply = coded(QStringLiteral("NATO answers back"), QDate(2024, 4, 27), QStringLiteral("NATO"), QStringLiteral("China"), QStringLiteral("statement"), 1, 0.0);
        reply.answers = {QStringLiteral("briefing")};
        REQUIRE(store.insertEvents({briefing, accusation, meeting, claim, reply}).isOk());
        // A second source reports the meeting.
        BulkInsert more(db);
        REQUIRE(more.addMention(store.eventIds({}).at(3), {QStringLiteral("a2"), QStringLiteral("Article two"), {}, {}, {}}, QStringLiteral("met")).isOk());
        REQUIRE(more.commit().isOk());
    }
    QStringList match(const EventFilter &f) const { return titlesOf(store.events(f)); }
};
} // namespace

TEST_CASE("filters by kind, QuadClass, Goldstein, sources, tags and words", "[storage][filter]")
{
    CodedFixture f;
    EventFilter kinds;
    kinds.kinds = {QStringLiteral("accusation"), QStringLiteral("rejection/denial")};
    CHECK(f.match(kinds) == QStringList{QStringLiteral("NATO accuses China"), QStringLiteral("China rejects NATO claim")});
    EventFilter quad;
    quad.quadClasses = {1};
    CHECK(f.match(quad) == QStringList{QStringLiteral("Blinken meets Wang Yi"), QStringLiteral("NATO answers back")});
    EventFilter goldstein;
    goldstein.goldsteinMin = -3.0;
    goldstein.goldsteinMax = 1.0;
    CHECK(f.match(goldstein) == QStringList{QStringLiteral("Moscow claims losses"), QStringLiteral("NATO accuses China"), QStringLiteral("NATO answers back")});
    EventFilter sources;
    sources.minSources = 2;
    CHECK(f.match(sources) == QStringList{QStringLiteral("Blinken meets Wang Yi")});
    EventFilter tags;
    tags.tags = {QStringLiteral("UKRAINE")};
    CHECK(f.match(tags) == QStringList{QStringLiteral("NATO accuses China"), QStringLiteral("China rejects NATO claim")});
    EventFilter words;
    words.text = QStringLiteral("rumo"); // a prefix of a word in the quote
    CHECK(f.match(words) == QStringList{QStringLiteral("China rejects NATO claim")});
    words.text = QStringLiteral("\"NATO\" OR (");   // operators are taken literally
    CHECK(f.match(words).isEmpty());
    words.text = QStringLiteral("nato china"); // every word, in any of the texts
    CHECK(f.match(words) == QStringList{QStringLiteral("NATO accuses China"), QStringLiteral("China rejects NATO claim")});
    EventFilter none;
    none.kinds = {QStringLiteral("no such kind")};
    CHECK(f.match(none).isEmpty());
}

TEST_CASE("the exchanges between two actors, in either direction", "[storage][filter]")
{
    CodedFixture f;
    EventFilter between;
    between.between = std::make_pair(QStringLiteral("China"), QStringLiteral("NATO"));
    // Wang Wenbin speaks for China, so his rejection counts.
    CHECK(f.match(between) == QStringList{QStringLiteral("NATO accuses China"), QStringLiteral("China rejects NATO claim"), QStringLiteral("NATO answers back")});
    between.between = std::make_pair(QStringLiteral("Beijing"), QStringLiteral("Atlantis"));
    CHECK(f.match(between).isEmpty());
}

TEST_CASE("counts per actor and per kind follow the filter", "[storage][filter]")
{
    CodedFixture f;
    const QList<NamedCount> actors = f.store.actorCounts();
    REQUIRE_FALSE(actors.isEmpty());
    CHECK(actors.first() == NamedCount{QStringLiteral("China"), 4});
    EventFilter april26;
    april26.from = dayStartMs(QDate(2024, 4, 26));
    april26.to = dayStartMs(QDate(2024, 4, 27));
    const QList<NamedCount> kinds = f.store.kindCounts(april26);
    CHECK(kinds == QList<NamedCount>{{QStringLiteral("meeting/visit"), 1}, {QStringLiteral("rejection/denial"), 1}});
    CHECK(f.store.extent(april26) == std::make_pair(dayStartMs(QDate(2024, 4, 26)), dayStartMs(QDate(2024, 4, 27)) - 1));
}

TEST_CASE("the response chain goes both ways", "[storage]")
{
    CodedFixture f;
    const QList<Event> all = f.store.allEvents();
    QHash<QString, qint64> id;
    for (const Event &e : all)
        id.insert(e.title, e.id);
    const ResponseChain chain = f.store.responseChain(id.value(QStringLiteral("China rejects NATO claim")));
    CHECK(chain.answers == QList<qint64>{id.value(QStringLiteral("NATO accuses China"))});
    CHECK(chain.answeredBy == QList<qint64>{id.value(QStringLiteral("NATO answers back"))});
    const ResponseChain root = f.store.responseChain(id.value(QStringLiteral("NATO accuses China")));
    CHECK(root.answeredBy == QList<qint64>{id.value(QStringLiteral("China rejects NATO claim")), id.value(QStringLiteral("NATO answers back"))});
}

TEST_CASE("full text finds an event by a word of its quote after an edit", "[storage][fts]")
{
    CodedFixture f;
    EventFilter words;
    words.text = QStringLiteral("unshiftable");
    CHECK(f.match(words).isEmpty());
    std::optional<Event> e = f.store.event(f.store.eventIds({}).at(2)); // the briefing
    REQUIRE(e);
    REQUIRE(e->title == QStringLiteral("China rejects NATO claim"));
    e->quote = QStringLiteral("NATO's responsibility was unshiftable");
    e->title = QStringLiteral("China says NATO is responsible");
    REQUIRE(f.store.updateEvent(*e).isOk());
    CHECK(f.match(words) == QStringList{QStringLiteral("China says NATO is responsible")});
    words.text = QStringLiteral("rumors"); // the old quote is forgotten
    CHECK(f.match(words).isEmpty());
    words.text = QStringLiteral("rejects"); // and so is the old title
    CHECK(f.match(words).isEmpty());
    // Everything else came through the edit.
    const std::optional<Event> back = f.store.event(e->id);
    REQUIRE(back);
    CHECK(back->persons == e->persons);
    CHECK(back->answers == e->answers);
    CHECK(back->tags == e->tags);
    CHECK(back->goldstein == e->goldstein);
    CHECK(back->cameoCode == e->cameoCode);
}

TEST_CASE("deleting an event removes it from every index", "[storage]")
{
    CodedFixture f;
    const qint64 id = f.store.eventIds({}).at(2);
    REQUIRE(f.store.deleteEvent(id).isOk());
    CHECK_FALSE(f.store.event(id).has_value());
    EventFilter words;
    words.text = QStringLiteral("rumors");
    CHECK(f.match(words).isEmpty());
    Statement integrity(f.db, "INSERT INTO events_fts(events_fts, rank) VALUES ('integrity-check', 1)");
    CHECK(integrity.exec());
    CHECK_FALSE(f.store.deleteEvent(id).isOk());
}

TEST_CASE("merging two actors moves their events and aliases", "[storage]")
{
    StoreFixture f;
    REQUIRE(f.store.saveActors({{0, QStringLiteral("Kiev government"), ActorKind::State, {}, {}, {}, {QStringLiteral("Kiev")}},
                                {0, QStringLiteral("Ukraine"), ActorKind::State, {}, {}, {}, {QStringLiteral("Kyiv")}}})
                .isOk());
    REQUIRE(f.store.insertEvents({makeEvent(QStringLiteral("A"), QDate(2022, 3, 1), QStringLiteral("Kiev"), QStringLiteral("Russia")),
                                  makeEvent(QStringLiteral("B"), QDate(2022, 3, 2), QStringLiteral("Ukraine"), QStringLiteral("Russia"))})
                .isOk());
    REQUIRE(f.store.mergeActors(QStringLiteral("Kiev government"), QStringLiteral("Ukraine")).isOk());
    CHECK(f.store.resolveActor(QStringLiteral("Kiev")) == QStringLiteral("Ukraine"));
    CHECK(f.store.resolveActor(QStringLiteral("Kiev government")) == QStringLiteral("Ukraine"));
    CHECK(titlesOf(f.store.events(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), {QStringLiteral("Ukraine")})) == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    for (const Actor &a : f.store.actors())
        CHECK(a.name != QStringLiteral("Kiev government"));
    CHECK_FALSE(f.store.mergeActors(QStringLiteral("Ukraine"), QStringLiteral("Kyiv")).isOk());
}

TEST_CASE("a cancelled bulk insert leaves no row", "[storage][bulk]")
{
    StoreFixture f;
    QList<Event> events;
    for (int i = 0; i < 250; ++i)
        events.append(makeEvent(QStringLiteral("E%1").arg(i), QDate(2024, 1, 1).addDays(i), QStringLiteral("A%1").arg(i % 7)));
    SECTION("from the progress callback")
    {
        QList<qint64> reported;
        BulkInsert bulk(f.db, [&](qint64 n) { reported.append(n); return n < 200; }, 100);
        Status last;
        for (const Event &e : events)
            if (!(last = bulk.add(e)))
                break;
        CHECK(last.message() == QStringLiteral("cancelled"));
        CHECK(reported == QList<qint64>{100, 200});
        CHECK_FALSE(bulk.commit().isOk());
    }
    SECTION("from another thread's flag")
    {
        BulkInsert bulk(f.db);
        for (int i = 0; i < 100; ++i)
            REQUIRE(bulk.add(events[i]).isOk());
        bulk.cancel();
        CHECK_FALSE(bulk.add(events[100]).isOk());
        CHECK_FALSE(bulk.commit().isOk());
    }
    SECTION("by going out of scope uncommitted")
    {
        BulkInsert bulk(f.db);
        for (const Event &e : events)
            REQUIRE(bulk.add(e).isOk());
    }
    CHECK(f.store.eventCount() == 0);
    CHECK(f.store.actors().isEmpty());
    Statement fts(f.db, "SELECT count(*) FROM events_fts");
    REQUIRE(fts.next());
    CHECK(fts.int64(0) == 0);
}

TEST_CASE("a finished bulk insert reports its progress and counts", "[storage][bulk]")
{
    StoreFixture f;
    QList<qint64> reported;
    BulkInsert bulk(f.db, [&](qint64 n) { reported.append(n); return true; }, 2);
    for (int i = 0; i < 5; ++i)
        REQUIRE(bulk.add(makeEvent(QStringLiteral("E%1").arg(i), QDate(2024, 1, 1), QStringLiteral("X"))).isOk());
    REQUIRE(bulk.commit().isOk());
    CHECK(reported == QList<qint64>{2, 4, 5});
    CHECK(bulk.added() == 5);
    CHECK(f.store.eventCount() == 5);
}

TEST_CASE("saved views round-trip as JSON", "[storage]")
{
    StoreFixture f;
    const QJsonObject settings{{QStringLiteral("actors"), QJsonArray{QStringLiteral("China"), QStringLiteral("NATO")}},
                               {QStringLiteral("from"), QStringLiteral("2024-04-20")}};
    REQUIRE(f.store.saveView(QStringLiteral("China and NATO"), settings).isOk());
    CHECK(f.store.viewNames() == QStringList{QStringLiteral("China and NATO")});
    CHECK(f.store.view(QStringLiteral("china and nato")) == settings);
    REQUIRE(f.store.saveView(QStringLiteral("China and NATO"), QJsonObject{}).isOk());
    CHECK(f.store.view(QStringLiteral("China and NATO")) == QJsonObject{});
    REQUIRE(f.store.deleteView(QStringLiteral("China and NATO")).isOk());
    CHECK_FALSE(f.store.view(QStringLiteral("China and NATO")).has_value());
    CHECK_FALSE(f.store.saveView(QStringLiteral("  "), settings).isOk());
}

TEST_CASE("the view's queries use the indexes", "[storage][plan]")
{
    StoreFixture f;
    auto plan = [&](const char *sql) {
        QStringList details;
        Statement st(f.db, (QByteArray("EXPLAIN QUERY PLAN ") + sql).constData());
        while (st.next())
            details << st.text(3);
        return details.join(u'\n');
    };
    const QString range = plan("WITH RECURSIVE c(n) AS (VALUES (0) UNION ALL SELECT n + 1 FROM c WHERE n < 62) "
                               "SELECT r.id FROM c JOIN events r ON r.span_class = c.n AND r.first_ms > 5 - (1 << c.n) "
                               "AND r.first_ms < 9 WHERE r.last_ms >= 5");
    INFO(range.toStdString());
    CHECK(range.contains(QStringLiteral("USING COVERING INDEX events_span (span_class=? AND first_ms>? AND first_ms<?)")));
    const QString actors = plan("SELECT 1 FROM event_actors ea WHERE ea.event_id = 7 AND ea.actor_id IN (1, 2)");
    CHECK(actors.contains(QStringLiteral("SEARCH ea USING")));
    CHECK_FALSE(actors.contains(QStringLiteral("SCAN")));
    const QString byActor = plan("SELECT event_id FROM event_actors WHERE actor_id = 3");
    CHECK(byActor.contains(QStringLiteral("USING COVERING INDEX event_actors_actor")));
    const QString text = plan("SELECT rowid FROM events_fts WHERE events_fts MATCH 'x'");
    CHECK(text.contains(QStringLiteral("VIRTUAL TABLE INDEX")));
    // A filtered load reads related rows by the loaded ids, one seek each.
    const QString byIds = plan("SELECT j.key, ea.actor_id FROM json_each('[1,2]') j CROSS JOIN event_actors ea "
                               "ON ea.event_id = j.value");
    INFO(byIds.toStdString());
    CHECK(byIds.contains(QStringLiteral("SEARCH ea USING PRIMARY KEY (event_id=?)")));
    const QString mentions = plan("SELECT j.key, m.quote FROM json_each('[1,2]') j CROSS JOIN mentions m ON m.event_id = "
                                  "j.value JOIN sources s ON s.id = m.source_id");
    CHECK(mentions.contains(QStringLiteral("SEARCH m USING INDEX mentions_event (event_id=?)")));
    CHECK_FALSE(mentions.contains(QStringLiteral("SCAN m")));
}

TEST_CASE("a write waits briefly for a lock, then says the database is in use", "[storage][safety]")
{
    StoreFixture f;
    f.db.setBusyTimeout(100);
    Database other;
    REQUIRE(other.open(f.tmp.path("events.sqlite"), Database::OpenMode::Existing).isOk());
    REQUIRE(other.exec("BEGIN IMMEDIATE").isOk());
    const Status s = f.store.insertEvents({makeEvent(QStringLiteral("A"), QDate(2024, 1, 1), QStringLiteral("X"))});
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral("in use by another program")));
    // Readers are not blocked by a writer (WAL).
    CHECK(f.store.eventCount() == 0);
    REQUIRE(other.exec("ROLLBACK").isOk());
    CHECK(f.store.insertEvents({makeEvent(QStringLiteral("A"), QDate(2024, 1, 1), QStringLiteral("X"))}).isOk());
}

namespace {
/// Random events over a few actors, with persons, sources, tags and links: what the counts and
/// the viewport's loading must get right.
QList<Event> richEvents(QRandomGenerator &rng, int count, int firstKey = 0)
{
    const QStringList actors = {QStringLiteral("China"), QStringLiteral("NATO"), QStringLiteral("Russia"),
                                QStringLiteral("Ukraine"), QStringLiteral("Egypt"), QStringLiteral("Qatar")};
    const QStringList kinds = {QStringLiteral("statement"), QStringLiteral("accusation"), QStringLiteral("meeting/visit"),
                               QStringLiteral("sanction")};
    QList<Event> events;
    for (int i = 0; i < count; ++i) {
        const int k = firstKey + i;
        Event e = makeEvent(QStringLiteral("Event %1").arg(k), QDate(2023, 1, 1).addDays(rng.bounded(400)),
                            actors[rng.bounded(actors.size())], actors[rng.bounded(actors.size())]);
        e.key = QStringLiteral("k%1").arg(k);
        e.kind = kinds[rng.bounded(kinds.size())];
        if (rng.bounded(3) == 0) // the same actor twice, or a third in another role
            e.actors.append({actors[rng.bounded(actors.size())], Role::Other});
        if (rng.bounded(4) == 0)
            e.persons.append({QStringLiteral("Spokesperson %1").arg(rng.bounded(3)), actors[rng.bounded(actors.size())]});
        if (rng.bounded(6) == 0)
            e.persons.append({QStringLiteral("Envoy %1").arg(rng.bounded(2)), QString()});
        if (rng.bounded(2) == 0) {
            e.source = {QStringLiteral("https://example.org/%1").arg(rng.bounded(30)), QStringLiteral("Report"), {}, {}, {}};
            e.quote = QStringLiteral("quote %1").arg(k);
        }
        if (rng.bounded(5) == 0)
            e.tags = {QStringLiteral("tag%1").arg(rng.bounded(3)), QStringLiteral("Tag%1").arg(3 + rng.bounded(2))};
        if (i > 0 && rng.bounded(5) == 0)
            e.answers = {QStringLiteral("k%1").arg(firstKey + int(rng.bounded(i)))};
        events.append(e);
    }
    return events;
}

/// Events per actor and per kind counted from the events themselves, as the panel counts them:
/// an actor once per event, as actor, person or the one a person speaks for.
std::pair<QMap<QString, qint64>, QMap<QString, qint64>> bruteCounts(const QList<Event> &events)
{
    QMap<QString, qint64> actors, kinds;
    for (const Event &e : events) {
        QSet<QString> names;
        for (const EventActor &a : e.actors)
            names.insert(a.name);
        for (const EventPerson &p : e.persons) {
            names.insert(p.name);
            if (!p.speaksFor.isEmpty())
                names.insert(p.speaksFor);
        }
        for (const QString &n : std::as_const(names))
            ++actors[n];
        ++kinds[e.kind];
    }
    return {actors, kinds};
}

QMap<QString, qint64> countMap(const QList<NamedCount> &counts)
{
    QMap<QString, qint64> map;
    for (const NamedCount &c : counts) {
        CHECK_FALSE(map.contains(c.name));
        CHECK(c.count > 0);
        map.insert(c.name, c.count);
    }
    // Most first.
    CHECK(std::is_sorted(counts.begin(), counts.end(), [](const NamedCount &a, const NamedCount &b) { return a.count > b.count; }));
    return map;
}

/// The panel's counts, unfiltered (kept by the store) and within a filter (counted), against
/// brute force.
void checkCounts(const EventStore &store)
{
    const auto [actors, kinds] = bruteCounts(store.allEvents());
    CHECK(countMap(store.actorCounts()) == actors);
    CHECK(countMap(store.kindCounts()) == kinds);
    EventFilter spring;
    spring.from = dayStartMs(QDate(2023, 3, 1));
    spring.to = dayStartMs(QDate(2023, 6, 1));
    const auto [springActors, springKinds] = bruteCounts(store.events(spring));
    CHECK(countMap(store.actorCounts(spring)) == springActors);
    CHECK(countMap(store.kindCounts(spring)) == springKinds);
}
} // namespace

TEST_CASE("the panel's counts equal a brute-force count after every kind of write", "[storage][counts]")
{
    StoreFixture f;
    QRandomGenerator rng(31337);
    REQUIRE(f.store.insertEvents(richEvents(rng, 300)).isOk());
    {
        INFO("after insert");
        checkCounts(f.store);
    }
    {
        INFO("after a second insert with duplicates, and one cancelled");
        QList<Event> more = richEvents(rng, 50, 280); // 20 keys stored already
        int inserted = 0;
        REQUIRE(f.store.insertEvents(more, &inserted).isOk());
        CHECK(inserted == 30);
        {
            BulkInsert bulk(f.db);
            for (const Event &e : richEvents(rng, 40, 1000))
                REQUIRE(bulk.add(e).isOk());
            bulk.cancel();
            CHECK_FALSE(bulk.commit().isOk());
        }
        checkCounts(f.store);
    }
    QList<Event> stored = f.store.allEvents();
    {
        INFO("after updates");
        for (int i = 0; i < 40; ++i) {
            Event e = stored[rng.bounded(stored.size())];
            const Event other = richEvents(rng, 1, 5000).first();
            e.kind = other.kind;
            e.actors = other.actors;
            e.persons = other.persons;
            e.answers.clear();
            REQUIRE(f.store.updateEvent(e).isOk());
        }
        checkCounts(f.store);
    }
    {
        INFO("after deletes");
        stored = f.store.allEvents();
        for (int i = 0; i < 30; ++i)
            (void)f.store.deleteEvent(stored[rng.bounded(stored.size())].id); // some twice: refused
        checkCounts(f.store);
    }
    {
        INFO("after merging actors, including a person's");
        REQUIRE(f.store.mergeActors(QStringLiteral("Qatar"), QStringLiteral("Egypt")).isOk());
        REQUIRE(f.store.mergeActors(QStringLiteral("Spokesperson 1"), QStringLiteral("Spokesperson 0")).isOk());
        REQUIRE(f.store.mergeActors(QStringLiteral("NATO"), QStringLiteral("Envoy 0")).isOk());
        checkCounts(f.store);
    }
}

TEST_CASE("a filtered load returns the same events as a whole-table load", "[storage][eventstore]")
{
    StoreFixture f;
    QRandomGenerator rng(4242);
    REQUIRE(f.store.insertEvents(richEvents(rng, 400)).isOk());
    // Another source for some events: the first one stays, every one counts.
    {
        BulkInsert bulk(f.db);
        for (qint64 id = 1; id <= 400; id += 7)
            REQUIRE(bulk.addMention(id, {QStringLiteral("https://example.org/later%1").arg(id % 3), {}, {}, {}, {}},
                                    QStringLiteral("later"))
                        .isOk());
        REQUIRE(bulk.commit().isOk());
    }
    QHash<qint64, Event> all;
    for (const Event &e : f.store.allEvents())
        all.insert(e.id, e);
    for (int trial = 0; trial < 30; ++trial) {
        EventFilter filter;
        filter.from = dayStartMs(QDate(2023, 1, 1).addDays(rng.bounded(400)));
        filter.to = filter.from + qint64(rng.bounded(1, 60)) * 86400000LL;
        if (trial % 3 == 1)
            filter.actors = {QStringLiteral("Russia"), QStringLiteral("Egypt")};
        if (trial % 3 == 2)
            filter.actors = {QStringLiteral("NATO")};
        const QList<qint64> ids = f.store.eventIds(filter);
        const QList<Event> got = f.store.events(filter);
        REQUIRE(got.size() == ids.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            INFO("event " << got[i].title.toStdString());
            CHECK(got[i].id == ids[i]); // by start, then id
            CHECK(got[i] == all.value(got[i].id));
        }
    }
    EventFilter one;
    one.from = dayStartMs(QDate(2023, 1, 1));
    one.to = dayStartMs(QDate(2024, 3, 1));
    const QList<Event> got = f.store.events(one);
    CHECK(std::any_of(got.begin(), got.end(), [](const Event &e) { return e.sourceCount == 2; }));
    CHECK(std::any_of(got.begin(), got.end(), [](const Event &e) { return e.tags.size() == 2 && !e.answers.isEmpty(); }) == std::any_of(all.begin(), all.end(), [](const Event &e) { return e.tags.size() == 2 && !e.answers.isEmpty(); }));
}

TEST_CASE("an event whose confidence is outside 0…1 is refused", "[storage][bulk]")
{
    StoreFixture f;
    Event e = makeEvent(QStringLiteral("A"), QDate(2024, 1, 1), QStringLiteral("X"));
    e.confidence = 1.5;
    CHECK_FALSE(f.store.insertEvents({e}).isOk());
    CHECK(f.store.eventCount() == 0);
    // Checks are on again for other writes after a bulk insert.
    Statement bad(f.db, "INSERT INTO events(title, first_ms, last_ms, precision, edtf, created_at, updated_at) "
                        "VALUES ('x', 0, 0, 'fortnight', '', 0, 0)");
    CHECK_FALSE(bad.exec());
}

TEST_CASE("an older file's counts are made when it is upgraded", "[storage][counts][migration]")
{
    for (const char *name : {"v1.sqlite", "v2.sqlite"}) {
        INFO(name);
        TempDir tmp;
        const QString path = tmp.path(QString::fromLatin1(name));
        REQUIRE(QFile::copy(QStringLiteral(DETENTE_TEST_DATA "/schema/") + QLatin1String(name), path));
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        Database db;
        REQUIRE(db.open(path, Database::OpenMode::Existing).isOk());
        EventStore store(db);
        REQUIRE(store.eventCount() == 9);
        checkCounts(store);
    }
}
