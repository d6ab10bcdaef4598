#include "extractor.h"

#include "actorfinder.h"
#include "dateresolver.h"
#include "eventkind.h"
#include "gazetteer.h"
#include "sentences.h"

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
        if (!live.at(i)->subject || !(between == u"and" || between == u"," || between == u", and"))
            break;
        addActor(e, live.at(i)->actor, Role::Source);
    }
    for (qsizetype i = si - 1; i >= 0; --i) {
        const QString between =
            sentence.mid(live.at(i)->end, live.at(i + 1)->begin - live.at(i)->end).trimmed();
        if (!live.at(i)->subject || !(between == u"and" || between == u"," || between == u", and"))
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
        for (const DateMatch &d : std::as_const(found)) {
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

            const Conflict *conflict = (d.since || d.nounPhrase)
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
                e.kind =
                    nounKind.isEmpty() ? classifyEventKind(sentence, d.begin, d.end) : nounKind;
                assignActors(e, sentence,
                             clauseMentions(sentence, mentions, found, &d - found.constData()));
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
