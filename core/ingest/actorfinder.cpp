#include "actorfinder.h"

#include "words.h"

#include <QRegularExpression>

#include <algorithm>

namespace detente {

namespace {

// A person not named for this many sentences is no longer what "he" or "the official" means.
constexpr int kPronounReach = 4;

QRegularExpression rx(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

const QRegularExpression &verbRx()
{
    // Verbs that make the word before them a subject (with up to a few words between).
    static const QRegularExpression re = rx(QStringLiteral(
        R"(^(?:said|says|say|told|tells|stated|states|declared|declares|added|adds|announced|announces|)"
        R"(warned|warns|urged|urges|called|calls|accused|accuses|blamed|blames|rejected|rejects|denied|)"
        R"(denies|dismissed|rebuffed|refused|refuses|proposed|proposes|offered|offers|met|meets|meet|)"
        R"(visited|visits|visiting|mediated|helped|helps|brokered|sent|sends|launched|launches|attacked|)"
        R"(attacks|struck|strikes|seized|released|imposed|imposes|sanctioned|threatened|threatens|)"
        R"(expressed|expresses|issued|issues|claimed|claims|noted|argued|insisted|vowed|pledged|agreed|)"
        R"(signed|hosted|held|criticised|criticized|condemned|slammed|welcomed|praised|responded|)"
        R"(hit|joined|invaded|fired|killed|steered|stayed|turned|named|framed|rallied|continues|)"
        R"(continued|wants|intends|plans|planned|has|have|had|is|was|were|are|will|would|can|could|)"
        R"(should|must|may|might|did|does|hadn['’]t|hasn['’]t|won['’]t|resumed|opted|emerged|)"
        R"(reportedly|also|repeatedly|previously|first|formally|publicly|again|then|currently|)"
        R"(\w+ed)\b)"));
    return re;
}

bool isSkippable(const QString &word)
{
    // Words allowed between a subject and its verb: "G7 foreign ministers on Friday expressed".
    static const QRegularExpression re = rx(QStringLiteral(
        R"(^(?:on|last|this|foreign|ministers?|officials?|leaders?|government|spokes\w+|)"
        R"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|all|both|together|)"
        R"(\d+|early|late|jointly|swiftly|investigators|prosecutors|police|mediators)$)"));
    return re.match(word).hasMatch();
}

// Words after which an actor is the object of an accusation or a meeting.
const QRegularExpression &strongTargetBefore()
{
    static const QRegularExpression re = rx(QStringLiteral(
        R"((?i)\b(?:accused|accuses|accusing|blamed|blames|blaming|urged|urges|urging|called\s+out|)"
        R"(called\s+on|warned|warns|warning|rebuked|rebuke\s+of|criticism\s+of|criticised|criticized|)"
        R"(condemned|condemnation\s+of|slammed|sanctioned|sanctions\s+on|attacked|visiting|visited|visit\s+to|)"
        R"(trip\s+to|met|met\s+with|meeting\s+with|talks\s+with|treaty\s+with|deal\s+with|called\s+for|)"
        R"(against|invaded|invasion\s+of|rockets\s+at|missiles\s+at|)"
        R"(impose\s+on|imposed\s+on|to\s+impose\s+on)\s+(?:the\s+|his\s+|her\s+)?$)"));
    return re;
}

const QRegularExpression &institutionAfter()
{
    // An adjective names an actor when an office or institution follows: "Chinese businesses".
    static const QRegularExpression re = rx(QStringLiteral(
        R"(^\s+(?:\w+\s+)?(?i:President|Prime|Premier|Foreign|Defen[cs]e|Minister|ministry|)"
        R"(spokes\w+|officials?|government|forces|military|troops|army|navy|air\s+force|diplomats?|)"
        R"(embassy|ambassador|envoy|authorities|leaders?|leadership|businesses|companies|firms|banks|)"
        R"(state|Secretary|Chancellor|King|Emir|delegation|negotiators?|side|counterpart|regime|)"
        R"(administration|parliament|lawmakers|intelligence|security|navy|warplanes|warships|jets|)"
        R"(soldiers|casualties|media|Director|Chief|chief|commander|investigators|prosecutors|)"
        R"(police|coast\s+guard|coastguard|negotiating\s+team|mediators|consul\w*|attach[eé]s?|)"
        R"(charg[eé]s?\s+d['’]affaires|drones?|ships?|vessels?)\b)"));
    return re;
}

} // namespace

ActorFinder::ActorFinder(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{
    for (const Actor &a : gazetteer.actors())
        if (a.kind == ActorKind::Person)
            m_speaksFor.insert(a.name, a.affiliation);
}

QList<Mention> ActorFinder::find(const QString &sentence)
{
    ++m_sentence;
    QList<Mention> mentions = m_gazetteer.find(sentence);
    mentions.removeIf([](const Mention &m) { return m.kind == MentionKind::Place; });
    learnPersons(sentence, mentions);
    resolvePersons(sentence, mentions);
    resolvePair(sentence, mentions);
    markRoles(sentence, mentions);
    for (const Mention &m : std::as_const(mentions))
        if (!m.actor.isEmpty() && !m.topic) {
            ++m_counts[m.actor];
            m_recentActors.removeAll(m.actor);
            m_recentActors.append(m.actor);
        }
    return mentions;
}

void ActorFinder::resolvePair(const QString &sentence, QList<Mention> &mentions) const
{
    // "The two countries restored relations", "both cabinets approved it": the last two parties
    // named before.
    static const QRegularExpression pair = rx(QStringLiteral(
        R"((?i)\b(?:the\s+two|both)\s+(?:countries|nations|states|sides|governments|neighbou?rs|)"
        R"(capitals|leaders|parties|cabinets|parliaments|ministers|delegations)\b)"));
    if (m_recentActors.size() < 2)
        return;
    for (auto it = pair.globalMatch(sentence); it.hasNext();) {
        const auto m = it.next();
        const bool covered = std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention &x) {
            return x.begin < m.capturedEnd() && m.capturedStart() < x.end;
        });
        if (covered)
            continue;
        for (qsizetype i = m_recentActors.size() - 2; i < m_recentActors.size(); ++i) {
            Mention r;
            r.actor = m_recentActors.at(i);
            r.begin = m.capturedStart();
            r.end = m.capturedEnd();
            r.kind = MentionKind::Nominal;
            mentions.append(r);
        }
    }
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const Mention &a, const Mention &b) { return a.begin < b.begin; });
}

