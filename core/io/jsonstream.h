#pragma once

#include "status.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <utility>

class QIODevice;

namespace detente {

/// Writes one indented JSON object member by member, with array members that may be written an
/// element at a time: a document of a million events is written holding one event. The bytes
/// are those QJsonDocument::Indented gives for the same object when members come in key order.
///
///     JsonStream json(&file);
///     json.beginArray(QLatin1String("events"));
///     for (…) json.element(eventToJson(e));
///     json.endArray();
///     json.member(QLatin1String("title"), title);
///     Status s = json.finish();
class JsonStream {
public:
    explicit JsonStream(QIODevice *device);

    void member(QLatin1String key, const QJsonValue &value);
    void beginArray(QLatin1String key);
    void element(const QJsonValue &value);
    void endArray();
    /// Closes the object; an error when the device refused a write.
    Status finish();
    /// The device refused a write: what follows is dropped.
    bool failed() const { return m_failed; }

private:
    void startMember(QLatin1String key);
    void write(const QByteArray &bytes);

    QIODevice *m_device;
    bool m_firstMember = true;
    bool m_firstElement = true;
    bool m_failed = false;
    QByteArray m_buffer; ///< written to the device in large pieces
};

/// A JSON value as QJsonDocument writes it indented, with the lines after the first indented
/// by `indent` more spaces and no newline at the end.
QByteArray indentedJson(const QJsonValue &value, int indent);

} // namespace detente

namespace detente {

/// Where a value lies in a JSON text: bytes [begin, end).
struct JsonSpan {
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype size() const { return end - begin; }
};

/// Finds where the members of a JSON object lie, or the elements of an array, without building
/// their values, so that a document of any size is read one value at a time. Strings are
/// skipped with their escapes; nothing else inside a value is checked until it is parsed.
/// Returns false, with *errorAt the byte where it stopped, when `span` of `json` is not an
/// object (an array) of balanced values.
bool jsonMembers(QByteArrayView json, JsonSpan object, QList<std::pair<QString, JsonSpan>> *members,
                 qsizetype *errorAt);
bool jsonElements(QByteArrayView json, JsonSpan array, QList<JsonSpan> *elements,
                  qsizetype *errorAt);
/// The whole text, without a UTF-8 byte order mark and the white space around its value.
JsonSpan jsonTrimmed(QByteArrayView json);

} // namespace detente
