#include "articledialog.h"

#include "ingest/articlesource.h"
#include "ingest/dateresolver.h"
#include "ingest/eventkind.h"
#include "ingest/gazetteer.h"
#include "io/articleimport.h"
#include "storage/eventstore.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace detente {

namespace {

enum Column { KeepColumn, PhraseColumn, DateColumn, ActorsColumn, KindColumn, TitleColumn };

// Larger articles are not news stories; reading them would only stall the dialog.
constexpr qint64 kMaxArticleBytes = 4 * 1024 * 1024;

/// The locale's short date with the whole year ("26.04.2024", "4/26/2024"): compact for a table
/// column, never ambiguous about the century.
QString shortDate(QDate day)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(day, format);
}

/// A resolved date for the candidates' table: a day, or its first and last day.
QString dateText(const DateSpan &span)
{
    const QDate first = span.firstDay();
    const QDate last = span.lastDay();
    if (first == last)
        return shortDate(first);
    return QStringLiteral("%1 – %2").arg(shortDate(first), shortDate(last));
}

/// A resolved date in words, for the line under the phrase.
QString longDateText(const DateSpan &span)
{
    const QLocale locale;
    const QDate first = span.firstDay();
    const QDate last = span.lastDay();
    if (first == last)
        return locale.toString(first, QLocale::LongFormat);
    return QStringLiteral("%1 – %2").arg(locale.toString(first, QLocale::LongFormat),
                                         locale.toString(last, QLocale::LongFormat));
}

QString actorsText(const Event &e)
{
    const QString source = e.sourceActor();
    const QString target = e.targetActor();
    if (target.isEmpty())
        return source;
    return QStringLiteral("%1 → %2").arg(source.isEmpty() ? QStringLiteral("?") : source, target);
}

// The gazetteer's name for what the user typed ("china" → "China"), else the words as typed.
QString canonicalActor(const Gazetteer &gazetteer, const QString &typed)
{
    const QString name = typed.simplified();
    if (name.isEmpty())
        return name;
    if (const auto actor = gazetteer.actor(name))
        return actor->name;
    for (const Actor &a : gazetteer.actors())
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return a.name;
    return name;
}

void setRole(Event &e, Role role, const QString &name)
{
    e.actors.removeIf([&](const EventActor &a) { return a.role == role || a.name == name; });
    if (!name.isEmpty())
        e.actors.append(EventActor{name, role});
    // Whom the persons speak for stays among the actors.
    for (const EventPerson &p : std::as_const(e.persons))
        if (!p.speaksFor.isEmpty() &&
            std::none_of(e.actors.cbegin(), e.actors.cend(),
                         [&](const EventActor &a) { return a.name == p.speaksFor; }))
            e.actors.append(EventActor{p.speaksFor, Role::Other});
    // The source first, then the target, then the others.
    std::stable_sort(
        e.actors.begin(), e.actors.end(),
        [](const EventActor &a, const EventActor &b) { return int(a.role) < int(b.role); });
}

} // namespace

