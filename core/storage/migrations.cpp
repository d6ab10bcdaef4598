#include "migrations.h"

#include <QDir>
#include <QFile>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace detente {

const QList<Migration> &migrations()
{
    static const QList<Migration> all = [] {
        initMigrationResources();
        QList<Migration> list;
        const QDir dir(QStringLiteral(":/detente/migrations"));
        // Files are named NNNN_what.sql; sorting by name is applying in order.
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                list.append({name, f.readAll()});
        }
        return list;
    }();
    return all;
}

} // namespace detente
