#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"
#include "window/eventlistmodel.h"
#include "window/filterworker.h"
#include "window/mainwindow.h"
#include "window/sceneloadworker.h"
#include "window/timelineview.h"
#include "windowfixture.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <limits>

using namespace detente;
using detente::test::TempDir;

namespace {
QStringList keys(const MainWindow &window)
{
    QStringList keys;
    for (const Event &e : window.scene().events())
        keys << e.key;
    return keys;
}

QStringList lanes(const MainWindow &window)
{
    QStringList names;
    for (const TimelineScene::Lane &lane : window.scene().lanes())
        names << lane.name + u'/' + QString::number(lane.events);
    return names;
}

QStringList listed(const MainWindow &window)
{
    QStringList titles;
    const QAbstractItemModel *model = window.eventList()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        titles << model->index(r, EventListModel::Title).data().toString();
    return titles;
}

bool loadingShown(const MainWindow &window)
{
    const auto *loading = window.findChild<QWidget *>(QStringLiteral("loading"));
    return loading && !loading->isHidden();
}

/// Every part of the window at rest: nothing loading or filtering.
bool settled(const MainWindow &window)
{
    return !window.isLoading() && !window.isFiltering();
}

/// Everything on the workers, as for a large database.
void useWorkers(MainWindow &window)
{
    window.sceneLoader()->setSynchronousLimit(0);
    window.filterWorker()->setSynchronousLimit(0);
}
} // namespace

TEST_CASE("a database loaded on the worker shows the same events, lanes and list as one loaded "
          "at once",
          "[gui][loading]")
{
    test::WindowFixture at; // loaded at once
    MainWindow worker;
    useWorkers(worker);
    worker.resize(1400, 800);
    worker.show();
    REQUIRE(worker.openDatabase(at.databasePath()).isOk());
    CHECK(worker.isLoading());
    CHECK(loadingShown(worker));
    CHECK(worker.scene().events().isEmpty()); // nothing of another database meanwhile
    QTRY_VERIFY(settled(worker));
    CHECK_FALSE(loadingShown(worker));
    CHECK(keys(worker) == keys(at.window));
    CHECK(lanes(worker) == lanes(at.window));
    CHECK(listed(worker) == listed(at.window));
    CHECK(worker.windowTitle() == at.window.windowTitle());
    CHECK(worker.timelineView()->frame().items.size() == at.view()->frame().items.size());

    // New lanes with a filter in force: reloaded on the worker, the filter kept.
    for (MainWindow *w : {&at.window, &worker}) {
        w->searchField()->setText(QStringLiteral("China"));
        QTRY_VERIFY(settled(*w));
        w->setLaneMode(LaneMode::ByKind);
    }
    CHECK(worker.isLoading());
    CHECK(worker.scene().laneMode() == LaneMode::ByActor); // the old picture stays meanwhile
    QTRY_VERIFY(settled(worker));
    CHECK(worker.scene().laneMode() == LaneMode::ByKind);
    CHECK(worker.sceneLoader()->patchedLoads() == 1); // laid out again, no event read again
    CHECK(lanes(worker) == lanes(at.window));
    CHECK(listed(worker) == listed(at.window));
    CHECK(listed(worker).size() < worker.scene().events().size());
    CHECK(worker.searchField()->text() == u"China");
}

TEST_CASE("an edit made while the events load ends with the edit shown", "[gui][loading][editing]")
{
    test::WindowFixture w;
    useWorkers(w.window);
    w.window.setLaneMode(LaneMode::ByKind); // a load on the worker
    REQUIRE(w.window.isLoading());

    // Edited on the old picture, which stays while the load runs.
    const int selected = w.window.scene().indexOfId(w.window.scene().events()[0].id);
    w.view()->setSelectedEvent(selected);
    const auto before = w.window.store()->event(w.window.scene().events()[selected].id);
    REQUIRE(before);
    Event after = *before;
    after.title = QStringLiteral("Edited while loading");
    w.window.editEvent(*before, after);
    QTRY_VERIFY(settled(w.window));

    CHECK(w.window.scene().laneMode() == LaneMode::ByKind);
    CHECK(listed(w.window).contains(after.title));
    const int edited = w.view()->selectedEvent();
    REQUIRE(edited >= 0);
    CHECK(w.window.scene().events()[edited].title == after.title);

    // Undone while another load runs: the old title is back.
    w.window.setLaneMode(LaneMode::ByActor);
    REQUIRE(w.window.isLoading());
    w.window.undoStack()->undo();
    QTRY_VERIFY(settled(w.window));
    CHECK(w.window.scene().laneMode() == LaneMode::ByActor);
    CHECK_FALSE(listed(w.window).contains(after.title));
    CHECK(listed(w.window).contains(before->title));
}

