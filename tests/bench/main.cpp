// detente-bench: runs named scenarios and prints one JSON object per line:
//   {"scenario":"render.fitall","events":100000,"runs":9,"median_ms":…,"p95_ms":…,…}
// Usage: detente-bench [--list] [--scenario NAME]… [--events N]… [--runs R]

#include "ingest/extractor.h"
#include "ingest/gazetteer.h"
#include "io/importer.h"
#include "render/export.h"
#include "render/timelinepainter.h"
#include "storage/database.h"
#include "storage/eventfilter.h"
#include "storage/eventstore.h"
#include "synthetic.h"
#include "timeline/framelayout.h"
#include "timeline/timelinescene.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <sys/resource.h>

using namespace detente;

namespace {

struct Result {
    QList<double> ms;  ///< one figure per run
    QJsonObject extra; ///< scenario-specific figures
};

struct Scenario {
    const char *name;
    const char *what;
    QList<qsizetype> defaultSizes;
    std::function<Result(qsizetype events, int runs)> run;
};

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double rank = p * double(v.size() - 1);
    const auto lo = qsizetype(rank);
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (rank - double(lo));
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// CPU time of the calling thread, in ms: unlike the clock, it does not count the time other
/// processes had the processor (the figures stay comparable on a busy machine).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// CPU time of the whole process (all its threads), in milliseconds.
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// A scene of n synthetic events, built once per size for the render scenarios.
TimelineScene &sceneOf(qsizetype n, double *buildMs = nullptr)
{
    static std::map<qsizetype, std::unique_ptr<TimelineScene>> cache;
    static std::map<qsizetype, double> built;
    auto &slot = cache[n];
    if (!slot) {
        QList<Event> events = bench::syntheticEvents(n);
        // As the store delivers them: sorted by start.
        std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
            return a.date.first() < b.date.first();
        });
        slot = std::make_unique<TimelineScene>();
        QElapsedTimer t;
        t.start();
        slot->setEvents(std::move(events), bench::syntheticActors());
        built[n] = elapsedMs(t);
    }
    if (buildMs)
        *buildMs = built[n];
    return *slot;
}

/// Times layout + paint of 1920x1080 frames; `view` gives the scale of frame i.
template<typename View> Result renderFrames(qsizetype n, int runs, const char *name, View view)
{
    TimelineScene &scene = sceneOf(n);
    const QSize size(1920, 1080);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const RenderOptions options;
    Result r;
    QList<double> cpuMs;
    for (int i = 0; i < runs; ++i) {
        const TimeScale scale = view(scene, i);
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        QPainter painter(&image);
        paintTimeline(painter, scene, scale, QSizeF(size), options);
        painter.end();
        r.ms.append(elapsedMs(t));
        cpuMs.append(threadCpuMs() - cpu);
    }
    r.extra[QStringLiteral("cpu_median_ms")] = percentile(cpuMs, 0.5);
    // The share of the frame that is layout (where things go) rather than painting.
    QList<double> layoutMs;
    const Theme &theme = options.theme;
    for (int i = 0; i < std::min(runs, 15); ++i) {
        const TimeScale scale = view(scene, i);
        QElapsedTimer t;
        t.start();
        const FrameLayout layout =
            layoutFrame(scene, scale, QSizeF(size), theme.font, theme.smallFont);
        layoutMs.append(elapsedMs(t));
    }
    r.extra[QStringLiteral("layout_median_ms")] = percentile(layoutMs, 0.5);
    // DETENTE_BENCH_IMAGE=FOLDER saves the last frame, to look at what was timed.
    if (const QString folder = qEnvironmentVariable("DETENTE_BENCH_IMAGE"); !folder.isEmpty())
        image.save(QStringLiteral("%1/%2-%3.png").arg(folder, QLatin1String(name)).arg(n));
    return r;
}

/// The middle of the synthetic range, narrowed to `days`.
TimeScale around(const TimelineScene &scene, double days)
{
    TimeScale scale = fitAllScale(scene, 1920);
    const qint64 middle = scale.start() + scale.duration() / 2;
    const qint64 half = qint64(days * 86400000.0 / 2);
    scale.setRange(middle - half, middle + half);
    return scale;
}

