#include "dateresolver.h"

#include "words.h"

#include "tense.h"

#include <QRegularExpression>

#include <algorithm>

namespace detente {

namespace {

constexpr double kLikely = 0.7;
// The news window: a date without a year that tense and reference put within a month of the
// reference is the article's own news and keeps that year, whatever year was written nearby.
// News style (AP, Reuters) leaves the year out exactly for such current dates and writes it for
// older ones, so "Blinken said on October 24" in an October article is this October, even right
// after "on October 7, 2023". A month is the span "last month" / "earlier this month" reach.
constexpr qint64 kRecentDays = 31;

const QString kMonth = QStringLiteral(
    R"((January|February|March|April|May|June|July|August|September|October|November|December|)"
    R"(Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z]))");
const QString kWeekday =
    QStringLiteral(R"((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))");
const QString kNumber = QStringLiteral(
    R"((a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}))");

QRegularExpression rx(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

int monthNumber(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(names.indexOf(name.left(3).toLower())) + 1;
}

int weekdayNumber(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    return int(names.indexOf(name.left(3).toLower())) + 1;
}

int numberValue(const QString &word)
{
    static const QStringList words = {
        QStringLiteral("one"),   QStringLiteral("two"),    QStringLiteral("three"),
        QStringLiteral("four"),  QStringLiteral("five"),   QStringLiteral("six"),
        QStringLiteral("seven"), QStringLiteral("eight"),  QStringLiteral("nine"),
        QStringLiteral("ten"),   QStringLiteral("eleven"), QStringLiteral("twelve")};
    const QString w = word.toLower();
    if (w == u"a" || w == u"an")
        return 1;
    const qsizetype i = words.indexOf(w);
    if (i >= 0)
        return int(i) + 1;
    bool ok = false;
    const int n = w.toInt(&ok);
    return ok ? n : 0;
}

QDate monthEnd(int year, int month)
{
    return QDate(year, month, 1).addMonths(1).addDays(-1);
}

QDate mondayOf(QDate d)
{
    return d.addDays(1 - d.dayOfWeek());
}

DateSpan monthSpan(int year, int month, const QString &phrase)
{
    return DateSpan::fromDays(QDate(year, month, 1), monthEnd(year, month), Precision::Month,
                              phrase);
}

DateSpan yearSpan(int year, const QString &phrase)
{
    return DateSpan::fromDays(QDate(year, 1, 1), QDate(year, 12, 31), Precision::Year, phrase);
}

DateSpan weekSpan(QDate day, const QString &phrase)
{
    const QDate monday = mondayOf(day);
    return DateSpan::fromDays(monday, monday.addDays(6), Precision::Span, phrase);
}

// early / mid / late part of a month: days 1–10, 11–20, 21–end.
DateSpan partOfMonth(const QString &part, int year, int month, const QString &phrase)
{
    const QString p = part.toLower();
    QDate first(year, month, 1);
    QDate last = monthEnd(year, month);
    if (p.startsWith(u"early") || p.contains(u"beginning") || p.contains(u"start")) {
        last = QDate(year, month, 10);
    } else if (p.startsWith(u"mid") || p.contains(u"middle")) {
        first = QDate(year, month, 11);
        last = QDate(year, month, 20);
    } else if (p.startsWith(u"late") || p.contains(u"end")) {
        first = QDate(year, month, 21);
    }
    return DateSpan::fromDays(first, last, Precision::Span, phrase);
}

// early / mid / late part of a year: Jan–Apr, May–Aug, Sep–Dec; halves.
DateSpan partOfYear(const QString &part, int year, const QString &phrase)
{
    const QString p = part.toLower();
    int m1 = 1;
    int m2 = 12;
    if (p.contains(u"first half")) {
        m2 = 6;
    } else if (p.contains(u"second half")) {
        m1 = 7;
    } else if (p.startsWith(u"early") || p.contains(u"beginning") || p.contains(u"start")) {
        m2 = 4;
    } else if (p.startsWith(u"mid") || p.contains(u"middle")) {
        m1 = 5;
        m2 = 8;
    } else if (p.startsWith(u"late") || p.contains(u"end")) {
        m1 = 9;
    }
    return DateSpan::fromDays(QDate(year, m1, 1), monthEnd(year, m2), Precision::PartOfYear,
                              phrase);
}

int seasonStartMonth(const QString &season)
{
    const QString s = season.toLower();
    if (s == u"spring")
        return 3;
    if (s == u"summer")
        return 6;
    if (s == u"autumn" || s == u"fall")
        return 9;
    return 12; // winter: December to February (northern hemisphere)
}

DateSpan seasonSpan(int startMonth, int year, const QString &phrase)
{
    const QDate first(year, startMonth, 1);
    const QDate last = first.addMonths(3).addDays(-1);
    return DateSpan::fromDays(first, last, Precision::PartOfYear, phrase);
}

// The instance (by the year its first month is in) of a season for a relative word.
int seasonYear(int startMonth, const QString &relation, QDate ref, bool future)
{
    const QString r = relation.toLower();
    auto start = [&](int y) { return QDate(y, startMonth, 1); };
    auto end = [&](int y) { return start(y).addMonths(3).addDays(-1); };
    int y = ref.year();
    if (r == u"this") {
        if (startMonth == 12 && ref.month() <= 2)
            --y;
        return y;
    }
    if (r == u"last" || r == u"past") {
        while (end(y) >= ref)
            --y;
        return y;
    }
    if (r == u"next") {
        while (start(y) <= ref)
            ++y;
        return y;
    }
    if (future) {
        while (end(y - 1) >= ref)
            --y;
        while (end(y) < ref)
            ++y;
        return y;
    }
    while (start(y) > ref)
        --y;
    return y;
}

QDate weekdayDate(int weekday, QDate ref, bool future, const QString &modifier)
{
    const QString m = modifier.toLower();
    const int today = ref.dayOfWeek();
    if (m == u"last") {
        int back = (today - weekday + 7) % 7;
        return ref.addDays(-(back == 0 ? 7 : back));
    }
    if (m == u"next") {
        int ahead = (weekday - today + 7) % 7;
        return ref.addDays(ahead == 0 ? 7 : ahead);
    }
    if (future || m == u"coming")
        return ref.addDays((weekday - today + 7) % 7);
    return ref.addDays(-((today - weekday + 7) % 7));
}

bool isPreposition(const QString &word)
{
    static const QStringList words = {
        QStringLiteral("in"),         QStringLiteral("during"), QStringLiteral("since"),
        QStringLiteral("at"),         QStringLiteral("after"),  QStringLiteral("before"),
        QStringLiteral("until"),      QStringLiteral("amid"),   QStringLiteral("following"),
        QStringLiteral("throughout"), QStringLiteral("from"),   QStringLiteral("of"),
        QStringLiteral("ahead")};
    return words.contains(word.toLower());
}

// Head noun of "the 2014 Gaza war": the first lower-case word after the year, or the last of up
// to three capitalised words.
QString headNoun(const QString &s, qsizetype pos)
{
    static const QRegularExpression word(QStringLiteral(R"(^[\s-]*([A-Za-z][A-Za-z'’-]*))"));
    QString last;
    qsizetype at = pos;
    for (int i = 0; i < 4; ++i) {
        const auto m = word.match(s.mid(at));
        if (!m.hasMatch())
            break;
        const QString w = m.captured(1);
        if (w.at(0).isLower())
            return w;
        last = w;
        at += m.capturedEnd(0);
    }
    return last;
}

struct Candidate {
    DateMatch match;
    bool weekday = false; ///< a weekday alone ("on Monday")
    qsizetype length() const { return match.end - match.begin; }
};

} // namespace

DateResolver::DateResolver(QDate reference)
    : m_reference(reference)
{}

// The year of a month (and day) written without one (rule 5). By default tense decides: the
// most recent such date on or before the reference for the past, the next one for the future.
// A year written in an explicit date carries over ("In November 2023, … The pause collapsed on
// December 1") only when all of these hold:
// - it was written nearby: in the same sentence or the one just before, in the same paragraph
//   (two sentences on, a story has usually moved back to its present);
// - the default is not better explained by tense and reference: it falls outside the news window
//   (kRecentDays), since a date within it is the article's current news;
// - the carried date agrees with the tense (not after the reference for the past).
int DateResolver::yearFor(int month, int day, bool future, bool &fromContext) const
{
    fromContext = false;
    const QDate ref = m_reference;
    const int d = day > 0 ? day : 1;
    auto make = [&](int y) { return QDate(y, month, qMin(d, QDate(y, month, 1).daysInMonth())); };
    int year = ref.year();
    if (future) {
        const QDate last = day > 0 ? make(year) : monthEnd(year, month);
        if (last < ref)
            ++year;
    } else if (make(year) > ref) {
        --year;
    }
    const bool contextValid = m_contextYear > 0 && m_contextParagraph == m_paragraph &&
                              m_sentence - m_contextSentence <= 1;
    if (contextValid && m_contextYear != year) {
        const QDate byDefault = make(year);
        const QDate byContext = make(m_contextYear);
        const bool recent = qAbs(byDefault.daysTo(ref)) <= kRecentDays;
        const bool consistent = future ? byContext >= ref.addYears(-1) : byContext <= ref;
        if (!recent && consistent) {
            fromContext = true;
            return m_contextYear;
        }
    }
    return year;
}

QList<DateMatch> DateResolver::find(const QString &sentence, int paragraph)
{
    ++m_sentence;
    m_paragraph = paragraph;
    QList<DateMatch> found = candidates(sentence);
    for (const DateMatch &m : std::as_const(found)) {
        if (m.explicitYear) {
            m_contextYear = m.date.lastDay().year();
            m_contextSentence = m_sentence;
            m_contextParagraph = m_paragraph;
        }
    }
    return found;
}

QList<DateMatch> DateResolver::candidates(const QString &s) const
{
    const QDate ref = m_reference;
    QList<Candidate> all;
    auto add = [&](const QRegularExpressionMatch &m, const DateSpan &span, double confidence,
                   bool explicitYear, bool since = false) {
        if (!span.isValid())
            return;
        Candidate c;
        c.match.phrase = m.captured(0).trimmed();
        c.match.begin = m.capturedStart(0);
        c.match.end = m.capturedEnd(0);
        c.match.date = span;
        c.match.date.setPhrase(c.match.phrase);
        c.match.confidence = confidence;
        c.match.explicitYear = explicitYear;
        c.match.since = since;
        all.append(c);
    };
    auto isSince = [](const QString &prep) {
        return prep.compare(u"since", Qt::CaseInsensitive) == 0;
    };
    auto validYear = [&](int y) { return y >= 1800 && y <= ref.year() + 30; };

    // Month Day[–Day], Year  ("on October 7, 2023", "June 29-30, 2022")
    static const QRegularExpression mdy = rx(
        QStringLiteral(R"(\b(?:((?i)since|on|from|by|until|in)\s+)?)") + kMonth +
        QStringLiteral(
            R"(\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|through)\s*(\d{1,2})(?!\d))?,?\s+(\d{4})(?!\d))"));
    for (auto it = mdy.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int y = m.captured(5).toInt();
        const int mo = monthNumber(m.captured(2));
        const QDate d1(y, mo, m.captured(3).toInt());
        if (!validYear(y) || !d1.isValid())
            continue;
        if (m.hasCaptured(4) && !m.captured(4).isEmpty()) {
            const QDate d2(y, mo, m.captured(4).toInt());
            if (d2.isValid() && d2 > d1)
                add(m, DateSpan::fromDays(d1, d2, Precision::Span), 1.0, true,
                    isSince(m.captured(1)));
        } else {
            add(m, DateSpan::fromDay(d1), 1.0, true, isSince(m.captured(1)));
        }
    }
    // ISO dates in running text ("on 2024-01-15")
    static const QRegularExpression isoDay = rx(QStringLiteral(
        R"(\b(?:((?i)since|on|from|by|until)\s+)?(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-]))"));
    for (auto it = isoDay.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int y = m.captured(2).toInt();
        const QDate d(y, m.captured(3).toInt(), m.captured(4).toInt());
        if (validYear(y) && d.isValid())
            add(m, DateSpan::fromDay(d), 1.0, true, isSince(m.captured(1)));
    }
    // Numeric dates ("15/01/2024", "01/15/2024", "15.01.2024"): only when the order is certain,
    // day first when the first number cannot be a month, US month first when the second cannot
    // be; "03/04/2024" could be either and is left out rather than guessed.
    static const QRegularExpression numeric = rx(QStringLiteral(
        R"(\b(?:((?i)since|on|from|by|until)\s+)?(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\3(\d{4})(?![\d/]|\.\d))"));
    for (auto it = numeric.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int a = m.captured(2).toInt();
        const int b = m.captured(4).toInt();
        const int y = m.captured(5).toInt();
        QDate d;
        if (a > 12 && b <= 12)
            d = QDate(y, b, a);
        else if (b > 12 && a <= 12)
            d = QDate(y, a, b);
        if (validYear(y) && d.isValid())
            add(m, DateSpan::fromDay(d), 1.0, true, isSince(m.captured(1)));
    }
    // Day Month Year ("24 February 2022")
    static const QRegularExpression dmy = rx(
        QStringLiteral(
            R"(\b(?:((?i)since|on|from|by|until)\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)") +
        kMonth + QStringLiteral(R"(,?\s+(\d{4})(?!\d))"));
    for (auto it = dmy.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int y = m.captured(4).toInt();
        const QDate d(y, monthNumber(m.captured(3)), m.captured(2).toInt());
        if (validYear(y) && d.isValid())
            add(m, DateSpan::fromDay(d), 1.0, true, isSince(m.captured(1)));
    }
    // Month Day – Month Day[, Year]
    static const QRegularExpression mdmd =
        rx(QStringLiteral(R"(\b(?:((?i)from|between)\s+)?)") + kMonth +
           QStringLiteral(R"(\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–]|to|through|until|and)\s*)") +
           kMonth + QStringLiteral(R"(\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?!\d))"));
    for (auto it = mdmd.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int m1 = monthNumber(m.captured(2));
        const int m2 = monthNumber(m.captured(4));
        const bool future = isFutureAt(s, m.capturedStart(0));
        bool ctx = false;
        int y = m.captured(6).isEmpty() ? yearFor(m1, m.captured(3).toInt(), future, ctx)
                                        : m.captured(6).toInt();
        const QDate d1(y, m1, m.captured(3).toInt());
        QDate d2(y, m2, m.captured(5).toInt());
        if (d2.isValid() && d2 < d1)
            d2 = d2.addYears(1);
        if (d1.isValid() && d2.isValid() && validYear(y))
            add(m, DateSpan::fromDays(d1, d2, Precision::Span), 1.0, !m.captured(6).isEmpty());
    }
    // Month Day[–Day] without a year ("on December 1", "June 29-30")
    static const QRegularExpression md =
        rx(QStringLiteral(R"(\b(?:((?i)since|on|from|by|until)\s+)?)") + kMonth +
           QStringLiteral(
               R"(\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|through)\s*(\d{1,2}))?(?![\d:]))"));
    for (auto it = md.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int mo = monthNumber(m.captured(2));
        const int day = m.captured(3).toInt();
        const bool since = isSince(m.captured(1));
        const bool future = !since && isFutureAt(s, m.capturedStart(0));
        bool ctx = false;
        const int y = yearFor(mo, day, future, ctx);
        const QDate d1(y, mo, day);
        if (!d1.isValid())
            continue;
        if (!m.captured(4).isEmpty()) {
            const QDate d2(y, mo, m.captured(4).toInt());
            if (d2.isValid() && d2 > d1)
                add(m, DateSpan::fromDays(d1, d2, Precision::Span), 1.0, false, since);
        } else {
            add(m, DateSpan::fromDay(d1), 1.0, false, since);
        }
    }
    // Day Month without a year ("on 27 October")
    static const QRegularExpression dm = rx(
        QStringLiteral(
            R"(\b(?:((?i)since|on|from|by|until)\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)") +
        kMonth);
    for (auto it = dm.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int mo = monthNumber(m.captured(3));
        const int day = m.captured(2).toInt();
        const bool since = isSince(m.captured(1));
        const bool future = !since && isFutureAt(s, m.capturedStart(0));
        bool ctx = false;
        const QDate d(yearFor(mo, day, future, ctx), mo, day);
        if (d.isValid())
            add(m, DateSpan::fromDay(d), 1.0, false, since);
    }
    // [part of] Month Year ("In June 2021", "since February 2022", "mid-June 2023")
    static const QRegularExpression my = rx(
        QStringLiteral(
            R"(\b(?:((?i)since|in|during|from|until|by|of|early|mid|late|the\s+(?:beginning|start|end|middle)\s+of)[\s-]+)?)") +
        kMonth + QStringLiteral(R"(,?\s+(\d{4})(?!\d))"));
    for (auto it = my.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int y = m.captured(3).toInt();
        const int mo = monthNumber(m.captured(2));
        if (!validYear(y))
            continue;
        const QString part = m.captured(1).toLower();
        const bool isPart = part.startsWith(u"early") || part.startsWith(u"mid") ||
                            part.startsWith(u"late") || part.startsWith(u"the");
        add(m, isPart ? partOfMonth(part, y, mo, {}) : monthSpan(y, mo, {}), 1.0, true,
            isSince(part));
    }
    // [part of] Month alone, after a preposition ("In April", "in early June", "last March")
    static const QRegularExpression mo = rx(
        QStringLiteral(
            R"(\b((?i)since|in|during|from|until|of|early|mid|late|last|next|this|the\s+(?:beginning|start|end|middle)\s+of|(?:in|by|since)\s+(?:early|mid|late))[\s-]+)") +
        kMonth + QStringLiteral(R"((?!\s*,?\s*\d))"));
    for (auto it = mo.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int month = monthNumber(m.captured(2));
        const QString part = m.captured(1).toLower();
        const bool since = isSince(part);
        bool future = !since && isFutureAt(s, m.capturedStart(0));
        if (part == u"next")
            future = true;
        bool ctx = false;
        int y = yearFor(month, 0, future, ctx);
        if (part == u"last" && QDate(y, month, 1) >= QDate(ref.year(), ref.month(), 1))
            --y;
        if (part == u"this")
            y = ref.year();
        const bool isPart = part.contains(u"early") || part.contains(u"mid") ||
                            part.contains(u"late") || part.startsWith(u"the");
        add(m, isPart ? partOfMonth(part.section(u' ', -1), y, month, {}) : monthSpan(y, month, {}),
            1.0, false, since);
    }
    // part of a year ("early 2023", "mid-2021", "the end of 2020")
    static const QRegularExpression py = rx(QStringLiteral(
        R"(\b((?i)early|mid|late|the\s+(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of)[\s-]*(\d{4})(?!\d))"));
    for (auto it = py.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int y = m.captured(2).toInt();
        if (validYear(y))
            add(m, partOfYear(m.captured(1), y, {}), 1.0, true);
    }
    // seasons with a year ("spring 2023", "the winter of 2022")
    static const QRegularExpression sy =
        rx(QStringLiteral(R"(\b((?i)spring|summer|autumn|fall|winter)(?:\s+of)?\s+(\d{4})(?!\d))"));
    for (auto it = sy.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int y = m.captured(2).toInt();
        if (validYear(y))
            add(m, seasonSpan(seasonStartMonth(m.captured(1)), y, {}), 1.0, true);
    }
    // relative seasons ("last winter", "this summer", "in the spring")
    static const QRegularExpression sr = rx(QStringLiteral(
        R"(\b((?i)last|this|next|past|in\s+the|during\s+the|over\s+the)\s+((?i)spring|summer|autumn|fall|winter)\b(?!\s+of\b)(?!\s+\d))"));
    for (auto it = sr.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int start = seasonStartMonth(m.captured(2));
        QString rel = m.captured(1).toLower();
        if (rel.contains(u' '))
            rel.clear();
        const bool future = isFutureAt(s, m.capturedStart(0));
        add(m, seasonSpan(start, seasonYear(start, rel, ref, future), {}), 1.0, false);
    }
    // a year after a preposition, or a dated noun phrase ("in 2010", "the 2022 invasion")
    static const QRegularExpression yr = rx(QStringLiteral(
        R"(\b(?:((?i)since|in|during|from|until|through|throughout|back\s+to)\s+(?:the\s+(?:year\s+)?)?|((?i)the)\s+)(\d{4})(?!\d)(?![-–/]\d)(?!\s*[-–]\s*\d))"));
    for (auto it = yr.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int y = m.captured(3).toInt();
        if (!validYear(y))
            continue;
        const bool bareThe = !m.captured(2).isEmpty();
        QString noun;
        if (bareThe) {
            noun = headNoun(s, m.capturedEnd(0));
            if (noun.isEmpty())
                continue;
        }
        add(m, yearSpan(y, {}), 1.0, true, isSince(m.captured(1)));
        if (bareThe && !isPreposition(previousWord(s, m.capturedStart(0)))) {
            all.last().match.nounPhrase = true;
            all.last().match.noun = noun;
        }
    }
    // today, yesterday, currently …
    static const QRegularExpression dr = rx(QStringLiteral(
        R"(\b((?i)today|yesterday|tonight|currently|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|earlier\s+today)\b)"));
    for (auto it = dr.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const QString w = m.captured(1).toLower();
        const QDate d = (w == u"yesterday" || w == u"last night") ? ref.addDays(-1) : ref;
        add(m, DateSpan::fromDay(d), 1.0, false);
    }
    // this / last / next week (ISO weeks)
    static const QRegularExpression wk = rx(QStringLiteral(
        R"(\b(?:((?i)earlier|later|early|late)\s+)?((?i)this|last|next|the\s+past|the\s+previous|the\s+coming|past|previous|coming)\s+((?i)week)\b(?!s|end))"));
    for (auto it = wk.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const QString rel = m.captured(2).toLower();
        const QString part = m.captured(1).toLower();
        if (rel.endsWith(u"past")) {
            add(m, DateSpan::fromDays(ref.addDays(-6), ref, Precision::Span), 1.0, false);
            continue;
        }
        QDate day = ref;
        if (rel.endsWith(u"last") || rel.endsWith(u"previous"))
            day = ref.addDays(-7);
        else if (rel.endsWith(u"next") || rel.endsWith(u"coming"))
            day = ref.addDays(7);
        DateSpan span = weekSpan(day, {});
        if (rel == u"this" && part == u"earlier")
            span = DateSpan::fromDays(mondayOf(ref), ref, Precision::Span);
        else if (rel == u"this" && part == u"later")
            span = DateSpan::fromDays(ref, mondayOf(ref).addDays(6), Precision::Span);
        add(m, span, 1.0, false);
    }
    // the weekend: Saturday–Sunday, most recent for the past, next for the future
    static const QRegularExpression we = rx(QStringLiteral(
        R"(\b(?:((?i)over|during|at|on)\s+)?((?i)the|this|last|next|a|past)\s+((?i)weekend)\b(?!s))"));
    for (auto it = we.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const QString rel = m.captured(2).toLower();
        bool future = isFutureAt(s, m.capturedStart(0)) || rel == u"next";
        if (rel == u"last")
            future = false;
        QDate saturday;
        if (future) {
            saturday = ref.addDays((6 - ref.dayOfWeek() + 7) % 7);
        } else {
            saturday = ref.addDays(-((ref.dayOfWeek() - 6 + 7) % 7));
            if (rel == u"last" && saturday.addDays(1) >= ref)
                saturday = saturday.addDays(-7);
        }
        add(m, DateSpan::fromDays(saturday, saturday.addDays(1), Precision::Span), 1.0, false);
    }
    // last / this / next month, earlier this month …
    static const QRegularExpression mr = rx(QStringLiteral(
        R"(\b(?:((?i)earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?((?i)this|last|next|previous|coming)\s+((?i)month)\b(?!s))"));
    for (auto it = mr.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const QString rel = m.captured(2).toLower();
        const QString part = m.captured(1).toLower();
        QDate first(ref.year(), ref.month(), 1);
        if (rel == u"last" || rel == u"previous")
            first = first.addMonths(-1);
        else if (rel == u"next" || rel == u"coming")
            first = first.addMonths(1);
        DateSpan span = monthSpan(first.year(), first.month(), {});
        if (part == u"earlier" && rel == u"this")
            span = DateSpan::fromDays(first, ref, Precision::Span);
        else if (part == u"later" && rel == u"this")
            span = DateSpan::fromDays(ref, monthEnd(ref.year(), ref.month()), Precision::Span);
        else if (!part.isEmpty())
            span = partOfMonth(part, first.year(), first.month(), {});
        add(m, span, 1.0, false);
    }
    // last / this / next year, earlier this year, late last year …
    static const QRegularExpression yrr = rx(QStringLiteral(
        R"(\b(?:((?i)earlier|later|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?((?i)this|last|next|previous|coming)\s+((?i)year)\b(?!s))"));
    for (auto it = yrr.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const QString rel = m.captured(2).toLower();
        const QString part = m.captured(1).toLower();
        int y = ref.year();
        if (rel == u"last" || rel == u"previous")
            --y;
        else if (rel == u"next" || rel == u"coming")
            ++y;
        DateSpan span = yearSpan(y, {});
        if (part == u"earlier" && rel == u"this")
            span = DateSpan::fromDays(QDate(y, 1, 1), ref, Precision::Span);
        else if (part == u"later" && rel == u"this")
            span = DateSpan::fromDays(ref, QDate(y, 12, 31), Precision::Span);
        else if (!part.isEmpty())
            span = partOfYear(part, y, {});
        add(m, span, 1.0, false);
    }
    // over the last year, in the past two months: a span ending on the reference day
    static const QRegularExpression ov =
        rx(QStringLiteral(
               R"(\b((?i)over|in|during)\s+((?i)the)\s+((?i)last|past|previous)\s+(?:((?i))") +
           kNumber.mid(1) + QStringLiteral(R"(\s+)?((?i)years?|months?|weeks?|decades?)\b)"));
    for (auto it = ov.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const QString unit = m.captured(5).toLower();
        const int n = m.captured(4).isEmpty() ? 1 : numberValue(m.captured(4));
        if (n <= 0)
            continue;
        QDate first = ref;
        if (unit.startsWith(u"year"))
            first = ref.addYears(-n);
        else if (unit.startsWith(u"decade"))
            first = ref.addYears(-10 * n);
        else if (unit.startsWith(u"month"))
            first = ref.addMonths(-n);
        else
            first = ref.addDays(-7 * n);
        add(m, DateSpan::fromDays(first, ref, Precision::Span), kLikely, false);
    }
    // N days / weeks / months / years ago; hedged forms are likely
    static const QRegularExpression ago = rx(
        QStringLiteral(
            R"(\b(?:((?i)over|more\s+than|nearly|almost|about|around|some|roughly|less\s+than|at\s+least|just\s+over|just\s+under|approximately|close\s+to|under)\s+)?)") +
        QStringLiteral("((?i)") + kNumber.mid(1) +
        QStringLiteral(R"(\s+((?i)days?|weeks?|months?|years?|decades?)\s+((?i)ago)\b)"));
    for (auto it = ago.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const int n = numberValue(m.captured(2));
        if (n <= 0)
            continue;
        const QString unit = m.captured(3).toLower();
        const double confidence = m.captured(1).isEmpty() ? 1.0 : kLikely;
        DateSpan span;
        if (unit.startsWith(u"day")) {
            span = DateSpan::fromDay(ref.addDays(-n));
        } else if (unit.startsWith(u"week")) {
            span = weekSpan(ref.addDays(-7 * n), {});
        } else if (unit.startsWith(u"month")) {
            const QDate d = ref.addMonths(-n);
            span = monthSpan(d.year(), d.month(), {});
        } else if (unit.startsWith(u"decade")) {
            span = yearSpan(ref.year() - 10 * n, {});
            add(m, span, kLikely, false);
            continue;
        } else {
            span = yearSpan(ref.year() - n, {});
        }
        add(m, span, confidence, false);
    }
    // weekday ranges ("Wednesday through Friday")
    static const QRegularExpression wdr =
        rx(QStringLiteral(R"(\b(?:((?i)on|from|between)\s+)?)") + kWeekday +
           QStringLiteral(R"(\s+(?:to|through|until|till|and|[-–])\s+)") + kWeekday +
           QStringLiteral(R"(\b)"));
    for (auto it = wdr.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const bool future = isFutureAt(s, m.capturedStart(0));
        const QDate d1 = weekdayDate(weekdayNumber(m.captured(2)), ref, future, {});
        QDate d2 = weekdayDate(weekdayNumber(m.captured(3)), d1, true, {});
        add(m, DateSpan::fromDays(d1, d2, Precision::Span), 1.0, false);
    }
    // weekdays; not names of papers or holidays ("Welt am Sonntag", "Good Friday")
    static const QRegularExpression wd =
        rx(QStringLiteral(
               R"(\b(?:((?i)on|last|next|this|since|by|until|from|coming|early|late)\s+)?)") +
           kWeekday + QStringLiteral(R"(\b(?:\s+((?i)morning|afternoon|evening|night)\b)?)"));
    static const QRegularExpression notDayBefore = rx(QStringLiteral(
        R"((?:\b(?:Good|Black|Bloody|Super|Holy|Ash|Palm|Cyber|Easter|Maundy|Mail\s+on|Independent\s+on|Observer\s+on)\s*)$)"));
    static const QRegularExpression notDayAfter = rx(QStringLiteral(
        R"(^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|Agreement|Accord|Mail|Sport|Night\s+Live)\b)"));
    for (auto it = wd.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        if (notDayBefore.match(s.left(m.capturedStart(2))).hasMatch() ||
            notDayAfter.match(s.mid(m.capturedEnd(2))).hasMatch())
            continue;
        const QString mod = m.captured(1).toLower();
        const bool since = mod == u"since";
        const bool future = !since && mod != u"last" && isFutureAt(s, m.capturedStart(0));
        const QDate d = weekdayDate(weekdayNumber(m.captured(2)), ref, future, mod);
        // A wire story written the day before may use a weekday six days ahead for its own day.
        const double confidence = future && ref.daysTo(d) == 6 && mod.isEmpty() ? kLikely : 1.0;
        add(m, DateSpan::fromDay(d), confidence, false, since);
        all.last().weekday = true;
    }
    // "the early weeks of the conflict": from the start of the conflict the article is about. The
    // early or first few of a unit reach to about two of the next larger one: early days = the
    // first two weeks, early weeks = the first two months, early months = the first half-year.
    // Weeks and months are only month-precise, so those spans end at the end of a month.
    if (m_conflictStart.isValid()) {
        static const QRegularExpression cf = rx(QStringLiteral(
            R"(\b(?:((?i)in|during)\s+)?((?i)the)\s+((?i)early|first|opening|initial)\s+((?i)days|weeks|months)\s+of\s+the\s+(?:\w+\s+)?((?i)conflict|war|invasion|fighting|hostilities|offensive)\b)"));
        for (auto it = cf.globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            const QString unit = m.captured(4).toLower();
            const QDate start = m_conflictStart;
            QDate last;
            if (unit == u"days") {
                last = start.addDays(13);
            } else {
                const QDate w = start.addMonths(unit == u"weeks" ? 2 : 6);
                last = monthEnd(w.year(), w.month());
            }
            add(m, DateSpan::fromDays(start, last, Precision::Span), kLikely, false);
        }
    }

    // A weekday next to the date it falls on is one expression, dated by the date ("On Monday,
    // 5 February", "Friday, February 2, 2024"): a weekday alone would be resolved on its own.
    static const QRegularExpression joint = rx(QStringLiteral(R"(^[\s,]*(?:the\s+)?$)"));
    const qsizetype count = all.size();
    for (qsizetype i = 0; i < count; ++i) {
        if (!all.at(i).weekday)
            continue;
        for (qsizetype j = 0; j < count; ++j) {
            const DateMatch &date = all.at(j).match;
            if (all.at(j).weekday || date.date.precision() != Precision::Day ||
                date.begin < all.at(i).match.end || date.begin > all.at(i).match.end + 8 ||
                !joint.match(s.mid(all.at(i).match.end, date.begin - all.at(i).match.end))
                     .hasMatch())
                continue;
            Candidate c = all.at(j);
            // Without a year, the weekday tells which: "Tuesday 13 February" is the one that
            // falls on a Tuesday, when the year tense gave does not and a neighbour nearer the
            // reference does (a weekday slip never moves a date further away).
            const int weekday = all.at(i).match.date.firstDay().dayOfWeek();
            const QDate day = c.match.date.firstDay();
            if (!c.match.explicitYear && day.dayOfWeek() != weekday) {
                for (const int shift : {1, -1}) {
                    const QDate other = day.addYears(shift);
                    if (other.dayOfWeek() == weekday && other.day() == day.day() &&
                        qAbs(other.daysTo(ref)) < qAbs(day.daysTo(ref))) {
                        c.match.date = DateSpan::fromDay(other);
                        break;
                    }
                }
            }
            c.match.begin = all.at(i).match.begin;
            c.match.phrase = s.mid(c.match.begin, c.match.end - c.match.begin);
            c.match.date.setPhrase(c.match.phrase);
            c.match.since = c.match.since || all.at(i).match.since;
            all.append(c);
            break;
        }
    }

    // A date that begins a name is no date: "26th of July Street", "the May 4th Movement", "the
    // 6 October Bridge" (a capitalised place or movement noun right after it).
    static const QRegularExpression nameAfter = rx(QStringLiteral(
        R"(\s+(?:Street|St\.|Avenue|Ave\.|Road|Square|Bridge|Boulevard|Stadium|Mosque|Station|)"
        R"(Movement|Revolution|Uprising|Brigades?|Group|Party|University|Park|Airport)\b)"));
    all.removeIf([&](const Candidate &c) {
        return nameAfter
            .match(s, c.match.end, QRegularExpression::NormalMatch,
                   QRegularExpression::AnchorAtOffsetMatchOption)
            .hasMatch();
    });

    // Longest expression wins where two overlap.
    std::stable_sort(all.begin(), all.end(), [](const Candidate &a, const Candidate &b) {
        return a.length() > b.length();
    });
    QList<DateMatch> kept;
    for (const Candidate &c : std::as_const(all)) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const DateMatch &k) {
            return c.match.begin < k.end && k.begin < c.match.end;
        });
        if (!overlaps)
            kept.append(c.match);
    }
    std::sort(kept.begin(), kept.end(),
              [](const DateMatch &a, const DateMatch &b) { return a.begin < b.begin; });

    // "next week … Wednesday through Friday": the days named are the event, not the week.
    kept.removeIf([&](const DateMatch &a) {
        if (!a.phrase.contains(QStringLiteral("week"), Qt::CaseInsensitive) || a.explicitYear)
            return false;
        return std::any_of(kept.cbegin(), kept.cend(), [&](const DateMatch &b) {
            return b.begin != a.begin && !b.since && b.date.first() >= a.date.first() &&
                   b.date.last() <= a.date.last() && b.date.precision() != Precision::Month;
        });
    });

    // A duration anchored on a dated day: "the three-day gathering that ended on Thursday".
    static const QRegularExpression dur = rx(
        QStringLiteral("((?i)") + kNumber.mid(1) +
        QStringLiteral(
            R"([-\s]((?i)day|week)\s+(?:[A-Za-z]+\s+){0,2}?((?i)gathering|summit|meeting|meetings|talks|visit|trip|tour|conference|session|sessions|forum|exercise|exercises|drills|congress|negotiations|consultations|retreat|festival|ceremony|dialogue|meet)\b)"));
    static const QRegularExpression endCue = rx(QStringLiteral(
        R"((?i)\b(?:ended|ending|ends|end|concluded|concluding|concludes|wrapped\s+up|wraps\s+up|closed|closing|closes|wound\s+up)\b)"));
    static const QRegularExpression startCue = rx(QStringLiteral(
        R"((?i)\b(?:began|begins|begin|beginning|started|starting|starts|start|opened|opening|opens|kicked\s+off|kicks\s+off|from)\b)"));
    const auto d = dur.match(s);
    if (d.hasMatch()) {
        const int n = numberValue(d.captured(1)) * (d.captured(2).toLower() == u"week" ? 7 : 1);
        for (DateMatch &k : kept) {
            if (n <= 1 || k.date.precision() != Precision::Day || k.since)
                continue;
            const QString before =
                s.mid(qMax<qsizetype>(0, k.begin - 30), qMin<qsizetype>(30, k.begin));
            const QDate day = k.date.firstDay();
            QDate first;
            QDate last;
            if (endCue.match(before).hasMatch()) {
                first = day.addDays(-(n - 1));
                last = day;
            } else if (startCue.match(before).hasMatch()) {
                first = day;
                last = day.addDays(n - 1);
            } else {
                continue;
            }
            k.date = DateSpan::fromDays(first, last, Precision::Span,
                                        d.captured(0) + QStringLiteral(" … ") + k.phrase);
            break;
        }
    }
    return kept;
}

