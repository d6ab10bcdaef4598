// Desktop integration: what `cmake --install` lays out, the installed program, the desktop
// entry, AppStream and MIME files, and `detente FILE` as a file manager starts it.
#include "appdatabase.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>

using namespace detente;
using detente::test::readFile;
using detente::test::TempDir;

namespace {
const QString appId = QStringLiteral("org.detente.Detente");
const QString mimeType = QStringLiteral("application/vnd.detente.database+sqlite");

QString sourceFile(const QString &relative)
{
    return QStringLiteral(DETENTE_SOURCE_DIR "/") + relative;
}

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

/// Runs a program with HOME and the XDG folders inside `home`, so nothing of the user's is read
/// or written.
Run runProgram(const QString &program, const QStringList &args, const QString &home,
               const QString &dataDirs = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    if (!dataDirs.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_DIRS"), dataDirs);
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/// The path of a validator, or empty after saying the test is skipped (ctest reports it so).
QString tool(const char *name, const char *package)
{
    const QString path = QStandardPaths::findExecutable(QLatin1String(name));
    if (path.isEmpty()) {
        std::printf("SKIPPED: %s is not installed (scripts/setup.sh installs %s)\n", name, package);
        WARN(name << " missing: skipped");
    }
    return path;
}

/// The value of `key` in a .desktop file's main group.
QString desktopValue(const QByteArray &entry, const char *key)
{
    for (const QByteArray &line : entry.split('\n'))
        if (line.startsWith(QByteArray(key) + '='))
            return QString::fromUtf8(line.mid(int(qstrlen(key)) + 1)).trimmed();
    return {};
}

/// Installs this build into `prefix`, as a user or a packager would.
void install(const QString &prefix, const QString &home)
{
    const Run r = runProgram(QStringLiteral(DETENTE_CMAKE),
                             {QStringLiteral("--install"), QStringLiteral(DETENTE_BUILD_DIR),
                              QStringLiteral("--prefix"), prefix},
                             home);
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}
} // namespace

TEST_CASE("cmake --install lays out the program, desktop files, icons, data and man page",
          "[install]")
{
    TempDir tmp;
    const QString prefix = tmp.path("prefix");
    const QString home = tmp.path("home");
    install(prefix, home);
    const QDir root(prefix);

    const QFileInfo binary(root.filePath(QStringLiteral("bin/detente")));
    REQUIRE(binary.isFile());
    CHECK(binary.isExecutable());
    for (const QString &file :
         {QStringLiteral("share/applications/%1.desktop").arg(appId),
          QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId),
          QStringLiteral("share/mime/packages/%1.xml").arg(appId),
          QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
          QStringLiteral("share/man/man1/detente.1"),
          QStringLiteral("share/detente/seed-events.json"),
          QStringLiteral("share/doc/detente/LICENSE")}) {
        INFO(file.toStdString());
        CHECK(QFileInfo(root.filePath(file)).size() > 0);
    }
    // Each PNG icon is the size its folder says, so themes pick a sharp one.
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString png = root.filePath(
            QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId));
        INFO(png.toStdString());
        const QImage icon(png);
        CHECK(icon.size() == QSize(size, size));
        CHECK(icon.hasAlphaChannel());
    }

    SECTION("the installed program exports the bundled events to a PNG")
    {
        const QString out = tmp.path("timeline.png");
        const Run r = runProgram(binary.filePath(),
                                 {QStringLiteral("export"), QStringLiteral("--out"), out,
                                  QStringLiteral("--width"), QStringLiteral("900"),
                                  QStringLiteral("--height"), QStringLiteral("360")},
                                 home);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QImage image(out);
        CHECK(image.size() == QSize(900, 360));
        // A drawn timeline, not a blank page: more than a handful of colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        CHECK(colours.size() > 20);
    }

    SECTION("the installed copy of the bundled events imports into a new database")
    {
        const QString db = tmp.path("copy.detente");
        const Run imported =
            runProgram(binary.filePath(),
                       {QStringLiteral("import"), QStringLiteral("--db"), db,
                        QStringLiteral("--format"), QStringLiteral("json"),
                        root.filePath(QStringLiteral("share/detente/seed-events.json"))},
                       home);
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        const Run listed = runProgram(
            binary.filePath(),
            {QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")}, home);
        REQUIRE(listed.exitCode == 0);
        const QJsonObject seed = QJsonDocument::fromJson(bundledSeed()).object();
        const QJsonObject list = QJsonDocument::fromJson(listed.out).object();
        CHECK(list.value(QStringLiteral("events")).toArray().size() ==
              seed.value(QStringLiteral("events")).toArray().size());
        CHECK(seed.value(QStringLiteral("events")).toArray().size() > 0);
    }

    SECTION("the installed MIME package registers the database type")
    {
        const QString update = tool("update-mime-database", "shared-mime-info");
        if (update.isEmpty())
            return;
        const QString mimeDir = root.filePath(QStringLiteral("share/mime"));
        const Run r = runProgram(update, {mimeDir}, home, root.filePath(QStringLiteral("share")));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(r.err.isEmpty()); // it warns, without failing, about a malformed package
        const QString globs = QString::fromUtf8(readFile(mimeDir + QStringLiteral("/globs2")));
        CHECK(globs.contains(QStringLiteral(":%1:*.detente").arg(mimeType)));
        CHECK(globs.contains(QStringLiteral(":%1:detente.sqlite").arg(mimeType)));
        // Never all SQLite files: they belong to other programs, which Detente refuses.
        CHECK_FALSE(globs.contains(QStringLiteral(":%1:*.sqlite").arg(mimeType)));
        CHECK(readFile(mimeDir + QStringLiteral("/magic")).indexOf(mimeType.toUtf8()) < 0);
        CHECK(QString::fromUtf8(readFile(mimeDir + QStringLiteral("/subclasses")))
                  .contains(QStringLiteral("%1 application/vnd.sqlite3").arg(mimeType)));
    }
}

TEST_CASE("the desktop entry, AppStream metadata and MIME package agree on one id and type",
          "[install]")
{
    const QByteArray entry =
        readFile(sourceFile(QStringLiteral("resources/desktop/%1.desktop").arg(appId)));
    const QString metainfo = QString::fromUtf8(
        readFile(sourceFile(QStringLiteral("resources/desktop/%1.metainfo.xml").arg(appId))));
    const QString mime = QString::fromUtf8(
        readFile(sourceFile(QStringLiteral("resources/desktop/%1.mime.xml").arg(appId))));
    REQUIRE(!entry.isEmpty());
    REQUIRE(!metainfo.isEmpty());
    REQUIRE(!mime.isEmpty());

    CHECK(desktopValue(entry, "Icon") == appId);
    CHECK(desktopValue(entry, "Exec") == QStringLiteral("detente %f")); // one file, as a path
    CHECK(desktopValue(entry, "MimeType") == mimeType + u';');
    CHECK(metainfo.contains(QStringLiteral("<id>%1</id>").arg(appId)));
    CHECK(metainfo.contains(
        QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(appId)));
    CHECK(metainfo.contains(QStringLiteral("<mediatype>%1</mediatype>").arg(mimeType)));
    CHECK(mime.contains(QStringLiteral("<mime-type type=\"%1\">").arg(mimeType)));

    // A release bump that forgets the metadata or the man page fails here.
    const QRegularExpression release(QStringLiteral("<release version=\"([^\"]+)\""));
    CHECK(release.match(metainfo).captured(1) == QStringLiteral(DETENTE_PROJECT_VERSION));
    CHECK(QString::fromUtf8(readFile(sourceFile(QStringLiteral("resources/man/detente.1"))))
              .contains(QStringLiteral("\"Detente " DETENTE_PROJECT_VERSION "\"")));
}

TEST_CASE("desktop-file-validate accepts the desktop entry", "[install]")
{
    TempDir tmp;
    const QString validate = tool("desktop-file-validate", "desktop-file-utils");
    if (validate.isEmpty())
        return;
    const Run r = runProgram(
        validate, {sourceFile(QStringLiteral("resources/desktop/%1.desktop").arg(appId))},
        tmp.path("home"));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed().isEmpty()); // not even a hint
}

