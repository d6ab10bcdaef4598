#pragma once

#include "mention.h"
#include "model/actor.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace detente {

/// An armed conflict with a known start, so that "the 2022 invasion", "since February 2022" or
/// "the early weeks of the conflict" can be dated and given actors.
struct Conflict {
    QString name;
    QDate start;
    QString source; ///< the party that started it
    QString target;
    QStringList aliases; ///< phrases that name it ("the Ukraine war")
};

/// Actors (states, organisations, groups, persons) and the words that name them, loaded from
/// JSON (the bundled resources/gazetteer/gazetteer.json, extendable by users).
class Gazetteer {
public:
    Gazetteer() = default;

    /// The bundled gazetteer (loaded once from the core library's resources).
    static const Gazetteer &builtin();

    /// Merges a gazetteer JSON document into this one; false with a message on error.
    bool load(const QByteArray &json, QString *error = nullptr);

    /// Where a user's own gazetteer lives: gazetteer.json in the user's data folder, beside the
    /// database (QStandardPaths::AppDataLocation).
    static QString userFilePath();
    /// Merges a gazetteer file the user wrote (the bundled file's format). The whole file is
    /// checked first: on any fault nothing of it is merged, and `error` names the file and says
    /// what is wrong (with the line and column of a JSON syntax error).
    bool loadFile(const QString &path, QString *error = nullptr);
    /// Merges actors as a store keeps them (name, kind, code, whom they speak for, office,
    /// aliases): new actors and new aliases are found in texts from then on.
    void addActors(const QList<Actor> &actors);
    /// The gazetteer extraction uses: the bundled one, then the user's file at `userFile` when it
    /// exists (when it cannot be used, `warning` says why and the rest goes on without it), then
    /// `actors` (a store's).
    static Gazetteer forExtraction(const QList<Actor> &actors = {}, QString *warning = nullptr,
                                   const QString &userFile = userFilePath());

    /// The actor with this canonical name.
    std::optional<Actor> actor(const QString &name) const;
    /// All actors, in load order.
    const QList<Actor> &actors() const { return m_actors; }
    /// All conflicts.
    const QList<Conflict> &conflicts() const { return m_conflicts; }

    /// Every actor, person and place named in `text`: longest names first, no overlaps, in order.
    QList<Mention> find(const QString &text) const;
    /// Conflicts named in `text` (by alias), in order of appearance.
    QList<const Conflict *> findConflicts(const QString &text) const;

private:
    struct Alias {
        QString text;
        QString actor;
        QString person;
        MentionKind kind = MentionKind::Name;
        QString head; ///< its first word, first letter lower-cased; empty when it starts otherwise
    };
    void addAlias(const QString &text, const QString &actor, const QString &person,
                  MentionKind kind);
    void sortAliases();
    void addActor(Actor a, const QStringList &aliases, const QStringList &metonyms,
                  const QStringList &adjectives, bool surname);

    QList<Actor> m_actors;
    QHash<QString, qsizetype> m_index;
    QList<Alias> m_aliases; // longest first
    // Aliases by their first word (heads), and those without one: find() only tries the
    // aliases whose first word is in the text.
    QHash<QString, QList<qsizetype>> m_byHead;
    QList<qsizetype> m_headless;
    QList<Conflict> m_conflicts;
};

} // namespace detente