std::optional<DateMatch> DateResolver::dateline(const QString &text, QDate published)
{
    static const QRegularExpression rxLine =
        rx(QStringLiteral(R"(^\s*([A-Z][A-Za-z .'’-]{1,40}?),\s+)") + kMonth +
           QStringLiteral(R"(\s+(\d{1,2})(?:,\s*(\d{4}))?\s*(\([^)]{1,40}\))?\s*[-–—])"));
    const auto m = rxLine.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString place = m.captured(1);
    if (place != place.toUpper() && m.captured(5).isEmpty())
        return std::nullopt;
    const int month = monthNumber(m.captured(2));
    const int day = m.captured(3).toInt();
    int year = m.captured(4).isEmpty() ? published.year() : m.captured(4).toInt();
    QDate d(year, month, day);
    if (m.captured(4).isEmpty() && d.isValid() && d > published)
        d = QDate(year - 1, month, day);
    if (!d.isValid())
        return std::nullopt;
    DateMatch out;
    out.begin = m.capturedStart(1);
    out.end = m.capturedEnd(3);
    out.phrase = text.mid(out.begin, out.end - out.begin);
    out.date = DateSpan::fromDay(d, out.phrase);
    out.explicitYear = !m.captured(4).isEmpty();
    return out;
}

namespace {

// A whole date with its year: ISO, "April 26, 2024" or "26 April 2024" (a weekday may lead).
std::optional<QDate> fullDate(const QString &s)
{
    static const QRegularExpression iso =
        rx(QStringLiteral(R"((?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d))"));
    static const QRegularExpression mdy =
        rx(kMonth + QStringLiteral(R"(\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d))"));
    static const QRegularExpression dmy =
        rx(QStringLiteral(R"(\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)") + kMonth +
           QStringLiteral(R"(,?\s+(\d{4})(?!\d))"));
    std::optional<QDate> best;
    qsizetype bestAt = s.size();
    auto consider = [&](QDate d, qsizetype at) {
        if (d.isValid() && at < bestAt) {
            best = d;
            bestAt = at;
        }
    };
    if (const auto m = iso.match(s); m.hasMatch())
        consider(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()),
                 m.capturedStart());
    if (const auto m = mdy.match(s); m.hasMatch())
        consider(QDate(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt()),
                 m.capturedStart());
    if (const auto m = dmy.match(s); m.hasMatch())
        consider(QDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt()),
                 m.capturedStart());
    return best;
}

} // namespace

