#include "ingest/extractor.h"
#include "ingest/gazetteer.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
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

// Honest scoring: candidates and gold events are matched one to one; a pair matches when the
// candidate is in the gold event's sentence, its date is acceptable and it shares at least one
// actor with the gold event (or the gold event names none). Unmatched candidates, duplicates
// included, count against precision; missed day-precise events count against date accuracy.
struct Score {
    int gold = 0;               // required gold events
    int found = 0;              // required gold events matched
    int candidates = 0;         // extracted events
    int correct = 0;            // extracted events matched to a gold event (required or not)
    int dayGold = 0;            // day-precise required gold events
    int dayExact = 0;           // … matched to a candidate dated exactly that day
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

bool exactDay(const GoldEvent &g, const ExtractedEvent &x)
{
    return x.event.date.firstDay() == g.first && x.event.date.lastDay() == g.last;
}

bool sharesActor(const GoldEvent &g, const ExtractedEvent &x)
{
    if (g.actors.isEmpty())
        return true;
    return std::any_of(x.event.actors.cbegin(), x.event.actors.cend(),
                       [&](const EventActor &a) { return g.actors.contains(a.name); });
}

bool matches(const GoldEvent &g, const ExtractedEvent &x)
{
    return sameSentence(g, x) && sameDate(g, x) && sharesActor(g, x);
}

// A maximum one-to-one matching (Kuhn's augmenting paths), required gold events first so that
// optional ones never take a candidate a required one could have: goldOf[candidate] = gold index.
QList<qsizetype> matchOneToOne(const QList<GoldEvent> &gold, const QList<ExtractedEvent> &found)
{
    QList<qsizetype> goldOf(found.size(), -1);
    std::function<bool(qsizetype, QList<bool> &)> augment = [&](qsizetype gi, QList<bool> &seen) {
        for (qsizetype xi = 0; xi < found.size(); ++xi) {
            if (seen[xi] || !matches(gold.at(gi), found.at(xi)))
                continue;
            seen[xi] = true;
            if (goldOf[xi] < 0 || augment(goldOf[xi], seen)) {
                goldOf[xi] = gi;
                return true;
            }
        }
        return false;
    };
    for (const bool required : {true, false})
        for (qsizetype gi = 0; gi < gold.size(); ++gi)
            if (gold.at(gi).required == required) {
                QList<bool> seen(found.size(), false);
                augment(gi, seen);
            }
    // Among matchings as large, prefer exact days, then better actors: swap a gold event's
    // candidate for an unmatched one, or two matched candidates, while that scores better.
    auto pairScore = [&](qsizetype gi, qsizetype xi) {
        const GoldEvent &g = gold.at(gi);
        const ExtractedEvent &x = found.at(xi);
        int agree = 0;
        for (const EventActor &a : x.event.actors)
            agree += g.actors.contains(a.name) ? 1 : -1;
        return (exactDay(g, x) ? 100 : 0) + agree;
    };
    for (bool improved = true; improved;) {
        improved = false;
        for (qsizetype xi = 0; xi < found.size(); ++xi) {
            for (qsizetype yi = 0; yi < found.size(); ++yi) {
                const qsizetype gx = goldOf.at(xi);
                const qsizetype gy = goldOf.at(yi);
                if (xi == yi || gy < 0)
                    continue;
                const int now = pairScore(gy, yi) + (gx >= 0 ? pairScore(gx, xi) : 0);
                const bool valid = matches(gold.at(gy), found.at(xi)) &&
                                   (gx < 0 || matches(gold.at(gx), found.at(yi)));
                const int swapped =
                    valid ? pairScore(gy, xi) + (gx >= 0 ? pairScore(gx, yi) : 0) : now;
                if (swapped > now) {
                    goldOf[xi] = gy;
                    goldOf[yi] = gx;
                    improved = true;
                }
            }
        }
    }
    return goldOf;
}

Score evaluate(const QList<GoldEvent> &gold, const QList<ExtractedEvent> &found, QStringList *log)
{
    Score s;
    s.candidates = int(found.size());
    const QList<qsizetype> goldOf = matchOneToOne(gold, found);
    QList<qsizetype> candidateOf(gold.size(), -1);
    for (qsizetype xi = 0; xi < found.size(); ++xi) {
        if (goldOf.at(xi) >= 0) {
            candidateOf[goldOf.at(xi)] = xi;
            ++s.correct;
            continue;
        }
        const ExtractedEvent &x = found.at(xi);
        if (log) {
            QStringList actors;
            for (const EventActor &a : x.event.actors)
                actors << a.name;
            *log << QStringLiteral("  extra: %1..%2 \"%3\" [%4] in \"%5\"")
                        .arg(x.event.date.startText(), x.event.date.endText(),
                             x.event.date.phrase(), actors.join(u", "), x.sentence.left(60));
        }
    }
    for (qsizetype gi = 0; gi < gold.size(); ++gi) {
        const GoldEvent &g = gold.at(gi);
        const qsizetype xi = candidateOf.at(gi);
        if (g.required) {
            ++s.gold;
            if (g.precision == u"day")
                ++s.dayGold;
        }
        if (xi < 0) {
            if (log && g.required) {
                *log << QStringLiteral("  missed %1 (%2..%3 [%4])")
                            .arg(g.id, g.first.toString(Qt::ISODate), g.last.toString(Qt::ISODate),
                                 g.actors.join(u", "));
                for (const ExtractedEvent &x : found)
                    if (sameSentence(g, x)) {
                        QStringList actors;
                        for (const EventActor &a : x.event.actors)
                            actors << a.name;
                        *log << QStringLiteral("    in its sentence: %1..%2 \"%3\" [%4]")
                                    .arg(x.event.date.startText(), x.event.date.endText(),
                                         x.event.date.phrase(), actors.join(u", "));
                    }
            }
            continue;
        }
        const ExtractedEvent &match = found.at(xi);
        if (g.required) {
            ++s.found;
            if (g.precision == u"day" && exactDay(g, match))
                ++s.dayExact;
        }
        std::set<QString> mine;
        for (const EventActor &a : match.event.actors)
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

// One line of the per-article table (shown with -s), then what went wrong.
void report(const QString &name, const Score &s, const QStringList &log)
{
    WARN(QStringLiteral("%1 | recall %2/%3 = %4 | precision %5/%6 = %7 | exact day dates %8/%9 = "
                        "%10 | actors F1 %11\n%12")
             .arg(name, -40)
             .arg(s.found)
             .arg(s.gold)
             .arg(s.recall(), 0, 'f', 2)
             .arg(s.correct)
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
        CHECK(s.actorsF1() >= 0.85);
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

TEST_CASE("the extractor gives one event per written date form", "[ingest][extractor]")
{
    auto datesOf = [](const char *text) {
        ArticleInput in;
        in.text = QString::fromUtf8(text);
        in.published = QDate(2024, 2, 10);
        QList<QDate> days;
        for (const ExtractedEvent &x : extractEvents(in, Gazetteer::builtin()))
            days << x.event.date.firstDay();
        return days;
    };
    // A weekday next to its date is one expression, dated by the date.
    CHECK(datesOf("On Monday, 5 February, Qatar hosted talks with Egypt.") ==
          QList<QDate>{QDate(2024, 2, 5)});
    CHECK(datesOf("Qatar hosted talks with Egypt on Monday, February 5.") ==
          QList<QDate>{QDate(2024, 2, 5)});
    // ISO and unambiguous numeric dates in running text; ambiguous ones are left out.
    CHECK(datesOf("Japan and China met on 2024-01-15 in Beijing.") ==
          QList<QDate>{QDate(2024, 1, 15)});
    CHECK(datesOf("Japan and China signed a memorandum dated 15/01/2024.") ==
          QList<QDate>{QDate(2024, 1, 15)});
    CHECK(datesOf("Japan and China signed a memorandum dated 03/04/2024.").isEmpty());
    // Ordinals.
    CHECK(datesOf("Japan protested to China on the 3rd of February.") ==
          QList<QDate>{QDate(2024, 2, 3)});
    CHECK(datesOf("Japan protested to China on February 3rd.") == QList<QDate>{QDate(2024, 2, 3)});
    // Names that look like dates.
    CHECK(datesOf("Egypt's embassy on 26th of July Street reopened, China said.").isEmpty());
    CHECK(
        datesOf("China held a forum on the May Fourth Movement and Black Friday sales.").isEmpty());
}

TEST_CASE("a sentence reporting a second happening on its date gives a second event",
          "[ingest][extractor]")
{
    auto extract = [](const char *text) {
        ArticleInput in;
        in.text = QString::fromUtf8(text);
        in.published = QDate(2024, 6, 18);
        return extractEvents(in, Gazetteer::builtin());
    };
    // A dated event noun others held: the summit is an event of its own, with its own actors.
    auto found = extract("China stayed away from a weekend summit in Geneva promoted by Ukraine "
                         "that urged Russia to withdraw.");
    REQUIRE(found.size() == 2);
    CHECK(found.at(0).event.kind == u"rejection/denial");
    CHECK(found.at(0).event.sourceActor() == u"China");
    CHECK(found.at(1).event.kind == u"meeting/visit");
    CHECK(found.at(1).event.sourceActor() == u"Ukraine");
    CHECK(found.at(1).event.date == found.at(0).event.date);
    // A deed beside a word.
    found = extract("Hamas refused to free the hostages on Monday and resumed firing rockets at "
                    "Israel.");
    REQUIRE(found.size() == 2);
    CHECK(found.at(0).event.kind == u"rejection/denial");
    CHECK(found.at(1).event.kind == u"military action");
    CHECK(found.at(1).event.date.firstDay() == QDate(2024, 6, 17));
    // Two words are one statement.
    CHECK(extract("Iran condemned Israel on Monday and warned of consequences.").size() == 1);
}
