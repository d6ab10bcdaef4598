#pragma once

#include "model/event.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <utility>

namespace detente {

class Gazetteer;

/// An article to extract events from: its plain body text and publication date.
struct ArticleInput {
    QString text; ///< the body; offsets in results count UTF-16 code units into it
    QDate published;
    QString title;
    QString url;
    QString publisher;
};

/// A candidate event found in an article, with where it was found.
struct ExtractedEvent {
    Event event;      ///< key "x-<n>", actors with roles, persons, kind, CAMEO, date, quote
    QString sentence; ///< the sentence it was found in
    qsizetype sentenceBegin = 0;
    qsizetype sentenceEnd = 0;
    qsizetype phraseBegin = 0; ///< the date expression's offsets in the text
    qsizetype phraseEnd = 0;
    /// Where the event's actors and persons are named in its sentence ([begin, end) in the text).
    QList<std::pair<qsizetype, qsizetype>> actorSpans;
};

/// The dated events of an article: one per (sentence, date expression), "since X" giving X as an
/// event of its own, with actors from `gazetteer` and response links between the events.
QList<ExtractedEvent> extractEvents(const ArticleInput &article, const Gazetteer &gazetteer);

} // namespace detente
