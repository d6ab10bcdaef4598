#include "export/exportdialog.h"
#include "render/export.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"
#include "timeline/actorfilter.h"
#include "timeline/sceneloader.h"
#include "window/actorpanel.h"
#include "window/detailspane.h"
#include "window/eventlistmodel.h"
#include "window/filterchips.h"
#include "window/filterpanel.h"
#include "window/filterworker.h"
#include "window/mainwindow.h"
#include "window/overviewstrip.h"
#include "window/timelineview.h"
#include "windowfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QTreeWidget>

#include <numeric>

using namespace detente;
using detente::test::TempDir;

namespace {
struct Window : test::WindowFixture {
    QStringList listed() const
    {
        QStringList titles;
        const QAbstractItemModel *model = window.eventList()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            titles << model->index(r, EventListModel::Title).data().toString();
        titles.sort();
        return titles;
    }
    QStringList drawn() const
    {
        QStringList titles;
        for (const PlacedItem &item : window.timelineView()->frame().items)
            titles << window.scene().events()[item.event].title;
        titles.sort();
        titles.removeDuplicates();
        return titles;
    }
    QStringList chips() const
    {
        QStringList texts;
        for (int i = 0; i < window.filterChips()->chipCount(); ++i)
            texts << window.filterChips()->chipText(i);
        return texts;
    }
    QTreeWidgetItem *kind(const QString &name) const
    {
        const QTreeWidget *tree = window.filterPanel()->kindTree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int k = 0; k < tree->topLevelItem(g)->childCount(); ++k)
                if (tree->topLevelItem(g)->child(k)->text(0).startsWith(name + u' '))
                    return tree->topLevelItem(g)->child(k);
        return nullptr;
    }
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const QString accuses = QStringLiteral("Stoltenberg accuses China of fuelling Russia's war");
const QString blames = QStringLiteral("China blames NATO for the Ukraine conflict");
const QString visits = QStringLiteral("Blinken visits Beijing");
} // namespace

TEST_CASE("kinds are grouped by QuadClass and filter the timeline and the list", "[gui][filters]")
{
    Window w;
    const QTreeWidget *tree = w.window.filterPanel()->kindTree();
    QStringList groups;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        groups << tree->topLevelItem(g)->text(0);
    CHECK(groups == QStringList{QStringLiteral("Verbal cooperation"),
                                QStringLiteral("Verbal conflict"),
                                QStringLiteral("Material conflict")});
    REQUIRE(w.kind(QStringLiteral("accusation")));
    CHECK(w.kind(QStringLiteral("accusation"))->parent()->text(0) == u"Verbal conflict");
    CHECK(w.chips().isEmpty());
    CHECK_FALSE(w.window.filterChips()->isVisibleTo(&w.window));

    // Unchecking the whole "Verbal conflict" group hides accusations and the warning.
    w.kind(QStringLiteral("accusation"))->parent()->setCheckState(0, Qt::Unchecked);
    CHECK(w.listed().size() == 6);
    CHECK_FALSE(w.listed().contains(accuses));
    CHECK_FALSE(w.drawn().contains(blames));
    CHECK(w.drawn().contains(visits));
    REQUIRE(w.chips().size() == 1);
    CHECK(w.chips().first().startsWith(u"Kinds: "));
    QTRY_VERIFY(w.window.filterChips()->isVisibleTo(&w.window));

    // The chip's ✕ brings every kind back.
    QTest::mouseClick(w.window.filterChips()->buttons().first(), Qt::LeftButton);
    CHECK(w.listed().size() == 9);
    CHECK(w.chips().isEmpty());
    CHECK(w.kind(QStringLiteral("accusation"))->checkState(0) == Qt::Checked);
}

