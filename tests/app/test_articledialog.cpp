#include "importing/articledialog.h"
#include "ingest/articlesource.h"
#include "ingest/gazetteer.h"
#include "io/articleimport.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"
#include "window/articlewindow.h"
#include "window/detailspane.h"
#include "window/mainwindow.h"
#include "window/timelineview.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>

using namespace detente;
using detente::test::TempDir;

namespace {

const char *const kArticle =
    "Beijing rejects NATO claims\n"
    "Published: Friday, 26 April 2024\n"
    "\n"
    "NATO Secretary General Jens Stoltenberg accused China on Thursday of fuelling the war.\n"
    "Beijing rejected the accusation on Friday as groundless.\n"
    "The two sides will meet next week in Brussels.\n";

struct DialogFixture {
    TempDir tmp;
    Database db;
    std::unique_ptr<EventStore> store;
    std::unique_ptr<ArticleDialog> dialog;
    DialogFixture()
    {
        REQUIRE(db.open(tmp.path("db.sqlite")).isOk());
        store = std::make_unique<EventStore>(db);
        dialog = std::make_unique<ArticleDialog>(*store);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    }
    int rowWithPhrase(const char *phrase) const
    {
        for (int row = 0; row < dialog->candidateCount(); ++row)
            if (dialog->candidate(row).event.date.phrase() == QLatin1String(phrase))
                return row;
        return -1;
    }
};

QList<QString> highlighted(const QPlainTextEdit *edit)
{
    QList<QString> out;
    for (const QTextEdit::ExtraSelection &s : edit->extraSelections())
        out << s.cursor.selectedText();
    return out;
}

} // namespace

TEST_CASE("an article's events are reviewed and the kept ones saved with it", "[gui][article]")
{
    DialogFixture f;
    ArticleDialog &d = *f.dialog;
    QPushButton *save = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    REQUIRE(save);
    CHECK_FALSE(save->isEnabled()); // nothing to save yet

    d.setArticleText(QString::fromUtf8(kArticle));
    // The date the text states is filled in, and the candidates are resolved against it.
    CHECK(d.published() == QDate(2024, 4, 26));
    CHECK(d.publishedFromText());
    REQUIRE(d.candidateCount() == 3);
    REQUIRE(d.candidateTable()->rowCount() == 3);
    const int thursday = f.rowWithPhrase("on Thursday");
    const int friday = f.rowWithPhrase("on Friday");
    const int nextWeek = f.rowWithPhrase("next week");
    REQUIRE(thursday >= 0);
    REQUIRE(friday >= 0);
    REQUIRE(nextWeek >= 0);
    CHECK(d.candidate(thursday).event.date.firstDay() == QDate(2024, 4, 25));
    CHECK(d.candidate(friday).event.date.firstDay() == QDate(2024, 4, 26));
    CHECK(d.candidateTable()->item(thursday, 2)->text().contains(u"2024"));
    CHECK(d.candidateTable()->item(thursday, 3)->text() == u"NATO → China");
    CHECK(save->isEnabled());

    // Choosing a candidate highlights its sentence, its date phrase and its actors.
    d.selectCandidate(thursday);
    const QList<QString> marks = highlighted(d.textEdit());
    CHECK(marks.contains(d.candidate(thursday).sentence));
    CHECK(marks.contains(QStringLiteral("on Thursday")));
    CHECK(marks.contains(QStringLiteral("Jens Stoltenberg")));
    CHECK(marks.contains(QStringLiteral("China")));

    // Rewriting the date phrase resolves it as one types.
    d.selectCandidate(nextWeek);
    QLineEdit *phrase = d.phraseEdit();
    CHECK(phrase->text() == u"next week");
    phrase->selectAll();
    QTest::keyClicks(phrase, QStringLiteral("on Wednes"));
    CHECK(d.resolutionText().contains(u"not a date"));
    CHECK(d.candidateTable()->item(nextWeek, 2)->text() == u"not understood");
    CHECK_FALSE(save->isEnabled()); // a kept event with no date cannot be saved
    QTest::keyClicks(phrase, QStringLiteral("day"));
    // "will meet on Wednesday" is future: the coming Wednesday.
    CHECK(d.candidate(nextWeek).event.date.firstDay() == QDate(2024, 5, 1));
    CHECK(d.candidate(nextWeek).event.date.phrase() == u"on Wednesday");
    CHECK(d.resolutionText().contains(QLocale().toString(QDate(2024, 5, 1), QLocale::LongFormat)));
    CHECK(save->isEnabled());

    // Reject the accusation by unticking it, then save.
    QTableWidget *table = d.candidateTable();
    table->item(thursday, 0)->setCheckState(Qt::Unchecked);
    CHECK_FALSE(d.isKept(thursday));
    CHECK_FALSE(highlighted(d.textEdit()).contains(QStringLiteral("on Thursday")));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(d.result() == QDialog::Accepted);
    CHECK(d.savedCount() == 2);

    Status status;
    const QList<Event> events = f.store->allEvents(&status);
    REQUIRE(status.isOk());
    REQUIRE(events.size() == 2);
    QList<QDate> days;
    for (const Event &e : events) {
        days << e.date.firstDay();
        CHECK(e.source.title == u"Beijing rejects NATO claims");
        CHECK(e.source.published == QDate(2024, 4, 26));
        CHECK(f.store->source(e.source.key).has_value());
        CHECK(f.store->source(e.source.key)->body == QString::fromUtf8(kArticle));
    }
    std::sort(days.begin(), days.end());
    CHECK(days == QList<QDate>{QDate(2024, 4, 26), QDate(2024, 5, 1)});
}

