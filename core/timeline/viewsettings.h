#pragma once

#include "render/colors.h"
#include "storage/eventfilter.h"
#include "timelinescene.h"

#include <QJsonObject>

#include <optional>
#include <utility>

namespace detente {

/// What a view shows: which events (the filter), which time range (none: everything), how lanes
/// are made and marks coloured. Saved views store it as JSON; the window and `detente export
/// --view` read the same JSON, so both draw the same picture.
struct ViewSettings {
    EventFilter filter;
    std::optional<std::pair<qint64, qint64>> range; ///< the visible range, [first, last)
    LaneMode lanes = LaneMode::ByActor;
    ColorBy colorBy = ColorBy::Actor;

    QJsonObject toJson() const;
    /// Reads toJson()'s shape; unknown names and bad dates are errors, missing keys defaults.
    static std::optional<ViewSettings> fromJson(const QJsonObject &json, QString *error);
};

QString laneModeName(LaneMode mode);
std::optional<LaneMode> laneModeFromName(const QString &name);

/// A date or date-time as a user writes it on the command line or in a view: YYYY, YYYY-MM,
/// YYYY-MM-DD or an ISO 8601 date-time (UTC unless it says otherwise). `end` gives the end of
/// the named period (exclusive): "2024" ends at 2025-01-01.
std::optional<qint64> parseUserInstant(const QString &text, bool end);

} // namespace detente