TEST_CASE("dates, Goldstein scores and sources filter; Clear All undoes them all", "[gui][filters]")
{
    Window w;
    FilterPanel *panel = w.window.filterPanel();
    panel->fromEdit()->setDate(QDate(2024, 4, 24));
    panel->fromBox()->setChecked(true);
    // 23 April falls out; the three events of 25 and 26 April and the two before stay out too.
    CHECK(w.listed() ==
          sorted({blames, visits, accuses,
                  QStringLiteral("Wang Yi warns Blinken over China's development rights")}));
    panel->toEdit()->setDate(QDate(2024, 4, 25));
    panel->toBox()->setChecked(true);
    CHECK(w.listed() == QStringList{accuses});
    CHECK(w.chips().size() == 1);

    panel->clearDates();
    panel->goldsteinMinEdit()->setValue(1);
    panel->goldsteinBox()->setChecked(true);
    // Cooperative events only: the visit (1.9), the talks (7.0) and the roadmap (5.0).
    CHECK(w.listed() == sorted({visits, QStringLiteral("China proposes a roadmap to peace"),
                                QStringLiteral("Russia and Ukraine negotiate a peace treaty")}));
    w.window.searchField()->setText(QStringLiteral("Beijing"));
    CHECK(w.listed() == QStringList{visits});
    panel->sourcesEdit()->setValue(2); // every seed event has one source
    CHECK(w.listed().isEmpty());
    CHECK(w.drawn().isEmpty());
    CHECK(w.chips().size() == 3);

    QTest::keySequence(&w.window, QKeySequence(QStringLiteral("Ctrl+Shift+Backspace")));
    CHECK(w.listed().size() == 9);
    CHECK(w.chips().isEmpty());
    CHECK(w.window.searchField()->text().isEmpty());
    CHECK_FALSE(panel->goldsteinBox()->isChecked());
    CHECK(panel->sourcesEdit()->value() == 0);
}

TEST_CASE("an actor filter hides the lanes it empties", "[gui][filters]")
{
    Window w;
    const auto lanesDrawn = [&] {
        QStringList names;
        for (const PlacedLane &lane : w.window.timelineView()->frame().lanes)
            names << w.window.scene().lanes()[lane.lane].name;
        return names;
    };
    CHECK(lanesDrawn().contains(QStringLiteral("United States")));
    w.window.actorPanel()->setBetween(QStringLiteral("China"), QStringLiteral("NATO"));
    // The pair's lanes, with the sub-lanes of the persons who spoke for them.
    CHECK(lanesDrawn() == QStringList{QStringLiteral("China"), QStringLiteral("Wang Wenbin"),
                                      QStringLiteral("NATO"), QStringLiteral("Jens Stoltenberg")});
    REQUIRE(w.chips().size() == 1);
    CHECK(w.chips().first() == u"Between China and NATO");
}

TEST_CASE("a saved view restores the same frame", "[gui][views]")
{
    Window w;
    w.window.actorPanel()->only(QStringLiteral("China"));
    w.window.filterPanel()->goldsteinBox()->setChecked(true);
    w.window.filterPanel()->goldsteinMaxEdit()->setValue(0);
    w.window.timelineView()->setColorBy(ColorBy::Goldstein);
    w.window.timelineView()->zoomIn();
    const QImage before = w.window.timelineView()->grab().toImage();
    const QStringList listed = w.listed();
    REQUIRE(w.window.saveView(QStringLiteral("China, conflict")).isOk());
    CHECK(w.window.store()->viewNames().contains(QStringLiteral("China, conflict")));

    w.window.clearFilters();
    w.window.timelineView()->fitAll();
    w.window.timelineView()->setColorBy(ColorBy::Actor);
    w.window.setLaneMode(LaneMode::ByKind);
    CHECK(w.listed().size() == 9);

    REQUIRE(w.window.openView(QStringLiteral("China, conflict")).isOk());
    CHECK(w.listed() == listed);
    CHECK(w.window.timelineView()->colorBy() == ColorBy::Goldstein);
    CHECK(w.window.scene().laneMode() == LaneMode::ByActor);
    CHECK(w.window.timelineView()->grab().toImage() == before);
    CHECK_FALSE(w.window.openView(QStringLiteral("Nope")).isOk());
}

