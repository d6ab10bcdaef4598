#include "editing/eventdialog.h"
#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"
#include "window/mainwindow.h"
#include "window/timelineview.h"
#include "windowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace detente;
using detente::test::TempDir;

namespace {
struct Window : test::WindowFixture {
    /// The database as another reader sees it.
    std::optional<Event> stored(const QString &key)
    {
        Database db;
        REQUIRE(db.open(databasePath(), Database::OpenMode::ReadOnly).isOk());
        EventStore store(db);
        const qint64 id = store.idOfKey(key);
        return id ? store.event(id) : std::nullopt;
    }
    qint64 storedCount()
    {
        Database db;
        REQUIRE(db.open(databasePath(), Database::OpenMode::ReadOnly).isOk());
        return EventStore(db).eventCount();
    }
    void select(const QString &key)
    {
        for (int i = 0; i < window.scene().events().size(); ++i)
            if (window.scene().events()[i].key == key)
                window.timelineView()->setSelectedEvent(i);
    }
};
} // namespace

TEST_CASE("deleting an event and pressing undo restores it in the database", "[gui][editing]")
{
    Window w;
    const auto before = w.stored(QStringLiteral("seed-stoltenberg"));
    REQUIRE(before);
    w.select(QStringLiteral("seed-stoltenberg"));
    w.window.timelineView()->setFocus();
    QTest::keyClick(w.window.timelineView(), Qt::Key_Delete);
    CHECK(w.storedCount() == 8);
    CHECK_FALSE(w.stored(QStringLiteral("seed-stoltenberg")));
    // China's reply no longer answers anything stored.
    CHECK(w.stored(QStringLiteral("seed-briefing"))->answers.isEmpty());
    CHECK(w.window.scene().events().size() == 8);

    QTest::keySequence(&w.window, QKeySequence::Undo);
    CHECK(w.storedCount() == 9);
    auto restored = w.stored(QStringLiteral("seed-stoltenberg"));
    REQUIRE(restored);
    restored->id = before->id; // it comes back under a new row id; the rest is the same
    CHECK(*restored == *before);
    CHECK(w.stored(QStringLiteral("seed-briefing"))->answers ==
          QStringList{QStringLiteral("seed-stoltenberg")});
    CHECK(w.window.scene().events().size() == 9);

    // Redo deletes it again, undo again restores it: the ids follow.
    w.window.undoStack()->redo();
    CHECK(w.storedCount() == 8);
    w.window.undoStack()->undo();
    CHECK(w.stored(QStringLiteral("seed-stoltenberg")));
}

TEST_CASE("undoing a delete brings back every source's report of the event", "[gui][editing]")
{
    Window w;
    const QString key = QStringLiteral("seed-stoltenberg");
    const qint64 id = w.window.store()->idOfKey(key);
    REQUIRE(id > 0);
    // A second paper reports the accusation in its own words.
    const SourceRef paper{QStringLiteral("test:another-paper"), QStringLiteral("Another paper"),
                          QStringLiteral("https://example.org/nato"), QStringLiteral("Example"),
                          QDate(2024, 4, 27)};
    const QString words = QStringLiteral("NATO's chief spoke of Chinese machine tools on Thursday");
    {
        BulkInsert bulk(w.window.store()->database());
        REQUIRE(bulk.addMention(id, paper, words, 10, 65).isOk());
        REQUIRE(bulk.commit().isOk());
    }
    const auto mentionsOf = [&](const QString &k) {
        Database db;
        REQUIRE(db.open(w.databasePath(), Database::OpenMode::ReadOnly).isOk());
        EventStore store(db);
        return store.mentions(store.idOfKey(k));
    };
    const auto found = [&](const QString &text) {
        Database db;
        REQUIRE(db.open(w.databasePath(), Database::OpenMode::ReadOnly).isOk());
        EventFilter f;
        f.text = text;
        return EventStore(db).eventIds(f);
    };
    const QList<SourceReport> before = mentionsOf(key);
    REQUIRE(before.size() == 2);
    CHECK(before[1].source == paper);
    CHECK(found(QStringLiteral("machine tools")).size() == 1);

    w.select(key);
    REQUIRE(w.window.deleteSelectedEvent());
    CHECK_FALSE(w.stored(key));
    CHECK(found(QStringLiteral("machine tools")).isEmpty());

    w.window.undoStack()->undo();
    const QList<SourceReport> after = mentionsOf(key);
    REQUIRE(after.size() == 2);
    for (qsizetype i = 0; i < 2; ++i) {
        CHECK(after[i].source == before[i].source);
        CHECK(after[i].quote == before[i].quote);
        CHECK(after[i].begin == before[i].begin);
        CHECK(after[i].end == before[i].end);
    }
    CHECK(w.stored(key)->sourceCount == 2);
    // The second quote's words find the event again.
    CHECK(found(QStringLiteral("machine tools")) == QList<qint64>{w.window.store()->idOfKey(key)});

    // Redo and undo again: still both.
    w.window.undoStack()->redo();
    CHECK(mentionsOf(key).isEmpty());
    w.window.undoStack()->undo();
    CHECK(mentionsOf(key).size() == 2);
}

