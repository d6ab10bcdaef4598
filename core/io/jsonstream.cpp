#include "jsonstream.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace detente {

namespace {
/// Bytes gathered before they go to the device: few large writes rather than many small ones.
constexpr qsizetype flushAt = 1 << 20;
} // namespace

QByteArray indentedJson(const QJsonValue &value, int indent)
{
    QByteArray text;
    if (value.isObject())
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else if (value.isArray())
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else // a scalar: QJsonDocument holds only objects and arrays, so it is written as [x]
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    if (text.endsWith('\n'))
        text.chop(1);
    return text.replace("\n", QByteArray("\n") + QByteArray(indent, ' '));
}

JsonStream::JsonStream(QIODevice *device)
    : m_device(device)
{
    write("{\n");
}

void JsonStream::startMember(QLatin1String key)
{
    write(m_firstMember ? QByteArray("    \"") : QByteArray(",\n    \""));
    write(QByteArray(key.data(), key.size()));
    write("\": ");
    m_firstMember = false;
}

void JsonStream::member(QLatin1String key, const QJsonValue &value)
{
    startMember(key);
    write(indentedJson(value, 4));
}

void JsonStream::beginArray(QLatin1String key)
{
    startMember(key);
    write("[\n");
    m_firstElement = true;
}

void JsonStream::element(const QJsonValue &value)
{
    write(m_firstElement ? QByteArray("        ") : QByteArray(",\n        "));
    write(indentedJson(value, 8));
    m_firstElement = false;
}

void JsonStream::endArray()
{
    write(m_firstElement ? QByteArray("    ]") : QByteArray("\n    ]"));
}

void JsonStream::write(const QByteArray &bytes)
{
    if (m_failed)
        return;
    m_buffer += bytes;
    if (m_buffer.size() >= flushAt) {
        m_failed = m_device->write(m_buffer) != m_buffer.size();
        m_buffer.clear();
    }
}

Status JsonStream::finish()
{
    m_buffer += m_firstMember ? "}\n" : "\n}\n";
    if (!m_failed)
        m_failed = m_device->write(m_buffer) != m_buffer.size();
    m_buffer.clear();
    if (m_failed)
        return Status::error(QCoreApplication::translate("detente::JsonStream", "cannot write: %1")
                                 .arg(m_device->errorString()));
    return {};
}

} // namespace detente

namespace detente {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

qsizetype skipSpace(QByteArrayView json, qsizetype i, qsizetype end)
{
    while (i < end && isSpace(json[i]))
        ++i;
    return i;
}

/// The end of the string that starts at `i` (a quote), past its closing quote; -1 if it has none.
qsizetype skipString(QByteArrayView json, qsizetype i, qsizetype end)
{
    for (++i; i < end; ++i) {
        if (json[i] == '\\')
            ++i;
        else if (json[i] == '"')
            return i + 1;
    }
    return -1;
}

/// The end of the value that starts at `i`; -1 when it is not balanced or is empty.
qsizetype skipValue(QByteArrayView json, qsizetype i, qsizetype end)
{
    if (i >= end)
        return -1;
    const char first = json[i];
    if (first == '"')
        return skipString(json, i, end);
    if (first == '{' || first == '[') {
        // Brackets of both kinds on one stack: "[}" is not balanced.
        QByteArray open;
        for (; i < end; ++i) {
            const char c = json[i];
            if (c == '"') {
                const qsizetype next = skipString(json, i, end);
                if (next < 0)
                    return -1;
                i = next - 1;
            } else if (c == '{' || c == '[') {
                open.append(c);
            } else if (c == '}' || c == ']') {
                if (open.isEmpty() || open.back() != (c == '}' ? '{' : '['))
                    return -1;
                open.chop(1);
                if (open.isEmpty())
                    return i + 1;
            }
        }
        return -1;
    }
    // A number, true, false or null: up to the next delimiter.
    const qsizetype start = i;
    while (i < end && !isSpace(json[i]) && json[i] != ',' && json[i] != '}' && json[i] != ']')
        ++i;
    return i > start ? i : -1;
}

/// Walks the values of an object or array in `span`, calling `value(key, span)` for each.
template<typename F>
bool walk(QByteArrayView json, JsonSpan span, bool object, qsizetype *errorAt, F &&value)
{
    qsizetype i = skipSpace(json, span.begin, span.end);
    const qsizetype end = span.end;
    auto fail = [&](qsizetype at) {
        *errorAt = std::min(at, end);
        return false;
    };
    if (i >= end || json[i] != (object ? '{' : '['))
        return fail(i);
    const char close = object ? '}' : ']';
    i = skipSpace(json, i + 1, end);
    if (i < end && json[i] == close)
        return skipSpace(json, i + 1, end) == end || fail(i + 1);
    for (;;) {
        QString key;
        if (object) {
            if (i >= end || json[i] != '"')
                return fail(i);
            const qsizetype keyEnd = skipString(json, i, end);
            if (keyEnd < 0)
                return fail(i);
            const QByteArrayView raw = json.sliced(i + 1, keyEnd - i - 2);
            // Escapes are rare in keys: those are decoded by the JSON parser.
            key =
                raw.contains('\\')
                    ? QJsonDocument::fromJson("[" + json.sliced(i, keyEnd - i).toByteArray() + "]")
                          .array()
                          .at(0)
                          .toString()
                    : QString::fromUtf8(raw);
            i = skipSpace(json, keyEnd, end);
            if (i >= end || json[i] != ':')
                return fail(i);
            i = skipSpace(json, i + 1, end);
        }
        const qsizetype valueEnd = skipValue(json, i, end);
        if (valueEnd < 0)
            return fail(i);
        value(key, JsonSpan{i, valueEnd});
        i = skipSpace(json, valueEnd, end);
        if (i < end && json[i] == ',') {
            i = skipSpace(json, i + 1, end);
            continue;
        }
        if (i < end && json[i] == close)
            return skipSpace(json, i + 1, end) == end || fail(i + 1);
        return fail(i);
    }
}

} // namespace

JsonSpan jsonTrimmed(QByteArrayView json)
{
    qsizetype begin = json.startsWith("\xef\xbb\xbf") ? 3 : 0; // a UTF-8 byte order mark
    qsizetype end = json.size();
    while (begin < end && isSpace(json[begin]))
        ++begin;
    while (end > begin && isSpace(json[end - 1]))
        --end;
    return {begin, end};
}

bool jsonMembers(QByteArrayView json, JsonSpan object, QList<std::pair<QString, JsonSpan>> *members,
                 qsizetype *errorAt)
{
    members->clear();
    return walk(json, object, true, errorAt, [&](const QString &key, JsonSpan span) {
        members->append({key, span});
    });
}

bool jsonElements(QByteArrayView json, JsonSpan array, QList<JsonSpan> *elements,
                  qsizetype *errorAt)
{
    elements->clear();
    return walk(json, array, false, errorAt,
                [&](const QString &, JsonSpan span) { elements->append(span); });
}

} // namespace detente
