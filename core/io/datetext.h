#pragma once

#include "model/datespan.h"

#include <QString>

#include <optional>

namespace detente {

/// Reads a date as written in a file: ISO 8601 (`2023-02-24`, `2023-02` → month, `2023` →
/// year, a date-time → instant), EDTF (`2023-21` spring … `2023-24` winter, `2023~`
/// approximate, `2022-02-24/2022-04-30` span) or an English phrase with its precision
/// ("early 2023" Jan–Apr, "mid 2023" May–Aug, "late 2023" Sep–Dec, "spring 2023",
/// "February 2023", "24 February 2022", "February 24, 2022"). nullopt when it is none of them.
std::optional<DateSpan> parseDateText(const QString &text);

} // namespace detente
