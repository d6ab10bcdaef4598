#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace detente::test {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

Event makeEvent(const QString &title, QDate day, const QString &source, const QString &target)
{
    Event e;
    e.title = title;
    e.kind = QStringLiteral("statement");
    e.date = DateSpan::fromDay(day, QStringLiteral("on ") + day.toString(QStringLiteral("dddd")));
    e.actors.append({source, Role::Source});
    if (!target.isEmpty())
        e.actors.append({target, Role::Target});
    return e;
}

QString sharedDir()
{
    const QString dir = QDir(QStringLiteral(DETENTE_SOURCE_DIR "/../shared")).absolutePath();
    return QFileInfo(dir).isDir() ? dir : QString();
}

} // namespace detente::test
