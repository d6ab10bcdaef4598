#include "articlesource.h"

#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace detente {

SourceRef articleSource(const ArticleInput &article, const QString &fallbackTitle)
{
    SourceRef source;
    source.key = article.url.isEmpty()
                     ? QStringLiteral("article:") +
                           QString::fromLatin1(QCryptographicHash::hash(article.text.toUtf8(),
                                                                        QCryptographicHash::Sha1)
                                                   .toHex())
                     : article.url;
    source.title = !article.title.isEmpty() ? article.title : fallbackTitle;
    if (source.title.isEmpty()) {
        const QString first = article.text.trimmed().section(u'\n', 0, 0).simplified();
        source.title = first.size() > 80 ? first.left(79) + QChar(0x2026) : first;
    }
    source.url = article.url;
    source.publisher = article.publisher;
    source.published = article.published;
    return source;
}

EventDocument articleDocument(const ArticleInput &article, const QString &fallbackTitle,
                              QList<Event> events)
{
    EventDocument doc;
    doc.source = articleSource(article, fallbackTitle);
    doc.sourceText = article.text;
    QSet<QString> kept;
    for (const Event &e : std::as_const(events))
        kept.insert(e.key);
    const QString prefix = doc.source.key + u'#';
    for (Event &e : events) {
        e.source = doc.source;
        e.key = prefix + e.key;
        QStringList answers;
        for (const QString &answer : std::as_const(e.answers))
            if (kept.contains(answer))
                answers << prefix + answer;
        e.answers = answers;
        doc.events.append(std::move(e));
    }
    return doc;
}

Status storeArticle(EventStore &store, const ArticleInput &article, const QList<Event> &events,
                    int *inserted)
{
    const EventDocument doc = articleDocument(article, {}, events);
    if (store.hasSource(doc.source.key))
        return Status::error(
            QCoreApplication::translate("detente", "This article is in the database already."));
    return importEventDocument(store, doc, inserted);
}

} // namespace detente
