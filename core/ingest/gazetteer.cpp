#include "gazetteer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

static void initGazetteerResources()
{
    Q_INIT_RESOURCE(gazetteer);
}

namespace detente {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out.append(x.toString());
    return out;
}

// Finds `needle` at or after `from`, matching the first letter in either case.
// A word with its first letter lower-cased, as aliases are matched ("the US" in "The US").
QString headForm(QStringView word)
{
    QString out = word.toString();
    if (!out.isEmpty())
        out[0] = out.at(0).toLower();
    return out;
}

qsizetype findAlias(const QString &hay, const QString &needle, qsizetype from)
{
    const QStringView rest = QStringView(needle).mid(1);
    qsizetype pos = from + 2;
    while (true) {
        const qsizetype at = hay.indexOf(rest, pos);
        if (at < 0)
            return -1;
        if (hay.at(at - 1).toLower() == needle.at(0).toLower())
            return at - 1;
        pos = at + 1;
    }
}

// A user's gazetteer larger than this is a mistake (the bundled one is under 50 kB).
constexpr qint64 kMaxUserFileBytes = 16 * 1024 * 1024;

QString tr(const char *text)
{
    // lupdate files a free tr() under its namespace: the context must be that, to be found.
    return QCoreApplication::translate("detente", text);
}

bool isStringList(const QJsonValue &v)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    return std::all_of(a.begin(), a.end(), [](const QJsonValue &x) { return x.isString(); });
}

/// What is wrong with the shape of a user's gazetteer document; empty when nothing is.
QString structureFault(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return tr("the file must hold one JSON object: {\"actors\": [ … ]}");
    const QJsonObject root = doc.object();
    for (const char *list : {"actors", "places", "conflicts"})
        if (root.contains(QLatin1String(list)) && !root.value(QLatin1String(list)).isArray())
            return tr("\"%1\" must be a list [ … ]").arg(QLatin1String(list));
    const QJsonArray actors = root.value(u"actors").toArray();
    for (qsizetype i = 0; i < actors.size(); ++i) {
        const QJsonObject o = actors.at(i).toObject();
        const QString name = o.value(u"name").toString().trimmed();
        if (!actors.at(i).isObject() || name.isEmpty())
            return tr("actor %1 of \"actors\" has no \"name\"").arg(i + 1);
        if (o.contains(u"kind") && !actorKindFromName(o.value(u"kind").toString()))
            return tr("actor \"%1\": unknown \"kind\" \"%2\" (state, organisation, person or "
                      "group)")
                .arg(name, o.value(u"kind").toString());
        for (const char *field : {"code", "for", "office"})
            if (o.contains(QLatin1String(field)) && !o.value(QLatin1String(field)).isString())
                return tr("actor \"%1\": \"%2\" must be text in quotes")
                    .arg(name, QLatin1String(field));
        for (const char *field : {"aliases", "metonyms", "adjectives"})
            if (o.contains(QLatin1String(field)) && !isStringList(o.value(QLatin1String(field))))
                return tr("actor \"%1\": \"%2\" must be a list of names in quotes")
                    .arg(name, QLatin1String(field));
    }
    if (root.contains(u"places") && !isStringList(root.value(u"places")))
        return tr("\"places\" must be a list of names in quotes");
    const QJsonArray conflicts = root.value(u"conflicts").toArray();
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        const QJsonObject o = conflicts.at(i).toObject();
        const QString name = o.value(u"name").toString().trimmed();
        if (name.isEmpty())
            return tr("conflict %1 of \"conflicts\" has no \"name\"").arg(i + 1);
        if (!QDate::fromString(o.value(u"start").toString(), Qt::ISODate).isValid())
            return tr("conflict \"%1\": \"start\" must be a date YYYY-MM-DD").arg(name);
    }
    return {};
}

} // namespace

const Gazetteer &Gazetteer::builtin()
{
    static const Gazetteer g = [] {
        initGazetteerResources();
        Gazetteer out;
        QFile f(QStringLiteral(":/detente/gazetteer/gazetteer.json"));
        if (f.open(QIODevice::ReadOnly))
            out.load(f.readAll());
        return out;
    }();
    return g;
}

void Gazetteer::addAlias(const QString &text, const QString &actor, const QString &person,
                         MentionKind kind)
{
    if (text.size() < 2)
        return;
    qsizetype n = 0;
    while (n < text.size() && isWordChar(text.at(n)))
        ++n;
    m_aliases.append({text, actor, person, kind, headForm(QStringView(text).first(n))});
}

void Gazetteer::sortAliases()
{
    std::stable_sort(m_aliases.begin(), m_aliases.end(),
                     [](const Alias &a, const Alias &b) { return a.text.size() > b.text.size(); });
    m_byHead.clear();
    m_headless.clear();
    for (qsizetype i = 0; i < m_aliases.size(); ++i) {
        if (m_aliases.at(i).head.isEmpty())
            m_headless.append(i);
        else
            m_byHead[m_aliases.at(i).head].append(i);
    }
}

