#include "appdatabase.h"
#include "io/eventjson.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

using namespace detente;
using detente::test::TempDir;

namespace {
const Event *byKey(const QList<Event> &events, const char *key)
{
    for (const Event &e : events)
        if (e.key == QLatin1String(key))
            return &e;
    return nullptr;
}
} // namespace

TEST_CASE("a new database is seeded once with the article's events", "[seed]")
{
    TempDir tmp;
    const QString path = tmp.path("user/detente.sqlite");
    QByteArray firstJson;
    {
        Database db;
        bool seeded = false;
        REQUIRE(openAppDatabase(db, path, true, &seeded).isOk());
        CHECK(seeded);
        EventStore store(db);
        CHECK(store.eventCount() == 9);
        firstJson = eventsToJson(store.allEvents());
    }
    {
        Database db;
        bool seeded = true;
        REQUIRE(openAppDatabase(db, path, true, &seeded).isOk());
        CHECK_FALSE(seeded);
        EventStore store(db);
        // Loading the bundled document again (as an import would) adds nothing either.
        bool loaded = true;
        REQUIRE(importEventDocumentOnce(store, bundledSeed(), &loaded).isOk());
        CHECK_FALSE(loaded);
        CHECK(store.eventCount() == 9);
        CHECK(eventsToJson(store.allEvents()) == firstJson);
    }
}

TEST_CASE("a missing database is not created without create", "[seed]")
{
    TempDir tmp;
    Database db;
    const Status s = openAppDatabase(db, tmp.path("nope.sqlite"), false);
    REQUIRE_FALSE(s.isOk());
    CHECK_FALSE(QFile::exists(tmp.path("nope.sqlite")));
}

TEST_CASE("the seeded events carry the article's dates", "[seed]")
{
    TempDir tmp;
    Database db;
    REQUIRE(openAppDatabase(db, tmp.path("db.sqlite"), true).isOk());
    EventStore store(db);
    const QList<Event> events = store.allEvents();

    struct Expect {
        const char *key;
        QDate first, last;
        Precision precision;
        const char *phrase;
        const char *source, *target;
    };
    const Expect expected[] = {
        {"seed-stoltenberg",
         {2024, 4, 25},
         {2024, 4, 25},
         Precision::Day,
         "On Thursday",
         "NATO",
         "China"},
        {"seed-briefing",
         {2024, 4, 26},
         {2024, 4, 26},
         Precision::Day,
         "on Friday",
         "China",
         "NATO"},
        {"seed-wang-yi-warning",
         {2024, 4, 26},
         {2024, 4, 26},
         Precision::Day,
         "on Friday",
         "China",
         "United States"},
        {"seed-blinken-visit",
         {2024, 4, 26},
         {2024, 4, 26},
         Precision::Day,
         "currently",
         "United States",
         "China"},
        {"seed-casualties",
         {2024, 4, 23},
         {2024, 4, 23},
         Precision::Day,
         "On Tuesday",
         "Russia",
         "Ukraine"},
        {"seed-roadmap",
         {2023, 1, 1},
         {2023, 4, 30},
         Precision::PartOfYear,
         "in early 2023",
         "China",
         ""},
        {"seed-microelectronics",
         {2023, 1, 1},
         {2023, 12, 31},
         Precision::Year,
         "in 2023",
         "NATO",
         "China"},
        {"seed-invasion",
         {2022, 2, 1},
         {2022, 2, 28},
         Precision::Month,
         "since February 2022",
         "Russia",
         "Ukraine"},
        {"seed-peace-talks",
         {2022, 2, 24},
         {2022, 4, 30},
         Precision::Span,
         "in the early weeks of the conflict",
         "Ukraine",
         "Russia"},
    };
    for (const Expect &x : expected) {
        INFO(x.key);
        const Event *e = byKey(events, x.key);
        REQUIRE(e);
        CHECK(e->date.firstDay() == x.first);
        CHECK(e->date.lastDay() == x.last);
        CHECK(e->date.precision() == x.precision);
        CHECK(e->date.phrase() == QLatin1String(x.phrase));
        CHECK(e->reference == QDate(2024, 4, 26));
        CHECK(e->sourceActor() == QLatin1String(x.source));
        CHECK(e->targetActor() == QLatin1String(x.target));
    }
    // Weekday phrases name the weekday they resolved to.
    CHECK(QDate(2024, 4, 25).dayOfWeek() == 4);
    CHECK(QDate(2024, 4, 23).dayOfWeek() == 2);
    CHECK(QDate(2024, 4, 26).dayOfWeek() == 5);
    // Persons and whom they speak for.
    CHECK(byKey(events, "seed-briefing")->persons ==
          QList<EventPerson>{{QStringLiteral("Wang Wenbin"), QStringLiteral("China")}});
    CHECK(byKey(events, "seed-stoltenberg")->persons ==
          QList<EventPerson>{{QStringLiteral("Jens Stoltenberg"), QStringLiteral("NATO")}});
    // China's rejection answers Stoltenberg's accusation.
    CHECK(byKey(events, "seed-briefing")->answers ==
          QStringList{QStringLiteral("seed-stoltenberg")});
}

TEST_CASE("each seeded quote is the article's text at its offsets", "[seed]")
{
    TempDir tmp;
    Database db;
    REQUIRE(openAppDatabase(db, tmp.path("db.sqlite"), true).isOk());
    EventStore store(db);
    const auto source = store.source(QStringLiteral("seed:beijing-blames-nato"));
    REQUIRE(source.has_value());
    CHECK(source->ref.published == QDate(2024, 4, 26));
    const QString body = source->body;
    REQUIRE_FALSE(body.isEmpty());
    for (const Event &e : store.allEvents()) {
        INFO(e.key.toStdString());
        REQUIRE(e.quoteBegin >= 0);
        CHECK(body.mid(e.quoteBegin, e.quoteEnd - e.quoteBegin) == e.quote);
        CHECK(e.quote.contains(e.date.phrase(), Qt::CaseInsensitive));
    }
    // The bundled text is the article exactly as received (when the shared data is at hand).
    const QString shared = detente::test::sharedDir();
    if (!shared.isEmpty()) {
        const QString article = QString::fromUtf8(
            detente::test::readFile(shared + QStringLiteral("/seed/article.txt")));
        const qsizetype blank = article.indexOf(QStringLiteral("\n\n"));
        REQUIRE(blank > 0);
        CHECK(article.mid(blank + 2) == body);
    }
}
