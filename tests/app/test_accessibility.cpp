#include "accessibility/timelineaccessible.h"
#include "testsupport.h"
#include "window/mainwindow.h"
#include "window/timelineview.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace detente;
using detente::test::TempDir;

namespace {

struct AccessibleWindow {
    TempDir tmp;
    MainWindow window;
    AccessibleWindow()
    {
        REQUIRE(window.openDatabase(tmp.path("db.sqlite")).isOk());
        // Month names in the spoken dates do not depend on the machine's language.
        window.timelineView()->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        window.resize(1400, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    QAccessibleInterface *timeline() const
    {
        return QAccessible::queryAccessibleInterface(window.timelineView());
    }
};

/// Every list item below `iface`, depth first.
void collectEvents(QAccessibleInterface *iface, QList<QAccessibleInterface *> &out)
{
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        REQUIRE(child);
        // Each child knows where it sits: a screen reader walks the tree both ways.
        CHECK(child->parent() == iface);
        CHECK(iface->indexOfChild(child) == i);
        if (child->role() == QAccessible::ListItem)
            out << child;
        else
            collectEvents(child, out);
    }
}

QStringList names(const QList<QAccessibleInterface *> &ifaces)
{
    QStringList list;
    for (QAccessibleInterface *i : ifaces)
        list << i->text(QAccessible::Name);
    return list;
}

QAccessibleInterface *laneNamed(QAccessibleInterface *parent, const QString &name)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        QAccessibleInterface *child = parent->child(i);
        if (child->role() == QAccessible::Grouping && child->text(QAccessible::Name) == name)
            return child;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a screen reader finds the seed events in the timeline's lanes", "[gui][a11y]")
{
    AccessibleWindow f;
    QAccessibleInterface *timeline = f.timeline();
    REQUIRE(timeline);
    CHECK(timeline->role() == QAccessible::Chart);
    CHECK(timeline->text(QAccessible::Name) == QStringLiteral("Timeline"));

    QList<QAccessibleInterface *> events;
    collectEvents(timeline, events);
    CHECK(events.size() == 9);
    const QStringList spoken = names(events);
    CHECK(spoken.contains(QStringLiteral("Accusation, NATO to China, 25 April 2024")));
    CHECK(spoken.contains(QStringLiteral("Accusation, China to NATO, 26 April 2024")));
    // Vague dates are read as what is known of them.
    CHECK(spoken.contains(QStringLiteral("Military action, Russia to Ukraine, February 2022")));
    CHECK(spoken.contains(QStringLiteral("Claim of figures, NATO to China, 2023")));

    // The lane is named, and holds its events in time order; persons are lanes inside it.
    QAccessibleInterface *nato = laneNamed(timeline, QStringLiteral("NATO"));
    REQUIRE(nato);
    QAccessibleInterface *china = laneNamed(timeline, QStringLiteral("China"));
    REQUIRE(china);
    CHECK(laneNamed(china, QStringLiteral("Wang Wenbin")));
    CHECK_FALSE(laneNamed(timeline, QStringLiteral("Wang Wenbin")));

    QAccessibleInterface *accusation = nullptr;
    for (QAccessibleInterface *e : events)
        if (e->text(QAccessible::Name) ==
            QStringLiteral("Accusation, NATO to China, 25 April 2024"))
            accusation = e;
    REQUIRE(accusation);
    CHECK(accusation->text(QAccessible::Description)
              .startsWith(QStringLiteral("Stoltenberg accuses China")));
    // It sits in NATO's lane or the sub-lane of the person who spoke for NATO.
    QAccessibleInterface *lane = accusation->parent();
    while (lane->parent() != timeline)
        lane = lane->parent();
    CHECK(lane == nato);
    // Where it is drawn, a screen magnifier can follow it.
    const QRect r = accusation->rect();
    CHECK_FALSE(r.isEmpty());
    CHECK(timeline->childAt(r.center().x(), r.center().y()) == lane);
}

TEST_CASE("the selected event is the timeline's focused child", "[gui][a11y]")
{
    // The offscreen platform has no accessibility bridge, so the Focus and Selection updates
    // themselves are not observable here; what a screen reader asks after them is.
    AccessibleWindow f;
    TimelineView *view = f.window.timelineView();
    view->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return view->hasFocus(); }));
    if (QAccessibleInterface *nothing = f.timeline()->focusChild()) // nothing selected yet
        CHECK(nothing->role() != QAccessible::ListItem);

    QTest::keyClick(view, Qt::Key_N);
    const int selected = view->selectedEvent();
    REQUIRE(selected >= 0);
    QAccessibleInterface *focus = f.timeline()->focusChild();
    REQUIRE(focus);
    CHECK(focus->role() == QAccessible::ListItem);
    CHECK(focus->text(QAccessible::Name) ==
          accessibleEventName(f.window.scene().events()[selected], view->locale()));
    CHECK(focus->state().selected);
    CHECK(focus->state().focused);
    CHECK_FALSE(focus->state().offscreen);

    // The next one takes over; the first is no longer selected.
    QTest::keyClick(view, Qt::Key_N);
    REQUIRE(view->selectedEvent() != selected);
    CHECK_FALSE(focus->state().selected);
    QAccessibleInterface *next = f.timeline()->focusChild();
    REQUIRE(next);
    CHECK(next != focus);
    CHECK(next->state().selected);

    // Chosen in the event list, it is selected but the focus stays in the list.
    f.window.eventList()->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return f.window.eventList()->hasFocus(); }));
    QTest::keyClick(f.window.eventList(), Qt::Key_Down);
    REQUIRE(view->selectedEvent() >= 0);
    QList<QAccessibleInterface *> events;
    collectEvents(f.timeline(), events);
    int selectedCount = 0;
    for (QAccessibleInterface *e : events) {
        selectedCount += e->state().selected ? 1 : 0;
        CHECK_FALSE(e->state().focused);
    }
    CHECK(selectedCount == 1);
}

