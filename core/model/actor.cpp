#include "actor.h"

namespace detente {

QString actorKindName(ActorKind kind)
{
    switch (kind) {
    case ActorKind::State:
        return QStringLiteral("state");
    case ActorKind::Organisation:
        return QStringLiteral("organisation");
    case ActorKind::Person:
        return QStringLiteral("person");
    case ActorKind::Group:
        return QStringLiteral("group");
    }
    return {};
}

std::optional<ActorKind> actorKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"state")
        return ActorKind::State;
    if (n == u"organisation" || n == u"organization")
        return ActorKind::Organisation;
    if (n == u"person")
        return ActorKind::Person;
    if (n == u"group")
        return ActorKind::Group;
    return std::nullopt;
}

} // namespace detente
