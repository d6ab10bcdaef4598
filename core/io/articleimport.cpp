#include "articleimport.h"

#include "ingest/articlesource.h"
#include "ingest/dateresolver.h"
#include "linereader.h"
#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

std::optional<ArticleHeader> articleHeader(const QString &text)
{
    static const QRegularExpression field(
        QStringLiteral(R"(^(url|published|title|publisher)[ \t]*:[ \t]*(.*?)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    constexpr int maxLines = 8; // a header is a few lines; more is text
    ArticleHeader header;
    QStringList seen;
    qsizetype at = 0;
    for (int n = 0;; ++n) {
        if (at >= text.size())
            break; // nothing but the header
        qsizetype end = text.indexOf(u'\n', at);
        if (end < 0)
            end = text.size();
        const QString line = text.sliced(at, end - at);
        if (line.trimmed().isEmpty()) {
            if (n == 0)
                return std::nullopt; // a blank first line: no header
            break;
        }
        if (n == maxLines)
            return std::nullopt;
        const QRegularExpressionMatch m = field.match(line);
        if (!m.hasMatch())
            return std::nullopt;
        const QString name = m.captured(1).toLower();
        const QString value = m.captured(2);
        if (seen.contains(name) || value.isEmpty())
            return std::nullopt;
        seen << name;
        if (name == u"url") {
            header.url = value;
        } else if (name == u"title") {
            header.title = value;
        } else if (name == u"publisher") {
            header.publisher = value;
        } else {
            header.published = QDate::fromString(value, Qt::ISODate);
            if (!header.published.isValid()) // "published: 18 June 2024"
                header.published =
                    DateResolver::publicationDate(line, QDate::currentDate()).value_or(QDate());
            if (!header.published.isValid())
                return std::nullopt;
        }
        at = end + 1;
    }
    if (seen.isEmpty())
        return std::nullopt;
    // The body starts after the blank lines that end the header.
    while (at < text.size() && text.at(at).isSpace()) {
        const qsizetype end = text.indexOf(u'\n', at);
        const qsizetype lineEnd = end < 0 ? text.size() : end;
        if (!QStringView(text).sliced(at, lineEnd - at).trimmed().isEmpty())
            break;
        at = end < 0 ? text.size() : end + 1;
    }
    header.bodyBegin = qMin(at, text.size());
    return header;
}

std::optional<ArticleHeader> articleFileHeader(const QString &path)
{
    LineReader in;
    if (!in.open(path))
        return std::nullopt;
    // A header is a few short lines: read a bounded start of the file, not whole lines (a data
    // file's first line can be megabytes long), on whatever thread asks.
    QByteArray head;
    (void)in.readAll(&head, 4096); // "larger than" is no error here: only the start is wanted
    head.truncate(4096);
    head.replace("\r\n", "\n");
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    return articleHeader(QString::fromUtf8(head));
}

bool applyArticleHeader(ArticleInput *article)
{
    const std::optional<ArticleHeader> header = articleHeader(article->text);
    if (!header)
        return false;
    article->text.remove(0, header->bodyBegin);
    if (article->url.isEmpty())
        article->url = header->url;
    if (!article->published.isValid())
        article->published = header->published;
    if (article->title.isEmpty())
        article->title = header->title;
    if (article->publisher.isEmpty())
        article->publisher = header->publisher;
    return true;
}

Gazetteer extractionGazetteer(const EventStore *store, QString *warning)
{
    return Gazetteer::forExtraction(store ? store->actors() : QList<Actor>(), warning);
}

EventDocument articleDocument(const ArticleInput &article, const QString &fallbackTitle)
{
    return articleDocument(article, fallbackTitle, extractionGazetteer(nullptr));
}

EventDocument articleDocument(const ArticleInput &input, const QString &fallbackTitle,
                              const Gazetteer &gazetteer)
{
    ArticleInput article = input;
    applyArticleHeader(&article);
    QList<Event> events;
    for (ExtractedEvent &x : extractEvents(article, gazetteer))
        events.append(std::move(x.event));
    return articleDocument(article, fallbackTitle, std::move(events));
}

} // namespace detente
