#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace detente;
using detente::test::makeEvent;
using detente::test::TempDir;

namespace {
struct StoreFixture {
    TempDir tmp;
    Database db;
    EventStore store{db};
    StoreFixture() { REQUIRE(db.open(tmp.path("events.sqlite")).isOk()); }
};

QStringList titles(const QList<Event> &events)
{
    QStringList t;
    for (const Event &e : events)
        t << e.title;
    return t;
}
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
    CHECK(titles(f.store.events(all0, all1, {QStringLiteral("China")})) ==
          QStringList{QStringLiteral("NATO on China"), QStringLiteral("Briefing")});
    CHECK(titles(f.store.events(all0, all1, {QStringLiteral("Russia")})) ==
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
        QStringList got = titles(f.store.events(from, to));
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