ArticleDialog::ArticleDialog(EventStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_gazetteer(extractionGazetteer(&store, &m_gazetteerWarning))
    , m_text(new QPlainTextEdit(this))
    , m_published(new QDateEdit(QDate::currentDate(), this))
    , m_publishedHint(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_table(new QTableWidget(0, 6, this))
    , m_phrase(new QLineEdit(this))
    , m_resolution(new QLabel(this))
    , m_source(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_eventTitle(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_extractTimer(new QTimer(this))
{
    setWindowTitle(tr("Import Article"));

    // Left: the article and what is known about it.
    auto *open = new QPushButton(tr("&Open…"), this);
    m_published->setCalendarPopup(true);
    m_published->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_text->setPlaceholderText(tr("Paste the article's text here, or open a text file."));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_title->setPlaceholderText(tr("The article's headline (optional)"));
    m_url->setPlaceholderText(tr("Where it was published (optional)"));
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_published);
    dateRow->addWidget(m_publishedHint, 1);
    auto *articleForm = new QFormLayout;
    articleForm->addRow(tr("&Published:"), dateRow);
    articleForm->addRow(tr("&Title:"), m_title);
    articleForm->addRow(tr("&URL:"), m_url);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(new QLabel(tr("Article:"), this), 1);
    openRow->addWidget(open);
    leftLayout->addLayout(openRow);
    leftLayout->addWidget(m_text, 1);
    leftLayout->addLayout(articleForm);

    // Right: the candidates and the chosen one's details.
    m_table->setHorizontalHeaderLabels({tr("Keep"), tr("Date as written"), tr("Resolved to"),
                                        tr("Actors"), tr("Kind"), tr("Event")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_kind->addItems(knownEventKinds());
    QStringList names;
    for (const Actor &a : m_gazetteer.actors())
        names << a.name;
    names.sort(Qt::CaseInsensitive);
    for (QLineEdit *edit : {m_source, m_target}) {
        auto *completer = new QCompleter(names, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        edit->setCompleter(completer);
    }
    m_resolution->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *eventForm = new QFormLayout;
    eventForm->addRow(tr("&Date as written:"), m_phrase);
    eventForm->addRow(tr("Resolves to:"), m_resolution);
    eventForm->addRow(tr("&Who:"), m_source);
    eventForm->addRow(tr("To &whom:"), m_target);
    eventForm->addRow(tr("&Kind:"), m_kind);
    eventForm->addRow(tr("&Event:"), m_eventTitle);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Events found (untick to leave one out):"), this));
    rightLayout->addWidget(m_table, 1);
    rightLayout->addLayout(eventForm);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setText(m_gazetteerWarning);
    m_notice->setVisible(!m_gazetteerWarning.isEmpty());
    layout->addWidget(m_notice);
    auto *bottom = new QHBoxLayout;
    m_status->setWordWrap(true);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    resize(1100, 640);

    m_extractTimer->setSingleShot(true);
    m_extractTimer->setInterval(400); // while typing or pasting, wait for a pause
    connect(m_extractTimer, &QTimer::timeout, this, &ArticleDialog::extract);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ArticleDialog::scheduleExtract);
    connect(m_published, &QDateEdit::dateChanged, this, [this] {
        if (m_updating)
            return;
        m_publishedChosen = true;
        m_publishedFromText = false;
        m_publishedHint->setText(tr("as you set it"));
        extract();
    });
    connect(open, &QPushButton::clicked, this, &ArticleDialog::openDialog);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || item->column() != KeepColumn)
            return;
        m_candidates[item->row()].kept = item->checkState() == Qt::Checked;
        highlight();
        updateState();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { showCandidate(row); });
    connect(m_phrase, &QLineEdit::textEdited, this, &ArticleDialog::phraseEdited);
    connect(m_source, &QLineEdit::textEdited, this, &ArticleDialog::actorsEdited);
    connect(m_target, &QLineEdit::textEdited, this, &ArticleDialog::actorsEdited);
    connect(m_kind, &QComboBox::activated, this, &ArticleDialog::kindChosen);
    connect(m_eventTitle, &QLineEdit::textEdited, this, &ArticleDialog::titleEdited);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ArticleDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showCandidate(-1);
    updateState();
}

void ArticleDialog::setArticleText(const QString &text)
{
    m_updating = true;
    m_text->setPlainText(text);
    m_updating = false;
    m_publishedChosen = false; // a new article: its own date, if it states one
    extract();
}

bool ArticleDialog::openFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > kMaxArticleBytes) {
        *error = tr("%1 is too large to be an article.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QString text;
    if (Status s = decodeArticle(file.readAll(), &text); !s) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), s.message());
        return false;
    }
    // A "url: / published: / title:" header says what the fields ask; it is no part of the text.
    ArticleInput article;
    article.text = std::move(text);
    applyArticleHeader(&article);
    setArticleText(article.text);
    if (m_title->text().isEmpty())
        m_title->setText(article.title.isEmpty() ? QFileInfo(path).completeBaseName()
                                                 : article.title);
    if (m_url->text().isEmpty())
        m_url->setText(article.url);
    if (article.published.isValid()) {
        setPublished(article.published);
        m_publishedChosen = true; // the header says it: the text does not override it
        m_publishedFromText = true;
        m_publishedHint->setText(tr("as stated in the file"));
    }
    return true;
}

void ArticleDialog::setPublished(QDate day)
{
    m_published->setDate(day); // as if the user chose it
}

QDate ArticleDialog::published() const
{
    return m_published->date();
}

bool ArticleDialog::isKept(int row) const
{
    return m_candidates.at(row).kept;
}

void ArticleDialog::setKept(int row, bool kept)
{
    m_table->item(row, KeepColumn)->setCheckState(kept ? Qt::Checked : Qt::Unchecked);
}

void ArticleDialog::selectCandidate(int row)
{
    m_table->setCurrentCell(row, PhraseColumn);
}

QString ArticleDialog::resolutionText() const
{
    return m_resolution->text();
}

void ArticleDialog::scheduleExtract()
{
    if (!m_updating)
        m_extractTimer->start();
}

