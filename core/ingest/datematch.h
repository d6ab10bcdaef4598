#pragma once

#include "model/datespan.h"

#include <QString>
#include <QtGlobal>

namespace detente {

/// A date expression found in a sentence and the dates it stands for.
struct DateMatch {
    QString phrase;      ///< the words as written ("on Thursday", "since February 2022")
    qsizetype begin = 0; ///< offsets of the phrase in the sentence (or text) searched
    qsizetype end = 0;
    DateSpan date;             ///< resolved dates with precision; phrase set too
    double confidence = 1.0;   ///< 1 sure; 0.7 likely (hedged or inferred)
    bool since = false;        ///< "since X": X is an event of its own
    bool nounPhrase = false;   ///< a dated noun phrase ("the 2022 invasion"): the noun is the event
    QString noun;              ///< head noun of a dated noun phrase ("invasion")
    bool explicitYear = false; ///< the year was written out
};

} // namespace detente
