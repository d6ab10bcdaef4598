#pragma once

#include "status.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace detente {

/// Reads a text file line by line in constant memory: plain, gzip (.gz) or the first entry of
/// a zip archive (stored or deflated), recognised by their first bytes, not by the file name.
/// Lines come without their "\n" or "\r\n". Used from one thread.
class LineReader {
public:
    LineReader();
    ~LineReader();
    LineReader(const LineReader &) = delete;
    LineReader &operator=(const LineReader &) = delete;

    /// Opens the file; a zip whose first entry cannot be read fails here.
    Status open(const QString &path);
    /// The next line into *line; false at the end of the file or on an error (see error()).
    bool readLine(QByteArray *line);
    /// Everything left, up to `limit` bytes (for formats that are one document, like JSON).
    Status readAll(QByteArray *all, qint64 limit);

    /// Why reading stopped early (a damaged archive, a line longer than 64 MiB); empty if not.
    const QString &error() const { return m_error; }
    /// Number of the line last returned, from 1.
    qint64 lineNumber() const { return m_line; }
    /// Bytes of the file read so far (compressed bytes for an archive) and the file's size.
    qint64 bytesRead() const;
    qint64 totalBytes() const { return m_total; }
    /// "gzip", "zip" or "plain".
    QString container() const;

private:
    enum class Mode { Plain, Gzip, ZipStored, ZipDeflated };
    struct Inflater;
    bool fill();
    Status openZipEntry();

    QFile m_file;
    Mode m_mode = Mode::Plain;
    std::unique_ptr<Inflater> m_z;
    QByteArray m_in;     ///< compressed input not yet inflated
    QByteArray m_buffer; ///< text not yet returned
    qsizetype m_pos = 0;
    qint64 m_left = -1; ///< bytes left of a stored zip entry
    qint64 m_total = 0;
    qint64 m_line = 0;
    bool m_eof = false;
    QString m_error;
};

} // namespace detente
