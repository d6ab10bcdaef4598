#include "csvwriter.h"

#include "csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>

namespace detente {

namespace {
QString joinActors(const Event &e, Role role)
{
    QStringList names;
    for (const EventActor &a : e.actors)
        if (a.role == role)
            names << a.name;
    return names.join(QLatin1String("; "));
}
} // namespace

CsvWriter::CsvWriter(QIODevice *device, bool bom)
    : m_device(device)
    , m_bom(bom)
{}

QString CsvWriter::cell(const QString &text)
{
    QString value = text;
    static const QRegularExpression number(QStringLiteral(R"(^-?\d+(\.\d+)?$)"));
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() &&
        ((risky.contains(value[0]) && !number.match(value).hasMatch()) ||
         // a cell that looks guarded already keeps its quote when read back
         (value.size() >= 2 && value[0] == u'\'' && (risky + u'\'').contains(value[1]))))
        value.prepend(u'\'');
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
                       value.contains(u'\r') || value.contains(u';') ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    value.replace(u'"', QLatin1String("\"\""));
    return u'"' + value + u'"';
}

Status CsvWriter::writeRow(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out << cell(c);
    const QByteArray bytes = out.join(u',').toUtf8() + "\r\n";
    if (m_device->write(bytes) != bytes.size())
        return Status::error(QCoreApplication::translate("detente::CsvWriter", "cannot write: %1")
                                 .arg(m_device->errorString()));
    return {};
}

Status CsvWriter::start()
{
    m_started = true;
    if (m_bom && m_device->write("\xef\xbb\xbf") != 3)
        return Status::error(QCoreApplication::translate("detente::CsvWriter", "cannot write: %1")
                                 .arg(m_device->errorString()));
    return writeRow(CsvReader::columns());
}

Status CsvWriter::finish()
{
    return m_started ? Status() : start();
}

Status CsvWriter::write(const Event &e)
{
    if (!m_started)
        if (Status s = start(); !s)
            return s;
    QStringList persons;
    for (const EventPerson &p : e.persons)
        persons << (p.speaksFor.isEmpty() ? p.name
                                          : QStringLiteral("%1 (%2)").arg(p.name, p.speaksFor));
    // Same order as CsvReader::columns().
    return writeRow({e.key, e.date.startText(), e.date.endText(), precisionName(e.date.precision()),
                     e.date.phrase(), e.title, e.summary, joinActors(e, Role::Source),
                     joinActors(e, Role::Target), joinActors(e, Role::Other),
                     persons.join(QLatin1String("; ")), e.kind, e.cameoCode,
                     e.goldstein ? QString::number(*e.goldstein) : QString(), e.source.url, e.quote,
                     e.tags.join(QLatin1String("; "))});
}

QByteArray eventsToCsv(const QList<Event> &events, bool bom)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, bom);
    for (const Event &e : events)
        (void)writer.write(e); // a buffer does not fail
    (void)writer.finish();
    return bytes;
}

} // namespace detente
