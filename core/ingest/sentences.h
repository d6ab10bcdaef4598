#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace detente {

/// One sentence of a text: [begin, end) in UTF-16 code units and the paragraph (line) it is in.
struct SentenceSpan {
    qsizetype begin = 0;
    qsizetype end = 0;
    int paragraph = 0;
    friend bool operator==(const SentenceSpan &, const SentenceSpan &) = default;
};

/// Splits plain text into sentences. Handles abbreviations ("U.S.", "Mr.", initials), closing
/// quotation marks after the full stop, line breaks and glued sentences ("regroup.El-Sisi’s").
QList<SentenceSpan> splitSentences(const QString &text);

} // namespace detente
