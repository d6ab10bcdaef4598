#pragma once

#include <QString>
#include <QtGlobal>

namespace detente {

/// The word that ends just before `pos` in `s`, skipping the spaces between ("" when none):
/// how the extractor looks at what precedes a name or a date.
inline QString previousWord(const QString &s, qsizetype pos)
{
    qsizetype e = pos;
    while (e > 0 && s.at(e - 1).isSpace())
        --e;
    qsizetype b = e;
    while (b > 0 && s.at(b - 1).isLetter())
        --b;
    return s.mid(b, e - b);
}

} // namespace detente