Result renderFitAll(qsizetype n, int runs)
{
    return renderFrames(n, runs, "render-fitall",
                        [](const TimelineScene &scene, int) { return fitAllScale(scene, 1920); });
}

Result renderDay(qsizetype n, int runs)
{
    return renderFrames(n, runs, "render-day",
                        [](const TimelineScene &scene, int) { return around(scene, 1); });
}

Result renderMid(qsizetype n, int runs)
{
    return renderFrames(n, runs, "render-mid",
                        [](const TimelineScene &scene, int) { return around(scene, 30); });
}

Result renderZoomStep(qsizetype n, int runs)
{
    // Zooming in from everything to a day, one wheel notch (x1.5) per frame, and out again.
    return renderFrames(
        n, std::max(runs, 40), "render-zoomstep", [](const TimelineScene &scene, int i) {
            const TimeScale all = fitAllScale(scene, 1920);
            const int steps =
                int(std::ceil(std::log(double(all.duration()) / 86400000.0) / std::log(1.5)));
            const int k = i % (2 * steps);
            const int depth = k < steps ? k : 2 * steps - k;
            TimeScale scale = all;
            scale.zoom(std::pow(1.5, depth), 1920 / 2.0);
            return scale;
        });
}

Result indexRebuild(qsizetype n, int runs)
{
    double buildMs = 0;
    TimelineScene &scene = sceneOf(n, &buildMs);
    // A filter change: drop the events of one actor, then of another.
    const QList<Event> &events = scene.events();
    std::vector<bool> a(size_t(events.size())), b(size_t(events.size()));
    for (qsizetype i = 0; i < events.size(); ++i) {
        a[size_t(i)] = events[i].sourceActor() != QStringLiteral("China");
        b[size_t(i)] = events[i].quadClass != 4;
    }
    Result r;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        scene.setIncluded(i % 2 ? b : a);
        r.ms.append(elapsedMs(t));
    }
    scene.setIncluded({});
    r.extra[QStringLiteral("index_bytes_per_event")] = double(scene.index().bytes()) / double(n);
    r.extra[QStringLiteral("scene_build_ms")] = buildMs;
    return r;
}

Result storeInsert(qsizetype n, int runs)
{
    const QList<Event> events = bench::syntheticEvents(n);
    const QList<Actor> actors = bench::syntheticActors();
    Result r;
    QList<double> cpu;
    qint64 bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
        Database db;
        if (!db.open(path).isOk())
            qFatal("cannot create %s", qPrintable(path));
        EventStore store(db);
        (void)store.saveActors(actors);
        QElapsedTimer t;
        t.start();
        const double cpuStart = threadCpuMs();
        const Status s = store.insertEvents(events);
        r.ms.append(elapsedMs(t));
        cpu.append(threadCpuMs() - cpuStart);
        if (!s)
            qFatal("insert failed: %s", qPrintable(s.message()));
        (void)db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        bytes = QFileInfo(path).size();
    }
    const double median = percentile(r.ms, 0.5);
    r.extra[QStringLiteral("events_per_s")] = qRound64(double(n) / (median / 1000.0));
    r.extra[QStringLiteral("cpu_events_per_s")] =
        qRound64(double(n) / (percentile(cpu, 0.5) / 1000.0));
    r.extra[QStringLiteral("bytes_per_event")] = double(bytes) / double(std::max<qsizetype>(1, n));
    return r;
}

