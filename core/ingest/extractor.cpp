#include "extractor.h"

#include "actorfinder.h"
#include "dateresolver.h"
#include "eventkind.h"
#include "gazetteer.h"
#include "sentences.h"
#include "words.h"

#include <QRegularExpression>

#include <algorithm>

namespace detente {

namespace {

constexpr double kLikely = 0.7;

QRegularExpression rx(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

bool isSpeechVerbAfter(const QString &sentence, const Mention &m)
{
    static const QRegularExpression speech = rx(QStringLiteral(
        R"(^\W*(?:\w+\s+){0,3}?(?:said|says|told|stated|declared|added|announced|warned|urged|)"
        R"(claimed|noted|insisted|argued|accused|called|rejected|denied|wrote|tweeted)\b)"));
    return speech.match(sentence.mid(m.end)).hasMatch();
}

// The conflict a dated noun phrase or "since X" stands for: one starting within the dates whose
// parties the article names most.
const Conflict *conflictFor(const Gazetteer &g, const DateMatch &d,
                            const QHash<QString, int> &counts)
{
    const Conflict *best = nullptr;
    int bestScore = 0;
    for (const Conflict &c : g.conflicts()) {
        const qint64 start = dayStartMs(c.start);
        if (start < d.date.first() || start > d.date.last())
            continue;
        const int score = counts.value(c.source) + counts.value(c.target);
        if (score > bestScore) {
            bestScore = score;
            best = &c;
        }
    }
    return best;
}

QString titleFor(const Event &e)
{
    const QString source = e.sourceActor();
    const QString target = e.targetActor();
    QString verb;
    if (e.kind == u"accusation")
        verb = QStringLiteral("accuses");
    else if (e.kind == u"rejection/denial")
        verb = QStringLiteral("rejects");
    else if (e.kind == u"meeting/visit")
        verb = target.isEmpty() ? QStringLiteral("meeting") : QStringLiteral("meets");
    else if (e.kind == u"proposal")
        verb = QStringLiteral("proposes");
    else if (e.kind == u"threat/warning")
        verb = QStringLiteral("warns");
    else if (e.kind == u"sanction")
        verb = QStringLiteral("sanctions");
    else if (e.kind == u"military action")
        verb = QStringLiteral("military action against");
    else if (e.kind == u"claim of figures")
        verb = QStringLiteral("gives figures on");
    else
        verb = QStringLiteral("statement on");
    QString t = source.isEmpty() ? QStringLiteral("Unknown actor") : source;
    t += u' ' + verb;
    if (!target.isEmpty())
        t += u' ' + target;
    return t.trimmed();
}

void addActor(Event &e, const QString &name, Role role)
{
    if (name.isEmpty())
        return;
    for (const EventActor &a : std::as_const(e.actors))
        if (a.name == name)
            return;
    e.actors.append({name, role});
}

// What joins the items of a list of names: ",", "and", ", and", each perhaps before "the".
bool isListJoint(const QString &between)
{
    static const QRegularExpression joint = rx(QStringLiteral(R"(^(?:,|and|,\s*and)(?:\s+the)?$)"));
    return joint.match(between).hasMatch();
}

// Sources, target and persons of a sentence from its mentions.
void assignActors(Event &e, const QString &sentence, const QList<Mention> &mentions)
{
    QList<const Mention *> live;
    for (const Mention &m : mentions)
        if (!m.actor.isEmpty() && !m.topic)
            live.append(&m);
    for (const Mention &m : mentions)
        if (!m.person.isEmpty()) {
            const EventPerson p{m.person, m.actor};
            if (!e.persons.contains(p))
                e.persons.append(p);
        }
    if (live.isEmpty())
        return;

    // The speaker if there is one, else the first subject, else the first named.
    const Mention *source = nullptr;
    for (const Mention *m : live)
        if (m->subject && isSpeechVerbAfter(sentence, *m)) {
            source = m;
            break;
        }
    if (!source)
        for (const Mention *m : live)
            if (m->subject) {
                source = m;
                break;
            }
    if (!source)
        source = live.first();
    addActor(e, source->actor, Role::Source);
    // Subjects joined to the source by "and" share its role.
    const qsizetype si = live.indexOf(source);
    for (qsizetype i = si + 1; i < live.size(); ++i) {
        const QString between =
            sentence.mid(live.at(i - 1)->end, live.at(i)->begin - live.at(i - 1)->end).trimmed();
        if (!live.at(i)->subject || !isListJoint(between))
            break;
        addActor(e, live.at(i)->actor, Role::Source);
    }
    // Before the source, a list ending in "and" + the source is a list of subjects ("France,
    // Germany and the United Kingdom warned Iran"), whether or not each item was marked as one;
    // a comma alone ("In his rebuke of Beijing, Stoltenberg said") joins only marked subjects.
    bool list = false;
    for (qsizetype i = si - 1; i >= 0; --i) {
        const QString between =
            sentence.mid(live.at(i)->end, live.at(i + 1)->begin - live.at(i)->end).trimmed();
        if (!isListJoint(between))
            break;
        if (i == si - 1)
            list = between.contains(u"and");
        if (!list && !live.at(i)->subject)
            break;
        addActor(e, live.at(i)->actor, Role::Source);
    }
    auto isSource = [&](const QString &actor) {
        return std::any_of(e.actors.cbegin(), e.actors.cend(), [&](const EventActor &a) {
            return a.name == actor && a.role == Role::Source;
        });
    };
    const Mention *target = nullptr;
    for (const Mention *m : live)
        if (m->strongTarget && !isSource(m->actor)) {
            target = m;
            break;
        }
    if (!target)
        for (const Mention *m : live)
            if (m->begin > source->begin && !isSource(m->actor)) {
                target = m;
                break;
            }
    if (!target)
        for (const Mention *m : live)
            if (!isSource(m->actor)) {
                target = m;
                break;
            }
    if (target)
        addActor(e, target->actor, Role::Target);
    // Whom the persons speak for is always among the actors.
    for (const EventPerson &p : std::as_const(e.persons))
        addActor(e, p.speaksFor, Role::Other);
}

// The mentions of the clause a date expression sits in, when a sentence holds more than one
// date ("Erdogan visited Cairo in February, ending a rift that began when the army ousted Mursi
// eleven years ago"); all of them when the clause names no one.
QList<Mention> clauseMentions(const QString &sentence, const QList<Mention> &mentions,
                              const QList<DateMatch> &dates, qsizetype index)
{
    if (dates.size() < 2)
        return mentions;
    static const QRegularExpression boundary =
        rx(QStringLiteral(R"([,;:]|\s[–—-]\s|\b(?:when|while|whereas|after|before|which|but)\b)"));
    const DateMatch &d = dates.at(index);
    const qsizetype windowBegin = index > 0 ? dates.at(index - 1).end : 0;
    const qsizetype windowEnd =
        index + 1 < dates.size() ? dates.at(index + 1).begin : sentence.size();
    qsizetype begin = windowBegin;
    QList<qsizetype> ends;
    for (auto it = boundary.globalMatch(sentence); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedEnd() <= d.begin && m.capturedStart() >= windowBegin)
            begin = m.capturedStart();
        else if (m.capturedStart() >= d.end && m.capturedStart() < windowEnd)
            ends.append(m.capturedStart());
    }
    ends.append(windowEnd);
    for (const qsizetype end : std::as_const(ends)) {
        QList<Mention> inside;
        for (const Mention &m : mentions)
            if (m.begin >= begin && m.end <= end)
                inside.append(m);
        const bool named = std::any_of(inside.cbegin(), inside.cend(), [](const Mention &m) {
            return !m.actor.isEmpty() && !m.topic;
        });
        if (named)
            return inside;
    }
    return mentions;
}

// A second happening a sentence reports on the date of `d`, as an event of its own. Two general
// patterns:
// - a dated event noun that others held ("China stayed away from a weekend summit … that
//   reaffirmed Kyiv's demands"): the date phrase, not led by a preposition, directly qualifies a
//   meeting noun that is the object of the sentence's verb; the noun is an event of its own, with
//   the actors named after it, and the first event takes its kind from the words around the
//   whole noun phrase;
// - a second predicate of the same subject, joined by "and", that is a deed where the first is
//   a word or the other way round ("Hamas refused … and resumed launching rockets at Israel"):
//   same actors, each event the kind of its own predicate.
struct SecondEvent {
    QString kind;            ///< empty: none
    QString firstKind;       ///< the first event's kind, when the second changes it
    QList<Mention> mentions; ///< whose actors the second has; empty: the first event's
};

SecondEvent secondEvent(const QString &sentence, const DateMatch &d, const QList<Mention> &mentions)
{
    SecondEvent out;
    static const QRegularExpression eventNoun = rx(QStringLiteral(
        R"((?:['’]s)?\s+(?:[a-z]+\s+)?(summit|talks|meeting|conference|gathering|forum|vote|)"
        R"(referendum|election|negotiations|consultations|visit)\b)"));
    static const QRegularExpression leadingPreposition =
        rx(QStringLiteral(R"(^(?i)(?:on|in|at|by|from|since|until|during|over|for)\b)"));
    if (!leadingPreposition.match(d.phrase).hasMatch() && d.begin > 0) {
        const auto m = eventNoun.match(sentence, d.end, QRegularExpression::NormalMatch,
                                       QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch()) {
            const qsizetype nounEnd = m.capturedEnd(1);
            const bool subjectBefore =
                std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention &x) {
                    return x.end <= d.begin && !x.actor.isEmpty();
                });
            for (const Mention &x : mentions) {
                // Where it was held ("in Switzerland") is no party to it.
                const QString before = previousWord(sentence, x.begin).toLower();
                if (x.begin < nounEnd || x.actor.isEmpty() || before == u"in" || before == u"at")
                    continue;
                Mention copy = x;
                copy.topic = false;
                copy.subject = false;
                copy.strongTarget = false;
                out.mentions.append(copy);
            }
            const bool othersNamed =
                std::any_of(out.mentions.cbegin(), out.mentions.cend(), [&](const Mention &x) {
                    return x.kind != MentionKind::Place &&
                           std::none_of(mentions.cbegin(), mentions.cend(), [&](const Mention &y) {
                               return y.end <= d.begin && y.actor == x.actor;
                           });
                });
            if (subjectBefore && othersNamed) {
                out.kind = eventKindOfNoun(m.captured(1));
                if (out.kind.isEmpty())
                    out.kind = QStringLiteral("meeting/visit");
                out.firstKind = classifyEventKind(sentence, d.begin, nounEnd);
                return out;
            }
            out.mentions.clear();
        }
    }
    // "… and resumed launching rockets": a coordinated past-tense verb without a subject of its
    // own, whose own words (not a verb of saying or talking) tell another kind.
    static const QRegularExpression coordinated =
        rx(QStringLiteral(R"(\band\s+(?:then\s+|later\s+|also\s+)?([a-z]+ed)\b)"));
    static const QRegularExpression talkVerb = rx(QStringLiteral(
        R"(^(?:said|added|noted|stressed|discussed|talked|agreed|expressed|called|urged|asked|)"
        R"(reiterated|underlined|emphasi[sz]ed|welcomed|praised|hoped|wanted|planned|tried|)"
        R"(needed|seemed|appeared|remained|continued|described|reported|told|claimed|argued)$)"));
    static const QRegularExpression boundary = rx(QStringLiteral(R"([,;:.]|\s[–—-]\s)"));
    // Only a deed beside a word (or a word beside a deed) is a second event: "refused … and
    // resumed launching rockets"; "condemned … and warned" is one statement of two kinds.
    auto material = [](const QString &k) {
        const int quad = cameoForKind(k).quadClass;
        return quad == 2 || quad == 4;
    };
    for (auto it = coordinated.globalMatch(sentence, d.end); it.hasNext();) {
        const auto m = it.next();
        if (talkVerb.match(m.captured(1)).hasMatch())
            continue;
        const qsizetype from = m.capturedStart(1);
        qsizetype to = sentence.size();
        if (const auto b = boundary.match(sentence, from); b.hasMatch())
            to = b.capturedStart();
        to = qMin(to, from + 50);
        const QString kind = classifyEventKind(sentence.mid(from, to - from), 0, 0);
        if (kind == u"statement" || kind == u"claim of figures")
            continue;
        const QString firstKind =
            classifyEventKind(sentence.left(m.capturedStart()), d.begin, d.end);
        if (kind == firstKind || material(kind) == material(firstKind))
            continue;
        out.kind = kind;
        out.firstKind = firstKind;
        return out;
    }
    return out;
}