TEST_CASE("a newer load supersedes an older one, and closing while loading does not wait",
          "[gui][loading]")
{
    TempDir tmp;
    const QString seeded = tmp.path(QStringLiteral("seeded.sqlite"));
    const QString empty = tmp.path(QStringLiteral("empty.sqlite"));
    {
        MainWindow window;
        REQUIRE(window.openDatabase(seeded).isOk());
        REQUIRE(window.openDatabase(empty, false).isOk());
    }
    MainWindow window;
    useWorkers(window);
    window.show();
    REQUIRE(window.openDatabase(seeded).isOk());
    REQUIRE(window.openDatabase(empty).isOk()); // before the first is in
    QTRY_VERIFY(settled(window));
    CHECK(window.scene().events().isEmpty());
    CHECK(window.windowTitle().startsWith(u"empty.sqlite"));
    REQUIRE(window.openDatabase(seeded).isOk());
    QTRY_VERIFY(settled(window));
    CHECK(window.scene().events().size() == 9);
    CHECK(listed(window).size() == 9);

    auto *closing = new MainWindow;
    useWorkers(*closing);
    closing->show();
    REQUIRE(closing->openDatabase(seeded).isOk());
    REQUIRE(closing->isLoading());
    closing->close();
    delete closing; // waits for nothing but an interrupted query
    SUCCEED();
}