namespace {

const QRegularExpression &publishedLabel()
{
    static const QRegularExpression label = rx(QStringLiteral(
        R"(^\W*(?i)(?:(?:first\s+)?published|posted|updated|date[d]?)\b\s*(?:on|at)?\s*:?\s*(.*)$)"));
    return label;
}

// A byline date on a line of its own ("Thu 11 Jul 2024 14.02 BST", "June 18, 2024").
bool isDateOnly(const QString &line)
{
    static const QRegularExpression dateOnly = rx(
        QStringLiteral(
            R"(^[\s,.:|\d]*(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?)") +
        QStringLiteral(R"([\w ,.]{0,24}\d{4}(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}.{0,16})?\s*$)"));
    return line.size() < 80 && dateOnly.match(line).hasMatch() && fullDate(line).has_value();
}

} // namespace

bool DateResolver::isPublicationLine(const QString &line)
{
    if (const auto m = publishedLabel().match(line); m.hasMatch())
        return fullDate(m.captured(1)).has_value();
    return isDateOnly(line);
}

std::optional<QDate> DateResolver::publicationDate(const QString &text, QDate today)
{
    // Only the head of an article states when it was published; later dates are its news.
    const QStringList lines = text.left(2000).split(u'\n');
    int nonEmpty = 0;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (const auto m = publishedLabel().match(line); m.hasMatch())
            if (const auto d = fullDate(m.captured(1)))
                return d;
        if (nonEmpty < 6) {
            if (isDateOnly(line))
                return fullDate(line);
            if (const auto d = dateline(line, today))
                return d->date.firstDay();
        }
        ++nonEmpty;
    }
    return std::nullopt;
}

std::optional<DateMatch> DateResolver::resolveAt(const QString &sentence, qsizetype begin,
                                                 qsizetype end, QDate reference)
{
    DateResolver resolver(reference);
    std::optional<DateMatch> best;
    qsizetype bestOverlap = 0;
    for (const DateMatch &m : resolver.find(sentence)) {
        const qsizetype overlap = qMin(end, m.end) - qMax(begin, m.begin);
        // The match must be about the typed words, not a neighbouring date in the sentence.
        if (overlap > bestOverlap && overlap * 2 >= qMin(end - begin, m.end - m.begin)) {
            best = m;
            bestOverlap = overlap;
        }
    }
    return best;
}

} // namespace detente