TEST_CASE("the event dialog resolves a date phrase as it is typed", "[gui][editing]")
{
    Event e;
    EventDialog dialog(e, {QStringLiteral("China")}, {QStringLiteral("statement")}, {});
    dialog.referenceEdit()->setDate(QDate(2024, 4, 26));
    CHECK_FALSE(dialog.isAcceptable());
    dialog.titleEdit()->setText(QStringLiteral("A statement"));
    QTest::keyClicks(dialog.phraseEdit(), QStringLiteral("on Tuesday"));
    CHECK(dialog.isAcceptable());
    CHECK(dialog.resolution()->text().contains(QStringLiteral("2024-04-23")));
    CHECK(dialog.event().date.first() == dayStartMs(QDate(2024, 4, 23)));
    CHECK(dialog.event().date.phrase() == u"on Tuesday");
    dialog.phraseEdit()->setText(QStringLiteral("early 2023"));
    CHECK(dialog.event().date.precision() == Precision::PartOfYear);
    dialog.phraseEdit()->setText(QStringLiteral("2022-02"));
    CHECK(dialog.event().date.precision() == Precision::Month);
    dialog.phraseEdit()->setText(QStringLiteral("the blue moon"));
    CHECK_FALSE(dialog.isAcceptable());
    CHECK(dialog.resolution()->text() == u"Not a date Detente can read.");
}

TEST_CASE("the event dialog offers as answers the events of the weeks before its date",
          "[gui][editing]")
{
    Window w;
    const auto keysOf = [](const QList<std::pair<QString, QString>> &choices) {
        QStringList keys;
        for (const auto &[key, title] : choices)
            keys << key;
        return keys;
    };
    // China's briefing of 26 April 2024: NATO's accusation of the day before comes first; the
    // invasion of 2022 is far too early to be answered.
    const QStringList april =
        keysOf(w.window.answerCandidates(DateSpan::fromDay(QDate(2024, 4, 26))));
    REQUIRE_FALSE(april.isEmpty());
    CHECK(april.first() == u"seed-briefing"); // the same day, distance 0
    CHECK(april.contains(QStringLiteral("seed-stoltenberg")));
    CHECK_FALSE(april.contains(QStringLiteral("seed-invasion")));
    CHECK(keysOf(w.window.answerCandidates(DateSpan::fromDay(QDate(2022, 3, 1))))
              .contains(QStringLiteral("seed-invasion")));

    // The dialog asks again when the date changes, and keeps the chosen answer.
    Event e;
    EventDialog dialog(e, {}, {}, {});
    dialog.referenceEdit()->setDate(QDate(2024, 4, 26));
    dialog.setAnswerCandidates(
        [&w](const DateSpan &date) { return w.window.answerCandidates(date); });
    QComboBox *answers = dialog.answersEdit();
    dialog.phraseEdit()->setText(QStringLiteral("2024-04-27"));
    const int stoltenberg = answers->findData(QStringLiteral("seed-stoltenberg"));
    REQUIRE(stoltenberg > 0);
    answers->setCurrentIndex(stoltenberg);
    dialog.phraseEdit()->setText(QStringLiteral("2022-03-01"));
    CHECK(answers->findData(QStringLiteral("seed-invasion")) > 0);
    CHECK(answers->currentData().toString() == u"seed-stoltenberg");
    CHECK(dialog.event().answers == QStringList{QStringLiteral("seed-stoltenberg")});
}

TEST_CASE("editing a date is written at once and undone", "[gui][editing]")
{
    Window w;
    const auto before = w.stored(QStringLiteral("seed-casualties"));
    REQUIRE(before);
    EventDialog dialog(*before, {}, {}, {});
    dialog.phraseEdit()->setText(QStringLiteral("on Monday"));
    Event after = dialog.event();
    CHECK(after.date.first() == dayStartMs(QDate(2024, 4, 22)));
    w.window.editEvent(*before, after);
    CHECK(w.stored(QStringLiteral("seed-casualties"))->date.first() ==
          dayStartMs(QDate(2024, 4, 22)));
    CHECK(w.window.undoStack()->undoText().startsWith(u"Edit"));
    QTest::keySequence(&w.window, QKeySequence::Undo);
    CHECK(w.stored(QStringLiteral("seed-casualties"))->date == before->date);
}