/// A database of n synthetic events, built once per size for the store scenarios.
class StoreData {
public:
    static StoreData &of(qsizetype n)
    {
        static std::map<qsizetype, std::unique_ptr<StoreData>> cache;
        auto &slot = cache[n];
        if (!slot)
            slot.reset(new StoreData(n));
        return *slot;
    }
    QTemporaryDir dir;
    Database db;
    EventStore store{db};
    qint64 from = 0, to = 0; ///< a window holding about 1,000 events

private:
    explicit StoreData(qsizetype n)
    {
        // DETENTE_BENCH_KEEP=FOLDER keeps the database there, to look at it afterwards.
        const QString keep = qEnvironmentVariable("DETENTE_BENCH_KEEP");
        const QString folder = keep.isEmpty() ? dir.path() : keep;
        const QString file = QStringLiteral("%1/store-%2.sqlite").arg(folder).arg(n);
        QFile::remove(file);
        if (!db.open(file).isOk())
            qFatal("cannot create the database");
        (void)store.saveActors(bench::syntheticActors());
        if (Status s = store.insertEvents(bench::syntheticEvents(n)); !s)
            qFatal("insert failed: %s", qPrintable(s.message()));
        // A window in the middle of the range that holds about 1,000 events.
        const auto [first, last] = *store.extent();
        const qint64 middle = first + (last - first) / 2;
        double length = double(last - first) * 1000.0 / double(n);
        for (int i = 0; i < 12; ++i) {
            EventFilter f;
            f.from = middle - qint64(length / 2);
            f.to = middle + qint64(length / 2);
            const qsizetype count = std::max<qsizetype>(1, store.eventIds(f).size());
            from = f.from;
            to = f.to;
            if (count > 900 && count < 1100)
                break;
            length *= std::clamp(1000.0 / double(count), 0.25, 4.0);
        }
    }
};

template<typename F> Result timed(int runs, F &&f)
{
    Result r;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        r.ms.append(elapsedMs(t));
    }
    return r;
}

Result storeViewport(qsizetype n, int runs, const QStringList &actors)
{
    StoreData &data = StoreData::of(n);
    EventFilter f;
    f.from = data.from;
    f.to = data.to;
    f.actors = actors;
    qsizetype returned = 0;
    QList<double> cpu;
    Result r = timed(runs, [&] {
        const double start = threadCpuMs();
        returned = data.store.events(f).size();
        cpu.append(threadCpuMs() - start);
    });
    r.extra[QStringLiteral("cpu_median_ms")] = percentile(cpu, 0.5);
    const Result ids = timed(runs, [&] { (void)data.store.eventIds(f); });
    r.extra[QStringLiteral("returned")] = qint64(returned);
    // At 1M synthetic events no window holds only ~1,000 (the month, part-of-year and span
    // events overlapping any instant are ~9,000): the cost per returned event compares sizes.
    r.extra[QStringLiteral("cpu_us_per_event")] =
        percentile(cpu, 0.5) * 1000.0 / double(std::max<qsizetype>(1, returned));
    r.extra[QStringLiteral("ids_median_ms")] = percentile(ids.ms, 0.5);
    r.extra[QStringLiteral("window_days")] = double(data.to - data.from) / 86400000.0;
    return r;
}

Result storeCounts(qsizetype n, int runs)
{
    StoreData &data = StoreData::of(n);
    Result r = timed(runs, [&] {
        (void)data.store.actorCounts();
        (void)data.store.kindCounts();
    });
    const Result kinds = timed(runs, [&] { (void)data.store.kindCounts(); });
    r.extra[QStringLiteral("kinds_median_ms")] = percentile(kinds.ms, 0.5);
    EventFilter window;
    window.from = data.from;
    window.to = data.to;
    const Result windowed = timed(runs, [&] {
        (void)data.store.actorCounts(window);
        (void)data.store.kindCounts(window);
    });
    r.extra[QStringLiteral("window_median_ms")] = percentile(windowed.ms, 0.5);
    return r;
}

Result storeFts(qsizetype n, int runs)
{
    StoreData &data = StoreData::of(n);
    EventFilter rare; // one event by its number, as a user looks up one item
    rare.text = QString::number(n / 2);
    qsizetype found = 0;
    Result r = timed(runs, [&] { found = data.store.events(rare).size(); });
    EventFilter common; // a country's name within the ~1,000-event window
    common.text = QStringLiteral("Egypt");
    common.from = data.from;
    common.to = data.to;
    qsizetype commonFound = 0;
    const Result c = timed(runs, [&] { commonFound = data.store.events(common).size(); });
    r.extra[QStringLiteral("returned")] = qint64(found);
    r.extra[QStringLiteral("window_word_median_ms")] = percentile(c.ms, 0.5);
    r.extra[QStringLiteral("window_word_returned")] = qint64(commonFound);
    return r;
}

