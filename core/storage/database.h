#pragma once

#include "status.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace detente {

class Statement;

/// An open SQLite connection (RAII over sqlite3*), with the schema checked and migrated.
///
/// One Database is used from one thread at a time. Opening never modifies a file it refuses:
/// a newer schema, a file that is not SQLite or not Detente's, one holding views or triggers
/// (our schema has none, so they are someone else's code), or a missing file in the read-only
/// and existing modes.
class Database {
public:
    enum class OpenMode {
        Create,   ///< open or create, migrate to the current schema
        Existing, ///< the file must exist; migrate if older
        ReadOnly, ///< the file must exist and be current or older; nothing is written
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The schema version this program writes.
    static int currentSchemaVersion();

    Status open(const QString &path, OpenMode mode = OpenMode::Create);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_readOnly; }
    const QString &path() const { return m_path; }
    /// The schema version found on disk when the file was opened (0 for a new file).
    int openedSchemaVersion() const { return m_openedVersion; }
    /// Where the copy made before a migration was written; empty when none was needed.
    const QString &backupPath() const { return m_backupPath; }

    /// An error when the file was deleted, moved or replaced since it was opened (every write
    /// transaction checks this first, so nothing is written into a file no one will see).
    Status checkFile() const;
    /// Writes everything this connection sees into a new database file at `path` (replacing
    /// one there only once the copy is complete). Works when the open file was deleted or
    /// replaced: what was in it can still be saved.
    /// `progress(pages done, pages in all)` is told along the way; returning false cancels.
    Status saveCopy(const QString &path,
                    const std::function<bool(qint64 done, qint64 total)> &progress = {}) const;
    /// How long a write waits for another connection's lock before it fails (default 3 s).
    void setBusyTimeout(int ms);
    /// Stops the statement running on this connection (it fails as interrupted). Any thread,
    /// while the connection stays open; no effect when nothing runs.
    void interrupt();
    /// Runs one statement with no parameters and no rows (schema, pragmas).
    Status exec(const char *sql);
    /// The last SQLite error message of this connection.
    QString lastError() const;
    qint64 lastInsertRowId() const;

    sqlite3 *handle() const { return m_db; }

private:
    Status configure();
    Status checkAndMigrate();
    Status applyMigrations(int fromVersion);
    Status copyIntoMemory();
    int userVersion();

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_backupPath;
    int m_openedVersion = 0;
    bool m_readOnly = false;
    /// The write-ahead log beside the file as this connection found it (device, inode): when the
    /// file was moved, close() checkpoints into it and removes that log if it is still this one.
    std::optional<std::pair<quint64, quint64>> m_wal;
};

/// A prepared statement (RAII over sqlite3_stmt) with 1-based parameter binding.
class Statement {
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    /// The preparation error, if any.
    const QString &error() const { return m_error; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    /// Binds NULL for an empty string, the text otherwise.
    Statement &bindOptional(int index, const QString &value);
    Statement &bindNull(int index);

    /// Advances to the next row: true when there is one. Errors end iteration; see stepError().
    bool next();
    /// Runs a statement that returns no rows; false on error.
    bool exec();
    /// Clears bindings and rewinds, for the next execution.
    void reset();
    const QString &stepError() const { return m_stepError; }

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// The UTF-8 text of a column without conversion ("" for NULL); valid until the next step.
    const char *rawText(int column) const;
    /// The same with its length in bytes.
    std::string_view textView(int column) const;
    bool isNull(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    QString m_stepError;
    QList<QByteArray> m_texts; ///< UTF-8 of bound strings, alive until reset()
};

/// A read transaction for as long as it lives: every read sees one snapshot of the database,
/// whatever other connections write meanwhile. Inside another transaction it does nothing.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    const Status &status() const { return m_begin; }

private:
    Database &m_db;
    bool m_own = false;
    Status m_begin;
};

/// A write transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() succeeded.
/// Inside another transaction it is a savepoint, so writes compose into one outer transaction.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &beginStatus() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    bool m_nested = false;
    Status m_begin;
    bool m_done = false;
};

} // namespace detente
