#pragma once

#include "datematch.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace detente {

/// Finds date expressions in the sentences of one article and resolves them against its
/// reference (publication) date, following the rules in data/articles/README.md. Keeps the
/// year of explicit dates so that dates without a year in the same or the next sentence can
/// inherit it (when tense and reference do not explain them better; see yearFor()).
class DateResolver {
public:
    /// A resolver for an article published (or datelined) on `reference`.
    explicit DateResolver(QDate reference);

    /// The day relative expressions are resolved against.
    QDate reference() const { return m_reference; }
    /// Changes the day relative expressions are resolved against (e.g. a dateline).
    void setReference(QDate day) { m_reference = day; }
    /// The start of the conflict "the early weeks of the conflict" refers to (invalid: none).
    void setConflictStart(QDate start) { m_conflictStart = start; }

    /// The date expressions of the next sentence of the article, in order, with offsets relative
    /// to `sentence`. Call once per sentence, in reading order; `paragraph` bounds the year
    /// context.
    QList<DateMatch> find(const QString &sentence, int paragraph = 0);

    /// A dateline at the start of a text ("BEIJING, July 11 (Reuters) -"), resolved against the
    /// publication day; nullopt when the text has none.
    static std::optional<DateMatch> dateline(const QString &text, QDate published);

    /// The publication date an article's text states near its start: a "Published: …" line, a
    /// date standing on a line of its own, or a dateline ("BEIJING, July 11 (Reuters) -"); a date
    /// without a year is the latest such day on or before `today`. nullopt when none is stated.
    static std::optional<QDate> publicationDate(const QString &text, QDate today);
    /// Whether a line only states when the article was published ("Published: 18 June 2024").
    static bool isPublicationLine(const QString &line);

    /// The date expression that `sentence` holds in [begin, end) (e.g. a phrase the user typed
    /// into it), resolved against `reference` with the sentence's tense; nullopt when the words
    /// there are no date expression.
    static std::optional<DateMatch> resolveAt(const QString &sentence, qsizetype begin,
                                              qsizetype end, QDate reference);

private:
    QList<DateMatch> candidates(const QString &sentence) const;
    int yearFor(int month, int day, bool future, bool &fromContext) const;

    QDate m_reference;
    QDate m_conflictStart;
    int m_sentence = -1;
    int m_paragraph = 0;
    int m_contextYear = 0;
    int m_contextSentence = -100;
    int m_contextParagraph = -1;
};

} // namespace detente