TEST_CASE("appstreamcli validates the AppStream metadata", "[install]")
{
    TempDir tmp;
    const QString appstream = tool("appstreamcli", "appstream");
    if (appstream.isEmpty())
        return;
    const Run r =
        runProgram(appstream,
                   {QStringLiteral("validate"), QStringLiteral("--no-net"),
                    sourceFile(QStringLiteral("resources/desktop/%1.metainfo.xml").arg(appId))},
                   tmp.path("home"));
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
}

TEST_CASE("detente FILE opens that database in the window, as a double-click does", "[install]")
{
    TempDir tmp;
    const QString home = tmp.path("home");
    const QString db = tmp.path("mine.detente");
    {
        Database seeded;
        REQUIRE(openAppDatabase(seeded, db, true).isOk());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    SECTION("the window opens the file named")
    {
        // A database open in WAL mode has its shared-memory file; a closed one has none.
        const QString shm = db + QStringLiteral("-shm");
        REQUIRE_FALSE(QFileInfo::exists(shm));
        QProcess window;
        window.setProcessEnvironment(env);
        window.start(QStringLiteral(DETENTE_BINARY), {db});
        REQUIRE(window.waitForStarted(10000));
        bool opened = false;
        for (int i = 0; i < 300 && !opened && window.state() == QProcess::Running; ++i) {
            QThread::msleep(100);
            opened = QFileInfo::exists(shm);
        }
        const bool running = window.state() == QProcess::Running;
        window.kill();
        window.waitForFinished(10000);
        INFO(window.readAllStandardError().toStdString());
        CHECK(running); // the window, not a command that ended
        CHECK(opened);
        // The user's own database was left alone.
        CHECK_FALSE(QFileInfo::exists(home + QStringLiteral("/data/detente/detente.sqlite")));
    }

    SECTION("a missing file is refused, not created")
    {
        const QString missing = tmp.path("typo.detente");
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DETENTE_BINARY), {missing});
        REQUIRE(p.waitForFinished(60000));
        CHECK(p.exitCode() == 1);
        CHECK(p.readAllStandardError().contains("no such file"));
        CHECK_FALSE(QFileInfo::exists(missing));
    }
    SECTION("--db and a file together are bad usage")
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DETENTE_BINARY), {QStringLiteral("--db"), db, db});
        REQUIRE(p.waitForFinished(60000));
        CHECK(p.exitCode() == 2);
    }
}
