#pragma once

#include "testsupport.h"
#include "window/mainwindow.h"
#include "window/timelineview.h"

#include <QTest>

namespace detente::test {

/// The main window, shown (offscreen), on a new database holding the bundled article's events.
struct WindowFixture {
    TempDir tmp;
    MainWindow window;
    WindowFixture()
    {
        REQUIRE(window.openDatabase(databasePath()).isOk());
        window.resize(1400, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    QString databasePath() const { return tmp.path(QStringLiteral("db.sqlite")); }
    TimelineView *view() { return window.timelineView(); }
};

} // namespace detente::test
