#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

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

ProgramRun runProgram(const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home); // the user's database, if any, goes here
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache")); // import logs
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the program must pick offscreen itself
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DETENTE_BINARY), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QStringList titlesOf(const QList<Event> &events)
{
    QStringList titles;
    for (const Event &e : events)
        titles << e.title;
    return titles;
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
