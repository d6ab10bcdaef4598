#pragma once

#include "importer.h"

#include <QHash>

namespace detente {

/// Reads GDELT event exports: 1.0 (57 columns, or 58 with SOURCEURL; both may be mixed in one
/// file) and 2.0 (61 columns), tab-separated without a header, told apart by column count.
///
/// An event gets key "gdelt:GLOBALEVENTID", its SQLDATE as the day, Actor1 as source and
/// Actor2 as target (named from the CAMEO tables by known group, country or actor code, else
/// the given name), the CAMEO codes as text (leading zeros kept), QuadClass, Goldstein score,
/// DATEADDED as reference date and SOURCEURL as its source; NumMentions, NumSources and AvgTone
/// go into the summary.
class GdeltReader : public EventReader {
public:
    Next next(LineReader &in, Event *event, ImportProblem *problem) override;

    /// Converts one record (its fields); false with a reason when it is not a GDELT record.
    bool convert(const QByteArrayView *fields, int count, Event *event, QString *why);

private:
    QString actorName(QByteArrayView code, QByteArrayView name, QByteArrayView country,
                      QByteArrayView group);

    QHash<QByteArray, QString> m_names; ///< actor fields → name (a file repeats few actors)
    bool m_seenRecord = false;
};

} // namespace detente
