// Exports written a batch of events at a time: the same bytes as an export built whole, progress
// as they go, and a cancel or a failure that leaves an earlier file as it was.
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/databasejson.h"
#include "io/dataexport.h"
#include "io/eventjson.h"
#include "io/timelinejs.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace detente;
using detente::test::makeEvent;
using detente::test::readFile;
using detente::test::TempDir;
using detente::test::titlesOf;
using detente::test::writeFile;

namespace {

/// A database of `n` events over a year, more than one export batch, in no date order, from a
/// few sources and actors.
struct BigStore {
    TempDir tmp;
    Database db;
    EventStore store{db};
    explicit BigStore(int n)
    {
        REQUIRE(db.open(tmp.path(QStringLiteral("big.sqlite"))).isOk());
        const QStringList actors{QStringLiteral("China"), QStringLiteral("NATO"),
                                 QStringLiteral("Russia"), QStringLiteral("Ukraine")};
        QList<Event> events;
        for (int i = 0; i < n; ++i) {
            Event e = makeEvent(QStringLiteral("Event %1").arg(i),
                                QDate(2023, 1, 1).addDays((i * 7919) % 365), actors[i % 4],
                                actors[(i + 1) % 4]);
            e.key = QStringLiteral("k%1").arg(i);
            e.source = {QStringLiteral("https://example.org/%1").arg(i % 50), QString(),
                        QStringLiteral("https://example.org/%1").arg(i % 50), QString(), QDate()};
            e.quote = QStringLiteral("quote %1").arg(i);
            events.append(e);
        }
        REQUIRE(store.insertEvents(events).isOk());
    }
};

} // namespace

TEST_CASE("events come in batches, in order, from one snapshot", "[io][export][store]")
{
    BigStore big(2 * eventBatchSize + 321);
    EventFilter china;
    china.actors = {QStringLiteral("China")};
    for (const EventFilter &filter : {EventFilter(), china}) {
        const QList<Event> whole = big.store.events(filter);
        REQUIRE(whole.size() > eventBatchSize / 2);
        QList<Event> batched;
        QList<qsizetype> sizes;
        qint64 total = -1;
        REQUIRE(big.store
                    .forEachBatch(filter, 1000,
                                  [&](QList<Event> &batch, qint64 all) {
                                      sizes << batch.size();
                                      batched += batch;
                                      total = all;
                                      return true;
                                  })
                    .isOk());
        CHECK(total == whole.size());
        CHECK(titlesOf(batched) == titlesOf(whole));
        REQUIRE(batched.size() == whole.size());
        CHECK(batched.last().actors.size() == whole.last().actors.size());
        CHECK(batched.last().quote == whole.last().quote);
        CHECK(*std::max_element(sizes.begin(), sizes.end()) == 1000);
        CHECK(sizes.size() == (whole.size() + 999) / 1000);
    }
    // Returning false stops at once.
    int calls = 0;
    REQUIRE(big.store.forEachBatch({}, 100, [&](QList<Event> &, qint64) { return ++calls < 3; })
                .isOk());
    CHECK(calls == 3);
}

TEST_CASE("a streamed export writes the bytes of the whole one", "[io][export]")
{
    BigStore big(eventBatchSize + 500);
    EventFilter nato;
    nato.actors = {QStringLiteral("NATO")};
    for (const EventFilter &filter : {EventFilter(), nato})
        for (const DataFormat format :
             {DataFormat::Csv, DataFormat::Json, DataFormat::TimelineJs}) {
            INFO("format " << int(format) << ", filtered " << !filter.isEmpty());
            QByteArray streamed;
            QBuffer buffer(&streamed);
            REQUIRE(buffer.open(QIODevice::WriteOnly));
            QList<std::pair<qint64, qint64>> steps;
            REQUIRE(exportEventData(big.store, filter, format, &buffer, QStringLiteral("T"),
                                    [&](qint64 done, qint64 total) {
                                        steps.append({done, total});
                                        return true;
                                    })
                        .isOk());
            Status status;
            const QList<Event> events = big.store.events(filter);
            // From one list of every event.
            const QByteArray whole = format == DataFormat::Csv ? eventsToCsv(events)
                                     : format == DataFormat::TimelineJs
                                         ? eventsToTimelineJs(events, QStringLiteral("T"))
                                     : filter.isEmpty() ? exportDatabaseJson(big.store, &status)
                                                        : eventsToJson(events);
            REQUIRE(status.isOk());
            CHECK(streamed == whole);
            // Progress after every batch, ending at every event.
            REQUIRE(steps.size() == (events.size() + eventBatchSize - 1) / eventBatchSize);
            CHECK(steps.first().first == std::min<qsizetype>(eventBatchSize, events.size()));
            CHECK(steps.last() == std::pair<qint64, qint64>(events.size(), events.size()));
        }
}

