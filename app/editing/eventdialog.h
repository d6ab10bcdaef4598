#pragma once

#include "model/event.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace detente {

/// Adds or edits one event. The date is typed as a phrase ("on Thursday", "early 2023",
/// "2024-04-25") and resolved against the reference date as you type; OK stays disabled until
/// the event has a title and a date that resolves.
class EventDialog : public QDialog {
    Q_OBJECT
public:
    /// `event` pre-fills the fields (an empty Event for a new one); `actors` and `kinds` are
    /// offered in the pickers, `others` (key → title) as what the event may answer.
    EventDialog(const Event &event, const QStringList &actors, const QStringList &kinds,
                const QList<std::pair<QString, QString>> &others, QWidget *parent = nullptr);

    /// The edited event: the one given, with the fields changed.
    Event event() const;
    /// What the typed phrase resolves to against the reference date; nullopt when it does not.
    static std::optional<DateSpan> resolvePhrase(const QString &phrase, QDate reference);

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *phraseEdit() const { return m_phrase; }
    QDateEdit *referenceEdit() const { return m_reference; }
    QLabel *resolution() const { return m_resolution; }
    QComboBox *sourceEdit() const { return m_source; }
    QComboBox *targetEdit() const { return m_target; }
    QComboBox *answersEdit() const { return m_answers; }
    /// What the event may answer, asked again whenever its date changes (key → title, nearest
    /// first): a database of a million events offers those of the weeks before, not all.
    using AnswerCandidates = std::function<QList<std::pair<QString, QString>>(const DateSpan &)>;
    void setAnswerCandidates(AnswerCandidates candidates);
    bool isAcceptable() const;

private:
    void updateResolution();
    void refillAnswers();

    Event m_event;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QLineEdit *m_phrase;
    QDateEdit *m_reference;
    QLabel *m_resolution;
    QComboBox *m_kind;
    QComboBox *m_source;
    QComboBox *m_target;
    QLineEdit *m_cameo;
    QDoubleSpinBox *m_goldstein;
    QLineEdit *m_tags;
    QComboBox *m_answers;
    QDialogButtonBox *m_buttons;
    std::optional<DateSpan> m_date;
    AnswerCandidates m_candidates;
    std::optional<DateSpan> m_answersFor; ///< the date the answers were offered for
};

} // namespace detente