/// A news-like article of about `words` words: sentences naming states, organisations and
/// spokespeople, with the kinds of date phrases articles use.
QString syntheticArticle(int words)
{
    const QStringList subjects = {QStringLiteral("China's foreign ministry"),
                                  QStringLiteral("NATO Secretary General Jens Stoltenberg"),
                                  QStringLiteral("Moscow"),
                                  QStringLiteral("The European Union"),
                                  QStringLiteral("Washington"),
                                  QStringLiteral("Kyiv"),
                                  QStringLiteral("Egyptian President Abdel Fattah el-Sisi"),
                                  QStringLiteral("The US-led military bloc")};
    const QStringList verbs = {QStringLiteral("accused"),
                               QStringLiteral("met officials from"),
                               QStringLiteral("warned"),
                               QStringLiteral("rejected the claims of"),
                               QStringLiteral("proposed talks with"),
                               QStringLiteral("criticised"),
                               QStringLiteral("called on")};
    const QStringList objects = {QStringLiteral("Beijing"),
                                 QStringLiteral("Russia"),
                                 QStringLiteral("the United States"),
                                 QStringLiteral("Ukraine"),
                                 QStringLiteral("Israel"),
                                 QStringLiteral("Hamas"),
                                 QStringLiteral("the alliance")};
    const QStringList dates = {
        QStringLiteral("on Thursday"),        QStringLiteral("last week"),
        QStringLiteral("in early 2023"),      QStringLiteral("on March 3"),
        QStringLiteral("two years ago"),      QStringLiteral("since February 2022"),
        QStringLiteral("earlier this month"), QStringLiteral("on Friday")};
    const QStringList tails = {
        QStringLiteral("saying the dispute over trade and security could not be settled quickly."),
        QStringLiteral("according to a statement published by the ministry."),
        QStringLiteral("and said further measures were being prepared."),
        QStringLiteral("as diplomats prepared for another round of negotiations in Geneva.")};
    QString text;
    int count = 0;
    for (int i = 0; count < words; ++i) {
        const QString sentence =
            QStringLiteral("%1 %2 %3 %4 %5 ")
                .arg(subjects[i % subjects.size()], verbs[(i * 3) % verbs.size()],
                     objects[(i * 5) % objects.size()], dates[(i * 7) % dates.size()],
                     tails[i % tails.size()]);
        text += sentence;
        count += int(sentence.split(u' ', Qt::SkipEmptyParts).size());
        if (i % 4 == 3)
            text += QStringLiteral("\n\n");
    }
    return text;
}

Result extractArticle(qsizetype words, int runs)
{
    const ArticleInput article{syntheticArticle(int(words)), QDate(2024, 4, 26), {}, {}, {}};
    const Gazetteer &gazetteer = Gazetteer::builtin();
    qsizetype found = 0;
    Result r = timed(runs, [&] { found = extractEvents(article, gazetteer).size(); });
    r.extra[QStringLiteral("candidates")] = qint64(found);
    r.extra[QStringLiteral("words")] = qint64(words);
    return r;
}

/// Times an export of the fit-all view of n events to a file of `suffix`, and its size.
Result exportScenario(qsizetype n, int runs, const char *suffix, QSize size, double scale)
{
    TimelineScene &scene = sceneOf(n);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.") + QLatin1String(suffix));
    ExportOptions options;
    options.size = size;
    options.scale = scale;
    options.title = QStringLiteral("Synthetic events");
    QList<double> cpuMs, paintCpuMs;
    Result r = timed(runs, [&] {
        const double cpu = threadCpuMs();
        if (Status s = exportTimeline(scene, options, path); !s)
            qFatal("export failed: %s", qPrintable(s.message()));
        cpuMs.append(threadCpuMs() - cpu);
    });
    r.extra[QStringLiteral("cpu_median_ms")] = percentile(cpuMs, 0.5);
    r.extra[QStringLiteral("bytes")] = QFileInfo(path).size();
    if (QLatin1String(suffix) == QLatin1String("png")) {
        // Where the time goes: painting the picture; the rest is encoding and writing it.
        const Result paint = timed(runs, [&] {
            const double cpu = threadCpuMs();
            (void)renderExport(scene, options);
            paintCpuMs.append(threadCpuMs() - cpu);
        });
        r.extra[QStringLiteral("paint_median_ms")] = percentile(paint.ms, 0.5);
        r.extra[QStringLiteral("paint_cpu_median_ms")] = percentile(paintCpuMs, 0.5);
    }
    if (const QString folder = qEnvironmentVariable("DETENTE_BENCH_IMAGE"); !folder.isEmpty())
        QFile::copy(
            path, QStringLiteral("%1/export-%2.%3").arg(folder).arg(n).arg(QLatin1String(suffix)));
    return r;
}

