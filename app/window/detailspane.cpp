#include "detailspane.h"

#include "render/colors.h"

#include <QDesktopServices>
#include <QUrl>

#include <QLocale>

namespace detente {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString longDate(QDate d, const QLocale &locale)
{
    return locale.toString(d, DetailsPane::tr("dddd d MMMM yyyy", "date format, see QLocale"));
}

QString resolvedText(const Event &e, const QLocale &locale)
{
    const DateSpan &d = e.date;
    switch (d.precision()) {
    case Precision::Instant:
        return esc(d.startText()) +
               (d.first() == d.last() ? QString() : QStringLiteral(" – ") + esc(d.endText()));
    case Precision::Day:
        return esc(longDate(d.firstDay(), locale));
    case Precision::Month:
        return esc(locale.toString(d.firstDay(),
                                   DetailsPane::tr("MMMM yyyy", "date format, see QLocale")));
    case Precision::Year:
        return QString::number(d.firstDay().year());
    default:
        return esc(locale.toString(d.firstDay(),
                                   DetailsPane::tr("d MMMM yyyy", "date format, see QLocale"))) +
               QStringLiteral(" – ") +
               esc(locale.toString(d.lastDay(),
                                   DetailsPane::tr("d MMMM yyyy", "date format, see QLocale")));
    }
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QTextBrowser(parent)
{
    // Sources open in the browser; links to events stay here.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"event") {
            Q_EMIT eventLinkActivated(QUrl::fromPercentEncoding(url.path().toUtf8()));
        } else if (url.scheme() == u"article") {
            bool ok = false;
            const int index = url.path().toInt(&ok);
            if (ok && index >= 0 && index < m_reports.size())
                Q_EMIT articleRequested(m_reports.at(index));
        } else {
            QDesktopServices::openUrl(url);
        }
    });
    setAccessibleName(tr("Event details"));
    clearEvent();
}

void DetailsPane::clearEvent()
{
    m_reports.clear();
    setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(esc(tr("Click an event on the timeline to see its details."))));
}

namespace {
/// The reports the pane lists: every source's, or (none given) the event's own source and quote.
QList<SourceReport> reportsOf(const Event &e, const QList<SourceReport> &sources)
{
    QList<SourceReport> reports = sources;
    if (reports.isEmpty() &&
        (!e.source.title.isEmpty() || !e.source.url.isEmpty() || !e.quote.isEmpty()))
        reports.append({e.source, e.quote, e.quoteBegin, e.quoteEnd, false});
    return reports;
}

/// The quote, escaped, with the event's own words in bold: its date as written, its actors and
/// persons (and the aliases the text may use for them are left plain).
QString ownWordsInBold(const QString &quote, const Event &e)
{
    QStringList words;
    if (!e.date.phrase().isEmpty())
        words << e.date.phrase();
    for (const EventActor &a : e.actors)
        words << a.name;
    for (const EventPerson &p : e.persons)
        words << p.name;
    std::vector<bool> bold(size_t(quote.size()), false);
    for (const QString &w : std::as_const(words)) {
        if (w.size() < 2)
            continue;
        for (qsizetype at = quote.indexOf(w, 0, Qt::CaseInsensitive); at >= 0;
             at = quote.indexOf(w, at + w.size(), Qt::CaseInsensitive))
            std::fill(bold.begin() + at, bold.begin() + at + w.size(), true);
    }
    QString out;
    bool inBold = false;
    for (qsizetype i = 0; i < quote.size(); ++i) {
        if (bold[size_t(i)] != inBold) {
            out += inBold ? QStringLiteral("</b>") : QStringLiteral("<b>");
            inBold = !inBold;
        }
        out += esc(QString(quote[i]));
    }
    if (inBold)
        out += QStringLiteral("</b>");
    return out;
}
} // namespace

void DetailsPane::showEvent(const Event &event, const QList<Link> &answers,
                            const QList<Link> &answeredBy, const QList<SourceReport> &sources)
{
    m_reports = reportsOf(event, sources);
    setHtml(html(event, locale(), answers, answeredBy, sources));
}

