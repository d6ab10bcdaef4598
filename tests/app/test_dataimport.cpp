#include "appdatabase.h"
#include "importing/dataimport.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace detente;
using detente::test::TempDir;

namespace {

QString data(const char *name)
{
    return QStringLiteral(DETENTE_TEST_DATA "/io/") + QLatin1String(name);
}

/// A window on a seeded database (9 events), shown offscreen.
struct ImportWindow {
    TempDir tmp;
    QString db = tmp.path(QStringLiteral("window.sqlite"));
    std::unique_ptr<MainWindow> window;
    DataImport *import = nullptr;
    ImportWindow()
    {
        {
            Database seeded;
            REQUIRE(openAppDatabase(seeded, db, true).isOk());
        }
        open();
    }
    void open()
    {
        window = std::make_unique<MainWindow>();
        REQUIRE(window->openDatabase(db).isOk());
        window->resize(1200, 700);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        import = window->findChild<DataImport *>();
        REQUIRE(import);
    }
    qint64 storedEvents() const { return window->store()->eventCount(); }
};

} // namespace

TEST_CASE("File → Import Data imports on a worker thread and reports skipped lines", "[gui][io]")
{
    ImportWindow f;
    const QList<QAction *> actions = f.window->findChildren<QAction *>();
    const auto action = std::find_if(actions.begin(), actions.end(), [](QAction *a) {
        return a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I);
    });
    REQUIRE(action != actions.end());
    CHECK((*action)->text() == QStringLiteral("&Import Data…"));

    CHECK(f.window->scene().events().size() == 9);
    QSignalSpy finished(f.import, &DataImport::finished);
    f.import->start({data("mixed.csv")});
    CHECK(f.import->isRunning());
    REQUIRE(f.import->progressDialog());
    CHECK(f.import->progressDialog()->isVisible());
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(f.import->isRunning());
    CHECK_FALSE(f.import->progressDialog());

    REQUIRE(f.import->outcomes().size() == 1);
    const ImportResult &r = f.import->outcomes().first().result;
    CHECK(r.inserted == 300);
    CHECK(r.problemCount == 150);
    // The timeline shows the new events at once.
    CHECK(f.window->scene().events().size() == 309);

    // The report: counts, the first 100 skipped lines by number, and the log with all of them.
    QDialog *report = f.import->reportDialog();
    REQUIRE(report);
    CHECK(report->isVisible());
    const QString summary = report->findChild<QLabel *>(QStringLiteral("summary"))->text();
    CHECK(summary == QStringLiteral("mixed.csv: 300 event(s) imported, 0 duplicate(s) skipped, "
                                    "150 line(s) skipped as unreadable."));
    const QStringList skipped =
        report->findChild<QPlainTextEdit *>(QStringLiteral("skipped"))->toPlainText().split(u'\n');
    REQUIRE(skipped.size() == 102);
    CHECK(skipped[0] == QStringLiteral("mixed.csv: the first 100 of 150 skipped lines:"));
    CHECK(skipped[1] == QStringLiteral("  line 4: start \"2024-02-30\" is not a date"));
    CHECK(skipped[100] == QStringLiteral("  line 301: start \"2024-02-30\" is not a date"));
    CHECK(skipped[101] == QStringLiteral("  All of them are listed in ") + r.logPath);
    CHECK(detente::test::readFile(r.logPath).count('\n') == 150);
    report->close();
}

TEST_CASE("Cancel stops the import and leaves the database file as it was", "[gui][io]")
{
    // A file big enough that the import is still running when Cancel is clicked.
    TempDir big;
    QByteArray rows = "start,title,source actor,target actor\n";
    for (int i = 0; i < 300000; ++i)
        rows += "2024-03-" + QByteArray::number(1 + i % 28) + ",Row " + QByteArray::number(i) +
                ",NATO,China\n";
    const QString file = big.path(QStringLiteral("big.csv"));
    REQUIRE(detente::test::writeFile(file, rows));

    ImportWindow f;
    f.window.reset(); // the file's bytes with no connection open
    const QByteArray before = detente::test::readFile(f.db);
    f.open();
    QSignalSpy finished(f.import, &DataImport::finished);
    f.import->start({file});
    REQUIRE(f.import->progressDialog());
    // Once rows are being written (progress comes every 1024 records), cancel.
    REQUIRE(QTest::qWaitFor([&] { return f.import->progressDialog()->value() > 0; }, 30000));
    CHECK(f.import->isRunning());
    auto *cancel = f.import->progressDialog()->findChild<QPushButton *>();
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(finished.wait(60000));
    REQUIRE(f.import->outcomes().size() == 1);
    CHECK(f.import->outcomes().first().result.cancelled);
    CHECK(f.storedEvents() == 9);
    CHECK(f.import->reportDialog()->findChild<QLabel *>(QStringLiteral("summary"))->text() ==
          QStringLiteral("big.csv: cancelled; nothing was imported and the database is "
                         "unchanged."));
    f.window.reset();
    CHECK(detente::test::readFile(f.db) == before);
}

TEST_CASE("files dropped onto the window are imported", "[gui][io]")
{
    ImportWindow f;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(data("events.csv"))});
    const QPoint at = f.window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &enter);
    CHECK(enter.isAccepted());
    QSignalSpy finished(f.import, &DataImport::finished);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &drop);
    CHECK(drop.isAccepted());
    REQUIRE(finished.wait(60000));
    REQUIRE(f.import->outcomes().size() == 1);
    CHECK(f.import->outcomes().first().result.inserted == 6);
    CHECK(f.storedEvents() == 15);
    CHECK(f.window->scene().events().size() == 15);
    // Text that is no file is not taken.
    QMimeData words;
    words.setText(QStringLiteral("hello"));
    QDragEnterEvent other(at, Qt::CopyAction, &words, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &other);
    CHECK_FALSE(other.isAccepted());
}