/// Imports a GDELT 2.0 file of n rows made by repeating the real rows of a sample file with
/// fresh event ids (DETENTE_BENCH_GDELT names the sample; by default the project's shared data).
Result importGdelt(qsizetype n, int runs)
{
    const QString sample = qEnvironmentVariable(
        "DETENTE_BENCH_GDELT",
        QStringLiteral(DETENTE_SOURCE_DIR
                       "/../shared/data/events/gdelt2/20191024143000.export.CSV"));
    QFile in(sample);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read the GDELT sample %s", qPrintable(sample));
    QList<QByteArray> rows;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        const qsizetype tab = line.indexOf('\t');
        if (tab > 0)
            rows.append(line.mid(tab)); // everything after the id, from the tab on
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("gdelt.export.CSV"));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        // Fresh ids and a fresh source for each row: otherwise the repeats are duplicates.
        for (qsizetype i = 0; i < n; ++i) {
            QByteArray row = rows[i % rows.size()];
            while (row.endsWith('\n') || row.endsWith('\r'))
                row.chop(1);
            row += "#r" + QByteArray::number(i) + '\n';
            out.write(QByteArray::number(900000000 + i) + row);
        }
    }
    Result r;
    QList<double> cpu, processCpu;
    qint64 inserted = 0;
    for (int i = 0; i < runs; ++i) {
        const QString path = dir.filePath(QStringLiteral("import-%1.sqlite").arg(i));
        Database db;
        if (!db.open(path).isOk())
            qFatal("cannot create the database");
        EventStore store(db);
        Importer importer(store);
        QElapsedTimer t;
        t.start();
        const double cpuStart = threadCpuMs();
        const double processCpuStart = processCpuMs();
        const ImportResult result = importer.importFile(file, ImportFormat::Gdelt);
        r.ms.append(elapsedMs(t));
        cpu.append(threadCpuMs() - cpuStart);
        processCpu.append(processCpuMs() - processCpuStart);
        if (!result.isOk())
            qFatal("import failed: %s", qPrintable(result.fatal));
        inserted = result.inserted;
    }
    r.extra[QStringLiteral("rows_per_s")] = qRound64(double(n) / (percentile(r.ms, 0.5) / 1000.0));
    r.extra[QStringLiteral("cpu_rows_per_s")] =
        qRound64(double(n) / (percentile(cpu, 0.5) / 1000.0));
    // All threads: the importer reads records on a thread of its own.
    r.extra[QStringLiteral("process_cpu_rows_per_s")] =
        qRound64(double(n) / (percentile(processCpu, 0.5) / 1000.0));
    r.extra[QStringLiteral("inserted")] = inserted;
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    r.extra[QStringLiteral("peak_rss_mb")] = double(usage.ru_maxrss) / 1024.0;
    return r;
}

