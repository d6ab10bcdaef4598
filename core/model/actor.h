#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace detente {

/// What kind of party an actor is.
enum class ActorKind { State, Organisation, Person, Group };

/// The name used in files: state|organisation|person|group.
QString actorKindName(ActorKind kind);
/// Parses actorKindName() (also accepts "organization"); nullopt for an unknown name.
std::optional<ActorKind> actorKindFromName(const QString &name);

/// A party to events: a state, an organisation, a group or a person who speaks for one of them.
struct Actor {
    qint64 id = 0; ///< row id in the store; 0 when not stored
    QString name;  ///< canonical name ("China", "NATO", "Wang Wenbin")
    ActorKind kind = ActorKind::State;
    QString code;        ///< CAMEO or ISO code where known ("CHN", "NAT")
    QString affiliation; ///< for a person: the canonical name of whom they speak for
    QString office;      ///< for a person: their office ("NATO Secretary General")
    QStringList aliases; ///< other names that mean this actor ("Beijing")

    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace detente

Q_DECLARE_TYPEINFO(detente::Actor, Q_RELOCATABLE_TYPE);