TEST_CASE("the window's export of a saved view and the command line's are the same picture",
          "[gui][views][export]")
{
    Window w;
    QSettings().remove(QStringLiteral("export")); // the dialog's defaults
    w.window.actorPanel()->setBetween(QStringLiteral("China"), QStringLiteral("NATO"));
    w.window.timelineView()->setColorBy(ColorBy::QuadClass);
    REQUIRE(w.window.saveView(QStringLiteral("exchange")).isOk());
    const ViewSettings view = w.window.currentView();
    REQUIRE(view.range);

    const QString fromWindow = w.tmp.path("window.png");
    ExportDialog dialog(w.window.scene(), w.window.timelineView()->renderOptions(), *view.range,
                        QSize(1000, 400));
    dialog.setPath(fromWindow);
    dialog.exportNow();
    REQUIRE(dialog.result() == QDialog::Accepted);

    const QString fromCli = w.tmp.path("cli.png");
    const test::ProgramRun run = test::runProgram(
        {QStringLiteral("export"), QStringLiteral("--db"), w.databasePath(),
         QStringLiteral("--view"), QStringLiteral("exchange"), QStringLiteral("--out"), fromCli,
         QStringLiteral("--width"), QStringLiteral("1000"), QStringLiteral("--height"),
         QStringLiteral("400")},
        w.tmp.path("home"));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QImage a = QImage(fromWindow).convertToFormat(QImage::Format_RGB32);
    const QImage b = QImage(fromCli).convertToFormat(QImage::Format_RGB32);
    REQUIRE(a.size() == QSize(1000, 400));
    CHECK(a == b);
}

TEST_CASE("filters survive a restart", "[gui][settings][filters]")
{
    TempDir tmp;
    const QString db = tmp.path("db.sqlite");
    {
        MainWindow window;
        REQUIRE(window.openDatabase(db).isOk());
        window.actorPanel()->only(QStringLiteral("NATO"));
        window.filterPanel()->sourcesEdit()->setValue(1);
        window.close();
    }
    MainWindow window;
    REQUIRE(window.openDatabase(db).isOk());
    const EventFilter f = window.currentFilter();
    CHECK(f.minSources == 1);
    CHECK(f.actors.contains(QStringLiteral("NATO")));
    CHECK_FALSE(f.actors.contains(QStringLiteral("China")));
    // Another database starts with no filter.
    MainWindow other;
    REQUIRE(other.openDatabase(tmp.path("other.sqlite")).isOk());
    CHECK(other.currentFilter().isEmpty());
}

TEST_CASE("the details pane links what an event answers and what answered it", "[gui][browse]")
{
    Window w;
    const QList<Event> &events = w.window.scene().events();
    int briefing = -1, accusation = -1;
    for (int i = 0; i < events.size(); ++i) {
        if (events[i].key == u"seed-briefing")
            briefing = i;
        if (events[i].key == u"seed-stoltenberg")
            accusation = i;
    }
    REQUIRE(briefing >= 0);
    REQUIRE(accusation >= 0);
    w.window.timelineView()->setSelectedEvent(briefing);
    Q_EMIT w.window.timelineView()->eventSelected(briefing);
    const QString shown = w.window.detailsPane()->toHtml();
    CHECK(shown.contains(u"Answers"));
    CHECK(shown.contains(accuses));
    CHECK(shown.contains(u"Coded as"));
    // Following the link selects the accusation, whose details say what answered it.
    Q_EMIT w.window.detailsPane()->anchorClicked(QUrl(QStringLiteral("event:seed-stoltenberg")));
    CHECK(w.window.timelineView()->selectedEvent() == accusation);
    CHECK(w.window.detailsPane()->toHtml().contains(u"Answered by"));
    CHECK(w.window.detailsPane()->toHtml().contains(blames));
}

