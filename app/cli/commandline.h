#pragma once

#include <QStringList>

namespace detente::cli {

/// True when the arguments ask for a command that needs no window (export, list, --help,
/// --version): main() then starts without a display.
bool isHeadless(int argc, char **argv);

/// Runs a headless command. `arguments` includes the program name, as QCoreApplication gives
/// them. Returns the process exit code: 0 success, 1 failure, 2 bad usage.
int run(const QStringList &arguments);

/// The text of `detente --help`.
QString usage();

} // namespace detente::cli