void ActorFinder::learnPersons(const QString &sentence, QList<Mention> &mentions)
{
    // "<actor> <office> <Name Name>": a person we did not know, who speaks for that actor.
    static const QRegularExpression office = rx(QStringLiteral(
        R"(^\s+(?:[A-Z][a-z]+\s+|of\s+|the\s+|and\s+)*?(?:President|Prime\s+Minister|Premier|)"
        R"(Foreign\s+Minister|Defen[cs]e\s+Minister|Minister|Secretary\s+of\s+State|Secretary-General|)"
        R"(Secretary\s+General|Secretary|[Ss]pokes(?:man|woman|person)|Director|[Aa]mbassador|[Ee]nvoy|)"
        R"(Chancellor|King|Emir|Crown\s+Prince|[Cc]hief|General|Gen\.|[Ll]eader|[Nn]egotiator|)"
        R"([Cc]ommander|Speaker|Governor)\s+(?:(?:Sheikh|Dr\.|Mr\.|Ms\.|Mrs\.)\s+)?)"
        R"(([A-Z][\w'’-]+(?:\s+(?:bin|bint|al|Al|el|El|de|van|von|der|da|[A-Z][\w'’-]+)){1,4}))"));
    // Persons learnt earlier in the article, named again.
    for (auto it = m_learntByAlias.constBegin(); it != m_learntByAlias.constEnd(); ++it) {
        const QString &alias = it.key();
        for (qsizetype at = sentence.indexOf(alias); at >= 0;
             at = sentence.indexOf(alias, at + 1)) {
            const qsizetype end = at + alias.size();
            if ((at > 0 && sentence.at(at - 1).isLetter()) ||
                (end < sentence.size() && sentence.at(end).isLetter()))
                continue;
            const bool overlaps =
                std::any_of(mentions.cbegin(), mentions.cend(),
                            [&](const Mention &m) { return at < m.end && m.begin < end; });
            if (overlaps)
                continue;
            Mention m;
            m.person = it.value();
            m.actor = m_speaksFor.value(m.person);
            m.begin = at;
            m.end = end;
            m.kind = MentionKind::Person;
            mentions.append(m);
        }
    }
    const QList<Mention> known = mentions;
    for (const Mention &m : known) {
        if (m.kind == MentionKind::Person || m.actor.isEmpty())
            continue;
        const auto om = office.match(sentence.mid(m.end));
        if (!om.hasMatch())
            continue;
        const qsizetype at = m.end + om.capturedStart(1);
        const qsizetype end = m.end + om.capturedEnd(1);
        const bool taken = std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention &x) {
            return at < x.end && x.begin < end;
        });
        if (taken)
            continue;
        const QString name = om.captured(1);
        m_speaksFor.insert(name, m.actor);
        m_learntByAlias.insert(name, name);
        m_learntByAlias.insert(name.section(u' ', -1), name);
        Mention p;
        p.person = name;
        p.actor = m.actor;
        p.begin = at;
        p.end = end;
        p.kind = MentionKind::Person;
        mentions.append(p);
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention &a, const Mention &b) { return a.begin < b.begin; });
}