TEST_CASE("the overview strip shows the whole range and pans the timeline", "[gui][browse]")
{
    Window w;
    TimelineView *view = w.window.timelineView();
    OverviewStrip *strip = w.window.overviewStrip();
    QTRY_VERIFY(strip->width() > 200);
    // Zoomed in on April 2024: the window is a narrow mark near the strip's right end.
    TimeScale april = view->scale();
    april.setRange(dayStartMs(QDate(2024, 4, 1)), dayStartMs(QDate(2024, 5, 1)));
    view->setScale(april);
    const double left = strip->xOf(april.start()), right = strip->xOf(april.end());
    CHECK(right - left < strip->width() / 10.0);
    CHECK(right > strip->width() * 0.8);
    // Dragging the window 50 pixels to the left moves the timeline back by that much time.
    const int y = strip->height() / 2;
    const QPoint from(int((left + right) / 2), y);
    QTest::mousePress(strip, Qt::LeftButton, {}, from);
    QTest::mouseMove(strip, from - QPoint(50, 0));
    QTest::mouseRelease(strip, Qt::LeftButton, {}, from - QPoint(50, 0));
    const qint64 shift = april.start() - view->scale().start();
    const qint64 expected = strip->timeAt(50) - strip->timeAt(0);
    CHECK(std::abs(shift - expected) <= expected / 20);
    CHECK(view->scale().end() - view->scale().start() == april.end() - april.start());
    // A click far left jumps there, keeping the zoom.
    QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(5, y));
    CHECK(view->scale().start() < dayStartMs(QDate(2022, 6, 1)));
}

TEST_CASE("Shift+drag zooms to a band, Ctrl+Shift+F to the selection, a pinch around the fingers",
          "[gui][browse]")
{
    Window w;
    TimelineView *view = w.window.timelineView();
    const double left = view->frame().plotRect.left();
    const int y = int(view->frame().plotRect.center().y());
    const QPoint from(int(left) + 100, y), to(int(left) + 300, y);
    const qint64 first = view->scale().mapXToTime(100), last = view->scale().mapXToTime(301);
    QTest::mousePress(view, Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(view, to);
    QTest::mouseRelease(view, Qt::LeftButton, Qt::ShiftModifier, to);
    const qint64 slack = (last - first) / 50;
    CHECK(std::abs(view->scale().start() - first) <= slack);
    CHECK(std::abs(view->scale().end() - last) <= slack);

    // The selection's whole range, with room around it: "early weeks of the conflict".
    const QList<Event> &events = w.window.scene().events();
    int talks = -1;
    for (int i = 0; i < events.size(); ++i)
        if (events[i].key == u"seed-peace-talks")
            talks = i;
    REQUIRE(talks >= 0);
    view->setSelectedEvent(talks);
    view->setFocus();
    QTest::keySequence(&w.window, QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    CHECK(view->scale().start() < events[talks].date.first());
    CHECK(view->scale().end() > events[talks].date.last());
    CHECK(view->scale().end() - view->scale().start() <
          2 * (events[talks].date.last() - events[talks].date.first()));

    // A pinch that spreads the fingers zooms in, keeping the time under them in place.
    const QPointF at(left + 200, y);
    const qint64 under = view->scale().mapXToTime(200);
    const qint64 before = view->scale().end() - view->scale().start();
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              at, at, view->mapToGlobal(at), 0.5, QPointF(), 0);
    QApplication::sendEvent(view, &pinch);
    CHECK(view->scale().end() - view->scale().start() < before * 0.7);
    CHECK(std::abs(view->scale().mapXToTime(200) - under) <= before / 500);
}

TEST_CASE("the details pane shows each source's words with the event's own in bold",
          "[gui][browse]")
{
    Window w;
    const QList<Event> &events = w.window.scene().events();
    const auto accusation = std::find_if(
        events.begin(), events.end(), [](const Event &e) { return e.key == u"seed-stoltenberg"; });
    REQUIRE(accusation != events.end());
    const QList<SourceReport> mentions = w.window.store()->mentions(accusation->id);
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].source.title == u"Beijing blames NATO for Ukraine crisis");
    CHECK(mentions[0].begin == 363);
    const QString html = DetailsPane::html(*accusation, QLocale::c(), {}, {}, mentions);
    CHECK(html.contains(u"<b>On Thursday</b>"));
    CHECK(html.contains(u"<b>NATO</b>"));
    CHECK(html.contains(u"<b>Jens Stoltenberg</b>"));
    CHECK(html.contains(u"characters 363–490 of the source"));
    // Two sources: both listed, each with its words.
    SourceReport second = mentions[0];
    second.source.title = QStringLiteral("Another paper");
    second.quote = QStringLiteral("NATO's chief spoke on Thursday");
    const QString two = DetailsPane::html(*accusation, QLocale::c(), {}, {}, {mentions[0], second});
    CHECK(two.contains(u"Reported by 2 sources"));
    CHECK(two.contains(u"Another paper"));
    CHECK(two.contains(u"<b>NATO</b>'s chief"));
}

