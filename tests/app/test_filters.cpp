#include "export/exportdialog.h"
#include "render/export.h"
#include "storage/eventstore.h"
#include "testsupport.h"
#include "window/actorpanel.h"
#include "window/detailspane.h"
#include "window/eventlistmodel.h"
#include "window/filterchips.h"
#include "window/filterpanel.h"
#include "window/mainwindow.h"
#include "window/overviewstrip.h"
#include "window/timelineview.h"
#include "windowfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

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
