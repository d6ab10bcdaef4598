#include "help/shortcutswindow.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

using namespace detente;
using detente::test::TempDir;

namespace {

/// The shown rows as "Group / Action = Shortcut".
QStringList shownRows(const ShortcutsWindow &w)
{
    QStringList rows;
    for (int g = 0; g < w.tree()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = w.tree()->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->child(i)->isHidden())
                rows << group->text(0) + QStringLiteral(" / ") + group->child(i)->text(0) +
                            QStringLiteral(" = ") + group->child(i)->text(1);
    }
    return rows;
}

QString native(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

QAction *menuAction(QMenuBar *bar, const QString &menu, const QString &text)
{
    for (QAction *m : bar->actions())
        if (m->menu() && m->text().remove(u'&') == menu)
            for (QAction *a : m->menu()->actions())
                if (a->text().remove(u'&') == text)
                    return a;
    return nullptr;
}

} // namespace

TEST_CASE("Help > Keyboard Shortcuts lists every action with its keys", "[gui][help]")
{
    TempDir tmp;
    MainWindow window;
    REQUIRE(window.openDatabase(tmp.path("db.sqlite")).isOk());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QAction *open =
        menuAction(window.menuBar(), QStringLiteral("Help"), QStringLiteral("Keyboard Shortcuts"));
    REQUIRE(open);
    open->trigger();
    auto *shortcuts = window.findChild<ShortcutsWindow *>();
    REQUIRE(shortcuts);
    CHECK(shortcuts->isVisible());

    const QStringList rows = shownRows(*shortcuts);
    CHECK(rows.contains(QStringLiteral("File / Open Database = ") + native(QKeySequence::Open)));
    CHECK(rows.contains(QStringLiteral("File / Export = Ctrl+E")));
    CHECK(rows.contains(QStringLiteral("View / Colour By › Goldstein Score = Ctrl+4")));
    CHECK(rows.contains(QStringLiteral("View / Fit All = Home")));
    // Menu entries without a key are listed too, so the window is a map of the commands.
    CHECK(rows.contains(QStringLiteral("View / Lanes › One Lane = ")));
    // Actions outside the menus: the window's own and those of its panels.
    CHECK(rows.contains(QStringLiteral("General / Find = ") + native(QKeySequence::Find)));
    CHECK(rows.contains(QStringLiteral("Event list / Copy Rows = ") + native(QKeySequence::Copy)));
    CHECK(rows.contains(QStringLiteral("Help / Keyboard Shortcuts = Ctrl+/")));

    // A key added later shows the next time the window opens.
    auto *extra = new QAction(QStringLiteral("Frobnicate"), &window);
    extra->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+F")));
    window.addAction(extra);
    CHECK_FALSE(
        shownRows(*shortcuts).contains(QStringLiteral("General / Frobnicate = Ctrl+Alt+F")));
    CHECK(ShortcutsWindow::showFor(&window) == shortcuts);
    CHECK(shownRows(*shortcuts).contains(QStringLiteral("General / Frobnicate = Ctrl+Alt+F")));

    SECTION("searching by the action's words")
    {
        QTest::keyClicks(shortcuts->searchField(), QStringLiteral("zoom"));
        const QStringList found = shownRows(*shortcuts);
        CHECK(found.size() == 3);
        CHECK(found.filter(QStringLiteral("Zoom In")).size() == 1);
        CHECK(found.filter(QStringLiteral("Zoom Out")).size() == 1);
        CHECK(found.filter(QStringLiteral("Zoom to Selection = Ctrl+Shift+F")).size() == 1);
    }
    SECTION("searching by a key")
    {
        shortcuts->setFilter(QStringLiteral("ctrl+e"));
        CHECK(shownRows(*shortcuts) == QStringList{QStringLiteral("File / Export = Ctrl+E")});
    }
    SECTION("searching by a menu shows all of it")
    {
        shortcuts->setFilter(QStringLiteral("Help"));
        const QStringList found = shownRows(*shortcuts);
        CHECK(found.contains(QStringLiteral("Help / About Detente = ")));
        CHECK(found.filter(QRegularExpression(QStringLiteral("^Help / "))) == found);
    }
    SECTION("nothing found hides every group")
    {
        shortcuts->setFilter(QStringLiteral("no such action"));
        CHECK(shownRows(*shortcuts).isEmpty());
    }
}
