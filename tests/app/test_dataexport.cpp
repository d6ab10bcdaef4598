#include "appdatabase.h"
#include "export/dataexportjob.h"
#include "io/csvreader.h"
#include "io/databasejson.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"
#include "window/actorpanel.h"
#include "windowfixture.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace detente;
using detente::test::TempDir;

namespace {

/// A seeded database and a job on an offscreen window.
struct ExportFixture {
    TempDir tmp;
    QString db = tmp.path(QStringLiteral("events.sqlite"));
    QWidget window;
    DataExportJob job{&window};
    ExportFixture()
    {
        Database seeded;
        REQUIRE(openAppDatabase(seeded, db, true).isOk());
    }
    /// Runs an export to the end.
    void run(const EventFilter &filter, const QString &path, DataFormat format)
    {
        QSignalSpy done(&job, &DataExportJob::finished);
        job.start(db, filter, path, format, QStringLiteral("Seed"));
        REQUIRE(job.isRunning());
        REQUIRE(done.wait(20000));
        CHECK_FALSE(job.isRunning());
    }
    QList<Event> events(const EventFilter &filter) const
    {
        Database d;
        REQUIRE(d.open(db, Database::OpenMode::ReadOnly).isOk());
        return EventStore(d).events(filter);
    }
};

} // namespace

TEST_CASE("Export Data writes the filtered events as CSV that imports back", "[gui][dataexport]")
{
    ExportFixture f;
    EventFilter china;
    china.actors = {QStringLiteral("China")};
    const QList<Event> expected = f.events(china);
    REQUIRE(expected.size() > 1);
    REQUIRE(expected.size() < f.events({}).size());
    const QString out = f.tmp.path(QStringLiteral("china.csv"));
    f.run(china, out, DataFormat::Csv);
    REQUIRE(f.job.status().isOk());
    CHECK(f.job.path() == out);

    Database back;
    REQUIRE(back.open(f.tmp.path(QStringLiteral("back.sqlite"))).isOk());
    EventStore store(back);
    const ImportResult r = Importer(store).importFile(out);
    REQUIRE(r.fatal == QString());
    CHECK(r.inserted == expected.size());
    QStringList titles, backTitles;
    for (const Event &e : expected)
        titles << e.title;
    for (const Event &e : store.allEvents())
        backTitles << e.title;
    titles.sort();
    backTitles.sort();
    CHECK(backTitles == titles);
}

TEST_CASE("Export Data of the whole database as JSON keeps its actors and links",
          "[gui][dataexport]")
{
    ExportFixture f;
    const QString out = f.tmp.path(QStringLiteral("all.json"));
    f.run({}, out, DataFormat::Json);
    REQUIRE(f.job.status().isOk());
    Database back;
    REQUIRE(back.open(f.tmp.path(QStringLiteral("back.sqlite"))).isOk());
    EventStore store(back);
    const ImportResult r = Importer(store).importFile(out);
    REQUIRE(r.fatal == QString());
    CHECK(r.inserted == f.events({}).size());
    // The seed's response link (China's rejection answers NATO's accusation) came along.
    Database seed;
    REQUIRE(seed.open(f.db, Database::OpenMode::ReadOnly).isOk());
    qsizetype links = 0, backLinks = 0;
    for (const Event &e : EventStore(seed).allEvents())
        links += e.answers.size();
    for (const Event &e : store.allEvents())
        backLinks += e.answers.size();
    CHECK(links > 0);
    CHECK(backLinks == links);
}

TEST_CASE("a failed Export Data says why and leaves no file", "[gui][dataexport]")
{
    ExportFixture f;
    const QString out = f.tmp.path(QStringLiteral("no/such/folder/events.csv"));
    f.run({}, out, DataFormat::Csv);
    REQUIRE_FALSE(f.job.status().isOk());
    CHECK(f.job.status().message().startsWith(QStringLiteral("cannot write ") + out));
    REQUIRE(f.job.errorBox());
    CHECK(f.job.errorBox()->text().contains(f.job.status().message()));
    CHECK_FALSE(QFile::exists(out));
    f.job.errorBox()->close();
}

TEST_CASE("Cancel stops Export Data and keeps the earlier file", "[gui][dataexport]")
{
    ExportFixture f;
    {
        // Several batches of events, so that the export is still going when Cancel comes.
        Database db;
        REQUIRE(db.open(f.db).isOk());
        QList<Event> events;
        for (int i = 0; i < 3 * eventBatchSize; ++i)
            events.append(detente::test::makeEvent(QStringLiteral("Event %1").arg(i),
                                                   QDate(2023, 1, 1).addDays(i % 300),
                                                   QStringLiteral("China")));
        REQUIRE(EventStore(db).insertEvents(events).isOk());
    }
    const QString out = f.tmp.path(QStringLiteral("all.csv"));
    const QByteArray before = "yesterday's export\n";
    REQUIRE(detente::test::writeFile(out, before));
    QSignalSpy done(&f.job, &DataExportJob::finished);
    f.job.start(f.db, {}, out, DataFormat::Csv, QString());
    REQUIRE(f.job.progressDialog());
    CHECK(f.job.progressDialog()->maximum() > 0); // a bar that fills, not a busy one
    // At once: the worker is then still at its first batch, and stops after it.
    auto *cancel = f.job.progressDialog()->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(done.wait(20000));
    CHECK(f.job.wasCancelled());
    CHECK_FALSE(f.job.errorBox());
    const bool unchanged = detente::test::readFile(out) == before;
    CHECK(unchanged);
    CHECK(QDir(f.tmp.path(QString())).entryList({QStringLiteral("all*")}, QDir::Files) ==
          QStringList{QStringLiteral("all.csv")});

    // Run to the end, it replaces the file whole.
    f.run({}, out, DataFormat::Csv);
    REQUIRE(f.job.status().isOk());
    CHECK_FALSE(f.job.wasCancelled());
    CHECK(detente::test::readFile(out).count("\r\n") > 3 * eventBatchSize);
}

TEST_CASE("File → Export Data writes what the window shows", "[gui][dataexport]")
{
    detente::test::WindowFixture w;
    QAction *action = w.window.findChild<QAction *>(QStringLiteral("exportData"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    w.window.actorPanel()->only(QStringLiteral("NATO"));
    const EventFilter shown = w.window.currentFilter();
    CHECK(shown.actors == QStringList{QStringLiteral("NATO")});

    DataExportJob *job = w.window.dataExport();
    REQUIRE(job);
    QSignalSpy done(job, &DataExportJob::finished);
    const QString out = w.tmp.path(QStringLiteral("nato.csv"));
    job->start(w.databasePath(), shown, out, DataFormat::Csv, QString());
    REQUIRE(done.wait(20000));
    REQUIRE(job->status().isOk());
    CHECK(w.window.statusBar()->currentMessage().contains(QStringLiteral("nato.csv")));
    Database db;
    REQUIRE(db.open(w.databasePath(), Database::OpenMode::ReadOnly).isOk());
    const qsizetype nato = EventStore(db).events(shown).size();
    REQUIRE(nato > 0);
    // One line per event after the header (no event of the seed spans lines).
    const QList<QByteArray> lines = detente::test::readFile(out).trimmed().split('\n');
    CHECK(lines.size() == nato + 1);
}
