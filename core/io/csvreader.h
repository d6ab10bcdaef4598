#pragma once

#include "importer.h"

#include <QStringList>

namespace detente {

/// Reads events from CSV (RFC 4180: quoted fields with commas, quotes and newlines; UTF-8 with
/// or without BOM; comma, semicolon or tab as found in the header). The header names the
/// columns, matched case-insensitively: key, start, end, precision, date phrase, title,
/// summary, source actor, target actor, other actors, persons ("Name (For); …"), kind, cameo
/// code, goldstein, url, quote, tags ("a; b"). Dates: see parseDateText(). A cell that
/// CsvWriter guarded against formula injection (a leading ') is read back without the guard.
/// Needs at least a title and a start (or date) column.
class CsvReader : public EventReader {
public:
    Next next(LineReader &in, Event *event, ImportProblem *problem) override;

    /// The columns, in the order CsvWriter writes them.
    static const QStringList &columns();

private:
    enum class Record { Ok, End, Unclosed, TooLong, NotUtf8, TooBig };
    Record readRecord(LineReader &in, QStringList *fields, qint64 *line);
    bool readHeader(const QStringList &names, QString *why);
    bool convert(const QStringList &fields, Event *event, QString *why) const;
    QString cell(const QStringList &fields, int column) const;

    QList<int> m_index; ///< per column of columns(): index in the file, or -1
    qsizetype m_count = 0;
    QChar m_delimiter = u',';
    bool m_header = false;
};

} // namespace detente
