#pragma once

#include "model/event.h"

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
    void showEvent(const Event &event, const QList<Link> &answers = {},
                   const QList<Link> &answeredBy = {});
    void clearEvent();
    /// The HTML shown for an event (for tests).
    static QString html(const Event &event, const QLocale &locale, const QList<Link> &answers = {},
                        const QList<Link> &answeredBy = {});

Q_SIGNALS:
    /// A link to another event was clicked (its key).
    void eventLinkActivated(const QString &key);
};

} // namespace detente
