#include "eventdialog.h"

#include "ingest/dateresolver.h"
#include "ingest/eventkind.h"
#include "timeline/viewsettings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace detente {

namespace {
QComboBox *actorPicker(const QStringList &actors, const QString &current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true); // a new name creates the actor
    box->addItem(QString());
    box->addItems(actors);
    box->setCurrentText(current);
    box->setInsertPolicy(QComboBox::NoInsert);
    return box;
}
} // namespace

EventDialog::EventDialog(const Event &event, const QStringList &actors, const QStringList &kinds,
                         const QList<std::pair<QString, QString>> &others, QWidget *parent)
    : QDialog(parent)
    , m_event(event)
    , m_title(new QLineEdit(event.title, this))
    , m_summary(new QPlainTextEdit(event.summary, this))
    , m_phrase(new QLineEdit(this))
    , m_reference(new QDateEdit(this))
    , m_resolution(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_source(actorPicker(actors, event.sourceActor(), this))
    , m_target(actorPicker(actors, event.targetActor(), this))
    , m_cameo(new QLineEdit(event.cameoCode, this))
    , m_goldstein(new QDoubleSpinBox(this))
    , m_tags(new QLineEdit(event.tags.join(QStringLiteral(", ")), this))
    , m_answers(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(event.id ? tr("Edit Event") : tr("New Event"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(90);
    m_phrase->setText(event.date.phrase().isEmpty() && event.id ? event.date.startText()
                                                                : event.date.phrase());
    m_phrase->setPlaceholderText(tr("e.g. on Thursday, early 2023, 25 April 2024, 2024-04-25"));
    m_reference->setCalendarPopup(true);
    m_reference->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reference->setDate(event.reference.isValid() ? event.reference : QDate::currentDate());
    m_reference->setToolTip(tr("The day relative dates are counted from (the article's "
                               "publication date)"));
    m_resolution->setTextFormat(Qt::PlainText);
    m_kind->setEditable(true);
    m_kind->addItems(kinds);
    m_kind->setCurrentText(event.kind);
    m_cameo->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,4}")), this));
    m_cameo->setPlaceholderText(tr("from the kind"));
    m_cameo->setToolTip(tr("The CAMEO event code (leading zeros matter); empty: the kind's"));
    m_goldstein->setRange(-10.5, 10);
    m_goldstein->setDecimals(1);
    m_goldstein->setSingleStep(0.5);
    m_goldstein->setSpecialValueText(tr("unknown"));
    m_goldstein->setValue(event.goldstein.value_or(-10.5));
    m_answers->addItem(tr("(nothing)"), QString());
    for (const auto &[key, title] : others)
        if (key != event.key)
            m_answers->addItem(title, key);
    m_answers->setCurrentIndex(
        std::max(0, m_answers->findData(event.answers.value(0), Qt::UserRole)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Date:"), m_phrase);
    form->addRow(QString(), m_resolution);
    form->addRow(tr("&Counted from:"), m_reference);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("S&ource actor:"), m_source);
    form->addRow(tr("Tar&get actor:"), m_target);
    form->addRow(tr("CAMEO c&ode:"), m_cameo);
    form->addRow(tr("Go&ldstein score:"), m_goldstein);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&Answers:"), m_answers);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &EventDialog::updateResolution);
    connect(m_phrase, &QLineEdit::textChanged, this, &EventDialog::updateResolution);
    connect(m_reference, &QDateEdit::dateChanged, this, &EventDialog::updateResolution);
    updateResolution();
    resize(520, sizeHint().height());
}

std::optional<DateSpan> EventDialog::resolvePhrase(const QString &text, QDate reference)
{
    const QString phrase = text.trimmed();
    if (phrase.isEmpty())
        return std::nullopt;
    // Written as a date: 2024, 2024-04, 2024-04-25.
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    if (const auto m = iso.match(phrase); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (m.captured(2).isEmpty())
            return DateSpan::fromDays(QDate(y, 1, 1), QDate(y, 12, 31), Precision::Year, phrase);
        const QDate first(y, m.captured(2).toInt(),
                          m.captured(3).isEmpty() ? 1 : m.captured(3).toInt());
        if (!first.isValid())
            return std::nullopt;
        if (m.captured(3).isEmpty())
            return DateSpan::fromDays(first, first.addMonths(1).addDays(-1), Precision::Month,
                                      phrase);
        return DateSpan::fromDay(first, phrase);
    }
    // A phrase as an article would write it, read in the past tense.
    const QString sentence = QStringLiteral("It happened %1.").arg(phrase);
    const qsizetype begin = 12;
    if (auto match = DateResolver::resolveAt(sentence, begin, begin + phrase.size(), reference)) {
        DateSpan date = match->date;
        date.setPhrase(phrase);
        return date;
    }
    return std::nullopt;
}

void EventDialog::updateResolution()
{
    m_date = resolvePhrase(m_phrase->text(), m_reference->date());
    if (m_date) {
        const QLocale loc = locale();
        const QDate first = QDate::fromString(m_date->startText().left(10), Qt::ISODate);
        const QDate last = QDate::fromString(m_date->endText().left(10), Qt::ISODate);
        const QString days = first == last ? loc.toString(first, QLocale::LongFormat)
                                           : tr("%1 to %2")
                                                 .arg(loc.toString(first, QLocale::LongFormat),
                                                      loc.toString(last, QLocale::LongFormat));
        m_resolution->setText(
            tr("→ %1 (%2; EDTF %3)").arg(days, precisionName(m_date->precision()), m_date->edtf()));
        m_resolution->setStyleSheet(QString());
    } else {
        m_resolution->setText(m_phrase->text().trimmed().isEmpty()
                                  ? tr("Type when it happened.")
                                  : tr("Not a date Detente can read."));
        m_resolution->setStyleSheet(QStringLiteral("color: #B2182B"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
    refillAnswers();
}

void EventDialog::setAnswerCandidates(AnswerCandidates candidates)
{
    m_candidates = std::move(candidates);
    m_answersFor.reset();
    refillAnswers();
}

void EventDialog::refillAnswers()
{
    if (!m_candidates || !m_date)
        return;
    if (m_answersFor && m_answersFor->first() == m_date->first() &&
        m_answersFor->last() == m_date->last())
        return;
    m_answersFor = m_date;
    // The chosen answer stays offered (first after "nothing"), whatever the new date.
    const QString chosen = m_answers->currentData().toString();
    const QString chosenTitle = m_answers->currentText();
    m_answers->clear();
    m_answers->addItem(tr("(nothing)"), QString());
    if (!chosen.isEmpty())
        m_answers->addItem(chosenTitle, chosen);
    for (const auto &[key, title] : m_candidates(*m_date))
        if (key != m_event.key && key != chosen)
            m_answers->addItem(title, key);
    m_answers->setCurrentIndex(chosen.isEmpty() ? 0 : 1);
}

bool EventDialog::isAcceptable() const
{
    return m_date.has_value() && !m_title->text().trimmed().isEmpty();
}

Event EventDialog::event() const
{
    Event e = m_event;
    e.title = m_title->text().trimmed();
    e.summary = m_summary->toPlainText().trimmed();
    if (m_date)
        e.date = *m_date;
    e.reference = m_reference->date();
    e.kind = m_kind->currentText().trimmed();
    // The source and target replace the old ones; other actors stay.
    QList<EventActor> actors;
    if (const QString s = m_source->currentText().trimmed(); !s.isEmpty())
        actors.append({s, Role::Source});
    if (const QString t = m_target->currentText().trimmed(); !t.isEmpty())
        actors.append({t, Role::Target});
    for (const EventActor &a : m_event.actors)
        if (a.role == Role::Other)
            actors.append(a);
    e.actors = actors;
    const CameoCoding fromKind = cameoForKind(e.kind);
    e.cameoCode = m_cameo->text().isEmpty() ? fromKind.code : m_cameo->text();
    e.cameoRoot = e.cameoCode.left(2);
    if (m_cameo->text().isEmpty() || e.cameoRoot == fromKind.root)
        e.quadClass = fromKind.quadClass;
    if (m_goldstein->value() < -10)
        e.goldstein.reset();
    else
        e.goldstein = m_goldstein->value();
    e.tags.clear();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            e.tags.append(tag.trimmed());
    e.answers.clear();
    if (const QString key = m_answers->currentData().toString(); !key.isEmpty())
        e.answers.append(key);
    return e;
}

} // namespace detente
