#pragma once

#include "ingest/extractor.h"
#include "ingest/gazetteer.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QString>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace detente {

class EventStore;

/// File → Import Article…: the article's text beside the dated events found in it. The user sets
/// the publication date (pre-filled when the text states it), reviews each candidate with its
/// date phrase and actors highlighted in the text, edits, keeps or rejects it, and saves the
/// article as a source with the kept events in one transaction.
class ArticleDialog : public QDialog {
    Q_OBJECT
public:
    explicit ArticleDialog(EventStore &store, QWidget *parent = nullptr);

    /// Shows `text` as the article and finds its events at once.
    void setArticleText(const QString &text);
    /// Reads an article file (UTF-8) into the dialog; false with a message when it cannot.
    bool openFile(const QString &path, QString *error);
    void setPublished(QDate day);
    QDate published() const;
    /// Whether the publication date shown was found in the text (rather than chosen or guessed).
    bool publishedFromText() const { return m_publishedFromText; }

    /// The candidates as the user left them (edited), and whether each is kept.
    int candidateCount() const { return int(m_candidates.size()); }
    const ExtractedEvent &candidate(int row) const { return m_candidates.at(row).found; }
    bool isKept(int row) const;
    void setKept(int row, bool kept);
    /// Selects a candidate: its sentence, date phrase and actors are highlighted in the text.
    void selectCandidate(int row);
    /// The selected candidate's date phrase as the user wrote it; it is resolved as they type.
    QLineEdit *phraseEdit() const { return m_phrase; }
    /// What the selected candidate's phrase resolves to, in words.
    QString resolutionText() const;
    QTableWidget *candidateTable() const { return m_table; }
    QPlainTextEdit *textEdit() const { return m_text; }

    /// Stores the article and the kept candidates; on success closes the dialog.
    bool save();
    /// How many events the last successful save stored.
    int savedCount() const { return m_saved; }
    /// Why the last save failed, or why saving is not possible now; empty when it is.
    QString problem() const { return m_problem; }
    /// Why the user's gazetteer file is not used (shown above the buttons); empty when it is.
    QString gazetteerWarning() const { return m_gazetteerWarning; }

private:
    struct Candidate {
        ExtractedEvent found; ///< as edited by the user
        bool kept = true;
        bool resolved = true; ///< the (edited) phrase is a date expression
    };

    void extract();
    void scheduleExtract();
    void fillTable();
    void fillRow(int row);
    void showCandidate(int row);
    void showResolution(int row);
    void highlight();
    void phraseEdited(const QString &phrase);
    void actorsEdited();
    void kindChosen();
    void titleEdited();
    void updateState();
    void openDialog();
    int currentRow() const;

    EventStore &m_store;
    QString m_gazetteerWarning; // before m_gazetteer: its initialiser writes here
    Gazetteer m_gazetteer;      // the bundled one, the user's file, the store's actors and aliases
    QList<Candidate> m_candidates;
    QString m_extractedText;
    QDate m_extractedDate;
    bool m_publishedFromText = false;
    bool m_publishedChosen = false; // the user set the date: the text no longer overrides it
    bool m_updating = false;
    int m_saved = 0;
    QString m_problem;

    QPlainTextEdit *m_text = nullptr;
    QDateEdit *m_published = nullptr;
    QLabel *m_publishedHint = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_url = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_phrase = nullptr;
    QLabel *m_resolution = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_eventTitle = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notice = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_extractTimer = nullptr;
};

} // namespace detente