QString attributionOf(const QString &sentence, const QList<Mention> &mentions)
{
    static const QRegularExpression according = rx(QStringLiteral(R"((?i)\baccording\s+to\s+)"));
    const auto m = according.match(sentence);
    if (!m.hasMatch())
        return {};
    for (const Mention &x : mentions)
        if (x.begin >= m.capturedEnd() && x.begin - m.capturedEnd() < 20)
            return x.person.isEmpty() ? x.actor : x.person;
    return {};
}

} // namespace

QList<ExtractedEvent> extractEvents(const ArticleInput &article, const Gazetteer &gazetteer)
{
    QList<ExtractedEvent> out;
    const QString &text = article.text;
    const QList<SentenceSpan> sentences = splitSentences(text);
    DateResolver dates(article.published);
    const auto dateline = DateResolver::dateline(text, article.published);
    if (dateline)
        dates.setReference(dateline->date.firstDay());
    ActorFinder actors(gazetteer);
    static const QRegularExpression responseCue = rx(QStringLiteral(
        R"((?i)\b(?:rejected|rebuffed|dismissed|denied|responded|in\s+response\s+to|hit\s+back|)"
        R"(retorted|in\s+reply\s+to|reacting\s+to|refuted|shifting\s+(?:the\s+)?blame|answer(?:ed|ing))\b)"));
    static const QRegularExpression hedge = rx(
        QStringLiteral(R"((?i)\b(?:reportedly|allegedly|purportedly|supposedly|unconfirmed)\b)"));

    int serial = 0;
    QList<bool> responds;
    for (const SentenceSpan &span : sentences) {
        const QString sentence = text.mid(span.begin, span.end - span.begin);
        if (span.paragraph < 6 && DateResolver::isPublicationLine(sentence))
            continue; // "Published: 18 June 2024" dates the article, not an event
        const QList<const Conflict *> conflicts = gazetteer.findConflicts(sentence);
        if (!conflicts.isEmpty())
            dates.setConflictStart(conflicts.last()->start);
        const QList<Mention> mentions = actors.find(sentence);
        QList<DateMatch> found = dates.find(sentence, span.paragraph);
        // A dateline dates the story; it is an event only when its sentence has no other date.
        if (dateline && span.begin <= dateline->begin && found.size() > 1)
            found.removeIf(
                [&](const DateMatch &d) { return span.begin + d.begin <= dateline->end; });
        const QString attribution = attributionOf(sentence, mentions);
        // One event per date expression, and a second one where the sentence reports a second
        // happening on that date (see secondEvent()).
        auto addEvent = [&](const DateMatch &d, const QString &kindOverride,
                            const QList<Mention> *actorMentions) {
            ExtractedEvent x;
            Event &e = x.event;
            e.key = QStringLiteral("x-%1").arg(++serial);
            e.date = d.date;
            e.date.setPhrase(d.phrase);
            e.reference = dates.reference();
            e.confidence = d.confidence;
            e.quote = sentence;
            e.quoteBegin = span.begin;
            e.quoteEnd = span.end;
            e.summary = sentence;
            e.attributedTo = attribution;
            e.source = {article.url.isEmpty() ? article.title : article.url, article.title,
                        article.url, article.publisher, article.published};

            const Conflict *conflict = (d.since || d.nounPhrase) && kindOverride.isEmpty()
                                           ? conflictFor(gazetteer, d, actors.actorCounts())
                                           : nullptr;
            const QString nounKind = d.nounPhrase ? eventKindOfNoun(d.noun) : QString();
            if (conflict && (d.since || nounKind == u"military action")) {
                // "since February 2022", "the 2022 invasion": the start of a known conflict.
                e.kind = QStringLiteral("military action");
                addActor(e, conflict->source, Role::Source);
                addActor(e, conflict->target, Role::Target);
                e.summary = conflict->name;
            } else {
                if (!kindOverride.isEmpty())
                    e.kind = kindOverride;
                else
                    e.kind =
                        nounKind.isEmpty() ? classifyEventKind(sentence, d.begin, d.end) : nounKind;
                assignActors(e, sentence,
                             actorMentions ? *actorMentions
                                           : clauseMentions(sentence, mentions, found,
                                                            &d - found.constData()));
            }
            if (hedge.match(sentence).hasMatch())
                e.confidence = qMin(e.confidence, kLikely);
            if (e.kind == u"claim of figures" && e.attributedTo.isEmpty()) {
                // A figure someone states is their claim.
                for (const Mention &m : mentions)
                    if (m.subject && !m.actor.isEmpty() && isSpeechVerbAfter(sentence, m)) {
                        e.attributedTo = m.person.isEmpty() ? m.actor : m.person;
                        break;
                    }
            }
            const CameoCoding cameo = cameoForKind(e.kind);
            e.cameoCode = cameo.code;
            e.cameoRoot = cameo.root;
            e.quadClass = cameo.quadClass;
            e.goldstein = cameo.goldstein;
            e.title = titleFor(e);
            x.sentence = sentence;
            x.sentenceBegin = span.begin;
            x.sentenceEnd = span.end;
            x.phraseBegin = span.begin + d.begin;
            x.phraseEnd = span.begin + d.end;
            for (const Mention &m : mentions) {
                const bool named =
                    (!m.person.isEmpty() && e.persons.contains(EventPerson{m.person, m.actor})) ||
                    (m.person.isEmpty() && !m.actor.isEmpty() &&
                     std::any_of(e.actors.cbegin(), e.actors.cend(),
                                 [&](const EventActor &a) { return a.name == m.actor; }));
                if (named)
                    x.actorSpans.append({span.begin + m.begin, span.begin + m.end});
            }
            responds.append(!d.since && !d.nounPhrase && responseCue.match(sentence).hasMatch());
            out.append(x);
        };
        for (const DateMatch &d : std::as_const(found)) {
            const SecondEvent second =
                d.since || d.nounPhrase ? SecondEvent{} : secondEvent(sentence, d, mentions);
            addEvent(d, second.firstKind, nullptr);
            if (!second.kind.isEmpty())
                addEvent(d, second.kind, second.mentions.isEmpty() ? nullptr : &second.mentions);
        }
    }

    // Responses: an event that rejects or answers points at the latest earlier event by its
    // target aimed at its source ("rejected Stoltenberg's claim").
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!responds.at(i))
            continue;
        Event &e = out[i].event;
        const QString source = e.sourceActor();
        const QString target = e.targetActor();
        if (source.isEmpty() || target.isEmpty())
            continue;
        const Event *best = nullptr;
        for (qsizetype j = 0; j < out.size(); ++j) {
            const Event &f = out.at(j).event;
            if (j == i || f.sourceActor() != target || f.date.first() > e.date.last())
                continue;
            if (!f.targetActor().isEmpty() && f.targetActor() != source)
                continue;
            if (!best || f.date.first() > best->date.first())
                best = &f;
        }
        if (best)
            e.answers = {best->key};
    }
    return out;
}

} // namespace detente
