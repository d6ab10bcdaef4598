#include "sentences.h"

#include <QSet>

namespace detente {

namespace {

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'”' || c == u'’' || c == u')' || c == u']' || c == u'»';
}

bool isOpening(QChar c)
{
    return c == u'"' || c == u'“' || c == u'‘' || c == u'(' || c == u'[' || c == u'«' || c == u'\'';
}

// Words that end with a full stop without ending a sentence.
const QSet<QString> &abbreviations()
{
    static const QSet<QString> set = {
        QStringLiteral("mr"),     QStringLiteral("mrs"),  QStringLiteral("ms"),
        QStringLiteral("dr"),     QStringLiteral("prof"), QStringLiteral("gen"),
        QStringLiteral("col"),    QStringLiteral("lt"),   QStringLiteral("maj"),
        QStringLiteral("capt"),   QStringLiteral("sgt"),  QStringLiteral("adm"),
        QStringLiteral("gov"),    QStringLiteral("sen"),  QStringLiteral("rep"),
        QStringLiteral("st"),     QStringLiteral("jr"),   QStringLiteral("sr"),
        QStringLiteral("vs"),     QStringLiteral("etc"),  QStringLiteral("no"),
        QStringLiteral("jan"),    QStringLiteral("feb"),  QStringLiteral("mar"),
        QStringLiteral("apr"),    QStringLiteral("jun"),  QStringLiteral("jul"),
        QStringLiteral("aug"),    QStringLiteral("sep"),  QStringLiteral("sept"),
        QStringLiteral("oct"),    QStringLiteral("nov"),  QStringLiteral("dec"),
        QStringLiteral("approx"), QStringLiteral("dept"), QStringLiteral("est"),
        QStringLiteral("inc"),    QStringLiteral("corp"), QStringLiteral("ltd"),
        QStringLiteral("co"),     QStringLiteral("pres"), QStringLiteral("amb"),
        QStringLiteral("fig"),    QStringLiteral("op"),   QStringLiteral("cf"),
    };
    return set;
}

// Capitalised words that usually start a sentence; after "U.S." they mean a new sentence.
const QSet<QString> &sentenceStarters()
{
    static const QSet<QString> set = {
        QStringLiteral("The"),       QStringLiteral("He"),    QStringLiteral("She"),
        QStringLiteral("It"),        QStringLiteral("They"),  QStringLiteral("We"),
        QStringLiteral("In"),        QStringLiteral("On"),    QStringLiteral("But"),
        QStringLiteral("And"),       QStringLiteral("A"),     QStringLiteral("This"),
        QStringLiteral("That"),      QStringLiteral("Its"),   QStringLiteral("His"),
        QStringLiteral("Her"),       QStringLiteral("Their"), QStringLiteral("However"),
        QStringLiteral("Meanwhile"), QStringLiteral("After"), QStringLiteral("Last"),
        QStringLiteral("I"),
    };
    return set;
}

// The word (letters, digits and inner dots) that ends just before position `dot`.
QString wordBefore(const QString &text, qsizetype dot)
{
    qsizetype b = dot;
    while (b > 0 && (text.at(b - 1).isLetterOrNumber() || text.at(b - 1) == u'.'))
        --b;
    return text.mid(b, dot - b);
}

QString wordAt(const QString &text, qsizetype pos)
{
    qsizetype e = pos;
    while (e < text.size() && text.at(e).isLetter())
        ++e;
    return text.mid(pos, e - pos);
}

// Whether the full stop at `dot` ends a sentence, given the next non-space character at `next`.
bool stopEndsSentence(const QString &text, qsizetype dot, qsizetype next, bool spaced)
{
    const QString word = wordBefore(text, dot);
    if (next >= text.size())
        return true;
    const QChar n = text.at(next);
    if (!spaced) {
        // Glued sentences: "regroup.El-Sisi’s" — a lower-case word of two letters or more, then
        // a capital letter that starts a word. Not "U.S.A", not "3.5", not "news.az".
        if (!n.isUpper())
            return false;
        if (word.size() < 2 || word.contains(u'.') || !word.back().isLower())
            return false;
        return true;
    }
    if (n.isLower() || n.isDigit() || n == u',' || n == u';')
        return false;
    if (word.isEmpty())
        return true;
    if (word.contains(u'.')) {
        // "U.S." is usually inside a sentence; a typical sentence starter after it ends one.
        return sentenceStarters().contains(wordAt(text, next));
    }
    if (word.size() == 1 && word.at(0).isUpper())
        return false; // an initial: "John F. Kennedy"
    if (abbreviations().contains(word.toLower()))
        return false;
    return true;
}

} // namespace

QList<SentenceSpan> splitSentences(const QString &text)
{
    QList<SentenceSpan> out;
    int paragraph = 0;
    qsizetype begin = 0;
    const qsizetype n = text.size();

    auto push = [&](qsizetype from, qsizetype to) {
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
        if (to > from)
            out.append({from, to, paragraph});
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            push(begin, i);
            begin = i + 1;
            ++paragraph;
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        // Swallow repeated marks and closing quotes/brackets that belong to this sentence.
        qsizetype end = i + 1;
        while (end < n && (text.at(end) == u'.' || text.at(end) == u'!' || text.at(end) == u'?'))
            ++end;
        while (end < n && isClosing(text.at(end)))
            ++end;
        qsizetype next = end;
        while (next < n && text.at(next).isSpace() && text.at(next) != u'\n')
            ++next;
        const bool spaced = next > end;
        bool ends;
        if (c == u'.') {
            ends = stopEndsSentence(text, i, next, spaced || end > i + 1);
        } else {
            ends = next >= n || !(text.at(next).isLower() || text.at(next) == u',');
        }
        if (ends && next < n && !spaced && end == i + 1 && c != u'.')
            ends = text.at(next).isUpper() || isOpening(text.at(next));
        if (!ends) {
            i = end - 1;
            continue;
        }
        push(begin, end);
        begin = end;
        i = end - 1;
    }
    push(begin, n);
    return out;
}

} // namespace detente
