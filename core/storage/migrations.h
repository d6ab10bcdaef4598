#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace detente {

/// One forward schema migration: the SQL that takes version (index) to version (index + 1).
struct Migration {
    QString name;
    QByteArray sql;
};

/// Every migration in order, read from the .sql files compiled into the library.
const QList<Migration> &migrations();

} // namespace detente
