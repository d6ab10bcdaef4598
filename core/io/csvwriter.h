#pragma once

#include "model/event.h"
#include "status.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace detente {

/// Writes events as CSV that CsvReader reads back: the columns of CsvReader::columns(), UTF-8
/// with a BOM (so spreadsheets take it as UTF-8), RFC 4180 quoting and CRLF between records.
/// A text cell starting with = + - @, a tab or a carriage return gets a leading ' so that a
/// spreadsheet does not run it as a formula (numbers are written as they are).
class CsvWriter {
public:
    explicit CsvWriter(QIODevice *device, bool bom = true);
    /// Writes the header (once, before the first event) and one event.
    Status write(const Event &event);
    /// Ends the file: an export of no events still has its header.
    Status finish();
    /// One cell, quoted and guarded as needed.
    static QString cell(const QString &text);

private:
    Status start();
    Status writeRow(const QStringList &cells);
    QIODevice *m_device;
    bool m_bom;
    bool m_started = false;
};

/// All events as CSV (with header).
QByteArray eventsToCsv(const QList<Event> &events, bool bom = true);

} // namespace detente
