#pragma once

#include "status.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>

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
