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
    m_buffer += bytes;
    if (m_buffer.size() >= flushAt && !m_failed) {
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
