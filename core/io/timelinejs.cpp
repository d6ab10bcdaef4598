#include "timelinejs.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace detente {

namespace {

QJsonObject dateObject(QDate d, Precision p)
{
    QJsonObject o{{QLatin1String("year"), QString::number(d.year())}};
    if (p != Precision::Year)
        o[QLatin1String("month")] = QString::number(d.month());
    if (p != Precision::Year && p != Precision::Month && p != Precision::PartOfYear)
        o[QLatin1String("day")] = QString::number(d.day());
    return o;
}

/// A date object's numbers (strings or numbers); 0 for a missing part, -1 for a bad one.
int part(const QJsonObject &o, const char *name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return 0;
    if (v.isDouble())
        return v.toInt(-1);
    bool ok = false;
    const int n = v.toString().trimmed().toInt(&ok);
    return ok ? n : -1;
}

std::optional<std::pair<DateSpan, QString>> readDate(const QJsonObject &o, QString *why)
{
    const int year = part(o, "year"), month = part(o, "month"), day = part(o, "day");
    if (year > lastSupportedYear) {
        *why = QCoreApplication::translate(
                   "detente::TimelineJs", "the year %1 is after %2, the last year Detente can show")
                   .arg(year)
                   .arg(lastSupportedYear);
        return std::nullopt;
    }
    if (year <= 0 || month < 0 || day < 0 || month > 12)
        return std::nullopt;
    if (month == 0) {
        return std::pair{
            DateSpan::fromDays(QDate(year, 1, 1), QDate(year, 12, 31), Precision::Year), QString()};
    }
    const QDate first(year, month, day ? day : 1);
    if (!first.isValid())
        return std::nullopt;
    if (day == 0)
        return std::pair{
            DateSpan::fromDays(first, first.addMonths(1).addDays(-1), Precision::Month), QString()};
    return std::pair{DateSpan::fromDay(first), QString()};
}

QString plainText(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.trimmed();
    return QTextDocumentFragment::fromHtml(html).toPlainText().trimmed();
}

} // namespace

QJsonObject timelineJsEvent(const Event &e)
{
    QJsonObject o;
    const Precision p = e.date.precision();
    o[QLatin1String("start_date")] = dateObject(e.date.firstDay(), p);
    if (e.date.lastDay() != e.date.firstDay() && p != Precision::Year && p != Precision::Month)
        o[QLatin1String("end_date")] = dateObject(e.date.lastDay(), Precision::Day);
    if (!e.date.phrase().isEmpty())
        o[QLatin1String("display_date")] = e.date.phrase().toHtmlEscaped();
    QString text = e.summary.toHtmlEscaped().replace(u'\n', QLatin1String("<br>"));
    if (!e.quote.isEmpty())
        text += QStringLiteral("<blockquote>%1</blockquote>").arg(e.quote.toHtmlEscaped());
    // Only web addresses become links: an imported "javascript:" URL must not.
    if (e.source.url.startsWith(u"http://", Qt::CaseInsensitive) ||
        e.source.url.startsWith(u"https://", Qt::CaseInsensitive))
        text +=
            QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                .arg(e.source.url.toHtmlEscaped(),
                     (e.source.title.isEmpty() ? e.source.url : e.source.title).toHtmlEscaped());
    o[QLatin1String("text")] = QJsonObject{{QLatin1String("headline"), e.title.toHtmlEscaped()},
                                           {QLatin1String("text"), text}};
    if (const QString group = e.sourceActor(); !group.isEmpty())
        o[QLatin1String("group")] = group.toHtmlEscaped(); // TimelineJS shows it as HTML
    // Back under the id it was read with, so that export and import round-trip.
    if (!e.key.isEmpty())
        o[QLatin1String("unique_id")] =
            e.key.startsWith(QLatin1String("timelinejs:")) ? e.key.mid(11) : e.key;
    return o;
}

TimelineJsWriter::TimelineJsWriter(QIODevice *device, const QString &title)
    : m_json(device)
    , m_title(title)
{
    m_json.beginArray(QLatin1String("events"));
}

void TimelineJsWriter::write(const Event &event)
{
    m_json.element(timelineJsEvent(event));
}

