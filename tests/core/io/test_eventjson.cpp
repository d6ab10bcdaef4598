#include "io/eventjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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

TEST_CASE("the JSON scanner finds members and elements without parsing them", "[io][json]")
{
    const QByteArray json =
        R"( {"a": "x}\"]", "b" : [1, {"c": "]"}, []], "\u0064": null, "e":-1.5e3} )";
    QList<std::pair<QString, JsonSpan>> members;
    qsizetype errorAt = -1;
    REQUIRE(jsonMembers(json, jsonTrimmed(json), &members, &errorAt));
    REQUIRE(members.size() == 4);
    auto text = [&](JsonSpan s) { return json.mid(s.begin, s.size()); };
    CHECK(members[0].first == u"a");
    CHECK(text(members[0].second) == R"("x}\"]")");
    CHECK(members[1].first == u"b");
    CHECK(text(members[1].second) == R"([1, {"c": "]"}, []])");
    CHECK(members[2].first == u"d"); // the escape decoded, as the JSON parser reads it
    CHECK(text(members[2].second) == "null");
    CHECK(text(members[3].second) == "-1.5e3");
    QList<JsonSpan> elements;
    REQUIRE(jsonElements(json, members[1].second, &elements, &errorAt));
    REQUIRE(elements.size() == 3);
    CHECK(text(elements[1]) == R"({"c": "]"})");
    CHECK(text(elements[2]) == "[]");

    // Unbalanced, unterminated, or followed by more: refused, saying where.
    for (const QByteArray &bad :
         {QByteArray(R"({"a": [1, 2})"), QByteArray(R"({"a": "open)"), QByteArray(R"({"a": 1} x)"),
          QByteArray(R"({"a" 1})"), QByteArray(R"({"a": 1,})"), QByteArray("[1]")}) {
        INFO(bad.toStdString());
        errorAt = -1;
        CHECK_FALSE(jsonMembers(bad, jsonTrimmed(bad), &members, &errorAt));
        CHECK(errorAt >= 0);
        CHECK(errorAt <= bad.size());
    }
}

TEST_CASE("a broken event deep in a document is reported at its bytes in the file", "[io][json]")
{
    // The document is read an event at a time; its errors still name the byte in the whole file.
    for (const QByteArray &json :
         {QByteArray(R"({"events":[{"title":"ok","start":"2024-01-01"},)"
                     R"({"title":"x" "start":"2024-01-01"}]})"),
          QByteArray(R"({"events":[{"title":"ok","start":"2024-01-01"},)"
                     R"({"title":"x","start":tru}]})"),
          QByteArray(R"({"format":"detente-events","events":[{"title":"ok","start":)"
                     R"("2024-01-01", "n": 01}]})")}) {
        INFO(json.toStdString());
        QJsonParseError whole;
        QJsonDocument::fromJson(json, &whole);
        REQUIRE(whole.error != QJsonParseError::NoError);
        EventDocument doc;
        const Status s = readEventDocument(json, &doc);
        // The parser's own error, at a byte of the broken event: where it reads a value that
        // ends the input ("tru}") it may stop a few bytes before where it stops in the file.
        const QRegularExpression form(QStringLiteral("^not valid JSON at byte (\\d+): (.*)$"));
        const QRegularExpressionMatch m = form.match(s.message());
        REQUIRE(m.hasMatch());
        CHECK(m.captured(2) == whole.errorString());
        const qsizetype brokenEvent = json.lastIndexOf("{\"title\"");
        CHECK(m.captured(1).toLongLong() >= brokenEvent);
        CHECK(m.captured(1).toLongLong() <= whole.offset);
    }
}

TEST_CASE("an event document read an event at a time gives what the whole document gives",
          "[io][json]")
{
    const QByteArray json = R"({"source":{"key":"s","published":"2024-04-26"},
        "actors":[{"name":"NATO","kind":"organisation","aliases":["the alliance"]}],
        "events":[{"title":"A","start":"2024-04-25","actors":[{"name":"NATO","role":"source"}]},
                  {"title":"B","start":"2024-04-26","reference":"2024-04-20"}],
        "format":"detente-events"})";
    EventDocumentReader reader;
    REQUIRE(reader.open(json).isOk());
    CHECK(reader.isExport());
    CHECK(reader.source().key == u"s");
    REQUIRE(reader.actors().size() == 1);
    CHECK(reader.actors().first().aliases == QStringList{QStringLiteral("the alliance")});
    REQUIRE(reader.eventCount() == 2);
    Event a, b;
    REQUIRE(reader.event(0, &a).isOk());
    CHECK(a.title == u"A");
    CHECK(a.source.key == u"s");               // the document's source
    CHECK(a.reference == QDate(2024, 4, 26));  // its publication date
    REQUIRE(reader.event(0, &a, true).isOk()); // as an export stores it: none
    CHECK_FALSE(a.reference.isValid());
    REQUIRE(reader.event(1, &b, true).isOk());
    CHECK(b.reference == QDate(2024, 4, 20));
    // A byte order mark, as the JSON parser takes it.
    REQUIRE(
        reader.open("\xef\xbb\xbf {\"events\":[{\"title\":\"C\",\"start\":\"2024\"}]}\n").isOk());
    CHECK(reader.eventCount() == 1);
    CHECK(reader.open(R"({"event":[]})").message() ==
          QStringLiteral("expected an object with an \"events\" array"));
    CHECK(reader.open("[1, 2]").message() ==
          QStringLiteral("expected an object with an \"events\" array"));
}
