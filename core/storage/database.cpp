#include "database.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <filesystem>
#include <functional>

#include <sys/stat.h>

namespace detente {

namespace {
constexpr int busyTimeoutMs = 3000;

QString sqliteMessage(sqlite3 *db)
{
    if (!db)
        return QCoreApplication::translate("detente::Database", "out of memory");
    const int code = sqlite3_errcode(db) & 0xff;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return QCoreApplication::translate(
            "detente::Database",
            "the database is in use by another program (locked); try again when "
            "it has finished");
    if (code == SQLITE_READONLY)
        return QCoreApplication::translate("detente::Database", "the database is read-only");
    if (code == SQLITE_FULL)
        return QCoreApplication::translate("detente::Database", "the disk is full");
    // A failed write or sync is mostly a full disk or a quota (EFBIG, EDQUOT), which SQLite
    // reports as a plain I/O error; say what the user can do something about.
    const int extended = sqlite3_extended_errcode(db);
    if (extended == SQLITE_IOERR_WRITE || extended == SQLITE_IOERR_FSYNC ||
        extended == SQLITE_IOERR_TRUNCATE || extended == SQLITE_IOERR_SHMSIZE)
        return QCoreApplication::translate("detente::Database",
                                           "the disk is full or cannot be written (%1)")
            .arg(QString::fromUtf8(sqlite3_errmsg(db)));
    return QString::fromUtf8(sqlite3_errmsg(db));
}
} // namespace

Database::Database()
{
    // Memory statistics cost a global mutex on every allocation; Detente never reads them. This
    // must precede SQLite's initialisation, so it runs once, before the first connection.
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
}

Database::~Database()
{
    close();
}

int Database::currentSchemaVersion()
{
    return int(migrations().size());
}

namespace {
/// Copies every page of `from`'s main database into `to` (SQLite's online backup), in steps
/// when there is someone to tell: `progress(done, total)` after each, false stops the copy.
/// SQLITE_DONE when it is complete.
int copyPages(sqlite3 *from, sqlite3 *to,
              const std::function<bool(qint64 done, qint64 total)> &progress = {})
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return SQLITE_ERROR;
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, progress ? 1024 : -1);
        if (progress && rc == SQLITE_OK) {
            const int total = sqlite3_backup_pagecount(backup);
            if (!progress(total - sqlite3_backup_remaining(backup), total))
                rc = SQLITE_INTERRUPT;
        }
    } while (rc == SQLITE_OK);
    const int finished = sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? finished == SQLITE_OK ? SQLITE_DONE : finished : rc;
}

/// A file's device and inode, which stay the same through renames.
std::optional<std::pair<quint64, quint64>> identityOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return std::make_pair(quint64(st.st_dev), quint64(st.st_ino));
}
} // namespace

