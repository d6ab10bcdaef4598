#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace detente;
using detente::test::readFile;
using detente::test::TempDir;

namespace {
/// A copy of a fixture database in a temporary folder.
QString fixtureCopy(const TempDir &tmp, const QString &name)
{
    const QString from = QStringLiteral(DETENTE_TEST_DATA "/schema/") + name;
    const QString to = tmp.path(name);
    REQUIRE(QFile::copy(from, to));
    REQUIRE(QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner));
    return to;
}
} // namespace

TEST_CASE("every earlier schema migrates forward with its data", "[storage][migration]")
{
    // One fixture per earlier version (tests/data/schema/README.md).
    const QStringList fixtures = QDir(QStringLiteral(DETENTE_TEST_DATA "/schema"))
                                     .entryList({QStringLiteral("v*.sqlite")}, QDir::Files, QDir::Name);
    REQUIRE(fixtures.size() == Database::currentSchemaVersion() - 1);
    for (const QString &name : fixtures) {
        INFO(name.toStdString());
        TempDir tmp;
        const QString path = fixtureCopy(tmp, name);
        const QByteArray original = readFile(path);
        Database db;
        REQUIRE(db.open(path, Database::OpenMode::Existing).isOk());
        CHECK(db.openedSchemaVersion() == name.mid(1, name.indexOf(u'.') - 1).toInt());
        // A backup of the file as it was, next to it.
        REQUIRE_FALSE(db.backupPath().isEmpty());
        CHECK(QFileInfo(db.backupPath()).absolutePath() == QFileInfo(path).absolutePath());
        {
            Database backup;
            REQUIRE(backup.open(db.backupPath(), Database::OpenMode::ReadOnly).isOk());
            CHECK(backup.openedSchemaVersion() == db.openedSchemaVersion());
        }
        EventStore store(db);
        CHECK(store.eventCount() == 9);
        // What the new schema adds works on the old rows.
        EventFilter words;
        words.text = QStringLiteral("microelectronics");
        CHECK(store.events(words).size() == 1);
        EventFilter quote;
        quote.text = QStringLiteral("dual-use");
        CHECK_FALSE(store.events(quote).isEmpty());
        EventFilter april;
        april.from = dayStartMs(QDate(2024, 4, 25));
        april.to = dayStartMs(QDate(2024, 4, 26));
        CHECK(store.events(april).size() == 1);
        (void)original;
    }
}

TEST_CASE("a failed migration leaves the file as it was", "[storage][migration]")
{
    TempDir tmp;
    const QString path = fixtureCopy(tmp, QStringLiteral("v1.sqlite"));
    const QByteArray before = readFile(path);
    {
        // Another connection holds the write lock: the upgrade cannot start.
        Database other;
        REQUIRE(other.open(path, Database::OpenMode::ReadOnly).isOk());
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
        Database db;
        const Status s = db.open(path, Database::OpenMode::Existing);
        sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().contains(QStringLiteral("in use by another program")));
    }
    CHECK(readFile(path) == before);
}