const QList<Scenario> &scenarios()
{
    static const QList<Scenario> all = {
        {"render.fitall",
         "lay out and paint the fit-all frame at 1920x1080 into a QImage",
         {1000, 100000, 1000000},
         renderFitAll},
        {"render.day",
         "a frame of one day in the middle of the range",
         {1000, 100000, 1000000},
         renderDay},
        {"render.mid",
         "a frame of 30 days in the middle of the range",
         {1000, 100000, 1000000},
         renderMid},
        {"render.zoomstep",
         "frames while zooming from everything to a day and back, x1.5 a step",
         {1000, 100000, 1000000},
         renderZoomStep},
        {"export.png8k",
         "export the fit-all view as a 7680x4320 PNG",
         {1000, 100000, 1000000},
         [](qsizetype n, int runs) {
             return exportScenario(n, runs, "png", QSize(7680, 4320), 1.0);
         }},
        {"export.svg",
         "export the fit-all view as a 1920x1080 SVG",
         {1000, 100000, 1000000},
         [](qsizetype n, int runs) {
             return exportScenario(n, runs, "svg", QSize(1920, 1080), 1.0);
         }},
        {"export.pdf",
         "export the fit-all view as an A4 landscape PDF",
         {1000, 100000, 1000000},
         [](qsizetype n, int runs) {
             return exportScenario(n, runs, "pdf", QSize(1920, 1080), 1.0);
         }},
        {"import.gdelt",
         "import a GDELT 2.0 file of N rows (real rows repeated, fresh ids)",
         {100000},
         importGdelt},
        {"extract.article",
         "extract the events of an article of N words (N given as --events)",
         {1000},
         extractArticle},
        {"index.rebuild",
         "rebuild the timeline index after a filter change",
         {1000, 100000, 1000000},
         indexRebuild},
        {"store.insert",
         "insert N events in one transaction into a new database",
         {1000, 100000},
         storeInsert},
        {"store.viewport",
         "load the events of a window holding ~1,000 events",
         {1000, 100000},
         [](qsizetype n, int runs) { return storeViewport(n, runs, {}); }},
        {"store.viewport.actors",
         "the same window restricted to 3 actors",
         {1000, 100000},
         [](qsizetype n, int runs) {
             return storeViewport(
                 n, runs,
                 {QStringLiteral("China"), QStringLiteral("NATO"), QStringLiteral("Russia")});
         }},
        {"store.counts",
         "filter panel counts: events per actor and per kind",
         {1000, 100000},
         storeCounts},
        {"store.fts",
         "full-text search: one event by a word; a word within the window",
         {1000, 100000},
         storeFts},
    };
    return all;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs Detente's benchmark scenarios."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("list"), QStringLiteral("List the scenarios.")});
    parser.addOption({QStringLiteral("scenario"),
                      QStringLiteral("Run this scenario (repeatable; default all)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("events"),
                      QStringLiteral("Number of events (repeatable; default per scenario)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("runs"),
                      QStringLiteral("Timed runs per figure (default 9; 3 from 500,000 events)."),
                      QStringLiteral("R")});
    parser.process(app);

    if (parser.isSet(QStringLiteral("list"))) {
        for (const Scenario &s : scenarios())
            std::printf("%-16s %s\n", s.name, s.what);
        return 0;
    }
    const QStringList wanted = parser.values(QStringLiteral("scenario"));
    for (const QString &name : wanted) {
        if (std::none_of(scenarios().begin(), scenarios().end(),
                         [&](const Scenario &s) { return name == QLatin1String(s.name); })) {
            std::fprintf(stderr, "detente-bench: unknown scenario \"%s\" (see --list)\n",
                         qPrintable(name));
            return 2;
        }
    }
    QList<qsizetype> sizes;
    for (const QString &v : parser.values(QStringLiteral("events"))) {
        bool ok = false;
        const qsizetype n = v.toLongLong(&ok);
        if (!ok || n < 1) {
            std::fprintf(stderr, "detente-bench: bad --events \"%s\"\n", qPrintable(v));
            return 2;
        }
        sizes.append(n);
    }
    const int runsOption = parser.value(QStringLiteral("runs")).toInt();

    for (const Scenario &s : scenarios()) {
        if (!wanted.isEmpty() && !wanted.contains(QLatin1String(s.name)))
            continue;
        for (const qsizetype n : sizes.isEmpty() ? s.defaultSizes : sizes) {
            const int runs = runsOption > 0 ? runsOption : (n >= 500000 ? 3 : 9);
            const Result r = s.run(n, runs);
            QJsonObject o = r.extra;
            o[QStringLiteral("scenario")] = QLatin1String(s.name);
            o[QStringLiteral("events")] = qint64(n);
            o[QStringLiteral("runs")] = int(r.ms.size());
            o[QStringLiteral("median_ms")] = std::round(percentile(r.ms, 0.5) * 1000) / 1000;
            o[QStringLiteral("p95_ms")] = std::round(percentile(r.ms, 0.95) * 1000) / 1000;
            std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
            std::fflush(stdout);
        }
    }
    return 0;
}
