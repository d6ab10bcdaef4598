#include "accessibility/timelineaccessible.h"
#include "i18n/translator.h"
#include "importing/dataimport.h"
#include "testsupport.h"
#include "window/detailspane.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDomDocument>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <optional>

using namespace detente;
using detente::test::TempDir;

namespace {

/// The application in another language while it lives: the default locale and the
/// translators main() would install for it.
struct Language {
    QLocale previous;
    QList<QTranslator *> translators;
    explicit Language(const QLocale &locale)
    {
        QLocale::setDefault(locale);
        translators = installTranslators(*qApp, locale);
    }
    ~Language()
    {
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(previous);
    }
};

/// Environment variables set while it lives (for the programs this test starts), then restored.
struct Environment {
    QList<std::pair<QByteArray, std::optional<QByteArray>>> saved;
    explicit Environment(const QList<std::pair<const char *, QByteArray>> &values)
    {
        for (const auto &[name, value] : values) {
            saved.append({name, qEnvironmentVariableIsSet(name)
                                    ? std::optional<QByteArray>(qgetenv(name))
                                    : std::nullopt});
            qputenv(name, value);
        }
    }
    ~Environment()
    {
        for (const auto &[name, value] : saved) {
            if (value)
                qputenv(name.constData(), *value);
            else
                qunsetenv(name.constData());
        }
    }
};

QStringList menuTitles(const QMenuBar *bar)
{
    QStringList titles;
    for (const QAction *a : bar->actions())
        titles << a->text();
    return titles;
}

QStringList menuItems(const QMenuBar *bar, int menu)
{
    QStringList items;
    for (const QAction *a : bar->actions()[menu]->menu()->actions())
        if (!a->isSeparator())
            items << a->text();
    return items;
}

} // namespace

TEST_CASE("with a German locale the window speaks German", "[gui][i18n]")
{
    TempDir tmp;
    Language german(QLocale(QLocale::German, QLocale::Germany));
    REQUIRE(!german.translators.isEmpty());

    MainWindow window;
    REQUIRE(window.openDatabase(tmp.path("db.sqlite")).isOk());
    const QStringList titles = menuTitles(window.menuBar());
    CHECK(titles.contains(QStringLiteral("&Datei")));
    CHECK(titles.contains(QStringLiteral("&Ansicht")));
    CHECK(titles.contains(QStringLiteral("&Hilfe")));
    const QStringList file =
        menuItems(window.menuBar(), int(titles.indexOf(QStringLiteral("&Datei"))));
    CHECK(file.contains(QStringLiteral("Datenbank ö&ffnen…")));
    CHECK(file.contains(QStringLiteral("&Beenden")));
    const QStringList help =
        menuItems(window.menuBar(), int(titles.indexOf(QStringLiteral("&Hilfe"))));
    CHECK(help.contains(QStringLiteral("&Tastenkürzel")));
    // Shortcuts stay the keys they were: the translation of "Ctrl+E" is a key, not a word.
    for (QAction *a :
         window.menuBar()->actions()[titles.indexOf(QStringLiteral("&Datei"))]->menu()->actions())
        if (a->text() == QStringLiteral("&Exportieren…"))
            CHECK(a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));

    // Dates through QLocale and the German date format.
    const QList<Event> &events = window.scene().events();
    const auto accusation = std::find_if(events.begin(), events.end(), [](const Event &e) {
        return e.title.startsWith(QStringLiteral("Stoltenberg accuses"));
    });
    REQUIRE(accusation != events.end());
    const QString details = DetailsPane::html(*accusation, QLocale());
    CHECK(details.contains(QStringLiteral("Donnerstag, 25. April 2024")));
    CHECK(details.contains(QStringLiteral("Akteure")));
    CHECK(accessibleEventName(*accusation, QLocale()) ==
          QStringLiteral("Accusation, NATO an China, 25. April 2024"));
}

