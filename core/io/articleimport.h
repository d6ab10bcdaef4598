#pragma once

#include "eventjson.h"
#include "ingest/extractor.h"
#include "ingest/gazetteer.h"
#include "status.h"

#include <QDate>
#include <QString>

#include <optional>

namespace detente {

class EventStore;

/// Decodes an article's bytes as UTF-8 (a BOM is dropped); fails with the line of the first
/// byte that is not UTF-8.
Status decodeArticle(QByteArray bytes, QString *text);

/// What the lines at the top of an article file say about it: "url: …", "published:
/// YYYY-MM-DD", "title: …", "publisher: …", one a line, then a blank line, then the body.
struct ArticleHeader {
    QString url;
    QDate published;
    QString title;
    QString publisher;
    qsizetype bodyBegin = 0; ///< where the body starts in the text
};

/// The header `text` starts with; nullopt when it starts with the body (every line before the
/// first blank one must be a field of the header, each field at most once).
std::optional<ArticleHeader> articleHeader(const QString &text);

/// The header of the article file at `path` (plain, .gz or .zip), read from its first lines;
/// nullopt when it has none or cannot be read.
std::optional<ArticleHeader> articleFileHeader(const QString &path);

/// Takes the header, if any, off `article->text` and fills in the fields it states that
/// `article` leaves empty (what is set already wins). True when there was a header.
bool applyArticleHeader(ArticleInput *article);

/// The gazetteer articles are read with: the bundled one, the user's gazetteer file and the
/// actors and aliases of `store` (when given). `warning`: why the user's file is not used.
Gazetteer extractionGazetteer(const EventStore *store, QString *warning = nullptr);

/// The dated events found in an article, as a document to store: the article is its source,
/// keyed by its URL or else by a hash of its text (so storing it twice is noticed), titled
/// `article.title` or else `fallbackTitle`, and each event's key is unique across articles. A
/// header at the top of the text (see articleHeader()) is no part of the body; what it states
/// fills in what `article` leaves empty. Actors are found with `gazetteer`, by default the
/// bundled one and the user's file (extractionGazetteer() without a store).
EventDocument articleDocument(const ArticleInput &article, const QString &fallbackTitle);
EventDocument articleDocument(const ArticleInput &article, const QString &fallbackTitle,
                              const Gazetteer &gazetteer);

} // namespace detente
