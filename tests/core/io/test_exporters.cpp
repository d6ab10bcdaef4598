#include "io/csvwriter.h"
#include "io/databasejson.h"
#include "io/eventjson.h"
#include "io/importer.h"
#include "io/timelinejs.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace detente;
using detente::test::makeEvent;
using detente::test::TempDir;

namespace {

struct Store {
    Database db;
    EventStore store{db};
    Store(const TempDir &tmp, const QString &name) { REQUIRE(db.open(tmp.path(name)).isOk()); }
};

/// Events covering what the formats carry: quotes, newlines, commas, formulas, vague dates.
QList<Event> sampleEvents()
{
    Event a = makeEvent(QStringLiteral("=HYPERLINK(\"http://evil\")"), QDate(2024, 4, 25),
                        QStringLiteral("NATO"), QStringLiteral("China"));
    a.key = QStringLiteral("a");
    a.summary = QStringLiteral("Line one, with \"quotes\"\nline two; <b>not bold</b>");
    a.kind = QStringLiteral("accusation");
    a.quote = QStringLiteral("+1 and -2 are @risk");
    a.persons = {{QStringLiteral("Jens Stoltenberg"), QStringLiteral("NATO")}};
    a.cameoCode = QStringLiteral("0231");
    a.cameoRoot = QStringLiteral("02");
    a.quadClass = 1;
    a.goldstein = -4.4;
    a.tags = {QStringLiteral("summit"), QStringLiteral("china")};
    a.source = {QStringLiteral("https://example.org/a?x=1,2"), QString(),
                QStringLiteral("https://example.org/a?x=1,2"), QString(), QDate()};
    Event b = makeEvent(QStringLiteral("China rejects the claims"), QDate(2024, 4, 26),
                        QStringLiteral("China"), QStringLiteral("NATO"));
    b.key = QStringLiteral("b");
    b.kind = QStringLiteral("rejection/denial");
    b.date = DateSpan::fromDays(QDate(2023, 1, 1), QDate(2023, 4, 30), Precision::PartOfYear,
                                QStringLiteral("early 2023"));
    b.answers = {QStringLiteral("a")};
    return {a, b};
}

} // namespace

