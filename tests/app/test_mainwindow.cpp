#include "appdatabase.h"
#include "export/exportdialog.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"
#include "window/actorpanel.h"
#include "window/detailspane.h"
#include "window/eventlistmodel.h"
#include "window/mainwindow.h"
#include "window/timelineview.h"
#include "windowfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QWheelEvent>

using namespace detente;
using detente::test::TempDir;
using detente::test::WindowFixture;

namespace {
int indexOfKey(const TimelineScene &scene, const char *key)
{
    for (int i = 0; i < scene.events().size(); ++i)
        if (scene.events()[i].key == QLatin1String(key))
            return i;
    return -1;
}

} // namespace

TEST_CASE("the window opens on the seed events and a click shows details", "[gui]")
{
    WindowFixture f;
    CHECK(f.window.scene().events().size() == 9);
    // The lanes are states and organisations; persons sit in the lane of whom they speak for.
    QStringList lanes;
    for (const auto &lane : f.window.scene().lanes())
        lanes << lane.name;
    CHECK(lanes.contains(QStringLiteral("China")));
    CHECK(lanes.contains(QStringLiteral("NATO")));
    // …with the persons who spoke for them nested under them.
    const auto &sceneLanes = f.window.scene().lanes();
    const qsizetype wang = lanes.indexOf(QStringLiteral("Wang Wenbin"));
    REQUIRE(wang >= 0);
    CHECK(sceneLanes[sceneLanes[wang].parent].name == QStringLiteral("China"));

    // Zoom to April 2024 so the week's events stand apart, then click Stoltenberg's accusation.
    const int accusation = indexOfKey(f.window.scene(), "seed-stoltenberg");
    REQUIRE(accusation >= 0);
    TimeScale april = f.view()->scale();
    april.setRange(dayStartMs(QDate(2024, 4, 20)), dayStartMs(QDate(2024, 4, 29)));
    f.view()->setScale(april);
    const PlacedItem *item = f.view()->frame().itemOf(accusation);
    REQUIRE(item);
    QSignalSpy selected(f.view(), &TimelineView::eventSelected);
    QTest::mouseClick(f.view(), Qt::LeftButton, {}, item->mark.center().toPoint());
    REQUIRE(selected.count() == 1);
    CHECK(selected.first().first().toInt() == accusation);
    const QString text = f.window.detailsPane()->toPlainText();
    CHECK(text.contains(QStringLiteral("Stoltenberg accuses China")));
    CHECK(text.contains(QStringLiteral("Thursday 25 April 2024")));
    CHECK(text.contains(QStringLiteral("“On Thursday”")));
    CHECK(text.contains(QStringLiteral("Jens Stoltenberg, for NATO")));
    CHECK(text.contains(QStringLiteral("called out Beijing")));
}

TEST_CASE("wheel zoom keeps the time under the pointer", "[gui]")
{
    WindowFixture f;
    TimelineView *view = f.view();
    const QPointF pos(view->frame().plotRect.left() + 400, 200);
    const qint64 before = view->scale().mapXToTime(pos.x() - view->frame().plotRect.left());
    const qint64 durationBefore = view->scale().duration();
    QWheelEvent wheel(pos, view->mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);
    CHECK(view->scale().duration() < durationBefore);
    const qint64 after = view->scale().mapXToTime(pos.x() - view->frame().plotRect.left());
    CHECK(std::abs(after - before) <= qint64(view->scale().msPerPixel()) + 1);
}

TEST_CASE("keys zoom, pan and fit all", "[gui]")
{
    WindowFixture f;
    TimelineView *view = f.view();
    view->setFocus();
    const TimeScale fitted = view->scale();
    QTest::keyClick(view, Qt::Key_Plus);
    CHECK(view->scale().duration() < fitted.duration());
    const qint64 start = view->scale().start();
    QTest::keyClick(view, Qt::Key_Right);
    CHECK(view->scale().start() > start);
    QTest::keyClick(view, Qt::Key_Minus);
    QTest::keyClick(view, Qt::Key_Minus);
    CHECK(view->scale().duration() > fitted.duration());
    QTest::keyClick(view, Qt::Key_Home);
    CHECK(view->scale() == fitted);
}

