#include "appdatabase.h"
#include "cli/commandline.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QMessageBox>

#include <cstdio>

namespace {
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("detente"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DETENTE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Detente"));
}
} // namespace

int main(int argc, char **argv)
{
    if (detente::cli::isHeadless(argc, argv)) {
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
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database to open or create."),
                      QStringLiteral("PATH")});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "detente: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "detente: unknown command \"%s\"; see detente --help\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }
    // The database named, else the one open last time, else the user's own.
    QString path = parser.value(QStringLiteral("db"));
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
