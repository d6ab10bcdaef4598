#pragma once

#include <QString>
#include <QtGlobal>

namespace detente {

/// Whether the words before `pos` in a sentence put what follows in the future ("will meet on",
/// "is scheduled for", "next week …"); a reporting verb in between ("said") cancels a marker.
bool isFutureAt(const QString &sentence, qsizetype pos);

} // namespace detente
