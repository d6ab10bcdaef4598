#include "appdatabase.h"

#include "io/eventjson.h"
#include "storage/database.h"
#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

static void initSeedResources()
{
    Q_INIT_RESOURCE(seed);
}

namespace detente {

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("detente.sqlite"));
}

QByteArray bundledSeed()
{
    initSeedResources();
    QFile file(QStringLiteral(":/detente/seed/seed-events.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Status openAppDatabase(Database &db, const QString &path, bool create, bool *seeded, bool seedNew)
{
    if (seeded)
        *seeded = false;
    const bool isNew = !QFileInfo::exists(path);
    if (create && isNew) {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder))
            return Status::error(
                QCoreApplication::translate("detente::AppDatabase", "cannot create the folder %1")
                    .arg(folder));
    }
    if (Status s =
            db.open(path, create ? Database::OpenMode::Create : Database::OpenMode::Existing);
        !s) {
        if (isNew && create)
            QFile::remove(path); // a failed first open leaves nothing behind
        return s;
    }
    if (db.openedSchemaVersion() != 0 || db.isReadOnly() || !seedNew)
        return {};
    EventStore store(db);
    bool loaded = false;
    if (Status s = importEventDocumentOnce(store, bundledSeed(), &loaded); !s) {
        if (isNew) {
            // Leave nothing behind rather than an empty database that would never be seeded.
            db.close();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return Status::error(QCoreApplication::translate("detente::AppDatabase",
                                                         "cannot load the bundled events: %1")
                                 .arg(s.message()));
    }
    if (seeded)
        *seeded = loaded;
    return {};
}

} // namespace detente
