#include "commandline.h"

#include "appdatabase.h"
#include "io/eventjson.h"
#include "render/imageexport.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "timeline/framelayout.h"
#include "timeline/timelinescene.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace detente::cli {

namespace {

enum Exit { Ok = 0, Failure = 1, Usage = 2 };

constexpr int maxImageSide = 16384;

int fail(int code, const QString &message)
{
    QTextStream err(stderr);
    err << "detente: " << message << Qt::endl;
    return code;
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

/// Opens the database named by --db (which must exist), or the user's own (created and seeded
/// like the window does when it is missing).
Status openForCommand(Database &db, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db"))) {
        const QString path = parser.value(QStringLiteral("db"));
        return db.open(path, Database::OpenMode::ReadOnly);
    }
    return openAppDatabase(db, defaultDatabasePath(), true);
}

bool parseSize(const QCommandLineParser &parser, const QString &name, int fallback, int *out,
               QString *error)
{
    if (!parser.isSet(name)) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < 16 || v > maxImageSide) {
        *error = QStringLiteral("bad --%1 \"%2\": expected a whole number of pixels from 16 to %3")
                     .arg(name, parser.value(name))
                     .arg(maxImageSide);
        return false;
    }
    *out = v;
    return true;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Database to read."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Image to write (.png, .jpg)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("width"), QStringLiteral("Width in pixels."), QStringLiteral("W")});
    parser.addOption(
        {QStringLiteral("height"), QStringLiteral("Height in pixels."), QStringLiteral("H")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Overwrite an existing file.")});
    if (!parser.parse(args))
        return fail(Usage, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(
            Usage,
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (!parser.isSet(QStringLiteral("out")))
        return fail(Usage, QStringLiteral("export needs --out FILE"));
    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != u"png" && suffix != u"jpg" && suffix != u"jpeg")
        return fail(
            Usage,
            QStringLiteral("cannot tell the image format from \"%1\" (use .png or .jpg)").arg(out));
    int width = 0, height = 0;
    QString error;
    if (!parseSize(parser, QStringLiteral("width"), 1920, &width, &error) ||
        !parseSize(parser, QStringLiteral("height"), 1080, &height, &error))
        return fail(Usage, error);
    if (QFileInfo::exists(out) && !parser.isSet(QStringLiteral("force")))
        return fail(Failure, QStringLiteral("%1 exists; use --force to overwrite it").arg(out));

    Database db;
    if (Status s = openForCommand(db, parser); !s)
        return fail(Failure, s.message());
    EventStore store(db);
    Status status;
    QList<Event> events = store.allEvents(&status);
    if (!status)
        return fail(Failure, QStringLiteral("cannot read events: %1").arg(status.message()));
    TimelineScene scene;
    scene.setEvents(std::move(events), store.actors());
    const QImage image = renderImage(scene, fitAllScale(scene, width), QSize(width, height));
    if (Status s = saveImage(image, out); !s)
        return fail(Failure, s.message());
    return Ok;
}

QString actorsText(const Event &e)
{
    const QString source = e.sourceActor(), target = e.targetActor();
    if (!target.isEmpty())
        return source + QStringLiteral(" → ") + target;
    return source;
}

int runList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Database to read."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print {\"events\":[…]} as JSON.")});
    if (!parser.parse(args))
        return fail(Usage, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(
            Usage,
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    Database db;
    if (Status s = openForCommand(db, parser); !s)
        return fail(Failure, s.message());
    EventStore store(db);
    Status status;
    const QList<Event> events = store.allEvents(&status);
    if (!status)
        return fail(Failure, QStringLiteral("cannot read events: %1").arg(status.message()));
    if (parser.isSet(QStringLiteral("json"))) {
        writeOut(eventsToJson(events));
        return Ok;
    }
    QByteArray text;
    for (const Event &e : events) {
        const QString range = e.date.startText() == e.date.endText()
                                  ? e.date.startText()
                                  : e.date.startText() + QStringLiteral("..") + e.date.endText();
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(range, -22)
                    .arg(actorsText(e), -28)
                    .arg(e.kind, -18)
                    .arg(e.title)
                    .toUtf8();
    }
    writeOut(text);
    return Ok;
}

} // namespace

QString usage()
{
    return QStringLiteral(
               "Usage: detente [--db PATH]                 open the timeline window\n"
               "       detente export [--db PATH] --out FILE.png [--width W] [--height H] "
               "[--force]\n"
               "                                           render the fit-all view to an image\n"
               "       detente list [--db PATH] [--json]   print the events\n"
               "       detente --help | --version\n"
               "\n"
               "Without --db, the user's database is used (created with the bundled events when "
               "new):\n"
               "  %1\n"
               "With --db, export and list read an existing database and never change it.\n"
               "Exit status: 0 success, 1 failure, 2 bad usage.\n")
        .arg(defaultDatabasePath());
}

bool isHeadless(int argc, char **argv)
{
    if (argc < 2)
        return false;
    // Any command word (export, list, or an unknown one to report) runs without a window.
    if (argv[1][0] != '-')
        return true;
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"--help", "-h", "--version", "-v"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

int run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        writeOut(usage().toUtf8());
        return Ok;
    }
    if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
        writeOut(
            QStringLiteral("detente %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        return Ok;
    }
    if (args.isEmpty())
        return fail(Usage, QStringLiteral("no command; see detente --help"));
    // QCommandLineParser expects the program name first.
    const QStringList rest = QStringList{arguments.first()} + args.mid(1);
    if (args.first() == u"export")
        return runExport(rest);
    if (args.first() == u"list")
        return runList(rest);
    return fail(Usage,
                QStringLiteral("unknown command \"%1\"; see detente --help").arg(args.first()));
}

} // namespace detente::cli
