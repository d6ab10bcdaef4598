#pragma once

#include "storage/eventstore.h"

#include <QDialog>

#include <utility>

class QLabel;
class QPlainTextEdit;

namespace detente {

/// A stored article, read-only: its title, publisher and publication date over its whole text,
/// with one event's quote highlighted and scrolled into view (opened from the details pane).
class ArticleWindow : public QDialog {
    Q_OBJECT
public:
    /// Shows `source`'s text with the quote of `report` (found by its offsets, else searched for).
    ArticleWindow(const Source &source, const SourceReport &report, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    /// The highlighted quote as [begin, end) in the text; {-1, -1} when it was not found.
    std::pair<qsizetype, qsizetype> highlighted() const { return m_quote; }

    /// Where `quote` is in `text`: at [begin, end) when it is there, else where it first occurs
    /// (exactly, then in any case); {-1, -1} when it is not in the text.
    static std::pair<qsizetype, qsizetype> locateQuote(const QString &text, const QString &quote,
                                                       qsizetype begin, qsizetype end);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPlainTextEdit *m_text = nullptr;
    std::pair<qsizetype, qsizetype> m_quote{-1, -1};
};

} // namespace detente
