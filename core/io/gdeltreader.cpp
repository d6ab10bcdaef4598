#include "gdeltreader.h"

#include "cameo.h"
#include "linereader.h"
#include "textclean.h"

#include <QCoreApplication>

namespace detente {

namespace {

constexpr int maxColumns = 62; // one more than 2.0 has, to notice longer lines

/// Splits a line at tabs into views; returns the number of fields (up to maxColumns).
int splitTabs(const QByteArray &line, QByteArrayView *fields)
{
    int n = 0;
    qsizetype start = 0;
    const char *data = line.constData();
    const qsizetype size = line.size();
    for (qsizetype i = 0; i < size && n < maxColumns - 1; ++i)
        if (data[i] == '\t') {
            fields[n++] = QByteArrayView(data + start, i - start);
            start = i + 1;
        }
    fields[n++] = QByteArrayView(data + start, size - start);
    return n;
}

QDate parseDay(QByteArrayView v)
{
    if (v.size() < 8)
        return {};
    int parts[3] = {0, 0, 0};
    const int widths[3] = {4, 2, 2};
    qsizetype at = 0;
    for (int p = 0; p < 3; ++p)
        for (int i = 0; i < widths[p]; ++i, ++at) {
            const char c = v[at];
            if (c < '0' || c > '9')
                return {};
            parts[p] = parts[p] * 10 + (c - '0');
        }
    return QDate(parts[0], parts[1], parts[2]);
}

bool isDigits(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (const char c : v)
        if (c < '0' || c > '9')
            return false;
    return true;
}

/// The host of a URL without "www.", as the publisher.
QString hostOf(const QString &url)
{
    qsizetype start = url.indexOf(QLatin1String("://"));
    start = start < 0 ? 0 : start + 3;
    qsizetype end = start;
    while (end < url.size() && url[end] != u'/' && url[end] != u'?' && url[end] != u'#')
        ++end;
    QString host = url.mid(start, end - start);
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

QString shortDescription(const QString &code)
{
    QString d = Cameo::description(code);
    if (d.endsWith(QLatin1String(", not specified below")))
        d.chop(21);
    return d;
}

} // namespace

QString GdeltReader::actorName(QByteArrayView code, QByteArrayView name, QByteArrayView country,
                               QByteArrayView group)
{
    if (code.isEmpty() && name.isEmpty())
        return {};
    QByteArray cacheKey;
    cacheKey.reserve(code.size() + name.size() + country.size() + group.size() + 3);
    cacheKey.append(code)
        .append('\t')
        .append(name)
        .append('\t')
        .append(country)
        .append('\t')
        .append(group);
    if (const auto it = m_names.constFind(cacheKey); it != m_names.constEnd())
        return *it;
    QString result;
    for (const QByteArrayView c : {group, country, code})
        if (!c.isEmpty() && !(result = Cameo::actorName(QString::fromLatin1(c))).isEmpty())
            break;
    if (result.isEmpty())
        result = titleCase(cleanField(name));
    if (result.isEmpty())
        result = cleanField(code);
    if (m_names.size() < 100000)
        m_names.insert(cacheKey, result);
    return result;
}

bool GdeltReader::convert(const QByteArrayView *f, int count, Event *out, QString *why)
{
    const bool v2 = count == 61;
    if (!isDigits(f[0])) {
        *why = QCoreApplication::translate("detente::GdeltReader",
                                           "GLOBALEVENTID \"%1\" is not a number")
                   .arg(cleanField(f[0]));
        return false;
    }
    const QDate day = parseDay(f[1]);
    if (f[1].size() != 8 || !day.isValid()) {
        *why = QCoreApplication::translate("detente::GdeltReader",
                                           "SQLDATE \"%1\" is not a date (YYYYMMDD)")
                   .arg(cleanField(f[1]));
        return false;
    }
    const QString code = cleanField(f[26]);
    if (!isDigits(f[26])) {
        *why = QCoreApplication::translate("detente::GdeltReader",
                                           "EventCode \"%1\" is not a CAMEO code")
                   .arg(code);
        return false;
    }
    Event e;
    const QString id = QString::fromLatin1(f[0]);
    e.key = QLatin1String("gdelt:") + id;
    e.date = DateSpan::fromDay(day);
    e.cameoCode = code;
    e.cameoRoot = isDigits(f[28]) ? QString::fromLatin1(f[28]) : Cameo::rootCode(code);
    bool ok = false;
    const int quad = QByteArray::fromRawData(f[29].data(), f[29].size()).toInt(&ok);
    e.quadClass = ok && quad >= 1 && quad <= 4 ? quad : Cameo::quadClass(e.cameoRoot);
    const double g = QByteArray::fromRawData(f[30].data(), f[30].size()).toDouble(&ok);
    if (ok && g >= -10 && g <= 10)
        e.goldstein = g;
    e.kind = Cameo::eventKind(code);

    const QString source = actorName(f[5], f[6], f[7], f[8]);
    const QString target = actorName(f[15], f[16], f[17], f[18]);
    if (!source.isEmpty())
        e.actors.append({source, Role::Source});
    if (!target.isEmpty() && target != source)
        e.actors.append({target, Role::Target});

    QString what = shortDescription(code);
    if (what.isEmpty())
        what = QStringLiteral("CAMEO event %1").arg(code);
    if (!source.isEmpty() && !target.isEmpty() && target != source)
        e.title = source + QStringLiteral(" → ") + target + QStringLiteral(": ") + what;
    else if (!source.isEmpty() || !target.isEmpty())
        e.title = (source.isEmpty() ? target : source) + QStringLiteral(": ") + what;
    else
        e.title = what;
    e.summary = QStringLiteral("GDELT %1 event %2 (CAMEO %3): %4 mentions in %5 sources, "
                               "average tone %6.")
                    .arg(v2 ? QLatin1String("2.0") : QLatin1String("1.0"), id, code,
                         QString::fromLatin1(f[31]), QString::fromLatin1(f[32]),
                         QString::fromLatin1(f[34].first(std::min<qsizetype>(6, f[34].size()))));
    const int added = v2 ? 59 : 56;
    e.reference = parseDay(f[added]);
    if (count == 58 || count == 61) {
        const QString url = cleanField(f[count - 1]);
        if (!url.isEmpty())
            e.source = {url, QString(), url, hostOf(url), e.reference};
    }
    e.tags = {QStringLiteral("gdelt")};
    *out = std::move(e);
    return true;
}

EventReader::Next GdeltReader::next(LineReader &in, Event *event, ImportProblem *problem)
{
    QByteArray line;
    QByteArrayView fields[maxColumns];
    while (in.readLine(&line)) {
        if (line.isEmpty())
            continue;
        const int count = splitTabs(line, fields);
        QString why;
        if (count != 57 && count != 58 && count != 61)
            why =
                QCoreApplication::translate("detente::GdeltReader", "%1 %2, expected 57, 58 or 61")
                    .arg(count == maxColumns
                             ? QCoreApplication::translate("detente::GdeltReader", "more than %1")
                                   .arg(count - 1)
                             : QString::number(count),
                         count == 1
                             ? QCoreApplication::translate("detente::GdeltReader", "column")
                             : QCoreApplication::translate("detente::GdeltReader", "columns"));
        else if (convert(fields, count, event, &why)) {
            m_seenRecord = true;
            return Next::Event;
        }
        problem->line = in.lineNumber();
        if (!m_seenRecord) {
            // The first record decides whether this is a GDELT file at all.
            problem->message =
                QCoreApplication::translate("detente::GdeltReader", "not a GDELT event file (%1)")
                    .arg(why);
            return Next::Fatal;
        }
        problem->message = why;
        return Next::Problem;
    }
    return Next::End;
}

} // namespace detente