QString DetailsPane::html(const Event &e, const QLocale &locale, const QList<Link> &answers,
                          const QList<Link> &answeredBy, const QList<SourceReport> &sources)
{
    QString h;
    h += QStringLiteral("<h3>%1</h3>").arg(esc(e.title));
    if (!e.summary.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(e.summary));
    h += QStringLiteral("<table cellspacing='2'>");
    auto row = [&h](const QString &label, const QString &valueHtml) {
        h +=
            QStringLiteral(
                "<tr><td valign='top' style='color:gray;padding-right:8px'>%1</td><td>%2</td></tr>")
                .arg(esc(label), valueHtml);
    };
    row(tr("Date"), QStringLiteral("%1 <span style='color:gray'>(%2)</span>")
                        .arg(resolvedText(e, locale), esc(precisionName(e.date.precision()))));
    if (!e.date.phrase().isEmpty()) {
        QString written = QStringLiteral("“%1”").arg(esc(e.date.phrase()));
        if (e.reference.isValid())
            written += QStringLiteral(" — ") +
                       esc(tr("resolved against %1").arg(longDate(e.reference, locale)));
        row(tr("As written"), written);
    }
    QStringList actors;
    for (const EventActor &a : e.actors)
        actors << QStringLiteral("%1 <span style='color:gray'>(%2)</span>")
                      .arg(esc(a.name), esc(roleName(a.role)));
    if (!actors.isEmpty())
        row(tr("Actors"), actors.join(QStringLiteral(", ")));
    QStringList persons;
    for (const EventPerson &p : e.persons)
        persons << (p.speaksFor.isEmpty() ? esc(p.name)
                                          : esc(tr("%1, for %2").arg(p.name, p.speaksFor)));
    if (!persons.isEmpty())
        row(tr("Persons"), persons.join(QStringLiteral("<br>")));
    if (!e.kind.isEmpty())
        row(tr("Kind"), esc(e.kind));
    if (!e.cameoCode.isEmpty() || e.goldstein) {
        QStringList coding;
        if (!e.cameoCode.isEmpty())
            coding << tr("CAMEO %1").arg(e.cameoCode);
        if (e.quadClass >= 1 && e.quadClass <= 4)
            coding << quadClassName(e.quadClass);
        if (e.goldstein)
            coding << tr("Goldstein %1").arg(locale.toString(*e.goldstein, 'f', 1));
        row(tr("Coded as"), esc(coding.join(QStringLiteral(" · "))));
    }
    const auto links = [](const QList<Link> &events) {
        QStringList items;
        for (const auto &[key, title] : events)
            items << QStringLiteral("<a href=\"event:%1\">%2</a>")
                         .arg(esc(QString::fromUtf8(QUrl::toPercentEncoding(key))), esc(title));
        return items.join(QStringLiteral("<br>"));
    };
    if (!answers.isEmpty())
        row(tr("Answers"), links(answers));
    if (!answeredBy.isEmpty())
        row(tr("Answered by"), links(answeredBy));
    row(tr("Confidence"), esc(e.confidence >= 0.9 ? tr("sure") : tr("likely")));
    if (!e.attributedTo.isEmpty())
        row(tr("According to"), esc(e.attributedTo));
    h += QStringLiteral("</table>");
    // Every source that reports it, each with its words (the event's own in bold).
    const QList<SourceReport> reports = reportsOf(e, sources);
    if (reports.size() > 1)
        h += QStringLiteral("<p style='color:gray'>%1</p>")
                 .arg(esc(tr("Reported by %1 sources").arg(reports.size())));
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const SourceReport &m = reports.at(i);
        QString source = esc(m.source.title.isEmpty() ? m.source.url : m.source.title);
        // Web addresses open in the browser; other schemes (file:, javascript:) are not links.
        const QString scheme = QUrl(m.source.url).scheme().toLower();
        if (scheme == u"http" || scheme == u"https")
            source = QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(m.source.url), source);
        if (m.source.published.isValid())
            source += QStringLiteral(" <span style='color:gray'>(%1)</span>")
                          .arg(esc(tr("published %1").arg(longDate(m.source.published, locale))));
        // A stored article opens in a window of its own, at the event's words.
        if (m.hasText)
            source += QStringLiteral(" · <a href=\"article:%1\">%2</a>")
                          .arg(i)
                          .arg(esc(tr("Show article")));
        if (!source.isEmpty())
            h += QStringLiteral("<p><span style='color:gray'>%1</span> %2</p>")
                     .arg(esc(tr("Source")), source);
        if (!m.quote.isEmpty()) {
            h += QStringLiteral(
                     "<blockquote style='margin-left:8px;font-style:italic'>“%1”</blockquote>")
                     .arg(ownWordsInBold(m.quote, e));
            if (m.begin >= 0)
                h += QStringLiteral("<p style='color:gray;font-size:small'>%1</p>")
                         .arg(esc(tr("characters %1–%2 of the source").arg(m.begin).arg(m.end)));
        }
    }
    return h;
}

} // namespace detente
