#pragma once

#include "datespan.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace detente {

/// The part an actor plays in an event.
enum class Role { Source, Target, Other };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

/// An actor named in an event, with the part it plays.
struct EventActor {
    QString name;
    Role role = Role::Other;
    friend bool operator==(const EventActor &, const EventActor &) = default;
};

/// A person who spoke in an event and whom they spoke for.
struct EventPerson {
    QString name;
    QString speaksFor;
    friend bool operator==(const EventPerson &, const EventPerson &) = default;
};

/// The article (or other source) an event was taken from.
struct SourceRef {
    QString key; ///< stable identity of the source (e.g. its URL or "seed:…")
    QString title;
    QString url;
    QString publisher;
    QDate published;
    friend bool operator==(const SourceRef &, const SourceRef &) = default;
};

/// One dated diplomatic event: who did what to whom, when, and according to whom.
struct Event {
    qint64 id = 0; ///< row id in the store; 0 when not stored
    QString key;   ///< stable identity across files ("seed-briefing"); may be empty
    QString title; ///< one line
    QString summary;
    QString kind; ///< statement, accusation, rejection/denial, meeting/visit, …
    DateSpan date;
    QDate reference; ///< the date the phrase was resolved against (publication date)
    QList<EventActor> actors;
    QList<EventPerson> persons;
    SourceRef source;
    QString quote;             ///< the source's words
    qsizetype quoteBegin = -1; ///< character offsets of the quote in the source text
    qsizetype quoteEnd = -1;
    double confidence = 1.0;         ///< 1 = sure; below 0.9 = likely
    QString attributedTo;            ///< who claims it, when the source reports a claim
    QStringList answers;             ///< keys of the events this one responds to
    QString cameoCode;               ///< CAMEO event code as text ("0231": leading zeros matter)
    QString cameoRoot;               ///< CAMEO root code ("02")
    int quadClass = 0;               ///< 1 verbal cooperation … 4 material conflict; 0 unknown
    std::optional<double> goldstein; ///< Goldstein score (-10 … +10) where known
    QStringList tags;
    int sourceCount = 0; ///< distinct sources reporting it (read from the store)

    /// The actor with the source role, or the first actor; empty when there is none.
    QString sourceActor() const;
    /// The actor with the target role; empty when there is none.
    QString targetActor() const;
    /// "sure" or "likely".
    QString confidenceName() const
    {
        return confidence >= 0.9 ? QStringLiteral("sure") : QStringLiteral("likely");
    }

    friend bool operator==(const Event &, const Event &) = default;
};

/// Confidence for "sure" / "likely" (and numbers written as text); nullopt otherwise.
std::optional<double> confidenceFromName(const QString &name);

/// The kinds of event the extractor reports, in a fixed order (their colours follow it).
const QStringList &knownEventKinds();

} // namespace detente

// Events hold Qt's implicitly shared values, numbers and dates only: a QList of a million of them
// grows by moving bytes instead of copying every event (measured: a fifth of a 1M load).
Q_DECLARE_TYPEINFO(detente::EventActor, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(detente::EventPerson, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(detente::SourceRef, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(detente::Event, Q_RELOCATABLE_TYPE);