void ActorFinder::resolvePersons(const QString &sentence, QList<Mention> &mentions)
{
    static const QRegularExpression pronoun = rx(QStringLiteral(
        R"(\b((?i)the\s+(?:official|latter|former|spokes(?:man|woman|person)|minister|diplomat|)"
        R"(secretary-general|secretary\s+general|president|prime\s+minister|chancellor)|)"
        R"(he|she|his|her|He|She|His|Her)\b)"));
    auto recentWithin = [&](const QString &person) {
        return m_lastSeen.contains(person) &&
               m_sentence - m_lastSeen.value(person) <= kPronounReach;
    };
    // Surnames that several persons share: the most recently named of them.
    for (Mention &m : mentions) {
        if (m.kind != MentionKind::Person || m.candidates.size() < 2)
            continue;
        QString best;
        for (qsizetype i = m_recentPersons.size() - 1; i >= 0 && best.isEmpty(); --i)
            if (m.candidates.contains(m_recentPersons.at(i)))
                best = m_recentPersons.at(i);
        if (best.isEmpty()) {
            m.person.clear(); // ambiguous and never introduced: do not guess
            m.actor.clear();
        } else {
            m.person = best;
            m.actor = m_speaksFor.value(best);
        }
    }
    mentions.removeIf(
        [](const Mention &m) { return m.kind == MentionKind::Person && m.person.isEmpty(); });

    // Back-references resolve against persons named before this sentence or earlier in it.
    QList<Mention> refs;
    for (auto it = pronoun.globalMatch(sentence); it.hasNext();) {
        const auto pm = it.next();
        const qsizetype at = pm.capturedStart(1);
        const qsizetype end = pm.capturedEnd(1);
        const bool overlaps =
            std::any_of(mentions.cbegin(), mentions.cend(),
                        [&](const Mention &m) { return at < m.end && m.begin < end; });
        if (overlaps)
            continue;
        const QString word = pm.captured(1).toLower();
        QStringList order = m_recentPersons; // most recent last
        for (const Mention &m : std::as_const(mentions))
            if (m.kind == MentionKind::Person && m.end <= at) {
                order.removeAll(m.person);
                order.append(m.person);
            }
        QString person;
        if (word.endsWith(u"former")) {
            if (order.size() >= 2)
                person = order.at(order.size() - 2);
        } else if (!order.isEmpty()) {
            person = order.last();
        }
        // "In his rebuke of Beijing, Stoltenberg declared": a possessive can point forward to
        // the subject named next.
        if (word == u"his" || word == u"her") {
            for (const Mention &m : std::as_const(mentions)) {
                if (m.kind == MentionKind::Person && m.begin > end && m.begin - end < 60) {
                    const QString after = sentence.mid(m.end, 30).trimmed();
                    const auto vm = verbRx().match(after);
                    if (vm.hasMatch() && !after.startsWith(u"on") && !after.startsWith(u",")) {
                        person = m.person;
                    }
                    break;
                }
            }
        }
        if (person.isEmpty())
            continue;
        const bool inSentence = std::any_of(mentions.cbegin(), mentions.cend(),
                                            [&](const Mention &m) { return m.person == person; });
        if (!inSentence && !recentWithin(person))
            continue;
        Mention r;
        r.person = person;
        r.actor = m_speaksFor.value(person);
        r.begin = at;
        r.end = end;
        r.kind = MentionKind::Pronoun;
        refs.append(r);
    }
    mentions += refs;
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention &a, const Mention &b) { return a.begin < b.begin; });
    for (const Mention &m : std::as_const(mentions)) {
        if (m.person.isEmpty())
            continue;
        m_recentPersons.removeAll(m.person);
        m_recentPersons.append(m.person);
        m_lastSeen.insert(m.person, m_sentence);
    }
}

