#pragma once

#include <QByteArrayView>
#include <QString>

namespace detente {

/// Text of a field from an event-data file: UTF-8 decoded, control characters (C0, DEL, C1,
/// which mis-decoded files carry) and replacement characters removed, spaces trimmed.
QString cleanField(QByteArrayView bytes);
/// Removes the same characters from text already decoded.
QString cleanText(QString text);
/// "UNITED STATES" → "United States"; text with lower-case letters is returned as it is.
QString titleCase(const QString &text);

} // namespace detente