TEST_CASE("the article dialog asks for the date when the text does not state it", "[gui][article]")
{
    DialogFixture f;
    ArticleDialog &d = *f.dialog;
    d.setArticleText(QStringLiteral("Russia and China held talks on Monday in Moscow."));
    CHECK_FALSE(d.publishedFromText());
    d.setPublished(QDate(2024, 6, 19)); // a Wednesday: the events follow the chosen date
    REQUIRE(d.candidateCount() == 1);
    CHECK(d.candidate(0).event.date.firstDay() == QDate(2024, 6, 17));
    // Typing into the text finds the events again after a pause.
    d.textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(d.textEdit(), QStringLiteral(" Beijing said on Tuesday it was satisfied."));
    QTRY_COMPARE(d.candidateCount(), 2);
    CHECK(d.published() == QDate(2024, 6, 19)); // the chosen date stays
    // An article stored already is refused with a reason, and the dialog stays open.
    REQUIRE(d.save());
    ArticleDialog again(*f.store);
    again.setArticleText(d.textEdit()->toPlainText());
    again.setPublished(QDate(2024, 6, 19));
    CHECK_FALSE(again.save());
    CHECK(again.problem().contains(u"already"));
    CHECK(f.store->allEvents().size() == 2);
}

TEST_CASE("File → Import Article adds the saved events to the timeline", "[gui][article]")
{
    TempDir tmp;
    MainWindow window;
    REQUIRE(window.openDatabase(tmp.path("db.sqlite")).isOk());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const qsizetype before = window.scene().events().size();
    QAction *action = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+I")))
            action = a;
    REQUIRE(action);
    bool saved = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = window.findChild<ArticleDialog *>();
        REQUIRE(dialog);
        dialog->setArticleText(QString::fromUtf8(kArticle));
        saved = dialog->save();
        if (!saved)
            dialog->reject();
    });
    action->trigger(); // runs the dialog until the timer above closes it
    REQUIRE(saved);
    CHECK(window.scene().events().size() == before + 3);
}

TEST_CASE("Save after the text changed finds the events again and waits for a review",
          "[gui][article]")
{
    DialogFixture f;
    ArticleDialog &d = *f.dialog;
    QPushButton *save = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    d.setArticleText(QString::fromUtf8(kArticle));
    REQUIRE(d.candidateCount() == 3);
    const int thursday = f.rowWithPhrase("on Thursday");
    REQUIRE(thursday >= 0);
    d.setKept(thursday, false);

    // A sentence is added and Save pressed before the pause that finds the events again.
    d.textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(d.textEdit(), QStringLiteral("Russia and China held talks on Monday."));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(d.result() != QDialog::Accepted);
    CHECK(d.isVisible());
    CHECK(d.problem() == u"The text changed: review the events again, then Save.");
    const QList<QLabel *> labels = d.findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(),
                      [&](const QLabel *l) { return l->text() == d.problem(); }));
    CHECK(f.store->allEvents().isEmpty()); // nothing saved
    REQUIRE(d.candidateCount() == 4);      // the new table, to review
    CHECK(d.candidateTable()->rowCount() == 4);

    // Reviewed: leave out the accusation again, then Save saves what the table shows.
    const int accusation = f.rowWithPhrase("on Thursday");
    REQUIRE(accusation >= 0);
    d.setKept(accusation, false);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(d.result() == QDialog::Accepted);
    CHECK(d.savedCount() == 3);
    const QList<Event> events = f.store->allEvents();
    CHECK(events.size() == 3);
    CHECK(std::none_of(events.begin(), events.end(),
                       [](const Event &e) { return e.date.phrase() == u"on Thursday"; }));
}