bool Gazetteer::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error =
                QStringLiteral("The gazetteer is not valid JSON: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonArray actors = root.value(u"actors").toArray();
    for (const QJsonValue &v : actors) {
        const QJsonObject o = v.toObject();
        Actor a;
        a.name = o.value(u"name").toString();
        if (a.name.isEmpty())
            continue;
        a.kind = actorKindFromName(o.value(u"kind").toString()).value_or(ActorKind::State);
        a.code = o.value(u"code").toString();
        a.affiliation = o.value(u"for").toString();
        a.office = o.value(u"office").toString();
        addActor(a, stringList(o.value(u"aliases")), stringList(o.value(u"metonyms")),
                 stringList(o.value(u"adjectives")), !o.contains(u"aliases"));
    }
    for (const QJsonValue &v : root.value(u"places").toArray())
        addAlias(v.toString(), {}, {}, MentionKind::Place);
    for (const QJsonValue &v : root.value(u"conflicts").toArray()) {
        const QJsonObject o = v.toObject();
        Conflict c;
        c.name = o.value(u"name").toString();
        c.start = QDate::fromString(o.value(u"start").toString(), Qt::ISODate);
        c.source = o.value(u"source").toString();
        c.target = o.value(u"target").toString();
        c.aliases = stringList(o.value(u"aliases"));
        if (!c.name.isEmpty() && c.start.isValid())
            m_conflicts.append(c);
    }
    sortAliases();
    return true;
}

void Gazetteer::addActor(Actor a, const QStringList &aliases, const QStringList &metonyms,
                         const QStringList &adjectives, bool surname)
{
    a.aliases = aliases + metonyms + adjectives;
    if (a.kind == ActorKind::Person) {
        addAlias(a.name, a.affiliation, a.name, MentionKind::Person);
        for (const QString &al : aliases)
            addAlias(al, a.affiliation, a.name, MentionKind::Person);
        if (surname)
            addAlias(a.name.section(u' ', -1), a.affiliation, a.name, MentionKind::Person);
    } else {
        addAlias(a.name, a.name, {}, MentionKind::Name);
        for (const QString &al : aliases)
            addAlias(al, a.name, {},
                     al.startsWith(u"the ") && al.size() > 4 && al.at(4).isLower()
                         ? MentionKind::Nominal
                         : MentionKind::Name);
        for (const QString &m : metonyms)
            addAlias(m, a.name, {}, MentionKind::Metonym);
        for (const QString &adj : adjectives)
            addAlias(adj, a.name, {}, MentionKind::Adjective);
    }
    const auto found = m_index.constFind(a.name);
    if (found != m_index.constEnd()) {
        Actor &old = m_actors[*found];
        for (const QString &al : std::as_const(a.aliases))
            if (!old.aliases.contains(al))
                old.aliases.append(al);
        if (old.code.isEmpty())
            old.code = a.code;
        if (!a.office.isEmpty())
            old.office = a.office;
        if (!a.affiliation.isEmpty())
            old.affiliation = a.affiliation;
    } else {
        m_index.insert(a.name, m_actors.size());
        m_actors.append(a);
    }
}

QString Gazetteer::userFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("gazetteer.json"));
}

bool Gazetteer::loadFile(const QString &path, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name, what);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > kMaxUserFileBytes)
        return fail(QCoreApplication::translate("detente::Gazetteer",
                                                "larger than %1 MB, too large for a gazetteer")
                        .arg(kMaxUserFileBytes / (1024 * 1024)));
    const QByteArray json = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the offset just after the character it gave up at.
        const QString before =
            QString::fromUtf8(json.first(qBound(0, parseError.offset - 1, int(json.size()))));
        const qsizetype line = before.count(u'\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf(u'\n') + 1) + 1;
        return fail(QCoreApplication::translate("detente::Gazetteer",
                                                "line %1, column %2: %3 (not valid JSON)")
                        .arg(line)
                        .arg(column)
                        .arg(parseError.errorString()));
    }
    if (const QString fault = structureFault(doc); !fault.isEmpty())
        return fail(fault);
    return load(json, error);
}

