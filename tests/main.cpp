#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    // Without a display, a test program that needs one registers no tests and ctest passes with
    // none run: default to the offscreen platform before the application object exists.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Never touch the user's own data folders, nor another test's: ctest runs each test case as
    // a process of its own, several at once, and the window's settings (lanes, colours, the
    // export dialog's choices) would leak from one to another through a shared settings file.
    // Each process gets a home of its own, under which test mode keeps settings and data.
    QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("detente-tests"));
    return Catch::Session().run(argc, argv);
}