void Database::close()
{
    if (!m_db)
        return;
    int moved = 0;
    if (!m_readOnly)
        sqlite3_file_control(m_db, "main", SQLITE_FCNTL_HAS_MOVED, &moved);
    // SQLite does not checkpoint a file that was deleted, moved or renamed over when it closes,
    // and leaves its log at the path. There the commits in it would be missing from the moved
    // file (to the Trash, say), and the next connection at the path would replay them into
    // whatever file is there now. So they go into the file this connection has open, wherever
    // it is now, and the emptied log is removed.
    bool emptied = false;
    if (moved)
        emptied = sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr,
                                            nullptr) == SQLITE_OK;
    else if (!m_readOnly)
        // SQLite moves its log into the file when the last connection closes, and only if that
        // one may write: a worker's read-only connection closing after this one would leave the
        // latest changes in the -wal file, missing from a copy of the database file alone. A
        // passive checkpoint waits for no one; idle readers hold nothing back.
        (void)sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    const QString wal = m_path + QStringLiteral("-wal");
    if (moved && m_wal && identityOf(wal) == m_wal) {
        if (!emptied) // another connection still reads it: set aside, neither lost nor replayed
            QFile::rename(
                wal, wal + QStringLiteral(".orphaned-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QFile::remove(wal);
        QFile::remove(m_path + QStringLiteral("-shm"));
    }
    m_wal.reset();
}

Status Database::open(const QString &path, OpenMode mode)
{
    close();
    m_path = path;
    m_backupPath.clear();
    m_openedVersion = 0;
    const QFileInfo info(path);
    if (mode != OpenMode::Create && !info.exists())
        return Status::error(
            QCoreApplication::translate("detente::Database", "database not found: %1").arg(path));
    if (info.exists() && !info.isFile())
        return Status::error(
            QCoreApplication::translate("detente::Database", "not a database file: %1").arg(path));
    if (info.exists() && !info.isReadable())
        return Status::error(
            QCoreApplication::translate("detente::Database",
                                        "cannot read the database %1: permission denied")
                .arg(path));

    // A file we may not write (or whose folder we may not write, so no journal) is opened
    // read-only and said so through isReadOnly().
    m_readOnly =
        mode == OpenMode::ReadOnly ||
        (info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()));
    int flags = SQLITE_OPEN_NOMUTEX;
    if (m_readOnly)
        flags |= SQLITE_OPEN_READONLY;
    else
        flags |= SQLITE_OPEN_READWRITE | (mode == OpenMode::Create ? SQLITE_OPEN_CREATE : 0);

    const QByteArray file = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(file.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = sqliteMessage(m_db);
        close();
        return Status::error(
            QCoreApplication::translate("detente::Database", "cannot open the database %1: %2")
                .arg(path, msg));
    }
    if (Status s = configure(); !s) {
        close();
        return s;
    }
    if (Status s = checkAndMigrate(); !s) {
        close();
        return Status::error(QStringLiteral("%1: %2").arg(path, s.message()));
    }
    m_wal = identityOf(path + QStringLiteral("-wal"));
    return {};
}

Status Database::configure()
{
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    // A database from someone else must not run code or reach other files.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    if (Status s = exec("PRAGMA foreign_keys = ON"); !s)
        return s;
    (void)exec("PRAGMA temp_store = MEMORY");
    // Events of one time window lie scattered over the table when a file was not imported in date
    // order: with SQLite's default 2 MiB page cache a viewport query read every page again from
    // the operating system (measured: half its time at 100,000 events). 64 MiB holds the pages a
    // session keeps returning to; memory is taken only as pages are read.
    (void)exec("PRAGMA cache_size = -65536");
    return {};
}

int Database::userVersion()
{
    Statement st(*this, "PRAGMA user_version");
    return st.next() ? int(st.int64(0)) : -1;
}

Status Database::checkAndMigrate()
{
    // Reading the schema is the first access to the file: it tells a non-SQLite file apart.
    // (Scoped, so no statement keeps a read transaction open when the journal mode changes.)
    qint64 objects = 0;
    {
        Statement count(*this, "SELECT count(*) FROM sqlite_schema");
        if (!count.isValid() || !count.next()) {
            const QString why = count.isValid() ? count.stepError() : count.error();
            return Status::error(QCoreApplication::translate("detente::Database",
                                                             "not a readable SQLite database (%1)")
                                     .arg(why));
        }
        objects = count.int64(0);
    }
    // Our schema has no views and no triggers: one found in a file was put there by someone
    // else and would run its SQL on our reads and writes, so such a file is refused unread.
    {
        Statement foreign(*this, "SELECT type, name FROM sqlite_schema "
                                 "WHERE type IN ('view', 'trigger') ORDER BY type, name LIMIT 1");
        if (!foreign.isValid())
            return Status::error(QCoreApplication::translate("detente::Database",
                                                             "not a readable SQLite database (%1)")
                                     .arg(foreign.error()));
        if (foreign.next())
            return Status::error(
                QCoreApplication::translate(
                    "detente::Database",
                    "the file holds a %1 (\"%2\") that Detente does not create, so "
                    "it was refused; the file was not changed")
                    .arg(foreign.text(0), foreign.text(1).left(80)));
        if (!foreign.stepError().isEmpty())
            return Status::error(QCoreApplication::translate("detente::Database",
                                                             "not a readable SQLite database (%1)")
                                     .arg(foreign.stepError()));
    }
    const int version = userVersion();
    m_openedVersion = version;
    const int current = currentSchemaVersion();
    if (version > current)
        return Status::error(
            QCoreApplication::translate(
                "detente::Database",
                "written by a newer Detente (schema %1; this program knows up to %2); "
                "the file was not changed")
                .arg(version)
                .arg(current));
    if (version == 0 && objects > 0)
        return Status::error(QCoreApplication::translate(
            "detente::Database",
            "an SQLite file that is not a Detente database; the file was not changed"));
    if (version == current) {
        if (!m_readOnly)
            (void)exec("PRAGMA journal_mode = WAL"); // readers never block the writer
        return {};
    }
    if (m_readOnly) {
        if (version == 0)
            return Status::error(QCoreApplication::translate(
                "detente::Database", "the database needs to be created but is read-only"));
        // An older file that may not be changed is read through an upgraded copy in memory.
        if (Status s = copyIntoMemory(); !s)
            return s;
        return applyMigrations(version);
    }
    if (version > 0) {
        // Keep the user's data safe before changing the schema.
        m_backupPath =
            QStringLiteral("%1.schema%2-%3.bak")
                .arg(m_path)
                .arg(version)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        Statement backup(*this, "VACUUM INTO ?1");
        backup.bind(1, m_backupPath);
        if (!backup.exec())
            return Status::error(
                QCoreApplication::translate("detente::Database",
                                            "cannot write a backup before upgrading: %1")
                    .arg(backup.stepError()));
    }
    (void)exec("PRAGMA journal_mode = WAL");
    return applyMigrations(version);
}