namespace {
/// The actor panel's counts, by name.
QHash<QString, QString> panelCounts(const MainWindow &window)
{
    QHash<QString, QString> counts;
    for (QTreeWidgetItemIterator it(window.actorPanel()->tree()); *it; ++it)
        counts.insert((*it)->text(0), (*it)->text(1));
    return counts;
}

/// What the panel should say: actorEventCounts over the events the timeline keeps.
QHash<QString, QString> expectedCounts(const MainWindow &window)
{
    const TimelineScene &scene = window.scene();
    std::vector<bool> kept(size_t(scene.events().size()));
    for (int i = 0; i < scene.events().size(); ++i)
        kept[size_t(i)] = scene.isIncluded(i);
    const QHash<QString, qsizetype> counts = actorEventCounts(scene, kept);
    QHash<QString, QString> expected;
    for (QTreeWidgetItemIterator it(window.actorPanel()->tree()); *it; ++it)
        expected.insert((*it)->text(0), QLocale().toString(counts.value((*it)->text(0))));
    return expected;
}

const QString microelectronics =
    QStringLiteral("Russia imported 90% of its microelectronics from China");
} // namespace

TEST_CASE("filters run on a worker: changes made while one runs end with the last one's frame "
          "and list",
          "[gui][filters]")
{
    Window w;
    w.window.filterWorker()->setSynchronousLimit(0); // the worker, as for a large database
    QSignalSpy applied(&w.window, &MainWindow::filtersApplied);
    // Three changes in a row; the worker gets the first while the others are made.
    w.window.actorPanel()->only(QStringLiteral("United States"));
    CHECK(w.window.isFiltering());
    w.window.actorPanel()->checkAll(true);
    w.window.searchField()->setText(QStringLiteral("microelectronics"));
    // The chips follow at once; the window says it is filtering and stays usable.
    CHECK(w.chips() == QStringList{QStringLiteral("Words: “microelectronics”")});
    CHECK(w.window.isFiltering());
    const auto *indicator = w.window.findChild<QWidget *>(QStringLiteral("filtering"));
    REQUIRE(indicator);
    CHECK(indicator->isVisibleTo(&w.window));
    CHECK(indicator->findChild<QProgressBar *>());
    w.window.timelineView()->zoomIn();

    QTRY_VERIFY(!w.window.isFiltering());
    CHECK(applied.count() == 1); // only the latest result reached the window
    CHECK(w.listed() == QStringList{microelectronics});
    CHECK(w.drawn() == QStringList{microelectronics});
    CHECK_FALSE(indicator->isVisibleTo(&w.window));
    CHECK(panelCounts(w.window) == expectedCounts(w.window));

    // Clearing brings everything back, through the worker too.
    w.window.clearFilters();
    QTRY_VERIFY(!w.window.isFiltering());
    w.window.timelineView()->fitAll();
    CHECK(w.listed().size() == 9);
    CHECK(w.drawn().size() == 9);
}

TEST_CASE("a result the worker sends after a newer filter change is dropped", "[gui][filters]")
{
    Window w;
    FilterWorker *worker = w.window.filterWorker();
    worker->setSynchronousLimit(0);
    QSignalSpy applied(&w.window, &MainWindow::filtersApplied);
    const int sent = worker->resultsSent();
    w.window.actorPanel()->only(QStringLiteral("United States"));
    // Without running the event loop, wait until the worker has sent that result back: it is
    // queued, not yet delivered, when the next change is made.
    QDeadlineTimer deadline(20000);
    while (worker->resultsSent() == sent && !deadline.hasExpired())
        QThread::yieldCurrentThread();
    REQUIRE(worker->resultsSent() == sent + 1);
    const int dropped = worker->droppedResults();
    w.window.actorPanel()->only(QStringLiteral("NATO"));
    QTRY_VERIFY(!w.window.isFiltering());
    CHECK(worker->droppedResults() == dropped + 1);
    CHECK(applied.count() == 1);
    CHECK_FALSE(w.listed().contains(QStringLiteral("Blinken visits Beijing")));
    CHECK(w.listed().contains(accuses));
    CHECK(w.window.currentFilter().actors == QStringList{QStringLiteral("NATO")});
}

