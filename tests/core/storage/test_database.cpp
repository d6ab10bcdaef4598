#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace detente;
using detente::test::readFile;
using detente::test::TempDir;
using detente::test::writeFile;

namespace {
QStringList tables(Database &db)
{
    QStringList names;
    Statement st(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (st.next())
        names << st.text(0);
    return names;
}

int userVersion(Database &db)
{
    Statement st(db, "PRAGMA user_version");
    return st.next() ? int(st.int64(0)) : -1;
}

/// Makes an SQLite file with a raw connection, bypassing Detente's checks.
void makeRawDatabase(const QString &path, const char *sql)
{
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
}
} // namespace

TEST_CASE("a new file is migrated to the current schema", "[storage][migration]")
{
    TempDir tmp;
    Database db;
    REQUIRE(db.open(tmp.path("new.sqlite")).isOk());
    CHECK(db.openedSchemaVersion() == 0);
    CHECK(userVersion(db) == Database::currentSchemaVersion());
    CHECK(Database::currentSchemaVersion() >= 1);
    const QStringList t = tables(db);
    for (const char *name : {"sources", "actors", "actor_aliases", "events", "event_actors",
                             "event_persons", "mentions", "responses"})
        CHECK(t.contains(QLatin1String(name)));
    Statement fk(db, "PRAGMA foreign_keys");
    REQUIRE(fk.next());
    CHECK(fk.int64(0) == 1);
    Statement wal(db, "PRAGMA journal_mode");
    REQUIRE(wal.next());
    CHECK(wal.text(0) == QStringLiteral("wal"));
}

TEST_CASE("an empty existing file is migrated like a new one", "[storage][migration]")
{
    TempDir tmp;
    REQUIRE(writeFile(tmp.path("empty.sqlite"), {}));
    Database db;
    REQUIRE(db.open(tmp.path("empty.sqlite"), Database::OpenMode::Existing).isOk());
    CHECK(userVersion(db) == Database::currentSchemaVersion());
}

TEST_CASE("reopening a current database changes nothing", "[storage][migration]")
{
    TempDir tmp;
    const QString path = tmp.path("db.sqlite");
    {
        Database db;
        REQUIRE(db.open(path).isOk());
    }
    Database db;
    REQUIRE(db.open(path, Database::OpenMode::Existing).isOk());
    CHECK(db.openedSchemaVersion() == Database::currentSchemaVersion());
    CHECK(db.backupPath().isEmpty());
}

TEST_CASE("files the program cannot use are refused and left byte-identical", "[storage][safety]")
{
    TempDir tmp;
    SECTION("a newer schema")
    {
        const QString path = tmp.path("newer.sqlite");
        makeRawDatabase(path, "CREATE TABLE future(x); PRAGMA user_version = 999;");
        const QByteArray before = readFile(path);
        Database db;
        const Status s = db.open(path);
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral("newer Detente")));
        CHECK_FALSE(db.isOpen());
        CHECK(readFile(path) == before);
    }
    SECTION("a text file")
    {
        const QString path = tmp.path("notes.sqlite");
        const QByteArray text = "These are my notes, not a database.\n";
        REQUIRE(writeFile(path, text));
        Database db;
        const Status s = db.open(path);
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral("not a readable SQLite database")));
        CHECK(readFile(path) == text);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = tmp.path("other.sqlite");
        makeRawDatabase(path,
                        "CREATE TABLE customers(name TEXT); INSERT INTO customers VALUES ('x');");
        const QByteArray before = readFile(path);
        Database db;
        const Status s = db.open(path);
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral("not a Detente database")));
        CHECK(readFile(path) == before);
    }
    SECTION("a missing file in read-only mode is not created")
    {
        const QString path = tmp.path("missing.sqlite");
        Database db;
        const Status s = db.open(path, Database::OpenMode::ReadOnly);
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message() == QStringLiteral("database not found: %1").arg(path));
        CHECK_FALSE(QFileInfo::exists(path));
    }
}

TEST_CASE("a read-only open writes nothing", "[storage][safety]")
{
    TempDir tmp;
    const QString path = tmp.path("db.sqlite");
    {
        Database db;
        REQUIRE(db.open(path).isOk());
        EventStore store(db);
        REQUIRE(store
                    .insertEvents({detente::test::makeEvent(QStringLiteral("A"), QDate(2024, 1, 2),
                                                            QStringLiteral("China"))})
                    .isOk());
    }
    const QByteArray before = readFile(path);
    Database db;
    REQUIRE(db.open(path, Database::OpenMode::ReadOnly).isOk());
    CHECK(db.isReadOnly());
    EventStore store(db);
    CHECK(store.eventCount() == 1);
    CHECK_FALSE(store
                    .insertEvents({detente::test::makeEvent(QStringLiteral("B"), QDate(2024, 1, 3),
                                                            QStringLiteral("China"))})
                    .isOk());
    db.close();
    CHECK(readFile(path) == before);
}

TEST_CASE("a transaction rolls back unless committed", "[storage]")
{
    TempDir tmp;
    Database db;
    REQUIRE(db.open(tmp.path("db.sqlite")).isOk());
    {
        Transaction tx(db);
        REQUIRE(tx.beginStatus().isOk());
        REQUIRE(db.exec("INSERT INTO actors(name, kind) VALUES ('X', 'state')").isOk());
    }
    Statement count(db, "SELECT count(*) FROM actors");
    REQUIRE(count.next());
    CHECK(count.int64(0) == 0);
}

TEST_CASE("closing the window's connection leaves the file complete though a reader stays open",
          "[storage][safety]")
{
    // A worker's read-only connection may outlive the window's. SQLite moves its log into the
    // file only when the last connection closes, and a read-only one cannot: the changes would
    // stay in the -wal file beside it, missing from a copy of the database file alone.
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("events.sqlite"));
    Database writer, reader;
    REQUIRE(writer.open(path).isOk());
    REQUIRE(reader.open(path, Database::OpenMode::ReadOnly).isOk());
    REQUIRE(EventStore(reader).eventCount() == 0);
    REQUIRE(EventStore(writer)
                .insertEvents({detente::test::makeEvent(
                    QStringLiteral("Written last"), QDate(2024, 4, 26), QStringLiteral("China"))})
                .isOk());
    writer.close();
    CHECK(EventStore(reader).eventCount() == 1);

    // The file alone, copied elsewhere without its log, has the event.
    const QString copy = tmp.path(QStringLiteral("copy.sqlite"));
    REQUIRE(QFile::copy(path, copy));
    Database copied;
    REQUIRE(copied.open(copy).isOk());
    CHECK(EventStore(copied).eventCount() == 1);
}