TEST_CASE("with a German locale the errors from core reach the window in German", "[gui][i18n]")
{
    TempDir tmp;
    Language german(QLocale(QLocale::German, QLocale::Germany));
    REQUIRE(!german.translators.isEmpty());
    MainWindow window;

    // File → Open Database on a file that is not a database shows what Database::open says.
    const QString notes = tmp.path(QStringLiteral("notes.detente"));
    REQUIRE(detente::test::writeFile(notes, "Meeting notes, not a database.\n"));
    const Status refused = window.openDatabase(notes);
    REQUIRE_FALSE(refused.isOk());
    CHECK(
        refused.message().startsWith(notes + QStringLiteral(": keine lesbare SQLite-Datenbank (")));

    // File → Import Data: the importer's messages, made on the worker thread, in the report.
    REQUIRE(window.openDatabase(tmp.path(QStringLiteral("db.sqlite"))).isOk());
    auto *import = window.findChild<DataImport *>();
    REQUIRE(import);
    QSignalSpy finished(import, &DataImport::finished);
    import->start({QStringLiteral(DETENTE_TEST_DATA "/io/mixed.csv"),
                   QStringLiteral(DETENTE_TEST_DATA "/io/empty.csv")});
    REQUIRE(finished.wait(60000));
    REQUIRE(import->outcomes().size() == 2);
    const ImportResult &mixed = import->outcomes()[0].result;
    REQUIRE(!mixed.problems.isEmpty());
    CHECK(mixed.problems.first().text() ==
          QStringLiteral("Zeile 4: der Beginn „2024-02-30“ ist kein Datum"));
    CHECK(import->outcomes()[1].result.fatal == QStringLiteral("die Datei ist leer"));
    QDialog *report = import->reportDialog();
    REQUIRE(report);
    CHECK(report->findChild<QLabel *>(QStringLiteral("summary"))
              ->text()
              .contains(QStringLiteral("empty.csv: nichts wurde importiert: die Datei ist leer")));
    CHECK(report->findChild<QPlainTextEdit *>(QStringLiteral("skipped"))
              ->toPlainText()
              .contains(QStringLiteral("  Zeile 4: der Beginn „2024-02-30“ ist kein Datum")));
    report->close();
}

TEST_CASE("with a German locale the commands still write English", "[cli][i18n]")
{
    TempDir tmp;
    const Environment german(
        {{"LANGUAGE", "de"}, {"LC_ALL", "de_DE.UTF-8"}, {"LANG", "de_DE.UTF-8"}});
    const QString notes = tmp.path(QStringLiteral("notes.detente"));
    REQUIRE(detente::test::writeFile(notes, "Meeting notes, not a database.\n"));
    const test::ProgramRun list = test::runProgram(
        {QStringLiteral("list"), QStringLiteral("--db"), notes}, tmp.path(QStringLiteral("home")));
    CHECK(list.exitCode == 1);
    CHECK(list.err.startsWith(
        (QStringLiteral("detente: %1: not a readable SQLite database (").arg(notes)).toUtf8()));

    const QString db = tmp.path(QStringLiteral("db.sqlite"));
    const QString mixed = QStringLiteral(DETENTE_TEST_DATA "/io/mixed.csv");
    const test::ProgramRun import =
        test::runProgram({QStringLiteral("import"), QStringLiteral("--db"), db, mixed},
                         tmp.path(QStringLiteral("home")));
    CHECK(import.exitCode == 0);
    CHECK(import.err.startsWith(
        (QStringLiteral("detente: %1: line 4: start \"2024-02-30\" is not a date\n").arg(mixed))
            .toUtf8()));
}

TEST_CASE("English, the program's own language, loads no translation", "[gui][i18n]")
{
    CHECK(installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)).isEmpty());
    CHECK(installTranslators(*qApp, QLocale::c()).isEmpty());
    // A language without a catalogue leaves the program in English.
    CHECK(installTranslators(*qApp, QLocale(QLocale::Japanese, QLocale::Japan)).isEmpty());
    MainWindow window;
    CHECK(menuTitles(window.menuBar()).contains(QStringLiteral("&File")));
}

TEST_CASE("the German catalogue translates every message, keeping its placeholders", "[i18n]")
{
    QFile file(QStringLiteral(DETENTE_SOURCE_DIR "/resources/translations/detente_de.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QDomDocument ts;
    REQUIRE(ts.setContent(&file));
    const QDomNodeList messages = ts.elementsByTagName(QStringLiteral("message"));
    REQUIRE(messages.size() > 100);
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        return found;
    };
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement message = messages.at(i).toElement();
        if (message.firstChildElement(QStringLiteral("translation"))
                .attribute(QStringLiteral("type")) == QLatin1String("vanished"))
            continue;
        const QString source = message.firstChildElement(QStringLiteral("source")).text();
        const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
        INFO(source.toStdString());
        CHECK(translation.attribute(QStringLiteral("type")) != QLatin1String("unfinished"));
        QStringList forms;
        const QDomNodeList numerus = translation.elementsByTagName(QStringLiteral("numerusform"));
        for (int f = 0; f < numerus.size(); ++f)
            forms << numerus.at(f).toElement().text();
        if (forms.isEmpty())
            forms << translation.text();
        for (const QString &form : forms) {
            CHECK_FALSE(form.trimmed().isEmpty());
            CHECK(placeholders(form) == placeholders(source));
        }
    }
}