// A measurement, not a test: DETENTE_LOAD_BENCH_DB=FILE (e.g. one kept by detente-bench with
// DETENTE_BENCH_KEEP) opens FILE, reloads it with new lanes and edits one event, printing for
// each how long until everything is shown and the GUI thread's longest freeze (the largest
// gap between the ticks of a 10 ms timer). DETENTE_LOAD_BENCH_SYNC=1 loads on the GUI thread.
TEST_CASE("loading a large database: time and longest freeze", "[.][loadbench]")
{
    const QString path = qEnvironmentVariable("DETENTE_LOAD_BENCH_DB");
    if (path.isEmpty()) {
        WARN("DETENTE_LOAD_BENCH_DB is not set");
        return;
    }
    MainWindow window;
    if (qEnvironmentVariableIntValue("DETENTE_LOAD_BENCH_SYNC"))
        window.sceneLoader()->setSynchronousLimit(std::numeric_limits<qsizetype>::max());
    window.resize(1400, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QElapsedTimer clock;
    qint64 lastTick = 0, longest = 0;
    QTimer ticks;
    ticks.setInterval(10);
    QObject::connect(&ticks, &QTimer::timeout, [&] {
        longest = std::max(longest, clock.elapsed() - lastTick);
        lastTick = clock.elapsed();
    });
    const auto measure = [&](const char *what, const std::function<void()> &step) {
        QTest::qWait(200);
        ticks.start();
        clock.start();
        lastTick = 0;
        longest = 0;
        step();
        const qint64 returned = clock.elapsed();
        while (!settled(window))
            QTest::qWait(5);
        std::printf(
            "%s: call returned after %lld ms, shown after %lld ms, longest freeze %lld ms\n", what,
            static_cast<long long>(returned), static_cast<long long>(clock.elapsed()),
            static_cast<long long>(std::max(longest, clock.elapsed() - lastTick)));
        ticks.stop();
    };
    measure("open", [&] { REQUIRE(window.openDatabase(path).isOk()); });
    measure("lanes", [&] { window.setLaneMode(LaneMode::ByKind); });
    const auto before = window.store()->event(window.scene().events()[0].id);
    REQUIRE(before);
    Event after = *before;
    after.title += QStringLiteral(" (edited)");
    measure("edit", [&] { window.editEvent(*before, after); });
    measure("undo", [&] { window.undoStack()->undo(); });
    CHECK(window.scene().events().size() > 0);
}

TEST_CASE("a saved view with other lanes keeps its range when the scene loads on the worker",
          "[gui][loading]")
{
    TempDir tmp;
    MainWindow window;
    useWorkers(window);
    window.resize(1400, 800);
    window.show();
    REQUIRE(window.openDatabase(tmp.path(QStringLiteral("db.sqlite"))).isOk());
    QTRY_VERIFY(settled(window));
    // A view of March 2024, lanes by kind, saved while the window shows something else.
    ViewSettings march = window.currentView();
    march.lanes = LaneMode::ByKind;
    march.range = {dayStartMs(QDate(2024, 3, 1)), dayStartMs(QDate(2024, 4, 1))};
    REQUIRE(window.store()->saveView(QStringLiteral("March"), march.toJson()).isOk());
    REQUIRE(window.scene().laneMode() == LaneMode::ByActor);

    REQUIRE(window.openView(QStringLiteral("March")).isOk());
    QTRY_VERIFY(settled(window));
    CHECK(window.scene().laneMode() == LaneMode::ByKind);
    CHECK(window.timelineView()->scale().start() == march.range->first);
    CHECK(window.timelineView()->scale().end() == march.range->second);
}

TEST_CASE("a lane folded while the events load stays folded", "[gui][loading]")
{
    test::WindowFixture w;
    useWorkers(w.window);
    auto parentLane = [&] {
        const QList<TimelineScene::Lane> &all = w.window.scene().lanes();
        for (int i = 0; i < all.size(); ++i)
            if (all[i].children > 0)
                return i;
        return -1;
    };
    const int lane = parentLane();
    REQUIRE(lane >= 0); // a state with the persons who speak for it
    const QString name = w.window.scene().lanes()[lane].name;
    w.window.setLaneMode(LaneMode::ByActor); // the same lanes, loaded again on the worker
    REQUIRE(w.window.isLoading());
    emit w.view()->laneToggled(lane); // folded on the picture shown meanwhile
    CHECK(w.window.scene().isCollapsed(lane));
    QTRY_VERIFY(settled(w.window));
    const int after = parentLane();
    REQUIRE(after >= 0);
    CHECK(w.window.scene().lanes()[after].name == name);
    CHECK(w.window.scene().isCollapsed(after));
    CHECK(w.window.scene().lanes()[after + 1].hidden); // its persons' lanes
}

namespace {
/// The window's scene as a full load of its database gives it: events, lanes and the list.
void checkSameAsFullLoad(MainWindow &window, const QString &database)
{
    MainWindow fresh; // small: loaded at once, every event read
    REQUIRE(fresh.openDatabase(database).isOk());
    CHECK(keys(window) == keys(fresh));
    CHECK(lanes(window) == lanes(fresh));
    CHECK(listed(window) == listed(fresh));
    QStringList answers, freshAnswers;
    for (const Event &e : window.scene().events())
        answers << e.key + u'>' + e.answers.join(u',') + u'/' + e.title;
    for (const Event &e : fresh.scene().events())
        freshAnswers << e.key + u'>' + e.answers.join(u',') + u'/' + e.title;
    CHECK(answers == freshAnswers);
}
} // namespace

TEST_CASE("after an edit the worker reads only the events written, and shows what a full load "
          "shows",
          "[gui][loading][editing]")
{
    test::WindowFixture w;
    useWorkers(w.window);
    SceneLoadWorker *loader = w.window.sceneLoader();
    const QString db = w.databasePath();
    auto indexOfTitle = [&](const QString &title) {
        for (int i = 0; i < w.window.scene().events().size(); ++i)
            if (w.window.scene().events()[i].title == title)
                return i;
        return -1;
    };

    // A new title and a later date: the event moves in the order of events.
    const Event first = w.window.scene().events().first();
    auto before = w.window.store()->event(first.id);
    REQUIRE(before);
    Event after = *before;
    after.title = QStringLiteral("Moved to the end");
    after.date = DateSpan::fromDays(QDate(2024, 12, 30), QDate(2024, 12, 30), Precision::Day);
    w.window.editEvent(*before, after);
    QTRY_VERIFY(settled(w.window));
    CHECK(loader->patchedLoads() == 1);
    CHECK(w.window.scene().events().last().title == after.title);
    checkSameAsFullLoad(w.window, db);

    // Two edits, the second while the first one's load is under way: both are shown.
    Event again = after;
    again.id = w.window.scene().events().last().id;
    again.title = QStringLiteral("Edited twice");
    w.window.editEvent(after, again);
    REQUIRE(w.window.isLoading());
    const Event second = w.window.scene().events()[1];
    Event secondAfter = second;
    secondAfter.summary = QStringLiteral("A summary written while loading");
    w.window.editEvent(*w.window.store()->event(second.id), secondAfter);
    QTRY_VERIFY(settled(w.window));
    CHECK(indexOfTitle(QStringLiteral("Edited twice")) >= 0);
    CHECK(w.window.scene().events()[w.window.scene().indexOfId(second.id)].summary ==
          secondAfter.summary);
    checkSameAsFullLoad(w.window, db);

    // Deleting an event another answers, and undoing it: the answer follows.
    int answered = -1;
    for (const Event &e : w.window.scene().events())
        for (const QString &key : e.answers)
            if (const qint64 id = w.window.store()->idOfKey(key); id && answered < 0)
                answered = w.window.scene().indexOfId(id);
    REQUIRE(answered >= 0);
    const int patched = loader->patchedLoads();
    w.view()->setSelectedEvent(answered);
    REQUIRE(w.window.deleteSelectedEvent());
    QTRY_VERIFY(settled(w.window));
    checkSameAsFullLoad(w.window, db);
    w.window.undoStack()->undo();
    QTRY_VERIFY(settled(w.window));
    checkSameAsFullLoad(w.window, db);
    CHECK(loader->patchedLoads() == patched + 2);
    // Deleted and brought back before the deletion's load comes in.
    const QString answeredKey = w.window.scene().events()[answered].key;
    w.view()->setSelectedEvent(answered);
    REQUIRE(w.window.deleteSelectedEvent());
    REQUIRE(w.window.isLoading());
    w.window.undoStack()->undo();
    QTRY_VERIFY(settled(w.window));
    CHECK(w.window.scene().indexOfId(w.window.store()->idOfKey(answeredKey)) >= 0);
    checkSameAsFullLoad(w.window, db);

    // Events another program added meanwhile: an edit then reads everything, and shows them.
    {
        Database other;
        REQUIRE(other.open(db).isOk());
        REQUIRE(
            EventStore(other)
                .insertEvents({detente::test::makeEvent(
                    QStringLiteral("Added elsewhere"), QDate(2024, 5, 1), QStringLiteral("China"))})
                .isOk());
    }
    const int patchedBefore = loader->patchedLoads();
    const Event last = w.window.scene().events().last();
    Event lastAfter = last;
    lastAfter.summary = QStringLiteral("Edited after another program wrote");
    w.window.editEvent(*w.window.store()->event(last.id), lastAfter);
    QTRY_VERIFY(settled(w.window));
    CHECK(loader->patchedLoads() == patchedBefore);
    CHECK(indexOfTitle(QStringLiteral("Added elsewhere")) >= 0);
    checkSameAsFullLoad(w.window, db);

    // An actor's new name is in every event that names it: everything is read again.
    const QList<Actor> actors = w.window.store()->actors();
    const auto china = std::find_if(actors.cbegin(), actors.cend(),
                                    [](const Actor &a) { return a.name == u"China"; });
    REQUIRE(china != actors.cend());
    Actor renamed = *china;
    renamed.name = QStringLiteral("People's Republic of China");
    const int beforeRename = loader->patchedLoads();
    REQUIRE(w.window.editActor(*china, renamed).isOk());
    QTRY_VERIFY(settled(w.window));
    CHECK(loader->patchedLoads() == beforeRename);
    checkSameAsFullLoad(w.window, db);
    CHECK(lanes(w.window).join(u' ').contains(QStringLiteral("People's Republic of China")));
}
