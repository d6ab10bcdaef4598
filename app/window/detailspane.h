#pragma once

#include "model/event.h"
#include "storage/eventstore.h"

#include <QTextBrowser>

namespace detente {

/// Shows one event: title, the date as written and as resolved, actors, persons and the quote.
class DetailsPane : public QTextBrowser {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    /// An event linked from the one shown: its key and title.
    using Link = std::pair<QString, QString>;

    /// Shows `event` with its response chain: what it answers, and what answered it.
    /// `sources`: every source's report (none: the event's own source and quote).
    void showEvent(const Event &event, const QList<Link> &answers = {},
                   const QList<Link> &answeredBy = {}, const QList<SourceReport> &sources = {});
    void clearEvent();
    /// The HTML shown for an event (for tests).
    static QString html(const Event &event, const QLocale &locale, const QList<Link> &answers = {},
                        const QList<Link> &answeredBy = {},
                        const QList<SourceReport> &sources = {});

    /// The sources' reports of the event shown (what its "Show article" links open).
    const QList<SourceReport> &reports() const { return m_reports; }

Q_SIGNALS:
    /// A link to another event was clicked (its key).
    void eventLinkActivated(const QString &key);
    /// "Show article" was clicked: the report whose source's stored text to show.
    void articleRequested(const detente::SourceReport &report);

private:
    QList<SourceReport> m_reports;
};

} // namespace detente
