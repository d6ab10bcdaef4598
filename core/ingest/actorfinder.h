#pragma once

#include "gazetteer.h"
#include "mention.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace detente {

/// Finds the actors and persons of each sentence of one article, in reading order: resolves
/// back-references ("the official", "the latter", "he", a surname alone) to the most recent
/// matching person, learns persons introduced by their office ("Mossad Director David Barnea")
/// and marks subjects, targets and mere topics.
class ActorFinder {
public:
    /// A finder for one article, using `gazetteer` (which must outlive it).
    explicit ActorFinder(const Gazetteer &gazetteer);

    /// The mentions in the next sentence of the article, in order; call once per sentence.
    QList<Mention> find(const QString &sentence);

    /// How often each actor has been named so far in the article.
    const QHash<QString, int> &actorCounts() const { return m_counts; }

private:
    void learnPersons(const QString &sentence, QList<Mention> &mentions);
    void resolvePersons(const QString &sentence, QList<Mention> &mentions);
    void markRoles(const QString &sentence, QList<Mention> &mentions) const;
    void resolvePair(const QString &sentence, QList<Mention> &mentions) const;

    const Gazetteer &m_gazetteer;
    QStringList m_recentPersons;             // most recent last
    QHash<QString, QString> m_speaksFor;     // person → actor (gazetteer and learnt)
    QHash<QString, QString> m_learntByAlias; // "Barnea" / "David Barnea" → "David Barnea"
    QHash<QString, int> m_lastSeen;          // person → sentence number
    QHash<QString, int> m_counts;
    QStringList m_recentActors; // most recently named last
    int m_sentence = -1;
};

} // namespace detente
