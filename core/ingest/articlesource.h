#pragma once

#include "extractor.h"
#include "io/eventjson.h"
#include "model/event.h"
#include "status.h"

#include <QList>
#include <QString>

namespace detente {

class EventStore;

/// The source an article is stored as: keyed by its URL, else by a hash of its text (so storing
/// the same article twice is noticed), titled by its title, else `fallbackTitle`, else its first
/// line.
SourceRef articleSource(const ArticleInput &article, const QString &fallbackTitle = {});

/// An article and events found in it (perhaps edited or fewer) as a document to store: each
/// event's source is the article, its key is made unique across articles, and links to events
/// that were left out are dropped.
EventDocument articleDocument(const ArticleInput &article, const QString &fallbackTitle,
                              QList<Event> events);

/// Stores an article with the chosen events in one transaction; refuses an article that is
/// stored already.
Status storeArticle(EventStore &store, const ArticleInput &article, const QList<Event> &events,
                    int *inserted = nullptr);

} // namespace detente