Status Database::applyMigrations(int version)
{
    // All steps in one transaction: the file is upgraded whole or stays as it was.
    Transaction tx(*this);
    if (!tx.beginStatus())
        return tx.beginStatus();
    const auto &steps = migrations();
    const int current = currentSchemaVersion();
    for (int v = version; v < current; ++v) {
        if (Status s = exec(steps[v].sql.constData()); !s)
            return Status::error(
                QCoreApplication::translate("detente::Database", "upgrade to schema %1 failed: %2")
                    .arg(v + 1)
                    .arg(s.message()));
    }
    // user_version takes no parameter; the value is our own constant.
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(current);
    if (Status s = exec(setVersion.constData()); !s)
        return s;
    return tx.commit();
}

Status Database::copyIntoMemory()
{
    sqlite3 *memory = nullptr;
    if (sqlite3_open_v2(":memory:", &memory, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close_v2(memory);
        return Status::error(QCoreApplication::translate("detente::Database", "out of memory"));
    }
    if (copyPages(m_db, memory) != SQLITE_DONE) {
        const QString why = sqliteMessage(memory);
        sqlite3_close_v2(memory);
        return Status::error(
            QCoreApplication::translate("detente::Database",
                                        "cannot read the older database into memory: %1")
                .arg(why));
    }
    sqlite3_close_v2(m_db);
    m_db = memory;
    return configure();
}

Status Database::checkFile() const
{
    if (!m_db)
        return Status::error(
            QCoreApplication::translate("detente::Database", "database is not open"));
    // An unlinked or renamed-over file stays readable through its open descriptor, but what is
    // written to it is lost with the last close: refuse writes rather than lose them silently.
    int moved = 0;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
        return Status::error(
            QCoreApplication::translate("detente::Database",
                                        "the database file %1 was deleted, moved or replaced "
                                        "by another program while it was open; nothing was "
                                        "written (open it again)")
                .arg(m_path));
    return {};
}

Status Database::saveCopy(const QString &path,
                          const std::function<bool(qint64, qint64)> &progress) const
{
    if (!m_db)
        return Status::error(
            QCoreApplication::translate("detente::Database", "database is not open"));
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Status::error(QCoreApplication::translate(
            "detente::Database", "a copy cannot replace the database it is made from"));
    // Into a file of its own next to the target, renamed over it once whole: a failed copy
    // leaves no half file and an earlier file of that name intact.
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    auto failed = [&](const QString &why) {
        QFile::remove(part);
        return Status::error(
            QCoreApplication::translate("detente::Database", "cannot save a copy as %1: %2")
                .arg(path, why));
    };
    sqlite3 *copy = nullptr;
    if (sqlite3_open_v2(part.toUtf8().constData(), &copy,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString why = copy ? sqliteMessage(copy) : QStringLiteral("out of memory");
        sqlite3_close_v2(copy);
        return failed(why);
    }
    const int rc = copyPages(m_db, copy, progress);
    const QString why = rc == SQLITE_INTERRUPT
                            ? QCoreApplication::translate("detente::Database", "cancelled")
                            : sqliteMessage(copy);
    if (sqlite3_close(copy) != SQLITE_OK || rc != SQLITE_DONE)
        return failed(why);
    std::error_code error; // replaces an earlier file in one step
    std::filesystem::rename(QFile::encodeName(part).toStdString(),
                            QFile::encodeName(path).toStdString(), error);
    if (error)
        return failed(QString::fromStdString(error.message()));
    return {};
}

void Database::setBusyTimeout(int ms)
{
    if (m_db)
        sqlite3_busy_timeout(m_db, ms);
}

void Database::interrupt()
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

Status Database::exec(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const int code = sqlite3_errcode(m_db) & 0xff;
        const bool plain = code == SQLITE_ERROR || code == SQLITE_CONSTRAINT;
        const QString msg = err && plain ? QString::fromUtf8(err) : sqliteMessage(m_db);
        sqlite3_free(err);
        return Status::error(msg);
    }
    return {};
}

QString Database::lastError() const
{
    return sqliteMessage(m_db);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

// --- Statement -----------------------------------------------------------------------------

Statement::Statement(Database &db, const char *sql)
    : m_db(db)
{
    if (!db.handle()) {
        m_error = QCoreApplication::translate("detente::Database", "database is not open");
        return;
    }
    if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
        SQLITE_OK) {
        m_error = db.lastError();
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement &Statement::bind(int index, const QString &value)
{
    // The UTF-8 copy lives in the statement until reset(), so SQLite need not copy it again.
    m_texts.append(value.toUtf8());
    const QByteArray &utf8 = m_texts.last();
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_STATIC,
                        SQLITE_UTF8);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt) {
        m_stepError = m_error;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_stepError = m_db.lastError();
    return false;
}

bool Statement::exec()
{
    m_stepError.clear();
    while (next()) {
    }
    const bool ok = m_stepError.isEmpty() && m_stmt;
    if (!m_stmt)
        m_stepError = m_error;
    reset();
    return ok;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_texts.clear();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

const char *Statement::rawText(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? p : "";
}

std::string_view Statement::textView(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, column)))
             : std::string_view();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

// --- ReadSnapshot --------------------------------------------------------------------------

ReadSnapshot::ReadSnapshot(Database &db)
    : m_db(db)
    , m_own(sqlite3_get_autocommit(db.handle()) != 0)
{
    if (m_own)
        m_begin = db.exec("BEGIN");
    m_own = m_own && m_begin.isOk();
}

ReadSnapshot::~ReadSnapshot()
{
    // Nothing was written: a failed COMMIT (a statement still reading) must not leave the
    // connection inside the transaction.
    if (m_own && !m_db.exec("COMMIT"))
        (void)m_db.exec("ROLLBACK");
}

// --- Transaction ---------------------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
    , m_begin(m_nested ? Status() : db.checkFile())
{
    if (m_begin.isOk())
        m_begin = db.exec(m_nested ? "SAVEPOINT detente_tx" : "BEGIN IMMEDIATE");
    m_done = !m_begin.isOk();
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (m_nested) {
        (void)m_db.exec("ROLLBACK TO detente_tx");
        (void)m_db.exec("RELEASE detente_tx");
    } else {
        (void)m_db.exec("ROLLBACK");
    }
}

Status Transaction::commit()
{
    if (m_done)
        return m_begin.isOk() ? Status::error(QCoreApplication::translate(
                                    "detente::Database", "transaction already ended"))
                              : m_begin;
    Status s = m_db.exec(m_nested ? "RELEASE detente_tx" : "COMMIT");
    if (s)
        m_done = true; // on failure the destructor rolls back
    return s;
}

} // namespace detente
