#include "csvreader.h"

#include "cameo.h"
#include "datetext.h"
#include "linereader.h"

#include <QCoreApplication>

namespace detente {

namespace {

/// True when decoding replaced bytes that are not UTF-8 (and the file did not spell U+FFFD).
bool badUtf8(const QString &text, const QByteArray &bytes)
{
    return text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD");
}

enum Column {
    Key,
    Start,
    End,
    PrecisionColumn,
    Phrase,
    Title,
    Summary,
    SourceActor,
    TargetActor,
    OtherActors,
    Persons,
    Kind,
    CameoCode,
    Goldstein,
    Url,
    Quote,
    Tags,
    ColumnCount
};

constexpr qsizetype maxRecordLines = 100000;
constexpr qsizetype maxRecordBytes = 1024 * 1024; // an event is a few KiB; more is not one

/// Other header names people use for a column.
int columnOf(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.replace(u'_', u' ').replace(u'-', u' ');
    static const QHash<QString, int> names = {
        {QStringLiteral("key"), Key},
        {QStringLiteral("id"), Key},
        {QStringLiteral("start"), Start},
        {QStringLiteral("start date"), Start},
        {QStringLiteral("date"), Start},
        {QStringLiteral("from"), Start},
        {QStringLiteral("end"), End},
        {QStringLiteral("end date"), End},
        {QStringLiteral("to"), End},
        {QStringLiteral("precision"), PrecisionColumn},
        {QStringLiteral("date phrase"), Phrase},
        {QStringLiteral("phrase"), Phrase},
        {QStringLiteral("title"), Title},
        {QStringLiteral("headline"), Title},
        {QStringLiteral("summary"), Summary},
        {QStringLiteral("description"), Summary},
        {QStringLiteral("text"), Summary},
        {QStringLiteral("source actor"), SourceActor},
        {QStringLiteral("source"), SourceActor},
        {QStringLiteral("actor"), SourceActor},
        {QStringLiteral("target actor"), TargetActor},
        {QStringLiteral("target"), TargetActor},
        {QStringLiteral("other actors"), OtherActors},
        {QStringLiteral("persons"), Persons},
        {QStringLiteral("people"), Persons},
        {QStringLiteral("kind"), Kind},
        {QStringLiteral("cameo code"), CameoCode},
        {QStringLiteral("cameo"), CameoCode},
        {QStringLiteral("goldstein"), Goldstein},
        {QStringLiteral("url"), Url},
        {QStringLiteral("source url"), Url},
        {QStringLiteral("quote"), Quote},
        {QStringLiteral("tags"), Tags},
    };
    return names.value(h, -1);
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

/// Removes the guard CsvWriter puts before a cell that would start a formula.
QString unguard(const QString &cell)
{
    static const QString risky = QStringLiteral("=+-@\t\r'");
    if (cell.size() >= 2 && cell[0] == u'\'' && risky.contains(cell[1]))
        return cell.mid(1);
    return cell;
}

} // namespace

const QStringList &CsvReader::columns()
{
    static const QStringList names = {
        QStringLiteral("key"),          QStringLiteral("start"),
        QStringLiteral("end"),          QStringLiteral("precision"),
        QStringLiteral("date phrase"),  QStringLiteral("title"),
        QStringLiteral("summary"),      QStringLiteral("source actor"),
        QStringLiteral("target actor"), QStringLiteral("other actors"),
        QStringLiteral("persons"),      QStringLiteral("kind"),
        QStringLiteral("cameo code"),   QStringLiteral("goldstein"),
        QStringLiteral("url"),          QStringLiteral("quote"),
        QStringLiteral("tags")};
    return names;
}

CsvReader::Record CsvReader::readRecord(LineReader &in, QStringList *fields, qint64 *lineNo)
{
    QByteArray bytes;
    do {
        if (!in.readLine(&bytes))
            return Record::End;
    } while (bytes.trimmed().isEmpty());
    *lineNo = in.lineNumber();
    qsizetype size = bytes.size();
    if (size > maxRecordBytes)
        return Record::TooBig;
    if (!m_header && bytes.startsWith("\xef\xbb\xbf"))
        bytes.remove(0, 3);
    QString text = QString::fromUtf8(bytes);
    if (badUtf8(text, bytes))
        return Record::NotUtf8;
    if (!m_header) {
        // The delimiter is whichever of , ; tab the header uses most (outside quotes).
        int counts[3] = {0, 0, 0};
        bool quoted = false;
        for (const QChar c : std::as_const(text)) {
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted)
                counts[0] += c == u',', counts[1] += c == u';', counts[2] += c == u'\t';
        }
        m_delimiter = counts[1] > counts[0] && counts[1] >= counts[2] ? u';'
                      : counts[2] > counts[0]                         ? u'\t'
                                                                      : u',';
    }
    fields->clear();
    QString current;
    bool inQuotes = false, wasQuoted = false;
    qsizetype i = 0, lines = 1;
    for (;;) {
        if (i >= text.size()) {
            if (!inQuotes) {
                fields->append(current);
                return Record::Ok;
            }
            // A quoted field goes on over the line break.
            if (!in.readLine(&bytes))
                return Record::Unclosed;
            if (++lines > maxRecordLines)
                return Record::TooLong;
            if ((size += bytes.size()) > maxRecordBytes)
                return Record::TooBig;
            current += u'\n';
            text = QString::fromUtf8(bytes);
            if (badUtf8(text, bytes))
                return Record::NotUtf8;
            i = 0;
            continue;
        }
        const QChar c = text[i++];
        if (inQuotes) {
            if (c != u'"')
                current += c;
            else if (i < text.size() && text[i] == u'"')
                current += c, ++i;
            else
                inQuotes = false;
        } else if (c == u'"' && current.isEmpty() && !wasQuoted) {
            inQuotes = wasQuoted = true;
        } else if (c == m_delimiter) {
            fields->append(current);
            current.clear();
            wasQuoted = false;
        } else {
            current += c;
        }
    }
}

bool CsvReader::readHeader(const QStringList &names, QString *why)
{
    m_index = QList<int>(ColumnCount, -1);
    m_count = names.size();
    for (int i = 0; i < names.size(); ++i)
        if (const int c = columnOf(names[i]); c >= 0 && m_index[c] < 0)
            m_index[c] = i;
    if (m_index[Title] < 0 || m_index[Start] < 0) {
        *why = QCoreApplication::translate(
                   "detente::CsvReader",
                   "not an event CSV: the header has no \"%1\" column (it has: %2)")
                   .arg(m_index[Title] < 0 ? QStringLiteral("title") : QStringLiteral("start"),
                        names.join(QLatin1String(", ")).left(200));
        return false;
    }
    return true;
}

QString CsvReader::cell(const QStringList &fields, int column) const
{
    const int i = m_index[column];
    return i >= 0 && i < fields.size() ? unguard(fields[i]) : QString();
}

bool CsvReader::convert(const QStringList &f, Event *out, QString *why) const
{
    Event e;
    e.key = cell(f, Key).trimmed();
    e.title = cell(f, Title).trimmed();
    if (e.title.isEmpty()) {
        *why = QCoreApplication::translate("detente::CsvReader", "no title");
        return false;
    }
    const QString startText = cell(f, Start), endText = cell(f, End);
    const auto start = parseDateText(startText);
    if (!start) {
        *why = QCoreApplication::translate("detente::CsvReader", "start \"%1\" is not a date")
                   .arg(startText);
        return false;
    }
    qint64 last = start->last();
    Precision precision = start->precision();
    if (!endText.trimmed().isEmpty()) {
        const auto end = parseDateText(endText);
        if (!end || end->last() < start->first()) {
            *why = QCoreApplication::translate("detente::CsvReader",
                                               "end \"%1\" is not a date after the start")
                       .arg(endText);
            return false;
        }
        if (end->last() != last) {
            last = end->last();
            precision = Precision::Span;
        }
    }
    if (const QString p = cell(f, PrecisionColumn).trimmed(); !p.isEmpty()) {
        const auto named = precisionFromName(p);
        if (!named) {
            *why = QCoreApplication::translate("detente::CsvReader", "unknown precision \"%1\"")
                       .arg(p);
            return false;
        }
        precision = *named;
    }
    QString phrase = m_index[Phrase] >= 0 ? cell(f, Phrase) : start->phrase();
    e.date = DateSpan(start->first(), last, precision, phrase);
    e.summary = cell(f, Summary);
    for (const QString &a : splitList(cell(f, SourceActor)))
        e.actors.append({a, Role::Source});
    for (const QString &a : splitList(cell(f, TargetActor)))
        e.actors.append({a, Role::Target});
    for (const QString &a : splitList(cell(f, OtherActors)))
        e.actors.append({a, Role::Other});
    for (const QString &p : splitList(cell(f, Persons))) {
        const qsizetype open = p.lastIndexOf(u'(');
        if (p.endsWith(u')') && open > 0)
            e.persons.append(
                {p.left(open).trimmed(), p.mid(open + 1, p.size() - open - 2).trimmed()});
        else
            e.persons.append({p, QString()});
    }
    e.cameoCode = cell(f, CameoCode).trimmed();
    e.cameoRoot = Cameo::rootCode(e.cameoCode);
    e.quadClass = Cameo::quadClass(e.cameoRoot);
    e.kind = cell(f, Kind).trimmed();
    if (e.kind.isEmpty())
        e.kind = Cameo::eventKind(e.cameoCode);
    if (const QString g = cell(f, Goldstein).trimmed(); !g.isEmpty()) {
        bool ok = false;
        const double v = g.toDouble(&ok);
        if (!ok || v < -10 || v > 10) {
            *why = QCoreApplication::translate("detente::CsvReader",
                                               "goldstein \"%1\" is not a number from -10 to 10")
                       .arg(g);
            return false;
        }
        e.goldstein = v;
    }
    if (const QString url = cell(f, Url).trimmed(); !url.isEmpty())
        e.source = {url, QString(), url, QString(), QDate()};
    e.quote = cell(f, Quote);
    e.tags = splitList(cell(f, Tags));
    *out = std::move(e);
    return true;
}

EventReader::Next CsvReader::next(LineReader &in, Event *event, ImportProblem *problem)
{
    QStringList fields;
    qint64 line = 0;
    for (;;) {
        const Record r = readRecord(in, &fields, &line);
        problem->line = line;
        if (r == Record::End) {
            if (m_header)
                return Next::End;
            problem->message = QCoreApplication::translate("detente::CsvReader",
                                                           "not an event CSV: the file is empty");
            return Next::Fatal;
        }
        if (r != Record::Ok) {
            problem->message =
                r == Record::Unclosed
                    ? QCoreApplication::translate(
                          "detente::CsvReader",
                          "a quoted field is not closed before the end of the file")
                : r == Record::NotUtf8
                    ? QCoreApplication::translate("detente::CsvReader",
                                                  "not UTF-8 text; save the file as UTF-8")
                : r == Record::TooBig
                    ? QCoreApplication::translate(
                          "detente::CsvReader",
                          "the record is longer than 1 MiB; no event is that long")
                    : QCoreApplication::translate("detente::CsvReader",
                                                  "a quoted field runs over too many lines");
            return m_header ? Next::Problem : Next::Fatal;
        }
        if (!m_header) {
            m_header = true;
            if (!readHeader(fields, &problem->message))
                return Next::Fatal;
            continue;
        }
        if (fields.size() != m_count) {
            problem->message =
                QCoreApplication::translate("detente::CsvReader", "%1 %2, the header has %3")
                    .arg(fields.size())
                    .arg(fields.size() == 1
                             ? QCoreApplication::translate("detente::CsvReader", "field")
                             : QCoreApplication::translate("detente::CsvReader", "fields"))
                    .arg(m_count);
            return Next::Problem;
        }
        if (!convert(fields, event, &problem->message))
            return Next::Problem;
        return Next::Event;
    }
}

} // namespace detente
