#pragma once

#include "status.h"

#include <QByteArray>
#include <QString>

namespace detente {

class Database;

/// Where the user's database lives: detente.sqlite in the application data folder.
QString defaultDatabasePath();

/// The seed article's events, bundled with the program.
QByteArray bundledSeed();

/// Opens the database at `path`. With `create`, a missing file is created; a database created
/// now is loaded with the bundled seed events unless `seedNew` is false. *seeded tells whether
/// that happened.
Status openAppDatabase(Database &db, const QString &path, bool create, bool *seeded = nullptr,
                       bool seedNew = true);

} // namespace detente