TEST_CASE("the article dialog finds the store's actors and aliases", "[gui][article]")
{
    TempDir tmp;
    Database db;
    REQUIRE(db.open(tmp.path("db.sqlite")).isOk());
    EventStore store(db);
    Actor ukraine;
    ukraine.name = QStringLiteral("Ukraine");
    ukraine.aliases = {QStringLiteral("Bankova")};
    Actor shield;
    shield.name = QStringLiteral("Eastern Shield");
    shield.kind = ActorKind::Organisation;
    shield.code = QStringLiteral("ESH");
    REQUIRE(store.saveActors({ukraine, shield}).isOk());
    ArticleDialog d(store);
    d.setArticleText(
        QStringLiteral("Bankova accused Eastern Shield on Thursday of shelling the city."));
    d.setPublished(QDate(2024, 4, 26));
    REQUIRE(d.candidateCount() == 1);
    CHECK(d.candidateTable()->item(0, 3)->text() == u"Ukraine → Eastern Shield");
    d.selectCandidate(0);
    CHECK(highlighted(d.textEdit()).contains(QStringLiteral("Bankova")));
}

TEST_CASE("an article file's header fills in the title, address and date", "[gui][article]")
{
    DialogFixture f;
    ArticleDialog &d = *f.dialog;
    const QString path = f.tmp.path("05-article.txt");
    REQUIRE(test::writeFile(path, "url: https://example.org/nato\n"
                                  "published: 2024-06-18\n"
                                  "title: China urges NATO to stop shifting blame\n"
                                  "\n"
                                  "China on Tuesday urged NATO to stop shifting blame.\n"));
    QString error;
    REQUIRE(d.openFile(path, &error));
    CHECK(d.textEdit()->toPlainText() == u"China on Tuesday urged NATO to stop shifting blame.\n");
    CHECK(d.published() == QDate(2024, 6, 18));
    REQUIRE(d.candidateCount() == 1);
    CHECK(d.candidate(0).event.date.firstDay() == QDate(2024, 6, 18));
    REQUIRE(d.save());
    const QList<Event> events = f.store->allEvents();
    REQUIRE(events.size() == 1);
    CHECK(events.first().source.title == u"China urges NATO to stop shifting blame");
    CHECK(events.first().source.url == u"https://example.org/nato");
    CHECK(events.first().source.published == QDate(2024, 6, 18));
}

namespace {
/// Where the first link whose address starts with `prefix` is in the pane's text; -1 if none.
int linkPosition(const QTextBrowser *pane, const QString &prefix)
{
    for (QTextBlock b = pane->document()->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorHref().startsWith(prefix))
                return it.fragment().position();
    return -1;
}
} // namespace

