#pragma once

#include "eventjson.h"
#include "ingest/extractor.h"
#include "status.h"

#include <QString>

namespace detente {

/// Decodes an article's bytes as UTF-8 (a BOM is dropped); fails with the line of the first
/// byte that is not UTF-8.
Status decodeArticle(QByteArray bytes, QString *text);

/// The dated events found in an article, as a document to store: the article is its source,
/// keyed by its URL or else by a hash of its text (so storing it twice is noticed), titled
/// `article.title` or else `fallbackTitle`, and each event's key is unique across articles.
EventDocument articleDocument(const ArticleInput &article, const QString &fallbackTitle);

} // namespace detente