void ActorFinder::markRoles(const QString &s, QList<Mention> &mentions) const
{
    static const QRegularExpression word = rx(QStringLiteral(R"(^[\s,]*([\w'’-]+))"));
    static const QRegularExpression topicNoun = rx(QStringLiteral(
        R"(^[’']?s?\s+(?i:war|conflict|crisis|invasion|front|issue|question|peace\s+plan|border|coast|territory|sea)\b)"));
    static const QRegularExpression criticismOf = rx(QStringLiteral(
        R"((?i)\b(?:rebuke|criticism|condemnation|accusations?|warning|critic|critics|)"
        R"(minister|president|leader|government|spokes\w+|ministry|secretary-general|envoy|)"
        R"(ambassador|delegation|foreign\s+minister|prime\s+minister|officials?)\s+of\s+(?:the\s+)?$)"));

    for (qsizetype i = 0; i < mentions.size(); ++i) {
        Mention &m = mentions[i];
        const QString before = s.left(m.begin);
        const QString prev = previousWord(s, m.begin).toLower();
        const QString after = s.mid(m.end);

        // Topic only: "the Ukraine war", "in Gaza", "support of Russia", "Israeli jails".
        if (m.kind == MentionKind::Name || m.kind == MentionKind::Metonym ||
            m.kind == MentionKind::Nominal) {
            if (topicNoun.match(after).hasMatch())
                m.topic = true;
            if (prev == u"in" || prev == u"across" || prev == u"near" || prev == u"into" ||
                prev == u"throughout" || prev == u"inside")
                m.topic = true;
            if (prev == u"of" && !criticismOf.match(before).hasMatch())
                m.topic = true;
        }
        if (m.kind == MentionKind::Adjective && !institutionAfter().match(after).hasMatch())
            m.topic = true;
        // Whom a report is attributed to is its source, not a party to the event.
        static const QRegularExpression accordingTo =
            rx(QStringLiteral(R"((?i)\baccording\s+to\s+(?:the\s+)?$)"));
        if (accordingTo.match(before).hasMatch())
            m.topic = true;

        m.strongTarget = strongTargetBefore().match(before).hasMatch();

        // Subject: the next words (skipping a few fillers) reach a verb; no possessive.
        if (after.startsWith(u"’s") || after.startsWith(u"'s"))
            continue;
        qsizetype at = 0;
        for (int k = 0; k < 6; ++k) {
            const auto wm = word.match(after.mid(at));
            if (!wm.hasMatch())
                break;
            const QString w = wm.captured(1);
            if (after.mid(at, wm.capturedStart(1)).contains(u','))
                break;
            if (verbRx().match(w).hasMatch() && w.at(0).isLower()) {
                // "a summit in Switzerland promoted by …" is passive: no subject.
                static const QRegularExpression passive = rx(QStringLiteral(R"(^\s+by\b)"));
                if (passive.match(after.mid(at + wm.capturedEnd(1))).hasMatch())
                    break;
                m.subject = true;
                m.topic = false;
                break;
            }
            if (!isSkippable(w) && !(m.kind == MentionKind::Person && k == 0 && w.at(0).isUpper()))
                break;
            at += wm.capturedEnd(1);
        }
    }
    // "the Japanese and South Korean ministers": coordinated adjectives share the noun.
    for (qsizetype i = mentions.size() - 1; i > 0; --i) {
        const Mention &b = mentions.at(i);
        Mention &a = mentions[i - 1];
        if (a.kind != MentionKind::Adjective || b.kind != MentionKind::Adjective || !a.topic ||
            b.topic)
            continue;
        const QString between = s.mid(a.end, b.begin - a.end).trimmed();
        if (between == u"and" || between == u"," || between == u", and")
            a.topic = false;
    }
    // Coordinated subjects: "Egypt and Qatar helped", "France, Germany, and Britain all sent";
    // a bare comma only continues a list that ends in "and".
    QList<bool> coordinated(mentions.size(), false);
    for (qsizetype i = mentions.size() - 1; i > 0; --i) {
        const Mention &b = mentions.at(i);
        Mention &a = mentions[i - 1];
        if (!b.subject || a.subject)
            continue;
        const QString between = s.mid(a.end, b.begin - a.end).trimmed();
        const bool joined = between == u"and" || between == u", and" || between == u"and the" ||
                            (between == u"," && coordinated.at(i));
        if (joined) {
            a.subject = true;
            a.topic = false;
            coordinated[i - 1] = true;
        }
    }
}

} // namespace detente
