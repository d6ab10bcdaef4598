#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace detente {

/// The CAMEO coding that goes with an event kind.
struct CameoCoding {
    QString code; ///< "112"
    QString root; ///< "11"
    int quadClass = 0;
    double goldstein = 0.0;
};

/// The kind of event a sentence reports near a date expression: statement, accusation,
/// rejection/denial, meeting/visit, proposal, threat/warning, sanction, military action or
/// claim of figures (the nearest telling word within reach wins; statement otherwise).
QString classifyEventKind(const QString &sentence, qsizetype dateBegin, qsizetype dateEnd);

/// The kind a noun names ("invasion" → military action); empty when it names none.
QString eventKindOfNoun(const QString &noun);

/// The CAMEO code, root, quad class and Goldstein score for an event kind.
CameoCoding cameoForKind(const QString &kind);

} // namespace detente
