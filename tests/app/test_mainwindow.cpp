#include "appdatabase.h"
#include "detailspane.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "timelineview.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace detente;
using detente::test::TempDir;

namespace {
int indexOfKey(const TimelineScene &scene, const char *key)
{
    for (int i = 0; i < scene.events().size(); ++i)
        if (scene.events()[i].key == QLatin1String(key))
            return i;
    return -1;
}

struct WindowFixture {
    TempDir tmp;
    MainWindow window;
    WindowFixture()
    {
        REQUIRE(window.openDatabase(tmp.path("db.sqlite")).isOk());
        window.resize(1400, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    TimelineView *view() { return window.timelineView(); }
};
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
    CHECK_FALSE(lanes.contains(QStringLiteral("Wang Wenbin")));

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
