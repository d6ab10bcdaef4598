#include "appdatabase.h"
#include "cli/commandline.h"
#include "i18n/translator.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

namespace {
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("detente"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DETENTE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Detente"));
    // Ties the window to org.detente.Detente.desktop (its icon and name on Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.detente.Detente"));
}

/// True when an argument names a database file, as a file manager passes it ("detente FILE"):
/// command words never contain '/' or '.'.
bool isFileArgument(const char *arg)
{
    return arg[0] != '-' && (std::strchr(arg, '/') || std::strchr(arg, '.'));
}
} // namespace

int main(int argc, char **argv)
{
    if (!(argc > 1 && isFileArgument(argv[1])) && detente::cli::isHeadless(argc, argv)) {
        // Commands need no display: pick the offscreen platform unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Their stderr is for their own messages, which scripts read; Qt's chatter (such as a
        // missing XDG_RUNTIME_DIR) is shown only when QT_LOGGING_RULES asks for it.
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            qInstallMessageHandler(
                [](QtMsgType type, const QMessageLogContext &, const QString &msg) {
                    if (type == QtCriticalMsg || type == QtFatalMsg)
                        std::fprintf(stderr, "detente: %s\n", qPrintable(msg));
                });
        QGuiApplication app(argc, argv);
        setIdentity();
        return detente::cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    setIdentity();
    // The window speaks the user's language; the commands keep English, which scripts read.
    detente::installTranslators(app);
    // The installed theme's icon, else the copy built into the program.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.detente.Detente"),
                         QIcon(QStringLiteral(":/detente/icons/org.detente.Detente.svg"))));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database to open or create."),
                      QStringLiteral("PATH")});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "detente: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && !isFileArgument(qPrintable(files.first())))) {
        std::fprintf(stderr, "detente: unknown command \"%s\"; see detente --help\n",
                     qPrintable(files.first()));
        return 2;
    }
    // The database named, else the one open last time, else the user's own.
    QString path = parser.value(QStringLiteral("db"));
    if (!files.isEmpty()) {
        if (!path.isEmpty()) {
            std::fprintf(stderr, "detente: name the database with --db or as FILE, not both\n");
            return 2;
        }
        // Unlike --db, a file argument is never created: a mistyped name opens nothing.
        if (!QFileInfo(files.first()).isFile()) {
            std::fprintf(stderr, "detente: %s: no such file (--db PATH creates a database)\n",
                         qPrintable(files.first()));
            return 1;
        }
        path = files.first();
    }
    if (path.isEmpty())
        path = detente::MainWindow::lastDatabase();
    if (path.isEmpty())
        path = detente::defaultDatabasePath();
    detente::MainWindow window;
    if (detente::Status s = window.openDatabase(path); !s) {
        std::fprintf(stderr, "detente: %s\n", qPrintable(s.message()));
        QMessageBox::critical(nullptr, QStringLiteral("Detente"), s.message());
        return 1;
    }
    window.show();
    return app.exec();
}
