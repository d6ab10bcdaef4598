#pragma once

#include "model/event.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

// Catch prints QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace detente::test {

/// A temporary folder for one test case.
struct TempDir {
    QTemporaryDir dir;
    QString path(const QString &name) const { return dir.filePath(name); }
};

/// The bytes of a file; empty when it cannot be read.
QByteArray readFile(const QString &path);
/// Writes bytes to a file (creating it); false on failure.
bool writeFile(const QString &path, const QByteArray &bytes);

/// A day-precise event with a source and target actor.
Event makeEvent(const QString &title, QDate day, const QString &source, const QString &target = {});
/// The events' titles, in their order.
QStringList titlesOf(const QList<Event> &events);

/// How a run of the detente program ended.
struct ProgramRun {
    int exitCode = -1; ///< -1 when it crashed or did not finish
    QByteArray out, err;
};
/// Runs the real detente program headless (no display, a private home folder).
ProgramRun runProgram(const QStringList &args, const QString &home);

/// The project's shared folder beside the source tree (test data only), or empty when absent.
QString sharedDir();

} // namespace detente::test
