#include "ingest/extractor.h"
#include "ingest/gazetteer.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace detente;
using detente::test::readFile;
using detente::test::sharedDir;

namespace {

// An article file: "url: …", "published: …", "title: …" lines, a blank line, then the body.
ArticleInput readArticle(const QString &path)
{
    const QString all = QString::fromUtf8(readFile(path));
    const qsizetype blank = all.indexOf(QStringLiteral("\n\n"));
    ArticleInput in;
    const QStringList header = all.left(blank).split(u'\n');
    for (const QString &line : header) {
        const QString value = line.section(u':', 1).trimmed();
        if (line.startsWith(u"url:"))
            in.url = value;
        else if (line.startsWith(u"published:"))
            in.published = QDate::fromString(value, Qt::ISODate);
        else if (line.startsWith(u"title:"))
            in.title = value;
    }
    in.text = blank < 0 ? QString() : all.mid(blank + 2);
    return in;
}

QDate isoDay(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

struct Score {
    int gold = 0;               // required gold events
    int found = 0;              // required gold events matched
    int candidates = 0;         // extracted events
    int correct = 0;            // extracted events matching any gold event
    int dayGold = 0;            // day-precise required gold events whose sentence has a candidate
    int dayExact = 0;           // … of which one candidate has the exact day
    int tp = 0, fp = 0, fn = 0; // actors, over matched gold events

    double recall() const { return gold ? double(found) / gold : 1.0; }
    double precision() const { return candidates ? double(correct) / candidates : 1.0; }
    double dateAccuracy() const { return dayGold ? double(dayExact) / dayGold : 1.0; }
    double actorsF1() const { return tp ? 2.0 * tp / (2.0 * tp + fp + fn) : (fp + fn ? 0.0 : 1.0); }
    void add(const Score &o)
    {
        gold += o.gold, found += o.found, candidates += o.candidates, correct += o.correct;
        dayGold += o.dayGold, dayExact += o.dayExact, tp += o.tp, fp += o.fp, fn += o.fn;
    }
};

struct GoldEvent {
    QString id;
    QDate first, last;
    QDate windowFirst, windowLast; // accept_any_date_within, else first/last
    QString precision;
    QStringList actors;
    qsizetype begin = -1, end = -1; // the sentence in the body
    bool required = true;
};

QList<GoldEvent> readGold(const QString &path, const QString &body)
{
    QList<GoldEvent> out;
    const QJsonArray events =
        QJsonDocument::fromJson(readFile(path)).object().value(u"events").toArray();
    for (const QJsonValue &v : events) {
        const QJsonObject o = v.toObject();
        GoldEvent g;
        g.id = o.value(u"id").toString();
        if (o.value(u"date").isString()) {
            g.first = g.last = isoDay(o.value(u"date"));
        } else {
            g.first = isoDay(o.value(u"date").toObject().value(u"start"));
            g.last = isoDay(o.value(u"date").toObject().value(u"end"));
        }
        g.windowFirst = g.first;
        g.windowLast = g.last;
        if (o.contains(u"accept_any_date_within")) {
            g.windowFirst = isoDay(o.value(u"accept_any_date_within").toObject().value(u"start"));
            g.windowLast = isoDay(o.value(u"accept_any_date_within").toObject().value(u"end"));
        }
        g.precision = o.value(u"precision").toString();
        for (const QJsonValue &a : o.value(u"actors").toArray())
            g.actors << a.toString();
        const QString sentence = o.value(u"sentence").toString();
        g.begin = body.indexOf(sentence);
        g.end = g.begin < 0 ? -1 : g.begin + sentence.size();
        g.required = o.value(u"required").toBool(true);
        out.append(g);
    }
    return out;
}

bool sameSentence(const GoldEvent &g, const ExtractedEvent &x)
{
    return g.begin >= 0 && x.sentenceBegin < g.end && g.begin < x.sentenceEnd;
}

bool sameDate(const GoldEvent &g, const ExtractedEvent &x)
{
    const QDate f = x.event.date.firstDay();
    const QDate l = x.event.date.lastDay();
    if (f == g.first && l == g.last)
        return true;
    return g.windowFirst != g.first || g.windowLast != g.last
               ? f >= g.windowFirst && l <= g.windowLast
               : false;
}

Score evaluate(const QList<GoldEvent> &gold, const QList<ExtractedEvent> &found, QStringList *log)
{
    Score s;
    s.candidates = int(found.size());
    for (const ExtractedEvent &x : found) {
        const bool ok = std::any_of(gold.cbegin(), gold.cend(), [&](const GoldEvent &g) {
            return sameSentence(g, x) && sameDate(g, x);
        });
        if (ok)
            ++s.correct;
        else if (log)
            *log << QStringLiteral("  extra: %1..%2 \"%3\"")
                        .arg(x.event.date.startText(), x.event.date.endText(),
                             x.event.date.phrase());
    }
    for (const GoldEvent &g : gold) {
        if (!g.required)
            continue;
        ++s.gold;
        const ExtractedEvent *match = nullptr;
        bool anyInSentence = false;
        for (const ExtractedEvent &x : found) {
            if (!sameSentence(g, x))
                continue;
            anyInSentence = true;
            if (sameDate(g, x) && !match)
                match = &x;
        }
        if (g.precision == u"day" && anyInSentence) {
            ++s.dayGold;
            if (match)
                ++s.dayExact;
        }
        if (!match) {
            if (log)
                *log << QStringLiteral("  missed %1 (%2..%3)")
                            .arg(g.id, g.first.toString(Qt::ISODate), g.last.toString(Qt::ISODate));
            continue;
        }
        ++s.found;
        std::set<QString> mine;
        for (const EventActor &a : match->event.actors)
            mine.insert(a.name);
        const std::set<QString> want(g.actors.cbegin(), g.actors.cend());
        for (const QString &a : mine)
            (want.count(a) ? s.tp : s.fp) += 1;
        for (const QString &a : want)
            if (!mine.count(a))
                ++s.fn;
        if (log && mine != want) {
            QStringList m(mine.cbegin(), mine.cend());
            *log << QStringLiteral("  actors %1: got [%2] want [%3]")
                        .arg(g.id, m.join(u", "), g.actors.join(u", "));
        }
    }
    return s;
}

void report(const QString &name, const Score &s, const QStringList &log)
{
    WARN(QStringLiteral("%1: gold %2, found %3, recall %4, candidates %5, precision %6, "
                        "day-exact %7/%8 = %9, actors F1 %10\n%11")
             .arg(name)
             .arg(s.gold)
             .arg(s.found)
             .arg(s.recall(), 0, 'f', 2)
             .arg(s.candidates)
             .arg(s.precision(), 0, 'f', 2)
             .arg(s.dayExact)
             .arg(s.dayGold)
             .arg(s.dateAccuracy(), 0, 'f', 2)
             .arg(s.actorsF1(), 0, 'f', 2)
             .arg(log.join(u'\n'))
             .toStdString());
}

void checkArticles(const QString &dir, const QString &goldDir)
{
    const QStringList files =
        QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(files.isEmpty());
    Score total;
    for (const QString &file : files) {
        const QString base = QFileInfo(file).completeBaseName();
        const QString goldPath = QDir(goldDir).filePath(base + QStringLiteral(".json"));
        if (!QFileInfo::exists(goldPath))
            continue;
        const ArticleInput in = readArticle(QDir(dir).filePath(file));
        REQUIRE(in.published.isValid());
        const QList<GoldEvent> gold = readGold(goldPath, in.text);
        for (const GoldEvent &g : gold) {
            INFO(g.id.toStdString());
            CHECK(g.begin >= 0); // gold sentences are exact substrings of the body
        }
        const QList<ExtractedEvent> found = extractEvents(in, Gazetteer::builtin());
        QStringList log;
        const Score s = evaluate(gold, found, &log);
        report(base, s, log);
        total.add(s);
        INFO(base.toStdString());
        CHECK(s.recall() >= 0.9);
        CHECK(s.dateAccuracy() >= 0.95);
        CHECK(s.precision() >= 0.8);
    }
    report(QStringLiteral("all of ") + dir, total, {});
}

} // namespace

TEST_CASE("the extractor finds every hand-made event of the seed article", "[ingest][extractor]")
{
    const QJsonObject doc =
        QJsonDocument::fromJson(
            readFile(QStringLiteral(DETENTE_SOURCE_DIR "/resources/seed/seed-events.json")))
            .object();
    const QJsonObject source = doc.value(u"source").toObject();
    ArticleInput in;
    in.text = source.value(u"text").toString();
    in.published = isoDay(source.value(u"published"));
    in.title = source.value(u"title").toString();
    REQUIRE(in.published == QDate(2024, 4, 26));
    const QList<ExtractedEvent> found = extractEvents(in, Gazetteer::builtin());

    QStringList lines;
    for (const ExtractedEvent &x : found)
        lines << QStringLiteral("  %1 %2..%3 %4 [%5] %6 → %7 (%8)")
                     .arg(x.event.key, x.event.date.startText(), x.event.date.endText(),
                          precisionName(x.event.date.precision()), x.event.date.phrase(),
                          x.event.sourceActor(), x.event.targetActor(), x.event.kind);
    WARN(("seed article candidates:\n" + lines.join(u'\n')).toStdString());

    const QJsonArray events = doc.value(u"events").toArray();
    REQUIRE(events.size() >= 9);
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        QString source, target;
        for (const QJsonValue &a : e.value(u"actors").toArray()) {
            const QString role = a.toObject().value(u"role").toString();
            if (role == u"source" && source.isEmpty())
                source = a.toObject().value(u"name").toString();
            if (role == u"target" && target.isEmpty())
                target = a.toObject().value(u"name").toString();
        }
        const QDate first = isoDay(e.value(u"start"));
        const QDate last = isoDay(e.value(u"end"));
        const auto precision = precisionFromName(e.value(u"precision").toString());
        const bool ok = std::any_of(found.cbegin(), found.cend(), [&](const ExtractedEvent &x) {
            return x.event.date.firstDay() == first && x.event.date.lastDay() == last &&
                   x.event.date.precision() == precision && x.event.sourceActor() == source &&
                   x.event.targetActor() == target;
        });
        INFO(e.value(u"id").toString().toStdString());
        CHECK(ok);
    }
    // Offsets point at the sentence; the briefing answers Stoltenberg's accusation.
    for (const ExtractedEvent &x : found) {
        CHECK(in.text.mid(x.event.quoteBegin, x.event.quoteEnd - x.event.quoteBegin) ==
              x.event.quote);
        CHECK(x.event.key.startsWith(u"x-"));
        CHECK_FALSE(x.event.cameoCode.isEmpty());
    }
    const auto briefing = std::find_if(found.cbegin(), found.cend(), [](const ExtractedEvent &x) {
        return x.event.date.phrase() == u"on Friday" && x.event.sourceActor() == u"China" &&
               x.event.targetActor() == u"NATO";
    });
    REQUIRE(briefing != found.cend());
    const auto accusation = std::find_if(found.cbegin(), found.cend(), [](const ExtractedEvent &x) {
        return x.event.date.firstDay() == QDate(2024, 4, 25) && x.event.sourceActor() == u"NATO";
    });
    REQUIRE(accusation != found.cend());
    CHECK(briefing->event.answers == QStringList{accusation->event.key});
    const auto wangYi = std::find_if(found.cbegin(), found.cend(), [](const ExtractedEvent &x) {
        return x.event.date.firstDay() == QDate(2024, 4, 26) && x.event.kind == u"threat/warning";
    });
    REQUIRE(wangYi != found.cend());
    CHECK(wangYi->event.persons.contains(
        EventPerson{QStringLiteral("Wang Yi"), QStringLiteral("China")}));
    CHECK(wangYi->event.persons.contains(
        EventPerson{QStringLiteral("Antony Blinken"), QStringLiteral("United States")}));
}