TEST_CASE("an event's press action selects it and a filter leaves only its events", "[gui][a11y]")
{
    AccessibleWindow f;
    TimelineView *view = f.window.timelineView();
    QList<QAccessibleInterface *> events;
    collectEvents(f.timeline(), events);
    REQUIRE(!events.isEmpty());
    QAccessibleInterface *last = events.last();
    QAccessibleActionInterface *actions = last->actionInterface();
    REQUIRE(actions);
    REQUIRE(actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
    QSignalSpy selected(view, &TimelineView::eventSelected);
    actions->doAction(QAccessibleActionInterface::pressAction());
    REQUIRE(selected.count() == 1);
    CHECK(last->state().selected);
    CHECK(accessibleEventName(f.window.scene().events()[view->selectedEvent()], view->locale()) ==
          last->text(QAccessible::Name));

    f.window.searchField()->setText(QStringLiteral("Blinken"));
    QList<QAccessibleInterface *> found;
    collectEvents(f.timeline(), found);
    CHECK(found.size() == 2);
    for (QAccessibleInterface *e : found)
        CHECK(e->text(QAccessible::Description).contains(QStringLiteral("Blinken")));
}

TEST_CASE("a dark palette gives a dark timeline, and back", "[gui][a11y][dark]")
{
    AccessibleWindow f;
    TimelineView *view = f.window.timelineView();
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    dark.setColor(QPalette::AlternateBase, QColor(0x24, 0x24, 0x28));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x2a, 0x2a, 0x30));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    // Lightness of the empty plot below the last lane, as painted.
    auto plotLightness = [&] {
        const QImage image = view->grab().toImage();
        const QRectF plot = view->frame().plotRect;
        return image.pixelColor(int(plot.right()) - 4, view->height() - 40).lightness();
    };
    REQUIRE(plotLightness() > 200);
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    CHECK(plotLightness() < 60);
    QApplication::setPalette(light);
    QCoreApplication::processEvents();
    CHECK(plotLightness() > 200);
}