TEST_CASE("JSON written a member at a time is QJsonDocument's indented JSON", "[io][export]")
{
    BigStore big(5);
    const QList<Event> events = big.store.allEvents();
    QJsonArray array, web;
    for (const Event &e : events) {
        array.append(eventToJson(e));
        web.append(timelineJsEvent(e));
    }
    CHECK(eventsToJson(events) ==
          QJsonDocument(QJsonObject{{QLatin1String("events"), array}}).toJson());
    const QJsonObject title{{QLatin1String("text"), QJsonObject{{QLatin1String("headline"),
                                                                 QStringLiteral("A &amp; B")}}}};
    CHECK(
        eventsToTimelineJs(events, QStringLiteral("A & B")) ==
        QJsonDocument(QJsonObject{{QLatin1String("events"), web}, {QLatin1String("title"), title}})
            .toJson());
    CHECK(eventsToJson({}) ==
          QJsonDocument(QJsonObject{{QLatin1String("events"), QJsonArray()}}).toJson());
    // The whole database: parsed back, the same document.
    Status status;
    const QByteArray all = exportDatabaseJson(big.store, &status);
    REQUIRE(status.isOk());
    const QJsonDocument doc = QJsonDocument::fromJson(all);
    REQUIRE(doc.isObject());
    CHECK(doc.toJson() == all);
    CHECK(doc.object().value(QLatin1String("events")).toArray().size() == 5);
    CHECK(doc.object().value(QLatin1String("sources")).toArray().size() == 5);
    CHECK(doc.object().value(QLatin1String("actors")).toArray().size() == 4);
    CHECK(doc.object().value(QLatin1String("version")).toInt() == 1);
}

TEST_CASE("a cancelled export leaves the earlier file as it was", "[io][export]")
{
    BigStore big(2 * eventBatchSize + 1);
    const QString out = big.tmp.path(QStringLiteral("out/events.json"));
    REQUIRE(QDir().mkpath(big.tmp.path(QStringLiteral("out"))));
    const QByteArray before = "last week's export\n";
    REQUIRE(writeFile(out, before));
    for (const DataFormat format : {DataFormat::Csv, DataFormat::Json, DataFormat::TimelineJs}) {
        int batches = 0;
        const Status s = exportEventDataToFile(big.store, {}, format, out, QString(),
                                               [&](qint64, qint64) { return ++batches < 2; });
        CHECK(s.message() == QStringLiteral("cancelled"));
        CHECK(batches == 2);
        CHECK(readFile(out) == before);
        CHECK(QDir(big.tmp.path(QStringLiteral("out"))).entryList(QDir::Files) ==
              QStringList{QStringLiteral("events.json")});
    }
    // Not cancelled, the same call replaces it whole.
    REQUIRE(exportEventDataToFile(big.store, {}, DataFormat::Csv, out).isOk());
    CHECK(readFile(out).count("\r\n") == 2 * eventBatchSize + 1 + 1);
}

TEST_CASE("an export of no events still names its columns", "[io][export][csv]")
{
    BigStore big(3);
    EventFilter none;
    none.actors = {QStringLiteral("Atlantis")};
    Status status;
    const QByteArray csv = exportEventData(big.store, none, DataFormat::Csv, QString(), &status);
    REQUIRE(status.isOk());
    CHECK(csv == "\xef\xbb\xbf" + CsvReader::columns().join(u',').toUtf8() + "\r\n");
    const QByteArray json = exportEventData(big.store, none, DataFormat::Json, QString(), &status);
    CHECK(json == "{\n    \"events\": [\n    ]\n}\n");
}
