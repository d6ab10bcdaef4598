// Untrusted input (issue #9): database files crafted to run SQL of their own, and text from
// articles and imports that tries to become markup or a formula in what Detente writes.
#include "io/csvwriter.h"
#include "io/timelinejs.h"
#include "render/export.h"
#include "storage/database.h"
#include "testsupport.h"
#include "timeline/timelinescene.h"
#include "window/detailspane.h"

#include <QDomDocument>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextBlock>
#include <QTextDocument>

#include <sqlite3.h>

using namespace detente;
using detente::test::readFile;
using detente::test::TempDir;

namespace {

/// A current Detente database, then changed with a raw connection as an attacker would.
QString craftDatabase(const TempDir &tmp, const char *name, const char *sql)
{
    const QString path = tmp.path(QString::fromLatin1(name));
    {
        Database db;
        REQUIRE(db.open(path).isOk());
    }
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(raw, sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(raw);
    REQUIRE(rc == SQLITE_OK);
    return path;
}

const QString hostile =
    QStringLiteral("<script>alert(\"x\")</script> & 'quotes' \"double\" </text><svg onload=x>");

} // namespace

TEST_CASE("a database with views or triggers Detente did not make is refused, unchanged",
          "[safety][storage]")
{
    TempDir tmp;
    struct Case {
        const char *name;
        const char *sql;
        const char *says;
    };
    const Case cases[] = {
        {"trigger.sqlite",
         "CREATE TRIGGER wipe AFTER INSERT ON events BEGIN DELETE FROM sources; END;",
         "a trigger (\"wipe\")"},
        {"view.sqlite", "CREATE VIEW peek AS SELECT * FROM sources;", "a view (\"peek\")"},
        {"temp-looking.sqlite",
         "CREATE TABLE log(x); CREATE TRIGGER events_fts_ai AFTER UPDATE ON actors "
         "BEGIN INSERT INTO log VALUES (new.name); END;",
         "a trigger (\"events_fts_ai\")"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = craftDatabase(tmp, c.name, c.sql);
        const QByteArray before = readFile(path);
        for (auto mode : {Database::OpenMode::Create, Database::OpenMode::Existing,
                          Database::OpenMode::ReadOnly}) {
            Database db;
            const Status s = db.open(path, mode);
            REQUIRE_FALSE(s.isOk());
            CHECK(s.message().contains(QString::fromLatin1(c.says)));
            CHECK(s.message().contains(QStringLiteral("not changed")));
            CHECK_FALSE(db.isOpen());
        }
        CHECK(readFile(path) == before);
    }
    // The command line says so in one line and fails.
    const QString path = tmp.path(QStringLiteral("trigger.sqlite"));
    QProcess p;
    p.start(QStringLiteral(DETENTE_BINARY), {QStringLiteral("list"), QStringLiteral("--db"), path});
    REQUIRE(p.waitForFinished(20000));
    CHECK(p.exitCode() == 1);
    const QByteArray err = p.readAllStandardError();
    CHECK(err.contains("Detente does not create"));
    CHECK(err.trimmed().count('\n') == 0);
}

TEST_CASE("our own database passes the view and trigger check", "[safety][storage]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ours.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).isOk());
    }
    Database db;
    CHECK(db.open(path, Database::OpenMode::Existing).isOk());
    Statement st(db, "SELECT count(*) FROM sqlite_schema WHERE type IN ('view', 'trigger')");
    REQUIRE(st.next());
    CHECK(st.int64(0) == 0);
}

TEST_CASE("every connection is defensive: untrusted schema, no extensions, no schema writes",
          "[safety][storage]")
{
    TempDir tmp;
    Database db;
    REQUIRE(db.open(tmp.path(QStringLiteral("db.sqlite"))).isOk());
    Statement trusted(db, "PRAGMA trusted_schema");
    REQUIRE(trusted.next());
    CHECK(trusted.int64(0) == 0);
    // No extension can be loaded, even when asked for by SQL.
    Statement load(db, "SELECT load_extension('/nonexistent/evil')");
    CHECK_FALSE(load.next());
    CHECK(load.stepError().contains(QStringLiteral("not authorized")));
    // Defensive mode: the schema table cannot be written, even with writable_schema.
    (void)db.exec("PRAGMA writable_schema = ON");
    CHECK_FALSE(db.exec("UPDATE sqlite_schema SET sql = 'x' WHERE name = 'events'").isOk());
}

TEST_CASE("hostile text stays text in SVG export", "[safety][render]")
{
    TempDir tmp;
    Event e = detente::test::makeEvent(hostile, QDate(2024, 4, 26), QStringLiteral("China & Co"));
    TimelineScene scene;
    scene.setEvents({e});
    ExportOptions o;
    o.size = QSize(1200, 600);
    o.title = hostile;
    o.subtitle = hostile;
    const QString out = tmp.path(QStringLiteral("hostile.svg"));
    REQUIRE(exportTimeline(scene, o, out).isOk());
    const QByteArray svg = readFile(out);
    CHECK_FALSE(svg.contains("<script"));
    CHECK_FALSE(svg.contains("<svg onload"));
    CHECK(svg.contains("&lt;script&gt;"));
    QDomDocument doc;
    REQUIRE(doc.setContent(svg)); // still well-formed XML
    // The title comes back as the text it was.
    CHECK(doc.elementsByTagName(QStringLiteral("title")).at(0).toElement().text() == hostile);
    CHECK(doc.elementsByTagName(QStringLiteral("script")).isEmpty());
}

TEST_CASE("hostile text is HTML-escaped in TimelineJS output", "[safety][io]")
{
    Event e = detente::test::makeEvent(hostile, QDate(2024, 4, 26), QStringLiteral("China"));
    e.summary = hostile;
    e.quote = hostile;
    e.source.url = QStringLiteral("https://example.org/?a=1&b=\"><script>x</script>");
    e.source.title = hostile;
    e.date = DateSpan::fromDay(QDate(2024, 4, 26), hostile);
    const QByteArray json = eventsToTimelineJs({e}, hostile);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject event = root.value(QStringLiteral("events")).toArray().at(0).toObject();
    const QJsonObject text = event.value(QStringLiteral("text")).toObject();
    const QString headline = text.value(QStringLiteral("headline")).toString();
    const QString body = text.value(QStringLiteral("text")).toString();
    CHECK(headline == hostile.toHtmlEscaped());
    for (const QString &html :
         {headline, body, event.value(QStringLiteral("display_date")).toString(),
          root.value(QStringLiteral("title"))
              .toObject()
              .value(QStringLiteral("text"))
              .toObject()
              .value(QStringLiteral("headline"))
              .toString()}) {
        INFO(html.toStdString());
        CHECK_FALSE(html.contains(QStringLiteral("<script")));
        CHECK_FALSE(html.contains(QStringLiteral("<svg")));
        CHECK_FALSE(html.contains(QStringLiteral("\"double\"")));
    }
    // The link's address cannot close its attribute.
    CHECK(body.contains(QStringLiteral("href=\"https://example.org/?a=1&amp;b=&quot;&gt;")));
}

TEST_CASE("CSV export guards every formula start in every text column", "[safety][io][csv]")
{
    for (const char *start : {"=", "+", "-", "@", "\t", "\r"}) {
        const QString evil = QString::fromLatin1(start) + QStringLiteral("HYPERLINK(1)");
        Event e = detente::test::makeEvent(evil, QDate(2024, 4, 26), evil, evil);
        e.summary = evil;
        e.quote = evil;
        e.kind = evil;
        const QString csv = QString::fromUtf8(eventsToCsv({e}));
        INFO(csv.toStdString());
        // Each cell holding the text starts with the guard, never with the formula character.
        CHECK_FALSE(csv.contains(QStringLiteral(",") + evil));
        CHECK_FALSE(csv.contains(QStringLiteral(",\"") + evil));
        CHECK(csv.count(QStringLiteral("'") + evil) >= 5);
    }
}

TEST_CASE("hostile text stays text in the details pane", "[safety][gui]")
{
    const QString img = QStringLiteral("<img src=x onerror=alert(1)>");
    const QString word = hostile + u' ' + img;
    Event e = detente::test::makeEvent(QStringLiteral("Title ") + word, QDate(2024, 4, 26),
                                       QStringLiteral("Actor ") + word);
    e.summary = QStringLiteral("Summary ") + word;
    e.quote = QStringLiteral("Quote ") + word;
    e.persons.append({QStringLiteral("Person ") + word, e.actors.first().name});
    e.attributedTo = QStringLiteral("Agency ") + word;
    SourceReport report;
    report.source.key = QStringLiteral("hostile");
    report.source.url =
        QStringLiteral("https://example.org/?a=1&b=\"2\"'3'<script>x</script>") + img;
    report.quote = e.quote;
    report.hasText = true;
    DetailsPane pane;
    pane.showEvent(e, {}, {}, {report});

    const QString text = pane.toPlainText();
    for (const QString &shown : {e.title, e.summary, e.quote, e.actors.first().name,
                                 e.persons.first().name, e.attributedTo, report.source.url}) {
        INFO(shown.toStdString());
        CHECK(text.contains(shown));
    }
    // No element came from the text: no script, no image, and the one web link goes exactly
    // where the source says (beside the pane's own "Show article" link).
    const QString html = pane.document()->toHtml();
    CHECK_FALSE(html.contains(u"<script", Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(u"<img", Qt::CaseInsensitive));
    QStringList links;
    for (QTextBlock b = pane.document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            CHECK_FALSE(format.isImageFormat());
            if (format.isAnchor() && !links.contains(format.anchorHref()))
                links << format.anchorHref();
        }
    CHECK(links == QStringList{report.source.url, QStringLiteral("article:0")});
    const QString source = DetailsPane::html(e, QLocale::c(), {}, {}, {report});
    CHECK_FALSE(source.contains(u"<script", Qt::CaseInsensitive));
    CHECK_FALSE(source.contains(u"<img", Qt::CaseInsensitive));
    CHECK_FALSE(source.contains(u"<svg", Qt::CaseInsensitive));
}
