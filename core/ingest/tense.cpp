#include "tense.h"

#include <QRegularExpression>

namespace detente {

bool isFutureAt(const QString &sentence, qsizetype pos)
{
    static const QRegularExpression future(QStringLiteral(
        R"((?i)\b(?:will|shall|won['’]t|is\s+due|are\s+due|due\s+to|scheduled|is\s+set\s+to|)"
        R"(are\s+set\s+to|set\s+for|plans?\s+to|planning\s+to|planned\s+for|expected\s+to|)"
        R"(is\s+expected|are\s+expected|upcoming|is\s+to\s+\w+|are\s+to\s+\w+|going\s+to|)"
        R"(to\s+be\s+held|next|intends?\s+to|forthcoming|slated|expects?|expecting|hopes?\s+to|)"
        R"(aims?\s+to)\b|['’]ll\b)"));
    static const QRegularExpression reporting(
        QStringLiteral(R"((?i)\b(?:said|says|told|stated|announced|added|reported|claimed|)"
                       R"(declared|warned|noted|recalled|was|were|had|did)\b)"));
    const qsizetype from = qMax<qsizetype>(0, pos - 90);
    const QString window = sentence.mid(from, pos - from);
    qsizetype lastFuture = -1;
    auto it = future.globalMatch(window);
    while (it.hasNext())
        lastFuture = it.next().capturedEnd();
    if (lastFuture < 0)
        return false;
    // "said … will" puts the saying in the past; "will … said" would not matter here.
    return !reporting.match(window.mid(lastFuture)).hasMatch();
}

} // namespace detente
