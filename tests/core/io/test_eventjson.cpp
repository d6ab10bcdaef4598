#include "io/eventjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace detente;

TEST_CASE("an event survives JSON and back", "[io][json]")
{
    Event e = detente::test::makeEvent(QStringLiteral("Meeting"), QDate(2024, 4, 26),
                                       QStringLiteral("United States"), QStringLiteral("China"));
    e.id = 7;
    e.key = QStringLiteral("seed-x");
    e.persons = {{QStringLiteral("Antony Blinken"), QStringLiteral("United States")}};
    e.quote = QStringLiteral("During his meeting");
    e.quoteBegin = 10;
    e.quoteEnd = 28;
    e.reference = QDate(2024, 4, 26);
    e.confidence = 0.7;
    e.answers = {QStringLiteral("seed-y")};
    e.source = {QStringLiteral("s"), QStringLiteral("T"), {}, {}, QDate(2024, 4, 26)};
    const QJsonObject o = eventToJson(e);
    CHECK(o.value(QStringLiteral("start")).toString() == QStringLiteral("2024-04-26"));
    CHECK(o.value(QStringLiteral("precision")).toString() == QStringLiteral("day"));
    CHECK(o.value(QStringLiteral("confidence")).toString() == QStringLiteral("likely"));
    CHECK(o.value(QStringLiteral("persons"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("for"))
              .toString() == QStringLiteral("United States"));
    Event back;
    QString error;
    REQUIRE(eventFromJson(o, &back, &error));
    CHECK(back == e);
}

TEST_CASE("bad event objects are refused with a reason", "[io][json]")
{
    auto why = [](const char *json) {
        Event e;
        QString error;
        const bool ok = eventFromJson(QJsonDocument::fromJson(json).object(), &e, &error);
        return ok ? QString() : error;
    };
    CHECK(why(R"({"start":"2024-01-01"})") == QStringLiteral("missing \"title\""));
    CHECK(why(R"({"title":"x","start":"2024-13-01"})") ==
          QStringLiteral("bad or missing \"start\": \"2024-13-01\""));
    CHECK(why(R"({"title":"x","start":"2024-02-01","end":"2024-01-01"})") ==
          QStringLiteral("\"end\" 2024-01-01 is before \"start\" 2024-02-01"));
    CHECK(why(R"({"title":"x","start":"2024-02-01","precision":"fortnight"})") ==
          QStringLiteral("unknown \"precision\": \"fortnight\""));
    CHECK(why(R"({"title":"x","start":"2024-02-01","actors":[{"name":"A","role":"boss"}]})") ==
          QStringLiteral("unknown actor role \"boss\""));
    CHECK(why(R"({"title":"x","start":"2024-02-01","confidence":"maybe"})") ==
          QStringLiteral("unknown \"confidence\": \"maybe\""));
    CHECK(why(R"({"title":"x","start":"2024-02-01T10:30:00Z"})").isEmpty());
}

TEST_CASE("an event document names the failing event", "[io][json]")
{
    EventDocument doc;
    Status s = readEventDocument(
        R"({"events":[{"title":"ok","start":"2024-01-01"},{"title":"","start":"2024-01-01"}]})",
        &doc);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message() == QStringLiteral("event 2: missing \"title\""));
    s = readEventDocument("{\"events\": [", &doc);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().startsWith(QStringLiteral("not valid JSON at byte")));
}
