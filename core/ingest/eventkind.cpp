#include "eventkind.h"

#include <QList>
#include <QRegularExpression>

namespace detente {

namespace {

// How far (in characters) a telling word may be from the date expression.
constexpr qsizetype kReach = 60;

struct KindWords {
    QString kind;
    QRegularExpression words;
};

const QList<KindWords> &kindWords()
{
    auto rx = [](const char *p) {
        return QRegularExpression(QString::fromUtf8(p),
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
    };
    // In priority order, for ties. Rejection includes staying away from what others hold
    // (CAMEO 12: reject, incl. boycotts): the general verbs of avoidance, not only the phrases
    // one article uses ("steered clear of a summit", "stayed away", "shunned", "skipped",
    // "snubbed", "pulled out of", "walked out of").
    static const QList<KindWords> list = {
        {QStringLiteral("rejection/denial"),
         rx(R"(\b(?:reject\w*|den(?:y|ied|ies)|dismiss\w*|rebuff\w*|refus\w*|refut\w*|shifting\s+(?:the\s+)?blame|smears?|)"
            R"((?:steer(?:s|ed|ing)?|stay(?:s|ed|ing)?|kept|keeps?|keeping)\s+(?:clear|away)|)"
            R"(shun(?:s|ned|ning)?|snub(?:s|bed|bing)?|skip(?:s|ped|ping)?|boycott\w*|)"
            R"((?:pull(?:s|ed|ing)?|walk(?:s|ed|ing)?)\s+out|hit\s+back|retort\w*|turned\s+down|veto\w*)\b)")},
        {QStringLiteral("accusation"),
         rx(R"(\b(?:accus\w*|blam\w*|responsib\w*|called\s+out|criticis\w*|criticiz\w*|condemn\w*|rebuk\w*|fuel\w*|concerns?|alleg\w*|slamm\w*|denounc\w*)\b)")},
        {QStringLiteral("threat/warning"),
         rx(R"(\b(?:warn\w*|threat\w*|consequences|ultimatum)\b)")},
        {QStringLiteral("sanction"),
         rx(R"(\b(?:sanction\w*|embargo\w*|restrictions|tariffs?|export\s+controls|blacklist\w*)\b)")},
        {QStringLiteral("military action"),
         rx(R"(\b(?:invasion|invad\w*|attack\w*|strikes?|struck|shell\w*|bomb\w*|warships|troops|rockets?|missiles?|seiz\w*|offensive|airstrikes?|damaged|fighting|killed|military\s+operation|deploy\w*|drills|incursion|annex\w*)\b)")},
        {QStringLiteral("proposal"),
         rx(R"(\b(?:propos\w*|roadmap|offer\w*|peace\s+plan|initiative)\b)")},
        {QStringLiteral("meeting/visit"),
         rx(R"(\b(?:meet|met|meets|meeting|visit\w*|summit|talks|negotiat\w*|mediat\w*|broker\w*|hosted|gathering|conference|trip)\b)")},
        {QStringLiteral("claim of figures"),
         rx(R"((?:\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|\b\d{3,}\b(?!\s*(?:BC|AD))|\bcasualt\w*))")},
    };
    return list;
}

} // namespace

QString classifyEventKind(const QString &sentence, qsizetype dateBegin, qsizetype dateEnd)
{
    QString best;
    qsizetype bestDistance = kReach + 1;
    static const QRegularExpression year(QStringLiteral(R"(^(?:1[89]|20)\d\d$)"));
    for (const KindWords &kw : kindWords()) {
        for (auto it = kw.words.globalMatch(sentence); it.hasNext();) {
            const auto m = it.next();
            if (kw.kind == u"claim of figures" && year.match(m.captured(0).trimmed()).hasMatch())
                continue; // a year is not a figure
            if (m.capturedStart() < dateEnd && dateBegin < m.capturedEnd())
                continue; // words inside the date phrase itself
            const qsizetype d = m.capturedEnd() <= dateBegin ? dateBegin - m.capturedEnd()
                                                             : m.capturedStart() - dateEnd;
            if (d < bestDistance) {
                bestDistance = d;
                best = kw.kind;
            }
        }
    }
    return best.isEmpty() ? QStringLiteral("statement") : best;
}

QString eventKindOfNoun(const QString &noun)
{
    for (const KindWords &kw : kindWords()) {
        if (kw.kind == u"claim of figures")
            continue;
        const auto m = kw.words.match(noun);
        if (m.hasMatch() && m.capturedLength() == noun.size())
            return kw.kind;
    }
    static const QRegularExpression conflictNoun(
        QStringLiteral(R"(^(?:war|conflict|campaign|operation|crackdown|coup)$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (conflictNoun.match(noun).hasMatch())
        return QStringLiteral("military action");
    return {};
}

CameoCoding cameoForKind(const QString &kind)
{
    if (kind == u"accusation")
        return {QStringLiteral("112"), QStringLiteral("11"), 3, -2.0};
    if (kind == u"rejection/denial")
        return {QStringLiteral("120"), QStringLiteral("12"), 3, -4.0};
    if (kind == u"meeting/visit")
        return {QStringLiteral("040"), QStringLiteral("04"), 1, 1.0};
    if (kind == u"proposal")
        return {QStringLiteral("030"), QStringLiteral("03"), 1, 4.0};
    if (kind == u"threat/warning")
        return {QStringLiteral("130"), QStringLiteral("13"), 3, -4.4};
    if (kind == u"sanction")
        return {QStringLiteral("163"), QStringLiteral("16"), 3, -8.0};
    if (kind == u"military action")
        return {QStringLiteral("190"), QStringLiteral("19"), 4, -10.0};
    // statement and claim of figures: make a public statement
    return {QStringLiteral("010"), QStringLiteral("01"), 1, 0.0};
}

} // namespace detente
