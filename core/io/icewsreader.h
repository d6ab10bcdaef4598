#pragma once

#include "importer.h"

#include <QHash>

namespace detente {

/// Reads ICEWS coded events: tab-separated with a header row (columns found by name), `NA`
/// for missing values, sector lists joined by commas.
///
/// An event gets key "icews:EventID", its Event Date as the day, the source and target
/// countries as actors (the named entity where there is no country), the CAMEO code as text,
/// Intensity as Goldstein score and the story (publisher, Story ID) as its source.
class IcewsReader : public EventReader {
public:
    Next next(LineReader &in, Event *event, ImportProblem *problem) override;

private:
    bool readHeader(const QByteArray &line, QString *why);
    QHash<QString, int> m_columns;
    int m_count = 0;
    bool m_header = false;
};

} // namespace detente
