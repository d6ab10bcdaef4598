#include "cameo.h"

#include <QFile>
#include <QHash>

static void initCameoResources()
{
    Q_INIT_RESOURCE(cameo);
}

namespace detente {

namespace {

struct Tables {
    struct Code {
        double goldstein = 0;
        QString description;
    };
    struct Name {
        ActorKind kind = ActorKind::State;
        QString name;
    };
    QHash<QString, Code> codes;
    QHash<QString, Name> actors;
};

/// Rows of a tab-separated resource, without `#` comment lines.
template<typename Fn> void readTable(const QString &path, Fn &&row)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        if (cells.size() >= 3)
            row(cells);
    }
}

const Tables &tables()
{
    static const Tables t = [] {
        initCameoResources();
        Tables result;
        readTable(QStringLiteral(":/detente/cameo/eventcodes.tsv"), [&](const QStringList &c) {
            result.codes.insert(c[0], {c[1].toDouble(), c[2]});
        });
        readTable(QStringLiteral(":/detente/cameo/actors.tsv"), [&](const QStringList &c) {
            result.actors.insert(c[0], {actorKindFromName(c[1]).value_or(ActorKind::Group), c[2]});
        });
        return result;
    }();
    return t;
}

int rootNumber(const QString &code)
{
    if (code.size() < 2 || !code[0].isDigit() || !code[1].isDigit())
        return 0;
    const int root = (code[0].unicode() - '0') * 10 + (code[1].unicode() - '0');
    return root >= 1 && root <= 20 ? root : 0;
}

/// The table entry for a whole code, or for its first known group or country part.
const Tables::Name *actorEntry(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    if (c.isEmpty())
        return nullptr;
    const auto &actors = tables().actors;
    if (const auto it = actors.constFind(c); it != actors.constEnd())
        return &*it;
    // A composite CAMEO actor code is a sequence of three-letter parts ("IGOEUREEC").
    const Tables::Name *country = nullptr;
    for (qsizetype i = 0; i + 3 <= c.size(); i += 3) {
        const auto it = actors.constFind(c.mid(i, 3));
        if (it == actors.constEnd())
            continue;
        if (it->kind == ActorKind::Organisation)
            return &*it;
        if (!country)
            country = &*it;
    }
    return country;
}

} // namespace

QString Cameo::description(const QString &code)
{
    return tables().codes.value(code.trimmed()).description;
}

std::optional<double> Cameo::goldstein(const QString &code)
{
    const auto &codes = tables().codes;
    const auto it = codes.constFind(code.trimmed());
    if (it == codes.constEnd())
        return std::nullopt;
    return it->goldstein;
}

bool Cameo::isKnownCode(const QString &code)
{
    return tables().codes.contains(code.trimmed());
}

QString Cameo::rootCode(const QString &code)
{
    const QString c = code.trimmed();
    return rootNumber(c) ? c.left(2) : QString();
}

int Cameo::quadClass(const QString &rootOrCode)
{
    const int root = rootNumber(rootOrCode.trimmed());
    if (root == 0)
        return 0;
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 14 ? 3 : 4;
}

QString Cameo::eventKind(const QString &code)
{
    const QString c = code.trimmed();
    const int root = rootNumber(c);
    if (root == 0)
        return {};
    // Finer codes first where a root mixes kinds.
    if (c.startsWith(QLatin1String("016"))) // deny responsibility
        return QStringLiteral("rejection/denial");
    if (c.startsWith(QLatin1String("172")))
        return QStringLiteral("sanction");
    switch (root) {
    case 2:  // appeal
    case 3:  // express intent to cooperate
    case 10: // demand
        return QStringLiteral("proposal");
    case 4: // consult: visits and meetings
        return QStringLiteral("meeting/visit");
    case 11: // disapprove: criticise, accuse
    case 14: // protest
        return QStringLiteral("accusation");
    case 12: // reject
        return QStringLiteral("rejection/denial");
    case 13: // threaten
        return QStringLiteral("threat/warning");
    case 16: // reduce relations, embargo, sanctions
        return QStringLiteral("sanction");
    case 15: // exhibit force posture
    case 17: // coerce
    case 18: // assault
    case 19: // fight
    case 20: // unconventional mass violence
        return QStringLiteral("military action");
    default: // 01 statement, 05–09: cooperation and investigations are reported statements
        return QStringLiteral("statement");
    }
}

QString Cameo::actorName(const QString &code)
{
    const Tables::Name *entry = actorEntry(code);
    return entry ? entry->name : QString();
}

std::optional<ActorKind> Cameo::actorKind(const QString &code)
{
    const Tables::Name *entry = actorEntry(code);
    return entry ? std::optional<ActorKind>(entry->kind) : std::nullopt;
}

} // namespace detente