TEST_CASE("dragging pans the timeline", "[gui]")
{
    WindowFixture f;
    TimelineView *view = f.view();
    const qint64 start = view->scale().start();
    const QPoint from(int(view->frame().plotRect.left()) + 500, 300);
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QTest::mouseMove(view, from + QPoint(60, 0));
    QTest::mouseMove(view, from + QPoint(120, 0));
    QTest::mouseRelease(view, Qt::LeftButton, {}, from + QPoint(120, 0));
    // Content moved right: earlier times came in from the left.
    CHECK(view->scale().start() < start);
    CHECK(std::abs((start - view->scale().start()) - qint64(120 * view->scale().msPerPixel())) <=
          qint64(2 * view->scale().msPerPixel()));
}

TEST_CASE("keyboard selection and Enter show an event's details", "[gui]")
{
    WindowFixture f;
    TimelineView *view = f.view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_N);
    REQUIRE(view->selectedEvent() >= 0);
    QTest::keyClick(view, Qt::Key_Return);
    const Event &e = f.window.scene().events()[view->selectedEvent()];
    CHECK(f.window.detailsPane()->toPlainText().contains(e.title));
}

TEST_CASE("back and forward return to the ranges the user looked at", "[gui][history]")
{
    WindowFixture f;
    TimelineView *view = f.view();
    QTest::qWait(700); // the fitted range is recorded once the user rests on it
    const TimeScale fitted = view->scale();
    view->zoomIn();
    view->zoomIn();
    const TimeScale zoomed = view->scale();
    view->back();
    CHECK(view->scale().start() == fitted.start());
    CHECK(view->scale().end() == fitted.end());
    view->forward();
    CHECK(view->scale().start() == zoomed.start());
    CHECK(view->scale().end() == zoomed.end());
}

TEST_CASE("colour modes recolour the marks", "[gui]")
{
    WindowFixture f;
    TimelineView *view = f.view();
    const int accusation = indexOfKey(f.window.scene(), "seed-stoltenberg");
    TimeScale april = view->scale();
    april.setRange(dayStartMs(QDate(2024, 4, 20)), dayStartMs(QDate(2024, 4, 29)));
    view->setScale(april);
    const PlacedItem *item = view->frame().itemOf(accusation);
    REQUIRE(item);
    const QPoint centre = item->mark.center().toPoint();
    const QColor byActor = view->grab().toImage().pixelColor(centre);
    CHECK(byActor ==
          view->renderOptions().theme.laneColor(f.window.scene().lanes()[item->lane].colorIndex));
    // An accusation: verbal conflict (QuadClass 3), Goldstein -2.
    view->setColorBy(ColorBy::QuadClass);
    CHECK(view->grab().toImage().pixelColor(centre) == quadClassColor(3));
    view->setColorBy(ColorBy::Goldstein);
    const QColor byScore = view->grab().toImage().pixelColor(centre);
    const QColor expected = goldsteinColor(-2.0);
    INFO(byScore.name().toStdString() << " vs " << expected.name().toStdString());
    CHECK(std::abs(byScore.red() - expected.red()) + std::abs(byScore.green() - expected.green()) +
              std::abs(byScore.blue() - expected.blue()) <=
          3);
    CHECK(goldsteinColor(-2.0) != quadClassColor(3));
}