void Gazetteer::addActors(const QList<Actor> &actors)
{
    // What is known already (actor or person, and the words): only new words are added.
    QSet<QString> known;
    const auto keyOf = [](const QString &actor, const QString &person, const QString &text) {
        return actor + QChar(0x1f) + person + QChar(0x1f) + text;
    };
    for (const Alias &al : std::as_const(m_aliases))
        known.insert(
            keyOf(al.kind == MentionKind::Person ? QString() : al.actor, al.person, al.text));
    bool added = false;
    for (const Actor &stored : actors) {
        if (stored.name.isEmpty())
            continue;
        const bool person = stored.kind == ActorKind::Person;
        const QString owner = person ? QString() : stored.name;
        const QString who = person ? stored.name : QString();
        QStringList aliases;
        for (const QString &al : stored.aliases)
            if (!known.contains(keyOf(owner, who, al)) && !aliases.contains(al))
                aliases << al;
        const bool isNew = !m_index.contains(stored.name);
        if (!isNew && aliases.isEmpty())
            continue;
        Actor a = stored;
        a.id = 0;
        const qsizetype before = m_aliases.size();
        addActor(a, aliases, {}, {}, person && isNew && stored.aliases.isEmpty());
        // Its name is known already: drop the copy addActor() added first.
        if (!isNew && m_aliases.size() > before && m_aliases.at(before).text == stored.name)
            m_aliases.removeAt(before);
        for (qsizetype i = before; i < m_aliases.size(); ++i)
            known.insert(keyOf(owner, who, m_aliases.at(i).text));
        added = true;
    }
    if (added)
        sortAliases();
}

Gazetteer Gazetteer::forExtraction(const QList<Actor> &actors, QString *warning,
                                   const QString &userFile)
{
    Gazetteer out = builtin();
    if (!userFile.isEmpty() && QFileInfo::exists(userFile)) {
        Gazetteer user = out;
        QString error;
        if (user.loadFile(userFile, &error)) {
            out = std::move(user);
        } else if (warning) {
            *warning = QCoreApplication::translate(
                           "detente::Gazetteer",
                           "Your gazetteer is not used: %1. Actors are found with the bundled "
                           "gazetteer until the file is fixed.")
                           .arg(error);
        }
    }
    out.addActors(actors);
    return out;
}

std::optional<Actor> Gazetteer::actor(const QString &name) const
{
    const auto it = m_index.constFind(name);
    if (it == m_index.constEnd())
        return std::nullopt;
    return m_actors.at(*it);
}

QList<Mention> Gazetteer::find(const QString &text) const
{
    QList<Mention> out;
    QList<bool> covered(text.size(), false);
    // A match starts a word of the text and the alias's first word is that whole word, so only
    // the aliases whose first word is in the text can match; try those, longest first.
    QList<qsizetype> tried = m_headless;
    QSet<QString> words;
    for (qsizetype i = 0; i < text.size();) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < text.size() && isWordChar(text.at(j)))
            ++j;
        const QString head = headForm(QStringView(text).mid(i, j - i));
        if (!words.contains(head)) {
            words.insert(head);
            tried += m_byHead.value(head);
        }
        i = j;
    }
    std::sort(tried.begin(), tried.end());
    for (const qsizetype index : std::as_const(tried)) {
        const Alias &al = m_aliases.at(index);
        qsizetype from = -1;
        while (true) {
            const qsizetype at = findAlias(text, al.text, from);
            if (at < 0)
                break;
            from = at;
            const qsizetype end = at + al.text.size();
            if ((at > 0 && isWordChar(text.at(at - 1))) ||
                (end < text.size() && isWordChar(text.at(end))))
                continue;
            // "US-led", "Ukraine-style", "Iran-backed": a compound adjective, not the actor.
            if (al.kind != MentionKind::Place && end + 1 < text.size() && text.at(end) == u'-' &&
                text.at(end + 1).isLower())
                continue;
            if (std::any_of(covered.begin() + at, covered.begin() + end, [](bool b) { return b; }))
                continue;
            std::fill(covered.begin() + at, covered.begin() + end, true);
            Mention m;
            m.actor = al.actor;
            m.person = al.person;
            m.begin = at;
            m.end = end;
            m.kind = al.kind;
            if (al.kind == MentionKind::Person) {
                for (const Alias &other : m_aliases)
                    if (other.kind == MentionKind::Person && other.text == al.text &&
                        !m.candidates.contains(other.person))
                        m.candidates.append(other.person);
            }
            out.append(m);
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Mention &a, const Mention &b) { return a.begin < b.begin; });
    return out;
}

QList<const Conflict *> Gazetteer::findConflicts(const QString &text) const
{
    QList<std::pair<qsizetype, const Conflict *>> hits;
    for (const Conflict &c : m_conflicts) {
        qsizetype best = -1;
        for (const QString &al : c.aliases) {
            const qsizetype at = text.indexOf(al, 0, Qt::CaseInsensitive);
            if (at >= 0 && (best < 0 || at < best))
                best = at;
        }
        if (best >= 0)
            hits.append({best, &c});
    }
    std::sort(hits.begin(), hits.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<const Conflict *> out;
    for (const auto &h : hits)
        out.append(h.second);
    return out;
}

} // namespace detente
