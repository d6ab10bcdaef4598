#include "icewsreader.h"

#include "cameo.h"
#include "linereader.h"
#include "textclean.h"

#include <QCoreApplication>

namespace detente {

namespace {
const char *const required[] = {"Event ID",   "Event Date", "Source Name", "Source Country",
                                "Event Text", "CAMEO Code", "Target Name", "Target Country"};
} // namespace

bool IcewsReader::readHeader(const QByteArray &line, QString *why)
{
    const QList<QByteArray> names = line.split('\t');
    for (int i = 0; i < names.size(); ++i)
        m_columns.insert(QString::fromUtf8(names[i]).trimmed().toLower(), i);
    m_count = int(names.size());
    for (const char *name : required)
        if (!m_columns.contains(QString::fromLatin1(name).toLower())) {
            *why = QCoreApplication::translate(
                       "detente::IcewsReader",
                       "not an ICEWS event file: the header has no \"%1\" column")
                       .arg(QLatin1String(name));
            return false;
        }
    return true;
}

EventReader::Next IcewsReader::next(LineReader &in, Event *event, ImportProblem *problem)
{
    QByteArray line;
    while (in.readLine(&line)) {
        if (line.trimmed().isEmpty())
            continue;
        problem->line = in.lineNumber();
        if (!m_header) {
            if (line.startsWith("\xef\xbb\xbf"))
                line.remove(0, 3);
            m_header = true;
            if (!readHeader(line, &problem->message))
                return Next::Fatal;
            continue;
        }
        const QList<QByteArray> cells = line.split('\t');
        if (cells.size() != m_count) {
            problem->message =
                QCoreApplication::translate("detente::IcewsReader", "%1 columns, the header has %2")
                    .arg(cells.size())
                    .arg(m_count);
            return Next::Problem;
        }
        auto field = [&](const char *name) {
            const int i = m_columns.value(QString::fromLatin1(name).toLower(), -1);
            if (i < 0)
                return QString();
            const QString v = cleanField(cells[i]);
            return v == QLatin1String("NA") ? QString() : v;
        };
        Event e;
        const QString id = field("Event ID");
        const QDate day = QDate::fromString(field("Event Date"), Qt::ISODate);
        if (id.isEmpty()) {
            problem->message = QCoreApplication::translate("detente::IcewsReader", "no Event ID");
            return Next::Problem;
        }
        if (!day.isValid()) {
            problem->message = QCoreApplication::translate("detente::IcewsReader",
                                                           "Event Date \"%1\" is not a date")
                                   .arg(field("Event Date"));
            return Next::Problem;
        }
        e.key = QLatin1String("icews:") + id;
        e.date = DateSpan::fromDay(day);
        QString code = field("CAMEO Code");
        // A code read as a number somewhere on its way lost its leading zero ("40" for "040").
        if (!Cameo::isKnownCode(code) && Cameo::isKnownCode(u'0' + code))
            code.prepend(u'0');
        e.cameoCode = code;
        e.cameoRoot = Cameo::rootCode(code);
        e.quadClass = Cameo::quadClass(e.cameoRoot);
        e.kind = Cameo::eventKind(code);
        bool ok = false;
        const double intensity = field("Intensity").toDouble(&ok);
        if (ok && intensity >= -10 && intensity <= 10)
            e.goldstein = intensity;

        const QString sourceName = field("Source Name"), targetName = field("Target Name");
        const QString source =
            field("Source Country").isEmpty() ? sourceName : field("Source Country");
        const QString target =
            field("Target Country").isEmpty() ? targetName : field("Target Country");
        if (!source.isEmpty())
            e.actors.append({source, Role::Source});
        if (!target.isEmpty() && target != source)
            e.actors.append({target, Role::Target});
        const QString text = field("Event Text");
        QString what = text.isEmpty() ? Cameo::description(code) : text;
        e.title = source.isEmpty() ? what
                  : target.isEmpty() || target == source
                      ? source + QStringLiteral(": ") + what
                      : source + QStringLiteral(" → ") + target + QStringLiteral(": ") + what;
        auto party = [&](const QString &name, const char *sectors) {
            const QString s = field(sectors);
            return s.isEmpty()
                       ? name
                       : QStringLiteral("%1 (%2)").arg(
                             name, s.split(u',', Qt::SkipEmptyParts).join(QLatin1String(", ")));
        };
        QStringList place;
        for (const char *p : {"City", "Province", "Country"})
            if (!field(p).isEmpty())
                place << field(p);
        e.summary = QStringLiteral("%1 → %2: %3 (CAMEO %4).")
                        .arg(party(sourceName, "Source Sectors"),
                             party(targetName, "Target Sectors"), what, code);
        if (!place.isEmpty())
            e.summary += QStringLiteral(" In %1.").arg(place.join(QLatin1String(", ")));
        const QString story = field("Story ID");
        if (!story.isEmpty())
            e.source = {QLatin1String("icews-story:") + story,
                        QStringLiteral("ICEWS story %1").arg(story), QString(), field("Publisher"),
                        QDate()};
        e.tags = {QStringLiteral("icews")};
        *event = std::move(e);
        return Next::Event;
    }
    if (!m_header) {
        problem->line = 0;
        problem->message = QCoreApplication::translate("detente::IcewsReader",
                                                       "not an ICEWS event file: it is empty");
        return Next::Fatal;
    }
    return Next::End;
}

} // namespace detente