TEST_CASE("a dense lane tells its counts on hover", "[gui][lod]")
{
    TempDir tmp;
    const QString path = tmp.path("dense.sqlite");
    {
        Database db;
        REQUIRE(db.open(path).isOk());
        EventStore store(db);
        QList<Event> events;
        for (int i = 0; i < 6000; ++i) {
            Event e = detente::test::makeEvent(QStringLiteral("E%1").arg(i),
                                               QDate(2024, 1, 1).addDays(i % 60),
                                               QStringLiteral("China"), QStringLiteral("NATO"));
            e.quadClass = 1 + i % 4;
            events.append(e);
        }
        REQUIRE(store.insertEvents(events).isOk());
    }
    MainWindow window;
    REQUIRE(window.openDatabase(path).isOk());
    window.resize(1200, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const FrameLayout &frame = window.timelineView()->frame();
    REQUIRE_FALSE(frame.lanes.isEmpty());
    const PlacedLane &lane = frame.lanes.first();
    REQUIRE(lane.detail == LaneDetail::Density);
    // The first column with events.
    int column = 0;
    while (size_t(column) < lane.density.size() && !lane.density[size_t(column)].count)
        ++column;
    REQUIRE(size_t(column) < lane.density.size());
    const QPointF point(frame.plotRect.left() + column + 0.5, lane.rect.center().y());
    const QString tip = window.timelineView()->toolTipAt(point);
    CHECK(tip.contains(QStringLiteral("%1 events").arg(lane.density[size_t(column)].count)));
    CHECK(tip.contains(QStringLiteral("verbal cooperation")));
    CHECK(tip.contains(QStringLiteral("zoom in")));
}

TEST_CASE("clicking a lane's name folds its persons into it", "[gui]")
{
    WindowFixture f;
    TimelineView *view = f.view();
    const auto lanesShown = [&] { return view->frame().lanes.size(); };
    const qsizetype unfolded = lanesShown();
    const PlacedLane *china = nullptr;
    for (const PlacedLane &lane : view->frame().lanes)
        if (f.window.scene().lanes()[lane.lane].name == QStringLiteral("China"))
            china = &lane;
    REQUIRE(china);
    const QPoint onName(12, int(china->rect.top()) + 10);
    QTest::mouseClick(view, Qt::LeftButton, {}, onName);
    CHECK(lanesShown() == unfolded - 2); // Wang Wenbin and Wang Yi fold into China
    QTest::mouseClick(view, Qt::LeftButton, {}, onName);
    CHECK(lanesShown() == unfolded);
}

TEST_CASE("the export dialog previews and writes what the view shows", "[gui][export]")
{
    WindowFixture f;
    TimelineView *view = f.view();
    QSettings().remove(QStringLiteral("export")); // start from the defaults
    const std::pair<qint64, qint64> visible{view->scale().start(), view->scale().end()};
    ExportDialog dialog(f.window.scene(), view->renderOptions(), visible, QSize(800, 300));
    const QString path = f.tmp.path("dialog.png");
    dialog.setPath(path);
    const ExportOptions options = dialog.options();
    CHECK(options.size == QSize(800, 300));
    REQUIRE(options.range.has_value());
    CHECK(*options.range == visible);
    // The preview is the file's picture.
    CHECK(dialog.preview().size() == QSize(800, 300));
    dialog.exportNow();
    CHECK(dialog.result() == QDialog::Accepted);
    const QImage written(path);
    CHECK(written.size() == QSize(800, 300));
    CHECK(written.convertToFormat(QImage::Format_RGB32) ==
          renderExport(f.window.scene(), options).convertToFormat(QImage::Format_RGB32));
    // The choices are remembered.
    ExportDialog again(f.window.scene(), view->renderOptions(), visible, QSize(100, 100));
    CHECK(again.path() == path);
    CHECK(again.options().size == QSize(800, 300));
}

namespace {
/// The dialog's child of type W with this accessible name or text.
template<typename W> W *named(QWidget &parent, const QString &name)
{
    for (W *w : parent.findChildren<W *>())
        if (w->accessibleName() == name || w->property("text").toString() == name)
            return w;
    return nullptr;
}
} // namespace

TEST_CASE("the export dialog exports a chosen range onto chosen PDF pages", "[gui][export]")
{
    WindowFixture f;
    TimelineView *view = f.view();
    QSettings().remove(QStringLiteral("export"));
    const std::pair<qint64, qint64> visible{view->scale().start(), view->scale().end()};
    ExportDialog dialog(f.window.scene(), view->renderOptions(), visible, QSize(800, 300));
    QDateEdit *from = named<QDateEdit>(dialog, QStringLiteral("First day"));
    QDateEdit *to = named<QDateEdit>(dialog, QStringLiteral("Last day"));
    REQUIRE(from);
    REQUIRE(to);
    // The dates start as the days on screen, and only count once chosen.
    CHECK(from->date() == dayOfMs(visible.first));
    CHECK_FALSE(from->isEnabled());
    named<QRadioButton>(dialog, QStringLiteral("F&rom"))->setChecked(true);
    CHECK(from->isEnabled());
    from->setDate(QDate(2024, 4, 20));
    to->setDate(QDate(2024, 4, 30));
    ExportOptions o = dialog.options();
    REQUIRE(o.range);
    CHECK(*o.range ==
          std::make_pair(dayStartMs(QDate(2024, 4, 20)), dayStartMs(QDate(2024, 5, 1))));

    // A range that ends before it starts cannot be exported, and the dialog says why.
    to->setDate(QDate(2024, 4, 1));
    QPushButton *exportButton = named<QPushButton>(dialog, QStringLiteral("&Export"));
    REQUIRE(exportButton);
    CHECK_FALSE(exportButton->isEnabled());
    bool said = false;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        said = said || l->text().contains(QStringLiteral("ends before it starts"));
    CHECK(said);
    dialog.setPath(f.tmp.path("backwards.png"));
    dialog.exportNow(); // as a shortcut would, past the disabled button
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(QFile::exists(f.tmp.path("backwards.png")));
    to->setDate(QDate(2024, 4, 30));
    CHECK(exportButton->isEnabled());

    // PDF: page size and orientation are the dialog's.
    const QString path = f.tmp.path("range.pdf");
    dialog.setPath(path);
    QComboBox *size = named<QComboBox>(dialog, QStringLiteral("Page size"));
    QComboBox *orientation = named<QComboBox>(dialog, QStringLiteral("Orientation"));
    REQUIRE(size);
    REQUIRE(orientation);
    CHECK(size->isEnabled());
    size->setCurrentIndex(size->findText(QStringLiteral("A3")));
    orientation->setCurrentIndex(orientation->findData(int(QPageLayout::Portrait)));
    dialog.exportNow();
    REQUIRE(dialog.result() == QDialog::Accepted);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto box =
        QRegularExpression(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)"))
            .match(QString::fromLatin1(file.readAll()));
    REQUIRE(box.hasMatch());
    // A3 portrait: 297 × 420 mm.
    CHECK(box.captured(1).toDouble() == Approx(841.9).margin(1));
    CHECK(box.captured(2).toDouble() == Approx(1190.6).margin(1));

    // Page size and orientation are remembered; the range starts again from the screen.
    ExportDialog again(f.window.scene(), view->renderOptions(), visible, QSize(800, 300));
    CHECK(again.options().pageSize.id() == QPageSize::A3);
    CHECK(again.options().orientation == QPageLayout::Portrait);
}

TEST_CASE("the view can be copied as an image", "[gui][export]")
{
    WindowFixture f;
    QGuiApplication::clipboard()->clear();
    QMetaObject::invokeMethod(&f.window, "copyViewImage");
    const QImage copied = QGuiApplication::clipboard()->image();
    CHECK(copied.size() == f.view()->size());
}

namespace {
QStringList listedTitles(MainWindow &window)
{
    QStringList titles;
    const QAbstractItemModel *model = window.eventList()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        titles << model->index(r, EventListModel::Title).data().toString();
    return titles;
}

QStringList drawnTitles(MainWindow &window)
{
    QStringList titles;
    for (const PlacedItem &item : window.timelineView()->frame().items)
        titles << window.scene().events()[item.event].title;
    return titles;
}
} // namespace

TEST_CASE("unchecking an actor removes its events from the timeline and the list", "[gui][browse]")
{
    WindowFixture f;
    CHECK(listedTitles(f.window).size() == 9);
    CHECK(drawnTitles(f.window).contains(
        QStringLiteral("Moscow claims Ukrainian losses near 500,000")));
    f.window.actorPanel()->setChecked(QStringLiteral("China"), false);
    // China's own event goes; events China shares with a checked actor stay.
    CHECK_FALSE(
        listedTitles(f.window).contains(QStringLiteral("China proposes a roadmap to peace")));
    CHECK_FALSE(
        drawnTitles(f.window).contains(QStringLiteral("China proposes a roadmap to peace")));
    CHECK(listedTitles(f.window).contains(
        QStringLiteral("Stoltenberg accuses China of fuelling Russia's war")));
    f.window.actorPanel()->setChecked(QStringLiteral("Russia"), false);
    f.window.actorPanel()->setChecked(QStringLiteral("Ukraine"), false);
    CHECK_FALSE(listedTitles(f.window).contains(
        QStringLiteral("Moscow claims Ukrainian losses near 500,000")));
    CHECK_FALSE(drawnTitles(f.window).contains(
        QStringLiteral("Moscow claims Ukrainian losses near 500,000")));
    f.window.actorPanel()->only(QStringLiteral("United States"));
    CHECK(listedTitles(f.window) ==
          QStringList{QStringLiteral("Blinken visits Beijing"),
                      QStringLiteral("Wang Yi warns Blinken over China's development rights")});
    f.window.actorPanel()->checkAll(true);
    CHECK(listedTitles(f.window).size() == 9);
}

TEST_CASE("between two actors shows only that pair's exchanges", "[gui][browse]")
{
    WindowFixture f;
    f.window.actorPanel()->setBetween(QStringLiteral("China"), QStringLiteral("NATO"));
    QStringList titles = listedTitles(f.window);
    titles.sort();
    CHECK(titles ==
          QStringList{QStringLiteral("China blames NATO for the Ukraine conflict"),
                      QStringLiteral("Russia imported 90% of its microelectronics from China"),
                      QStringLiteral("Stoltenberg accuses China of fuelling Russia's war")});
    QStringList drawn = drawnTitles(f.window);
    drawn.sort();
    CHECK(drawn == titles);
}

TEST_CASE("selecting in the list selects on the timeline and brings it into view", "[gui][browse]")
{
    WindowFixture f;
    TimelineView *view = f.view();
    // Look at 2022 only, then pick an April 2024 event in the list.
    TimeScale early = view->scale();
    early.setRange(dayStartMs(QDate(2022, 1, 1)), dayStartMs(QDate(2022, 6, 1)));
    view->setScale(early);
    const int accusation = indexOfKey(f.window.scene(), "seed-stoltenberg");
    const int row = f.window.eventListModel()->rowOf(accusation);
    REQUIRE(row >= 0);
    auto *proxy = f.window.eventList()->model();
    QModelIndex index;
    for (int r = 0; r < proxy->rowCount(); ++r)
        if (proxy->index(r, 0).data(EventListModel::EventRole).toInt() == accusation)
            index = proxy->index(r, 0);
    REQUIRE(index.isValid());
    f.window.eventList()->setCurrentIndex(index);
    CHECK(view->selectedEvent() == accusation);
    CHECK(view->frame().itemOf(accusation) != nullptr);  // scrolled to it
    CHECK(view->scale().duration() == early.duration()); // without changing the zoom
    CHECK(f.window.detailsPane()->toPlainText().contains(
        QStringLiteral("Stoltenberg accuses China")));
    // And the other way round.
    const int blinken = indexOfKey(f.window.scene(), "seed-blinken-visit");
    TimeScale april = view->scale();
    april.setRange(dayStartMs(QDate(2024, 4, 20)), dayStartMs(QDate(2024, 4, 29)));
    view->setScale(april);
    const PlacedItem *item = view->frame().itemOf(blinken);
    REQUIRE(item);
    QTest::mouseClick(view, Qt::LeftButton, {}, item->mark.center().toPoint());
    CHECK(f.window.eventList()->currentIndex().data(EventListModel::EventRole).toInt() == blinken);
}

TEST_CASE("Ctrl+F finds events by their words", "[gui][browse]")
{
    WindowFixture f;
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(f.window.searchField()->hasFocus());
    QTest::keyClicks(f.window.searchField(), QStringLiteral("microelectronics"));
    CHECK(listedTitles(f.window) ==
          QStringList{QStringLiteral("Russia imported 90% of its microelectronics from China")});
    CHECK(drawnTitles(f.window) ==
          QStringList{QStringLiteral("Russia imported 90% of its microelectronics from China")});
    f.window.searchField()->clear();
    CHECK(listedTitles(f.window).size() == 9);
}

TEST_CASE("colours, lanes, the database and its range survive a restart", "[gui][settings]")
{
    QSettings().clear();
    TempDir tmp;
    const QString path = tmp.path("kept.sqlite");
    TimeScale zoomed;
    {
        MainWindow window;
        REQUIRE(window.openDatabase(path).isOk());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.timelineView()->setColorBy(ColorBy::QuadClass);
        window.setLaneMode(LaneMode::ByKind);
        window.timelineView()->zoomIn();
        zoomed = window.timelineView()->scale();
        window.close(); // saves
    }
    CHECK(MainWindow::lastDatabase() == path);
    MainWindow again;
    REQUIRE(again.openDatabase(MainWindow::lastDatabase()).isOk());
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.timelineView()->colorBy() == ColorBy::QuadClass);
    CHECK(again.scene().laneMode() == LaneMode::ByKind);
    CHECK(again.timelineView()->scale().start() == zoomed.start());
    CHECK(again.timelineView()->scale().end() == zoomed.end());
    QSettings().clear();
}