TEST_CASE("a new event is added, shown, and removed by undo", "[gui][editing]")
{
    Window w;
    Event e;
    e.title = QStringLiteral("NATO answers Beijing");
    e.kind = QStringLiteral("rejection/denial");
    e.date = DateSpan::fromDay(QDate(2024, 4, 27), QStringLiteral("on Saturday"));
    e.actors = {{QStringLiteral("NATO"), Role::Source}, {QStringLiteral("China"), Role::Target}};
    e.answers = {QStringLiteral("seed-briefing")};
    w.window.addEvent(e);
    CHECK(w.storedCount() == 10);
    CHECK(w.window.scene().events().size() == 10);
    const int selected = w.window.timelineView()->selectedEvent();
    REQUIRE(selected >= 0);
    CHECK(w.window.scene().events()[selected].title == e.title);
    const QString key = w.window.scene().events()[selected].key;
    CHECK(w.stored(key)->answers == QStringList{QStringLiteral("seed-briefing")});
    w.window.undoStack()->undo();
    CHECK(w.storedCount() == 9);
    w.window.undoStack()->redo();
    CHECK(w.storedCount() == 10);
}

TEST_CASE("a new database starts empty and joins the recent databases", "[gui][files]")
{
    TempDir tmp;
    MainWindow window;
    REQUIRE(window.openDatabase(tmp.path("first.sqlite")).isOk());
    CHECK(window.scene().events().size() == 9); // the bundled article
    REQUIRE(window.openDatabase(tmp.path("empty.sqlite"), false).isOk());
    CHECK(window.scene().events().isEmpty());
    const QStringList recent = MainWindow::recentDatabases();
    REQUIRE(recent.size() >= 2);
    CHECK(recent[0] == QFileInfo(tmp.path("empty.sqlite")).absoluteFilePath());
    CHECK(recent[1] == QFileInfo(tmp.path("first.sqlite")).absoluteFilePath());
    // Undo history belongs to a database: opening another one clears it.
    CHECK(window.undoStack()->count() == 0);
}

TEST_CASE("an actor's name, aliases and affiliation are edited and undone", "[gui][editing]")
{
    Window w;
    std::optional<Actor> china;
    for (const Actor &a : w.window.store()->actors())
        if (a.name == u"China")
            china = a;
    REQUIRE(china);
    CHECK(china->aliases.contains(QStringLiteral("Beijing")));
    Actor renamed = *china;
    renamed.name = QStringLiteral("People's Republic of China");
    renamed.aliases = {QStringLiteral("China"), QStringLiteral("Middle Kingdom")};
    REQUIRE(w.window.editActor(*china, renamed).isOk());
    CHECK(w.window.store()->resolveActor(QStringLiteral("Middle Kingdom")) == renamed.name);
    CHECK(w.window.store()->resolveActor(QStringLiteral("Beijing")).isEmpty());
    // The events follow: the accusation's target is the new name.
    CHECK(w.stored(QStringLiteral("seed-stoltenberg"))->targetActor() == renamed.name);

    // A name another actor has is refused, and nothing is pushed.
    Actor clash = renamed;
    clash.name = QStringLiteral("NATO");
    CHECK_FALSE(w.window.editActor(renamed, clash).isOk());
    CHECK(w.window.undoStack()->count() == 1);

    w.window.undoStack()->undo();
    CHECK(w.window.store()->resolveActor(QStringLiteral("Beijing")) == u"China");
    CHECK(w.window.store()->resolveActor(QStringLiteral("Middle Kingdom")).isEmpty());
    CHECK(w.stored(QStringLiteral("seed-stoltenberg"))->targetActor() == u"China");
}

TEST_CASE("an edit while another program holds the database says so and changes nothing",
          "[gui][editing][fault]")
{
    Window w;
    const auto before = w.stored(QStringLiteral("seed-casualties"));
    REQUIRE(before);
    // Another program's write transaction, kept open.
    Database other;
    REQUIRE(other.open(w.databasePath()).isOk());
    REQUIRE(other.exec("BEGIN IMMEDIATE").isOk());
    QString said;
    QTimer::singleShot(0, [&said] {
        // The warning is modal: read it and close it, as the user would (no assertion in here:
        // a failure must not be thrown through the event loop; `said` stays empty instead).
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    Event after = *before;
    after.title = QStringLiteral("Never written");
    w.window.editEvent(*before, after);
    CHECK(said.startsWith(QStringLiteral("The change was not saved")));
    CHECK(said.contains(QStringLiteral("in use by another program")));
    CHECK(w.window.undoStack()->count() == 0); // nothing to undo: nothing was done
    REQUIRE(other.exec("ROLLBACK").isOk());
    CHECK(w.stored(QStringLiteral("seed-casualties"))->title == before->title);
    // Once it lets go, the same edit goes through.
    w.window.editEvent(*before, after);
    CHECK(w.stored(QStringLiteral("seed-casualties"))->title == QStringLiteral("Never written"));
}
