#include "linereader.h"

#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

namespace detente {

namespace {
constexpr qint64 chunkSize = 256 * 1024;
constexpr qsizetype maxLine = 64 * 1024 * 1024;
} // namespace

struct LineReader::Inflater {
    z_stream z{};
    bool ready = false;
    ~Inflater()
    {
        if (ready)
            inflateEnd(&z);
    }
};

LineReader::LineReader() = default;
LineReader::~LineReader() = default;

QString LineReader::container() const
{
    switch (m_mode) {
    case Mode::Gzip:
        return QStringLiteral("gzip");
    case Mode::ZipStored:
    case Mode::ZipDeflated:
        return QStringLiteral("zip");
    case Mode::Plain:
        break;
    }
    return QStringLiteral("plain");
}

qint64 LineReader::bytesRead() const
{
    return m_file.isOpen() ? m_file.pos() : 0;
}

Status LineReader::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Status::error(
            QCoreApplication::translate("detente::LineReader", "cannot open \"%1\": %2")
                .arg(path, m_file.errorString()));
    m_total = m_file.size();
    const QByteArray magic = m_file.peek(4);
    if (magic.startsWith("\x1f\x8b")) {
        m_mode = Mode::Gzip;
        m_z = std::make_unique<Inflater>();
        if (inflateInit2(&m_z->z, 15 + 32) != Z_OK) // 32: expect a gzip header
            return Status::error(QCoreApplication::translate("detente::LineReader",
                                                             "cannot start gzip decompression"));
        m_z->ready = true;
        return {};
    }
    if (magic == QByteArray("PK\x03\x04", 4))
        return openZipEntry();
    if (magic.startsWith("PK"))
        return Status::error(
            QCoreApplication::translate("detente::LineReader",
                                        "\"%1\" is a zip archive without a file in it")
                .arg(path));
    return {};
}

Status LineReader::openZipEntry()
{
    // The local file header of the first entry (APPNOTE 4.3.7): 30 bytes, then name and extra.
    const QByteArray h = m_file.read(30);
    if (h.size() < 30)
        return Status::error(
            QCoreApplication::translate("detente::LineReader", "the zip archive is truncated"));
    const auto u16 = [&h](int at) { return qFromLittleEndian<quint16>(h.constData() + at); };
    const auto u32 = [&h](int at) { return qFromLittleEndian<quint32>(h.constData() + at); };
    const quint16 flags = u16(6), method = u16(8);
    const quint32 compressed = u32(18);
    const int skip = u16(26) + u16(28);
    if (m_file.read(skip).size() != skip)
        return Status::error(
            QCoreApplication::translate("detente::LineReader", "the zip archive is truncated"));
    if (flags & 0x1)
        return Status::error(
            QCoreApplication::translate("detente::LineReader", "the zip archive is encrypted"));
    if (method == 0) {
        if ((flags & 0x8) || compressed == 0xffffffffu)
            return Status::error(QCoreApplication::translate(
                "detente::LineReader", "the zip entry is stored without its size; unzip it first"));
        m_mode = Mode::ZipStored;
        m_left = compressed;
        return {};
    }
    if (method != 8)
        return Status::error(QCoreApplication::translate(
                                 "detente::LineReader",
                                 "the zip entry uses compression method %1; only deflate is read")
                                 .arg(method));
    m_mode = Mode::ZipDeflated;
    m_z = std::make_unique<Inflater>();
    if (inflateInit2(&m_z->z, -15) != Z_OK) // raw deflate: zip has no zlib header
        return Status::error(
            QCoreApplication::translate("detente::LineReader", "cannot start zip decompression"));
    m_z->ready = true;
    return {};
}

/// Appends more text to m_buffer; false at the end or on an error.
bool LineReader::fill()
{
    if (m_eof)
        return false;
    if (m_mode == Mode::Plain || m_mode == Mode::ZipStored) {
        qint64 want = chunkSize;
        if (m_mode == Mode::ZipStored)
            want = std::min(want, m_left);
        const QByteArray chunk = want > 0 ? m_file.read(want) : QByteArray();
        if (chunk.isEmpty()) {
            if (m_mode == Mode::ZipStored && m_left > 0)
                m_error = QCoreApplication::translate("detente::LineReader",
                                                      "the zip archive is truncated");
            m_eof = true;
            return false;
        }
        if (m_mode == Mode::ZipStored)
            m_left -= chunk.size();
        m_buffer.append(chunk);
        return true;
    }
    z_stream &z = m_z->z;
    const qsizetype before = m_buffer.size();
    while (m_buffer.size() == before) {
        if (m_in.isEmpty() || z.avail_in == 0) {
            m_in = m_file.read(chunkSize);
            if (m_in.isEmpty()) {
                m_error = QCoreApplication::translate(
                              "detente::LineReader",
                              "the compressed data ends early in line %1: the file "
                              "is truncated")
                              .arg(m_line + 1);
                m_eof = true;
                return false;
            }
            z.next_in = reinterpret_cast<Bytef *>(m_in.data());
            z.avail_in = uInt(m_in.size());
        }
        m_buffer.resize(before + chunkSize);
        z.next_out = reinterpret_cast<Bytef *>(m_buffer.data() + before);
        z.avail_out = uInt(chunkSize);
        const int rc = inflate(&z, Z_NO_FLUSH);
        m_buffer.resize(before + (chunkSize - z.avail_out));
        if (rc == Z_STREAM_END) {
            if (m_mode == Mode::Gzip && (z.avail_in > 0 || !m_file.atEnd())) {
                inflateReset(&z); // another gzip member follows
                continue;
            }
            m_eof = true;
            return m_buffer.size() > before;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_error = QCoreApplication::translate("detente::LineReader",
                                                  "the compressed data is damaged (%1)")
                          .arg(QString::fromLatin1(z.msg ? z.msg : "inflate error"));
            m_eof = true;
            return false;
        }
    }
    return true;
}

bool LineReader::readLine(QByteArray *line)
{
    qsizetype from = m_pos;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', from);
        if (nl >= 0) {
            qsizetype end = nl;
            if (end > m_pos && m_buffer[end - 1] == '\r')
                --end;
            *line = m_buffer.sliced(m_pos, end - m_pos);
            m_pos = nl + 1;
            ++m_line;
            return true;
        }
        // Drop what was returned already so the buffer stays the size of a line or a chunk.
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        from = m_buffer.size();
        if (m_buffer.size() > maxLine) {
            m_error =
                QCoreApplication::translate("detente::LineReader", "line %1 is longer than 64 MiB")
                    .arg(m_line + 1);
            return false;
        }
        if (!fill()) {
            if (m_buffer.isEmpty() || !m_error.isEmpty())
                return false;
            qsizetype end = m_buffer.size();
            if (m_buffer.endsWith('\r'))
                --end;
            *line = m_buffer.left(end);
            m_buffer.clear();
            ++m_line;
            return true;
        }
    }
}

Status LineReader::readAll(QByteArray *all, qint64 limit)
{
    all->clear();
    all->append(m_buffer.sliced(m_pos));
    m_buffer.clear();
    m_pos = 0;
    while (fill()) {
        all->append(m_buffer);
        m_buffer.clear();
        if (all->size() > limit)
            return Status::error(
                QCoreApplication::translate("detente::LineReader", "the file is larger than %1 MiB")
                    .arg(limit / (1024 * 1024)));
    }
    if (!m_error.isEmpty())
        return Status::error(m_error);
    return {};
}

} // namespace detente