TEST_CASE("the details pane opens a stored article at the event's words", "[gui][article]")
{
    TempDir tmp;
    const QString path = tmp.path("db.sqlite");
    ArticleInput article;
    article.text = QString::fromUtf8(kArticle);
    article.published = QDate(2024, 4, 26);
    article.title = QStringLiteral("Beijing rejects NATO claims");
    article.url = QStringLiteral("https://example.org/beijing");
    article.publisher = QStringLiteral("Example News");
    {
        // Imported through core, as File → Import Article does.
        Database db;
        REQUIRE(db.open(path).isOk());
        EventStore store(db);
        QList<Event> events;
        for (const ExtractedEvent &x : extractEvents(article, extractionGazetteer(&store)))
            events << x.event;
        REQUIRE(storeArticle(store, article, events).isOk());
    }
    MainWindow window;
    REQUIRE(window.openDatabase(path).isOk());
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QList<Event> &events = window.scene().events();
    int friday = -1;
    for (int i = 0; i < events.size(); ++i)
        if (events[i].date.phrase() == u"on Friday")
            friday = i;
    REQUIRE(friday >= 0);
    window.timelineView()->setSelectedEvent(friday);
    Q_EMIT window.timelineView()->eventSelected(friday);

    DetailsPane *pane = window.detailsPane();
    CHECK(pane->toPlainText().contains(u"Show article"));
    const int link = linkPosition(pane, QStringLiteral("article:"));
    REQUIRE(link >= 0);
    QTextCursor at(pane->document());
    at.setPosition(link + 1);
    pane->setTextCursor(at);
    pane->ensureCursorVisible();
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, pane->cursorRect(at).center());
    ArticleWindow *shown = nullptr;
    QTRY_VERIFY((shown = window.findChild<ArticleWindow *>()) != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(shown));

    // The whole text, its title, publisher and date, and the event's quote marked and in view.
    CHECK(shown->textEdit()->isReadOnly());
    CHECK(shown->textEdit()->toPlainText() == article.text);
    const QString about = shown->findChild<QLabel *>(QStringLiteral("articleDetails"))->text();
    CHECK(shown->findChild<QLabel *>(QStringLiteral("articleTitle"))->text() == article.title);
    CHECK(about.contains(u"Example News"));
    CHECK(about.contains(QLocale().toString(article.published, QLocale::LongFormat)));
    const Event &e = events[friday];
    const auto [begin, end] = shown->highlighted();
    CHECK(begin == e.quoteBegin);
    CHECK(end == e.quoteEnd);
    CHECK(article.text.mid(begin, end - begin) == e.quote);
    CHECK(e.quote.contains(u"Beijing rejected the accusation on Friday"));
    const QList<QTextEdit::ExtraSelection> marks = shown->textEdit()->extraSelections();
    REQUIRE(marks.size() == 1);
    CHECK(marks.first().cursor.selectedText() == e.quote);
    CHECK(shown->textEdit()->viewport()->rect().intersects(
        shown->textEdit()->cursorRect(marks.first().cursor)));
    shown->close();
}

TEST_CASE("an article's quote is found by its offsets, else by its words", "[gui][article]")
{
    const QString text = QStringLiteral("One. Beijing rejected it on Friday. Two.");
    CHECK(ArticleWindow::locateQuote(text, QStringLiteral("Beijing rejected it on Friday."), 5,
                                     35) == std::pair<qsizetype, qsizetype>{5, 35});
    // Offsets that do not hold the quote (an edited text): searched for.
    CHECK(ArticleWindow::locateQuote(text, QStringLiteral("Two."), 0, 4) ==
          std::pair<qsizetype, qsizetype>{36, 40});
    CHECK(ArticleWindow::locateQuote(text, QStringLiteral("beijing rejected"), -1, -1) ==
          std::pair<qsizetype, qsizetype>{5, 21});
    CHECK(ArticleWindow::locateQuote(text, QStringLiteral("Moscow"), 90, 99) ==
          std::pair<qsizetype, qsizetype>{-1, -1});
}

TEST_CASE("the article dialog says when the user's gazetteer cannot be used", "[gui][article]")
{
    // This process's own home: the user's data folder (test mode) with a broken gazetteer.
    TempDir home;
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path(QStringLiteral("."))));
    const QString userFile = Gazetteer::userFilePath();
    REQUIRE(QDir::cleanPath(userFile).startsWith(QDir::cleanPath(home.path(QStringLiteral(".")))));
    REQUIRE(QDir().mkpath(QFileInfo(userFile).absolutePath()));
    {
        QFile broken(userFile);
        REQUIRE(broken.open(QIODevice::WriteOnly));
        broken.write("{\"actors\": [ {\"name\": \"Eastern Shield\", \"kind\": \"fleet\"} ]}\n");
    }
    TempDir tmp;
    Database db;
    REQUIRE(db.open(tmp.path("db.sqlite")).isOk());
    EventStore store(db);
    ArticleDialog dialog(store);
    qputenv("HOME", oldHome);
    CHECK(dialog.gazetteerWarning().contains(QStringLiteral("gazetteer.json")));
    CHECK(dialog.gazetteerWarning().contains(QStringLiteral("fleet")));
    bool shown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || (label->text() == dialog.gazetteerWarning() && !label->isHidden());
    CHECK(shown);
    // Extraction goes on with the bundled gazetteer.
    dialog.setArticleText(QString::fromUtf8(kArticle));
    CHECK(dialog.candidateCount() >= 2);
}