Status TimelineJsWriter::finish()
{
    m_json.endArray();
    if (!m_title.isEmpty())
        m_json.member(QLatin1String("title"),
                      QJsonObject{{QLatin1String("text"), QJsonObject{{QLatin1String("headline"),
                                                                       m_title.toHtmlEscaped()}}}});
    return m_json.finish();
}

QByteArray eventsToTimelineJs(const QList<Event> &events, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TimelineJsWriter writer(&buffer, title);
    for (const Event &e : events)
        writer.write(e);
    (void)writer.finish(); // a buffer takes every write
    return buffer.data();
}

Status readTimelineJs(const QByteArray &json, QList<Event> *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Status::error(
            QCoreApplication::translate("detente::TimelineJs", "not valid JSON at byte %1: %2")
                .arg(error.offset)
                .arg(error.errorString()));
    if (!doc.isObject() || !doc.object().value(QLatin1String("events")).isArray())
        return Status::error(QCoreApplication::translate(
            "detente::TimelineJs", "expected an object with an \"events\" array"));
    QList<Event> events;
    const QJsonArray array = doc.object().value(QLatin1String("events")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array[i].toObject();
        auto fail = [i](const QString &why) {
            return Status::error(QCoreApplication::translate("detente::TimelineJs", "event %1: %2")
                                     .arg(i + 1)
                                     .arg(why));
        };
        QString why;
        const auto start = readDate(o.value(QLatin1String("start_date")).toObject(), &why);
        if (!start)
            return fail(why.isEmpty() ? QCoreApplication::translate("detente::TimelineJs",
                                                                    "missing or bad \"start_date\"")
                                      : QStringLiteral("\"start_date\": ") + why);
        Event e;
        e.date = start->first;
        if (o.contains(QLatin1String("end_date"))) {
            const auto end = readDate(o.value(QLatin1String("end_date")).toObject(), &why);
            if (!end || end->first.last() < e.date.first())
                return fail(why.isEmpty() ? QCoreApplication::translate("detente::TimelineJs",
                                                                        "bad \"end_date\"")
                                          : QStringLiteral("\"end_date\": ") + why);
            if (end->first.last() != e.date.last())
                e.date = DateSpan(e.date.first(), end->first.last(), Precision::Span);
        }
        if (o.contains(QLatin1String("display_date")))
            e.date.setPhrase(plainText(o.value(QLatin1String("display_date")).toString()));
        const QJsonObject text = o.value(QLatin1String("text")).toObject();
        e.title = plainText(text.value(QLatin1String("headline")).toString());
        QString html = text.value(QLatin1String("text")).toString();
        // What eventsToTimelineJs() appends to the text: the quote and the source's link.
        static const QRegularExpression link(
            QStringLiteral("<p><a href=\"([^\"]*)\">([^<]*)</a></p>\\s*$"));
        if (const auto m = link.match(html); m.hasMatch()) {
            const QString url = plainText(m.captured(1)), title = plainText(m.captured(2));
            e.source = {url, title == url ? QString() : title, url, QString(), QDate()};
            html.truncate(m.capturedStart());
        }
        static const QRegularExpression quote(QStringLiteral("<blockquote>(.*)</blockquote>\\s*$"),
                                              QRegularExpression::DotMatchesEverythingOption);
        if (const auto m = quote.match(html); m.hasMatch()) {
            e.quote = plainText(m.captured(1));
            html.truncate(m.capturedStart());
        }
        e.summary = plainText(html);
        if (e.title.isEmpty())
            e.title = e.summary.section(u'\n', 0, 0).left(120);
        if (e.title.isEmpty())
            return fail(QCoreApplication::translate("detente::TimelineJs", "no headline"));
        if (const QString group = plainText(o.value(QLatin1String("group")).toString());
            !group.isEmpty())
            e.actors.append({group, Role::Source});
        if (const QString id = o.value(QLatin1String("unique_id")).toString(); !id.isEmpty())
            e.key = id.startsWith(QLatin1String("timelinejs:")) ? id
                                                                : QLatin1String("timelinejs:") + id;
        e.tags = {QStringLiteral("timelinejs")};
        events.append(std::move(e));
    }
    *out = std::move(events);
    return {};
}

} // namespace detente