TEST_CASE("the actor counts follow the other filters", "[gui][filters]")
{
    Window w;
    for (const qsizetype limit : {qsizetype(50000), qsizetype(0)}) { // at once, then on the worker
        w.window.filterWorker()->setSynchronousLimit(limit);
        CAPTURE(limit);
        w.window.clearFilters();
        QTRY_VERIFY(!w.window.isFiltering());
        const QHash<QString, QString> all = panelCounts(w.window);
        CHECK(all == expectedCounts(w.window));

        // Only the conflicts: fewer events for China, none for the United States' visit.
        w.kind(QStringLiteral("accusation"))->parent()->setCheckState(0, Qt::Unchecked);
        QTRY_VERIFY(!w.window.isFiltering());
        CHECK(panelCounts(w.window) == expectedCounts(w.window));
        CHECK(panelCounts(w.window) != all);

        // Words and dates count too.
        w.window.searchField()->setText(QStringLiteral("Beijing"));
        QTRY_VERIFY(!w.window.isFiltering());
        CHECK(w.listed() == QStringList{visits});
        CHECK(panelCounts(w.window).value(QStringLiteral("United States")) ==
              QLocale().toString(1));
        CHECK(panelCounts(w.window).value(QStringLiteral("NATO")) == QLocale().toString(0));
        CHECK(panelCounts(w.window) == expectedCounts(w.window));
    }
}

TEST_CASE("the event list sorts by any column and keeps the selection through a filter",
          "[gui][filters]")
{
    Window w;
    for (const qsizetype limit : {qsizetype(50000), qsizetype(0)}) {
        w.window.filterWorker()->setSynchronousLimit(limit);
        CAPTURE(limit);
        QTableView *list = w.window.eventList();
        const auto column = [&](int c) {
            QStringList cells;
            for (int r = 0; r < list->model()->rowCount(); ++r)
                cells << list->model()->index(r, c).data().toString();
            return cells;
        };
        list->sortByColumn(EventListModel::Title, Qt::AscendingOrder);
        QTRY_VERIFY(!w.window.isFiltering());
        QStringList titles = column(EventListModel::Title);
        CHECK(titles.size() == 9);
        QStringList expected = titles;
        std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
        CHECK(titles == expected);
        list->sortByColumn(EventListModel::Date, Qt::DescendingOrder);
        QTRY_VERIFY(!w.window.isFiltering());
        QList<qint64> starts;
        for (int r = 0; r < list->model()->rowCount(); ++r)
            starts
                << w.window.scene()
                       .events()[list->model()->index(r, 0).data(EventListModel::EventRole).toInt()]
                       .date.first();
        CHECK(starts.size() == 9);
        CHECK(std::is_sorted(starts.rbegin(), starts.rend()));

        // The selected event keeps its row (wherever the new order puts it).
        const QList<Event> &events = w.window.scene().events();
        int accusation = -1;
        for (int i = 0; i < events.size(); ++i)
            if (events[i].title == accuses)
                accusation = i;
        REQUIRE(accusation >= 0);
        w.window.timelineView()->setSelectedEvent(accusation);
        Q_EMIT w.window.timelineView()->eventSelected(accusation);
        w.window.actorPanel()->setChecked(QStringLiteral("Russia"), false);
        QTRY_VERIFY(!w.window.isFiltering());
        CHECK(w.window.timelineView()->selectedEvent() == accusation);
        CHECK(list->currentIndex().data(EventListModel::EventRole).toInt() == accusation);
        w.window.clearFilters();
        QTRY_VERIFY(!w.window.isFiltering());
        list->sortByColumn(EventListModel::Date, Qt::AscendingOrder);
        QTRY_VERIFY(!w.window.isFiltering());
    }
}

