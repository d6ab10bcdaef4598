#include "event.h"

namespace detente {

QString roleName(Role role)
{
    switch (role) {
    case Role::Source:
        return QStringLiteral("source");
    case Role::Target:
        return QStringLiteral("target");
    case Role::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    if (name == u"source")
        return Role::Source;
    if (name == u"target")
        return Role::Target;
    if (name == u"other")
        return Role::Other;
    return std::nullopt;
}

QString Event::sourceActor() const
{
    for (const auto &a : actors)
        if (a.role == Role::Source)
            return a.name;
    return actors.isEmpty() ? QString() : actors.first().name;
}

QString Event::targetActor() const
{
    for (const auto &a : actors)
        if (a.role == Role::Target)
            return a.name;
    return {};
}

const QStringList &knownEventKinds()
{
    static const QStringList kinds = {
        QStringLiteral("statement"),        QStringLiteral("accusation"),
        QStringLiteral("rejection/denial"), QStringLiteral("meeting/visit"),
        QStringLiteral("proposal"),         QStringLiteral("threat/warning"),
        QStringLiteral("sanction"),         QStringLiteral("military action"),
        QStringLiteral("claim of figures")};
    return kinds;
}

std::optional<double> confidenceFromName(const QString &name)
{
    if (name == u"sure")
        return 1.0;
    if (name == u"likely")
        return 0.7;
    bool ok = false;
    const double v = name.toDouble(&ok);
    if (ok && v >= 0.0 && v <= 1.0)
        return v;
    return std::nullopt;
}

} // namespace detente
