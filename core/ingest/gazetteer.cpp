#include "gazetteer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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
        const QStringList aliases = stringList(o.value(u"aliases"));
        const QStringList metonyms = stringList(o.value(u"metonyms"));
        const QStringList adjectives = stringList(o.value(u"adjectives"));
        a.aliases = aliases + metonyms + adjectives;

        if (a.kind == ActorKind::Person) {
            addAlias(a.name, a.affiliation, a.name, MentionKind::Person);
            for (const QString &al : aliases)
                addAlias(al, a.affiliation, a.name, MentionKind::Person);
            if (!o.contains(u"aliases"))
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
            if (!a.office.isEmpty())
                old.office = a.office;
            if (!a.affiliation.isEmpty())
                old.affiliation = a.affiliation;
        } else {
            m_index.insert(a.name, m_actors.size());
            m_actors.append(a);
        }
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
