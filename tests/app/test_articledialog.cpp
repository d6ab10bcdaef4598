#include "importing/articledialog.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
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
