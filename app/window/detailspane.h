#pragma once

#include "model/event.h"

#include <QTextBrowser>

namespace detente {

/// Shows one event: title, the date as written and as resolved, actors, persons and the quote.
class DetailsPane : public QTextBrowser {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showEvent(const Event &event);
    void clearEvent();
    /// The HTML shown for an event (for tests).
    static QString html(const Event &event, const QLocale &locale);
};

} // namespace detente