TEST_CASE("CSV cells are quoted and guarded against formulas", "[io][csv]")
{
    CHECK(CsvWriter::cell(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(CsvWriter::cell(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(CsvWriter::cell(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CsvWriter::cell(QStringLiteral("=SUM(A1)")) == QStringLiteral("'=SUM(A1)"));
    CHECK(CsvWriter::cell(QStringLiteral("@cmd")) == QStringLiteral("'@cmd"));
    CHECK(CsvWriter::cell(QStringLiteral("+1")) ==
          QStringLiteral("'+1")); // only plain negative numbers pass
    CHECK(CsvWriter::cell(QStringLiteral("-2+3+cmd|' /C calc'!A0")) ==
          QStringLiteral("'-2+3+cmd|' /C calc'!A0"));
    CHECK(CsvWriter::cell(QStringLiteral("-4.4")) == QStringLiteral("-4.4"));
    CHECK(CsvWriter::cell(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
}

TEST_CASE("CSV export and import round-trip", "[io][csv]")
{
    TempDir tmp;
    const QList<Event> events = sampleEvents();
    const QByteArray csv = eventsToCsv(events);
    CHECK(csv.startsWith("\xef\xbb\xbfkey,start,end,precision,date phrase,title,"));
    CHECK(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
    CHECK(csv.contains("'+1 and -2 are @risk"));
    REQUIRE(detente::test::writeFile(tmp.path(QStringLiteral("out.csv")), csv));

    Store s(tmp, QStringLiteral("csv.sqlite"));
    Importer importer(s.store);
    const ImportResult r = importer.importFile(tmp.path(QStringLiteral("out.csv")));
    REQUIRE(r.fatal == QString());
    CHECK(r.problemCount == 0);
    REQUIRE(r.inserted == 2);
    const QList<Event> back = s.store.allEvents();
    REQUIRE(back.size() == 2);
    // Stored in order of start: b (early 2023) before a.
    const Event &a = back[1], &b = back[0];
    const Event &oa = events[0], &ob = events[1];
    CHECK(a.key == oa.key);
    CHECK(a.title == oa.title);
    CHECK(a.summary == oa.summary);
    CHECK(a.quote == oa.quote);
    CHECK(a.date == oa.date);
    CHECK(a.actors == oa.actors);
    CHECK(a.persons == oa.persons);
    CHECK(a.kind == oa.kind);
    CHECK(a.cameoCode == oa.cameoCode);
    CHECK(a.goldstein == oa.goldstein);
    CHECK(a.source.url == oa.source.url);
    CHECK(a.tags.size() == 2);
    CHECK(b.date == ob.date);
    CHECK(b.date.phrase() == QStringLiteral("early 2023"));
    // And written again, the CSV is the same.
    QList<Event> again = back;
    std::swap(again[0], again[1]);
    for (Event &e : again)
        e.tags.sort();
    QList<Event> original = events;
    for (Event &e : original)
        e.tags.sort();
    CHECK(eventsToCsv(again) == eventsToCsv(original));
}

TEST_CASE("Detente JSON export and import round-trip a database", "[io][json]")
{
    TempDir tmp;
    Store from(tmp, QStringLiteral("from.sqlite"));
    REQUIRE(from.store
                .saveActors({{0,
                              QStringLiteral("NATO"),
                              ActorKind::Organisation,
                              QStringLiteral("NAT"),
                              {},
                              {},
                              {QStringLiteral("the Alliance")}},
                             {0,
                              QStringLiteral("Jens Stoltenberg"),
                              ActorKind::Person,
                              {},
                              QStringLiteral("NATO"),
                              QStringLiteral("Secretary General"),
                              {}}})
                .isOk());
    REQUIRE(
        from.store
            .saveSource({QStringLiteral("https://example.org/a?x=1,2"), QStringLiteral("Article"),
                         QStringLiteral("https://example.org/a?x=1,2"), QStringLiteral("Example"),
                         QDate(2024, 4, 26)},
                        QStringLiteral("The article's text."))
            .isOk());
    REQUIRE(from.store.insertEvents(sampleEvents()).isOk());
    Status status;
    const QByteArray json = exportDatabaseJson(from.store, &status);
    REQUIRE(status.isOk());
    REQUIRE(detente::test::writeFile(tmp.path(QStringLiteral("db.json")), json));

    Store to(tmp, QStringLiteral("to.sqlite"));
    Importer importer(to.store);
    CHECK(Importer::detectFormat(tmp.path(QStringLiteral("db.json"))) == ImportFormat::DetenteJson);
    const ImportResult r = importer.importFile(tmp.path(QStringLiteral("db.json")));
    REQUIRE(r.fatal == QString());
    CHECK(r.inserted == 2);

    auto withoutIds = [](QList<Event> events) {
        for (Event &e : events)
            e.id = 0;
        return eventsToJson(events);
    };
    CHECK(QString::fromUtf8(withoutIds(to.store.allEvents())) ==
          QString::fromUtf8(withoutIds(from.store.allEvents())));
    CHECK(to.store.allEvents()[0].answers == QStringList{QStringLiteral("a")});
    CHECK(to.store.actors().size() == from.store.actors().size());
    CHECK(to.store.resolveActor(QStringLiteral("the Alliance")) == QStringLiteral("NATO"));
    const auto source = to.store.source(QStringLiteral("https://example.org/a?x=1,2"));
    REQUIRE(source);
    CHECK(source->body == QStringLiteral("The article's text."));
    CHECK(source->ref.publisher == QStringLiteral("Example"));
}

TEST_CASE("TimelineJS export is JSON with escaped headlines", "[io][timelinejs]")
{
    const QByteArray json = eventsToTimelineJs(sampleEvents(), QStringLiteral("A & B"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray events = doc.object().value(QLatin1String("events")).toArray();
    REQUIRE(events.size() == 2);
    const QJsonObject first = events[0].toObject();
    CHECK(
        first.value(QLatin1String("text")).toObject().value(QLatin1String("headline")).toString() ==
        QStringLiteral("=HYPERLINK(&quot;http://evil&quot;)"));
    CHECK(first.value(QLatin1String("text"))
              .toObject()
              .value(QLatin1String("text"))
              .toString()
              .contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt;")));
    CHECK(first.value(QLatin1String("start_date"))
              .toObject()
              .value(QLatin1String("day"))
              .toString() == QStringLiteral("25"));
    CHECK(first.value(QLatin1String("group")).toString() == QStringLiteral("NATO"));
    CHECK(events[1]
              .toObject()
              .value(QLatin1String("text"))
              .toObject()
              .value(QLatin1String("headline"))
              .toString() == QStringLiteral("China rejects the claims"));
    CHECK(json.contains("China rejects the claims"));
}

TEST_CASE("Detente JSON round-trips exactly: export, import, export gives the same bytes",
          "[io][json]")
{
    TempDir tmp;
    Store from(tmp, QStringLiteral("from.sqlite"));
    REQUIRE(from.store
                .saveActors({{0,
                              QStringLiteral("NATO"),
                              ActorKind::Organisation,
                              QStringLiteral("NAT"),
                              {},
                              {},
                              {QStringLiteral("the Alliance")}}})
                .isOk());
    REQUIRE(from.store.insertEvents(sampleEvents()).isOk());
    Status status;
    const QByteArray first = exportDatabaseJson(from.store, &status);
    REQUIRE(status.isOk());
    REQUIRE(detente::test::writeFile(tmp.path(QStringLiteral("first.json")), first));
    Store to(tmp, QStringLiteral("to.sqlite"));
    const ImportResult r = Importer(to.store).importFile(tmp.path(QStringLiteral("first.json")));
    REQUIRE(r.fatal == QString());
    CHECK(r.inserted == 2);
    const QByteArray second = exportDatabaseJson(to.store, &status);
    REQUIRE(status.isOk());
    CHECK(QString::fromUtf8(second) == QString::fromUtf8(first));
}

TEST_CASE("TimelineJS export and import round-trip titles, dates and groups", "[io][timelinejs]")
{
    TempDir tmp;
    const QList<Event> events = sampleEvents();
    REQUIRE(detente::test::writeFile(tmp.path(QStringLiteral("web.json")),
                                     eventsToTimelineJs(events, QStringLiteral("A & B"))));
    CHECK(Importer::detectFormat(tmp.path(QStringLiteral("web.json"))) == ImportFormat::TimelineJs);
    Store s(tmp, QStringLiteral("web.sqlite"));
    const ImportResult r = Importer(s.store).importFile(tmp.path(QStringLiteral("web.json")));
    REQUIRE(r.fatal == QString());
    REQUIRE(r.inserted == 2);
    const QList<Event> back = s.store.allEvents(); // in order of start: b, then a
    REQUIRE(back.size() == 2);
    CHECK(back[1].title == events[0].title); // HTML escapes undone
    CHECK(back[1].date.firstDay() == QDate(2024, 4, 25));
    CHECK(back[1].date.precision() == Precision::Day);
    CHECK(back[1].sourceActor() == QStringLiteral("NATO")); // the group
    CHECK(back[1].summary == events[0].summary);
    CHECK(back[1].quote == events[0].quote);
    CHECK(back[1].source.url == events[0].source.url);
    CHECK(back[1].key == QStringLiteral("timelinejs:a"));
    CHECK(back[1].date.phrase() == events[0].date.phrase());

    // The group is HTML in TimelineJS too: an actor's name in it cannot add markup or script.
    Event c = events[1];
    c.actors = {{QStringLiteral("<img src=x onerror=alert(1)> & Co"), Role::Source}};
    const QByteArray web = eventsToTimelineJs({c});
    CHECK_FALSE(web.contains("<img"));
    CHECK(web.contains("&lt;img src=x onerror=alert(1)&gt; &amp; Co"));
    QList<Event> read;
    REQUIRE(readTimelineJs(web, &read).isOk());
    REQUIRE(read.size() == 1);
    CHECK(read[0].sourceActor() == c.actors[0].name);
    CHECK(back[0].title == events[1].title);
    CHECK(back[0].date.firstDay() == events[1].date.firstDay());
    CHECK(back[0].date.lastDay() == events[1].date.lastDay());
    CHECK(back[0].sourceActor() == QStringLiteral("China"));
    // A day-precise event is written back as it was; the whole file is a fixed point after
    // one trip (a part of a year comes back as the span of days it covers).
    const QByteArray once = eventsToTimelineJs({back[1], back[0]}, QStringLiteral("A & B"));
    CHECK(QString::fromUtf8(once).section(QStringLiteral("\"display_date\": \"early"), 0, 0) ==
          QString::fromUtf8(eventsToTimelineJs(events, QStringLiteral("A & B")))
              .section(QStringLiteral("\"display_date\": \"early"), 0, 0));
    REQUIRE(detente::test::writeFile(tmp.path(QStringLiteral("again.json")), once));
    Store t(tmp, QStringLiteral("again.sqlite"));
    REQUIRE(Importer(t.store).importFile(tmp.path(QStringLiteral("again.json"))).inserted == 2);
    const QList<Event> twice = t.store.allEvents();
    CHECK(QString::fromUtf8(eventsToTimelineJs({twice[1], twice[0]}, QStringLiteral("A & B"))) ==
          QString::fromUtf8(once));
}
