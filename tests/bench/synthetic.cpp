#include "synthetic.h"

#include <QRandomGenerator>

namespace detente::bench {

namespace {
const char *const states[] = {
    "China",          "NATO",           "Russia",       "Ukraine",   "United States",
    "European Union", "United Kingdom", "France",       "Germany",   "Japan",
    "India",          "Brazil",         "South Africa", "Turkey",    "Iran",
    "Israel",         "Egypt",          "Saudi Arabia", "Qatar",     "Poland",
    "Italy",          "Spain",          "Canada",       "Australia", "South Korea",
    "North Korea",    "Pakistan",       "Indonesia",    "Mexico",    "Argentina",
    "Nigeria",        "Ethiopia",       "Kenya",        "Syria",     "Iraq",
    "Belarus",        "Hungary",        "Serbia",       "G7",        "United Nations",
};
constexpr int stateCount = int(sizeof(states) / sizeof(states[0]));

// Roughly the shares of CAMEO root classes in news-coded event data.
struct Kind {
    const char *name;
    int weight;
    const char *cameo; ///< a typical CAMEO code
    int quadClass;
    double goldstein;
};
const Kind kinds[] = {
    {"statement", 30, "010", 1, 0.0},       {"meeting/visit", 18, "040", 1, 1.0},
    {"accusation", 12, "112", 3, -2.0},     {"rejection/denial", 8, "120", 3, -4.0},
    {"proposal", 8, "030", 1, 4.0},         {"threat/warning", 6, "130", 3, -4.4},
    {"sanction", 4, "163", 4, -8.0},        {"military action", 9, "190", 4, -10.0},
    {"claim of figures", 5, "017", 1, 0.0},
};

const Kind &kindFor(quint32 r)
{
    int total = 0;
    for (const Kind &k : kinds)
        total += k.weight;
    int pick = int(r % quint32(total));
    for (const Kind &k : kinds) {
        if (pick < k.weight)
            return k;
        pick -= k.weight;
    }
    return kinds[0];
}
} // namespace

QList<Actor> syntheticActors()
{
    QList<Actor> actors;
    for (int i = 0; i < stateCount; ++i)
        actors.append({0, QString::fromLatin1(states[i]), ActorKind::State, {}, {}, {}, {}});
    return actors;
}

QList<Event> syntheticEvents(qsizetype count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Event> events;
    events.reserve(count);
    const QDate first(2022, 1, 1);
    const int days = int(first.daysTo(QDate(2024, 12, 31)));
    for (qsizetype i = 0; i < count; ++i) {
        Event e;
        const QDate day = first.addDays(rng.bounded(days));
        // Skewed actor choice: a few actors dominate, as in real coverage.
        const int a = int(rng.bounded(stateCount) * rng.bounded(1.0));
        int b = rng.bounded(stateCount);
        if (b == a)
            b = (b + 1) % stateCount;
        e.title = QStringLiteral("%1 and %2, event %3")
                      .arg(QLatin1String(states[a]), QLatin1String(states[b]))
                      .arg(i);
        const Kind &kind = kindFor(rng.generate());
        e.kind = QString::fromLatin1(kind.name);
        e.cameoCode = QString::fromLatin1(kind.cameo);
        e.cameoRoot = e.cameoCode.left(2);
        e.quadClass = kind.quadClass;
        e.goldstein = kind.goldstein;
        const int shape = rng.bounded(100);
        if (shape < 80) {
            e.date = DateSpan::fromDay(day);
        } else if (shape < 88) {
            const QDate m(day.year(), day.month(), 1);
            e.date = DateSpan::fromDays(m, m.addMonths(1).addDays(-1), Precision::Month);
        } else if (shape < 93) {
            const int part = (day.month() - 1) / 4;
            const QDate s(day.year(), part * 4 + 1, 1);
            e.date = DateSpan::fromDays(s, s.addMonths(4).addDays(-1), Precision::PartOfYear);
        } else {
            e.date = DateSpan::fromDays(day, day.addDays(rng.bounded(2, 30)), Precision::Span);
        }
        e.actors = {{QString::fromLatin1(states[a]), Role::Source},
                    {QString::fromLatin1(states[b]), Role::Target}};
        if (rng.bounded(10) == 0)
            e.persons = {{QStringLiteral("Spokesperson of %1").arg(QLatin1String(states[a])),
                          QString::fromLatin1(states[a])}};
        e.quote = QStringLiteral("Officials said on %1 that talks would continue.")
                      .arg(day.toString(Qt::ISODate));
        e.confidence = rng.bounded(10) == 0 ? 0.7 : 1.0;
        events.append(std::move(e));
    }
    return events;
}

} // namespace detente::bench