void ArticleDialog::extract()
{
    m_extractTimer->stop();
    const QString text = m_text->toPlainText();
    if (!m_publishedChosen) {
        const auto stated = DateResolver::publicationDate(text, QDate::currentDate());
        m_publishedFromText = stated.has_value();
        if (stated) {
            m_updating = true;
            m_published->setDate(*stated);
            m_updating = false;
        }
        m_publishedHint->setText(text.trimmed().isEmpty() ? QString()
                                 : stated                 ? tr("as stated in the text")
                                          : tr("not stated in the text: please check it"));
    }
    const QDate published = m_published->date();
    if (text == m_extractedText && published == m_extractedDate)
        return; // keep the user's edits when nothing they depend on changed
    m_extractedText = text;
    m_extractedDate = published;
    ArticleInput article;
    article.text = text;
    article.published = published;
    m_candidates.clear();
    for (ExtractedEvent &x : extractEvents(article, m_gazetteer))
        m_candidates.append({std::move(x), true, true});
    fillTable();
    if (!m_candidates.isEmpty())
        selectCandidate(0);
    highlight();
    updateState();
}

void ArticleDialog::fillTable()
{
    m_updating = true;
    m_table->clearContents();
    m_table->setRowCount(int(m_candidates.size()));
    for (int row = 0; row < m_candidates.size(); ++row) {
        auto *keep = new QTableWidgetItem;
        keep->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        keep->setCheckState(m_candidates.at(row).kept ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, KeepColumn, keep);
        for (int column = PhraseColumn; column <= TitleColumn; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
        fillRow(row);
    }
    m_updating = false;
    showCandidate(currentRow());
}

void ArticleDialog::fillRow(int row)
{
    const Candidate &c = m_candidates.at(row);
    const Event &e = c.found.event;
    const bool updating = m_updating;
    m_updating = true;
    m_table->item(row, PhraseColumn)->setText(e.date.phrase());
    m_table->item(row, PhraseColumn)->setToolTip(c.found.sentence);
    QString date = c.resolved ? dateText(e.date) : tr("not understood");
    if (c.resolved && e.confidence < 1.0)
        date += QStringLiteral(" (%1)").arg(tr("likely"));
    m_table->item(row, DateColumn)->setText(date);
    m_table->item(row, DateColumn)->setForeground(c.resolved ? palette().text() : QBrush(Qt::red));
    m_table->item(row, ActorsColumn)->setText(actorsText(e));
    m_table->item(row, KindColumn)->setText(e.kind);
    m_table->item(row, TitleColumn)->setText(e.title);
    m_table->item(row, TitleColumn)->setToolTip(c.found.sentence);
    m_updating = updating;
}

int ArticleDialog::currentRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_candidates.size() ? row : -1;
}

void ArticleDialog::showCandidate(int row)
{
    const bool valid = row >= 0 && row < m_candidates.size();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_phrase, m_source, m_target, m_kind, m_eventTitle})
        w->setEnabled(valid);
    if (!valid) {
        m_phrase->clear();
        m_resolution->clear();
        m_source->clear();
        m_target->clear();
        m_eventTitle->clear();
        highlight();
        return;
    }
    const Candidate &c = m_candidates.at(row);
    const Event &e = c.found.event;
    m_phrase->setText(e.date.phrase());
    m_source->setText(e.sourceActor());
    m_target->setText(e.targetActor());
    m_kind->setCurrentText(e.kind);
    m_eventTitle->setText(e.title);
    showResolution(row);
    highlight();
    // Bring the sentence into view without taking the focus from the table.
    QTextCursor cursor(m_text->document());
    cursor.setPosition(
        int(qMin<qsizetype>(c.found.phraseBegin, m_text->document()->characterCount() - 1)));
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

void ArticleDialog::showResolution(int row)
{
    const Candidate &c = m_candidates.at(row);
    const Event &e = c.found.event;
    if (c.resolved)
        m_resolution->setText(
            tr("%1 (%2%3, against %4)")
                .arg(longDateText(e.date), precisionName(e.date.precision()),
                     e.confidence < 1.0 ? QStringLiteral(", ") + tr("likely") : QString(),
                     QLocale().toString(e.reference, QLocale::LongFormat)));
    else
        m_resolution->setText(tr("not a date expression the program understands"));
}

void ArticleDialog::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *doc = m_text->document();
    const qsizetype size = doc->characterCount() - 1;
    auto add = [&](qsizetype begin, qsizetype end, const QColor &background, bool bold) {
        if (begin < 0 || end > size || begin >= end)
            return;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(doc);
        s.cursor.setPosition(int(begin));
        s.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        s.format.setBackground(background);
        if (bold)
            s.format.setFontWeight(QFont::Bold);
        selections.append(s);
    };
    // Offsets are only meaningful for the text the candidates came from.
    if (m_text->toPlainText() == m_extractedText) {
        const int current = currentRow();
        if (current >= 0) {
            const ExtractedEvent &x = m_candidates.at(current).found;
            add(x.sentenceBegin, x.sentenceEnd, QColor(128, 128, 128, 45), false);
        }
        for (int row = 0; row < m_candidates.size(); ++row) {
            const Candidate &c = m_candidates.at(row);
            if (!c.kept || row == current)
                continue;
            add(c.found.phraseBegin, c.found.phraseEnd, QColor(255, 200, 0, 80), false);
            for (const auto &[begin, end] : c.found.actorSpans)
                add(begin, end, QColor(60, 130, 255, 50), false);
        }
        if (current >= 0) {
            const ExtractedEvent &x = m_candidates.at(current).found;
            add(x.phraseBegin, x.phraseEnd, QColor(255, 170, 0, 170), true);
            for (const auto &[begin, end] : x.actorSpans)
                add(begin, end, QColor(60, 130, 255, 130), true);
        }
    }
    m_text->setExtraSelections(selections);
}