TEST_CASE("a filter snapshot counts actors as the scene does", "[filters]")
{
    Window w;
    const TimelineScene &scene = w.window.scene();
    const FilterSnapshot snapshot(scene.events(), w.window.store()->actors());
    std::vector<qint32> all(size_t(scene.events().size()));
    std::iota(all.begin(), all.end(), 0);
    CHECK(snapshot.actorCounts(all) == actorEventCounts(scene, {}));
    // Every other event.
    std::vector<qint32> some;
    std::vector<bool> kept(all.size(), false);
    for (qint32 i = 0; i < qint32(all.size()); i += 2) {
        some.push_back(i);
        kept[size_t(i)] = true;
    }
    CHECK(snapshot.actorCounts(some) == actorEventCounts(scene, kept));
    for (int i = 0; i < scene.events().size(); ++i)
        CHECK(snapshot.indexOfId(scene.events()[i].id) == i);
    // Through the store: the same flags as filterMask.
    EventFilter f;
    f.actors = {QStringLiteral("NATO")};
    const FilterResult r = applyFilter(*w.window.store(), snapshot, f);
    REQUIRE(r.status.isOk());
    CHECK(r.kept == filterMask(*w.window.store(), scene, f));
    CHECK(qsizetype(r.events.size()) == std::count(r.kept.begin(), r.kept.end(), true));
}

TEST_CASE("many quick filter changes on the worker end with the store's answer to the last one",
          "[gui][filters]")
{
    TempDir tmp;
    const QString path = tmp.path("many.sqlite");
    const QStringList names = {QStringLiteral("China"),   QStringLiteral("NATO"),
                               QStringLiteral("Russia"),  QStringLiteral("Ukraine"),
                               QStringLiteral("Egypt"),   QStringLiteral("Qatar"),
                               QStringLiteral("Hungary"), QStringLiteral("Poland")};
    {
        Database db;
        REQUIRE(db.open(path).isOk());
        QList<Event> events;
        for (int i = 0; i < 6000; ++i) {
            const QString source = names[i % names.size()], target = names[(i / 3) % names.size()];
            Event e = test::makeEvent(QStringLiteral("%1 and %2 talk, round %3")
                                          .arg(source, target == source ? QString() : target)
                                          .arg(i),
                                      QDate(2022, 1, 1).addDays(i % 900), source,
                                      target == source ? QString() : target);
            e.key = QStringLiteral("many-%1").arg(i);
            e.kind = i % 4 ? QStringLiteral("statement") : QStringLiteral("accusation");
            events.append(e);
        }
        REQUIRE(EventStore(db).insertEvents(events).isOk());
    }
    MainWindow window;
    REQUIRE(window.openDatabase(path, false).isOk());
    window.filterWorker()->setSynchronousLimit(0);
    QTRY_VERIFY(!window.isFiltering());
    REQUIRE(window.scene().events().size() == 6000);
    QSignalSpy applied(&window, &MainWindow::filtersApplied);
    for (int round = 0; round < 30; ++round) {
        switch (round % 3) {
        case 0:
            window.actorPanel()->only(names[round % names.size()]);
            break;
        case 1:
            window.actorPanel()->setChecked(names[(round + 3) % names.size()], true);
            break;
        default:
            window.searchField()->setText(round % 2 ? QStringLiteral("talk") : QString());
            break;
        }
        if (round % 4 == 0)
            QCoreApplication::processEvents(); // some results come in between, some do not
    }
    QTRY_VERIFY(!window.isFiltering());
    CHECK(applied.count() >= 1);
    // What the window shows is the store's answer to the filter in force.
    const QList<qint64> ids = window.store()->eventIds(window.currentFilter());
    REQUIRE(window.eventListModel()->rowCount() == ids.size());
    QSet<int> expected;
    for (const qint64 id : ids)
        expected.insert(window.scene().indexOfId(id));
    QSet<int> listed;
    for (int r = 0; r < window.eventListModel()->rowCount(); ++r)
        listed.insert(window.eventListModel()->eventAt(r));
    CHECK(listed == expected);
    for (int i = 0; i < window.scene().events().size(); ++i)
        if (window.scene().isIncluded(i) != expected.contains(i))
            FAIL_CHECK("event " << i << " filtered wrongly");
    CHECK(panelCounts(window) == expectedCounts(window));
}