TEST_CASE("the extractor meets the targets on the development articles", "[ingest][extractor]")
{
    const QString shared = sharedDir();
    if (shared.isEmpty()) {
        WARN("shared data not found; skipping the development articles");
        return;
    }
    checkArticles(shared + QStringLiteral("/data/articles"),
                  shared + QStringLiteral("/data/articles/gold"));
}

TEST_CASE("the extractor meets the targets on our own articles", "[ingest][extractor]")
{
    const QString dir = QStringLiteral(DETENTE_TEST_DATA "/articles");
    checkArticles(dir, dir);
}

TEST_CASE("the bundled gazetteer knows states, organisations and persons", "[ingest][gazetteer]")
{
    const Gazetteer &g = Gazetteer::builtin();
    int states = 0;
    for (const Actor &a : g.actors())
        states += a.kind == ActorKind::State;
    CHECK(states >= 193);
    REQUIRE(g.actor(QStringLiteral("Jens Stoltenberg")).has_value());
    CHECK(g.actor(QStringLiteral("Jens Stoltenberg"))->affiliation == u"NATO");
    const auto m =
        g.find(QStringLiteral("Beijing warned the US-led military bloc in the South China Sea."));
    REQUIRE(m.size() == 3);
    CHECK(m.at(0).actor == u"China");
    CHECK(m.at(1).actor == u"NATO");
    CHECK(m.at(2).kind == MentionKind::Place);

    Gazetteer extended = g;
    REQUIRE(extended.load(
        R"({"actors":[{"name":"Ruritania","kind":"state","adjectives":["Ruritanian"]}]})"));
    const auto r = extended.find(QStringLiteral("The Ruritanian government protested."));
    REQUIRE(r.size() == 1);
    CHECK(r.first().actor == u"Ruritania");
    QString error;
    CHECK_FALSE(extended.load("{not json", &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("the extractor copes with empty and undated text", "[ingest][extractor]")
{
    CHECK(extractEvents({}, Gazetteer::builtin()).isEmpty());
    ArticleInput in;
    in.text = QStringLiteral("Ties have grown in recent years. The paper Welt am Sonntag said so.");
    in.published = QDate(2024, 4, 26);
    CHECK(extractEvents(in, Gazetteer::builtin()).isEmpty());
}
