#include "articleimport.h"

#include "ingest/articlesource.h"
#include "ingest/gazetteer.h"

#include <QCoreApplication>

namespace detente {

Status decodeArticle(QByteArray bytes, QString *text)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QString decoded = QString::fromUtf8(bytes);
    // U+FFFD in the text means a byte that is not UTF-8, unless the file spells it out itself.
    const qsizetype bad = decoded.indexOf(QChar::ReplacementCharacter);
    if (bad >= 0 && !bytes.contains("\xEF\xBF\xBD"))
        return Status::error(
            QCoreApplication::translate("detente::ArticleImport",
                                        "line %1: not UTF-8 text; save the article as UTF-8")
                .arg(QStringView(decoded).first(bad).count(u'\n') + 1));
    *text = std::move(decoded);
    return {};
}

EventDocument articleDocument(const ArticleInput &article, const QString &fallbackTitle)
{
    QList<Event> events;
    for (ExtractedEvent &x : extractEvents(article, Gazetteer::builtin()))
        events.append(std::move(x.event));
    return articleDocument(article, fallbackTitle, std::move(events));
}

} // namespace detente