void ArticleDialog::phraseEdited(const QString &typed)
{
    const int row = currentRow();
    if (row < 0)
        return;
    Candidate &c = m_candidates[row];
    ExtractedEvent &x = c.found;
    // Resolve the new words in the sentence they replace, so tense and context still count.
    const QString phrase = typed.trimmed();
    const qsizetype begin = x.phraseBegin - x.sentenceBegin;
    const qsizetype end = x.phraseEnd - x.sentenceBegin;
    const QString sentence = x.sentence.left(begin) + phrase + x.sentence.mid(end);
    const auto match =
        DateResolver::resolveAt(sentence, begin, begin + phrase.size(), x.event.reference);
    c.resolved = match.has_value() && !phrase.isEmpty();
    if (c.resolved) {
        x.event.date = match->date;
        x.event.confidence = match->confidence;
    }
    x.event.date.setPhrase(phrase);
    fillRow(row);
    showResolution(row); // not showCandidate: it would rewrite the words being typed
    updateState();
}

void ArticleDialog::actorsEdited()
{
    const int row = currentRow();
    if (row < 0)
        return;
    Event &e = m_candidates[row].found.event;
    setRole(e, Role::Source, canonicalActor(m_gazetteer, m_source->text()));
    setRole(e, Role::Target, canonicalActor(m_gazetteer, m_target->text()));
    fillRow(row);
}

void ArticleDialog::kindChosen()
{
    const int row = currentRow();
    if (row < 0)
        return;
    Event &e = m_candidates[row].found.event;
    e.kind = m_kind->currentText();
    const CameoCoding cameo = cameoForKind(e.kind);
    e.cameoCode = cameo.code;
    e.cameoRoot = cameo.root;
    e.quadClass = cameo.quadClass;
    e.goldstein = cameo.goldstein;
    fillRow(row);
}

void ArticleDialog::titleEdited()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_candidates[row].found.event.title = m_eventTitle->text().simplified();
    fillRow(row);
}

void ArticleDialog::updateState()
{
    int kept = 0;
    bool unresolved = false;
    for (const Candidate &c : std::as_const(m_candidates))
        if (c.kept) {
            ++kept;
            unresolved = unresolved || !c.resolved;
        }
    if (m_text->toPlainText().trimmed().isEmpty())
        m_problem = tr("Paste or open an article.");
    else if (m_candidates.isEmpty())
        m_problem = tr("No dated events were found in this text.");
    else if (unresolved)
        m_problem = tr("A kept event's date is not understood: rewrite it or untick the event.");
    else if (kept == 0)
        m_problem = tr("Every event is left out: tick the ones to save.");
    else
        m_problem.clear();
    m_status->setText(m_problem.isEmpty() ? tr("%1 of %2 events will be saved with the article.")
                                                .arg(kept)
                                                .arg(m_candidates.size())
                                          : m_problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problem.isEmpty());
}

bool ArticleDialog::save()
{
    if (m_text->toPlainText() != m_extractedText || m_published->date() != m_extractedDate) {
        // The events were found in other words or against another date: find them again and
        // let the user review them before anything is saved.
        extract();
        updateState();
        if (m_problem.isEmpty()) {
            m_problem = tr("The text changed: review the events again, then Save.");
            m_status->setText(m_problem);
        }
        return false;
    }
    updateState();
    if (!m_problem.isEmpty())
        return false;
    ArticleInput article;
    article.text = m_extractedText;
    article.published = m_extractedDate;
    article.title = m_title->text().simplified();
    article.url = m_url->text().trimmed();
    QList<Event> events;
    for (const Candidate &c : std::as_const(m_candidates))
        if (c.kept)
            events.append(c.found.event);
    int inserted = 0;
    if (Status s = storeArticle(m_store, article, events, &inserted); !s) {
        m_problem = tr("Nothing was saved: %1").arg(s.message());
        m_status->setText(m_problem);
        return false;
    }
    m_saved = inserted;
    accept();
    return true;
}

void ArticleDialog::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Article"), QString(),
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        QMessageBox::warning(this, tr("Open Article"), error);
}

} // namespace detente