TEST_CASE("the window says when its database file is deleted or replaced, and can save what it "
          "shows",
          "[gui][fault]")
{
    WindowFixture f;
    const QString path = f.databasePath();
    REQUIRE(f.window.scene().events().size() == 9);
    bool replaced = false;
    SECTION("deleted")
    {
        REQUIRE(QFile::remove(path));
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    SECTION("replaced by another database")
    {
        const QString other = f.tmp.path(QStringLiteral("other.sqlite"));
        {
            Database db; // empty
            REQUIRE(db.open(other).isOk());
        }
        REQUIRE(QFile::remove(path));
        REQUIRE(QFile::rename(other, path));
        replaced = true;
    }
    // The file watcher notices; the window says so above the timeline.
    QTRY_VERIFY(f.window.isDatabaseFileGone());
    auto *banner = f.window.findChild<QWidget *>(QStringLiteral("fileGone"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    QStringList texts;
    for (const QLabel *label : banner->findChildren<QLabel *>())
        texts << label->text();
    CHECK(texts.join(u' ').contains(QStringLiteral("was deleted, moved or replaced")));
    for (QAction *a : f.window.findChildren<QAction *>())
        if (a->text() == QStringLiteral("&New Event…") ||
            a->text() == QStringLiteral("&Delete Event"))
            CHECK_FALSE(a->isEnabled());

    // What was in it stays on screen, through a reload and a filter, and not the other file's.
    f.window.setLaneMode(LaneMode::ByKind);
    QTRY_VERIFY(!f.window.isLoading());
    CHECK(f.window.scene().events().size() == 9);
    f.window.actorPanel()->only(QStringLiteral("NATO"));
    QTRY_VERIFY(!f.window.isFiltering());
    CHECK(f.window.eventListModel()->rowCount() == 3);

    // Closing asks first while nothing was saved; Cancel keeps the window.
    QString asked;
    QTimer::singleShot(0, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    CHECK_FALSE(f.window.close());
    CHECK(asked.contains(QStringLiteral("what the window shows is lost")));
    CHECK(f.window.isVisible());

    // ... and can be saved whole.
    const QString copy = f.tmp.path(QStringLiteral("rescued.sqlite"));
    REQUIRE(f.window.saveDatabaseCopy(copy).isOk());
    {
        Database db;
        REQUIRE(db.open(copy, Database::OpenMode::ReadOnly).isOk());
        CHECK(EventStore(db).eventCount() == 9);
    }
    if (!replaced) {
        // Closing saves the window's settings, which every test's window starts from.
        f.window.setLaneMode(LaneMode::ByActor);
        // Saved: closing no longer asks (a box would be cancelled here, and the check fail).
        QTimer::singleShot(0, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Cancel)->click();
        });
        CHECK(f.window.close());
    }
    if (replaced) {
        // Reopen shows what is at the path now.
        REQUIRE(banner->findChild<QPushButton *>(QStringLiteral("reopen")));
        REQUIRE(f.window.reopenDatabase().isOk());
        QTRY_VERIFY(!f.window.isLoading());
        CHECK_FALSE(f.window.isDatabaseFileGone());
        CHECK_FALSE(banner->isVisible());
        CHECK(f.window.scene().events().isEmpty());
    }
}
