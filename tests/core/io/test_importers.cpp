#include "io/eventjson.h"
#include "io/gdeltreader.h"
#include "io/importer.h"
#include "io/linereader.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

using namespace detente;
using detente::test::TempDir;

namespace {

struct ImportFixture {
    TempDir tmp;
    Database db;
    EventStore store{db};
    qsizetype duplicateMemory = 0; ///< 0: the importer's default
    ImportFixture() { REQUIRE(db.open(tmp.path("events.sqlite")).isOk()); }
    ImportResult import(const QString &path, ImportFormat format = ImportFormat::Auto)
    {
        Importer importer(store);
        if (duplicateMemory)
            importer.setDuplicateMemory(duplicateMemory);
        return importer.importFile(path, format);
    }
    std::optional<Event> byKey(const QString &key) const
    {
        const QList<Event> all = store.allEvents();
        const auto it =
            std::find_if(all.begin(), all.end(), [&](const Event &e) { return e.key == key; });
        return it == all.end() ? std::nullopt : std::optional<Event>(*it);
    }
};

QString shared(const QString &relative)
{
    const QString dir = detente::test::sharedDir();
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/data/events/") + relative;
}

/// The first `n` lines of a file.
QByteArray firstLines(const QString &path, int n)
{
    const QList<QByteArray> lines = detente::test::readFile(path).split('\n');
    return lines.mid(0, n).join('\n') + '\n';
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/// Raw deflate data: qCompress() writes a 4-byte length and a zlib stream (2-byte header,
/// deflate data, 4-byte Adler-32).
QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 9);
    return z.mid(6, z.size() - 10);
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray gzip(const QByteArray &data)
{
    return QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10) + rawDeflate(data) +
           le32(crc32(data)) + le32(quint32(data.size()));
}

QByteArray zip(const QByteArray &data, const QByteArray &name)
{
    const QByteArray body = rawDeflate(data);
    return QByteArray("PK\x03\x04", 4) + le16(20) + le16(0) + le16(8) + le16(0) + le16(0) +
           le32(crc32(data)) + le32(quint32(body.size())) + le32(quint32(data.size())) +
           le16(quint16(name.size())) + le16(0) + name + body;
}

} // namespace

TEST_CASE("GDELT 2.0 export imports with actors, dates and CAMEO codes", "[io][gdelt]")
{
    const QString path = shared(QStringLiteral("gdelt2/20191024143000.export.CSV"));
    if (path.isEmpty())
        return;
    ImportFixture f;
    CHECK(Importer::detectFormat(path) == ImportFormat::Gdelt);
    const ImportResult r = f.import(path);
    REQUIRE(r.fatal == QString());
    CHECK(r.problemCount == 0);
    CHECK(r.read == 2111);
    CHECK(r.inserted + r.duplicates == r.read);
    CHECK(r.inserted > 1400); // the rest repeat an event of the same article
    CHECK(f.store.eventCount() == r.inserted);
    const auto e = f.byKey(QStringLiteral("gdelt:881990833"));
    REQUIRE(e);
    CHECK(e->date.firstDay() == QDate(2018, 10, 24));
    CHECK(e->date.precision() == Precision::Day);
    CHECK(e->sourceActor() == QStringLiteral("European Union"));
    CHECK(e->cameoCode == QStringLiteral("040"));
    CHECK(e->cameoRoot == QStringLiteral("04"));
    CHECK(e->quadClass == 1);
    CHECK(e->goldstein == 1.0);
    CHECK(e->kind == QStringLiteral("meeting/visit"));
    CHECK(e->source.url.startsWith(QStringLiteral("https://belsat.eu/")));
    CHECK(e->reference == QDate(2019, 10, 24));
}

TEST_CASE("duplicates are found the same with little memory for them", "[io][gdelt]")
{
    // 2,111 rows over many days: with room for 8 signatures the days are dropped and read again
    // from the store (this import's own rows included) all the time.
    const QString path = shared(QStringLiteral("gdelt2/20191024143000.export.CSV"));
    if (path.isEmpty())
        return;
    ImportFixture roomy, tight;
    const ImportResult a = roomy.import(path);
    tight.duplicateMemory = 8;
    const ImportResult b = tight.import(path);
    REQUIRE(b.fatal == QString());
    CHECK(b.read == a.read);
    CHECK(b.duplicates == a.duplicates);
    CHECK(b.inserted == a.inserted);
    CHECK(tight.store.eventCount() == roomy.store.eventCount());
}

TEST_CASE("GDELT 1.0 rows with 57 and 58 columns mix in one file", "[io][gdelt]")
{
    const QString path = shared(QStringLiteral("gdelt1/reed9999_gdelt-demo_events_v1_710rows.csv"));
    if (path.isEmpty())
        return;
    ImportFixture f;
    const ImportResult r = f.import(path, ImportFormat::Gdelt);
    REQUIRE(r.fatal == QString());
    CHECK(r.problemCount == 0);
    CHECK(r.read == 710);
    CHECK(r.inserted + r.duplicates == 710);
    const auto daily = f.byKey(QStringLiteral("gdelt:564111654")); // 58 columns
    REQUIRE(daily);
    CHECK(daily->cameoCode == QStringLiteral("0834"));
    CHECK(daily->cameoRoot == QStringLiteral("08"));
    CHECK(daily->source.url ==
          QStringLiteral("http://www.dailyexcelsior.com/1-addl-tax-dropped-gst-bill/"));
    const auto us = f.byKey(QStringLiteral("gdelt:564111644"));
    REQUIRE(us);
    CHECK(us->sourceActor() == QStringLiteral("United States"));
    CHECK(us->date.firstDay() == QDate(2006, 7, 31));
    // The historical rows (57 columns) have no source URL.
    qint64 withoutSource = 0;
    for (const Event &e : f.store.allEvents())
        withoutSource += e.source.url.isEmpty();
    CHECK(withoutSource >= 201);
}

TEST_CASE("compressed files are read as streams: .gz and .zip", "[io][gdelt][archive]")
{
    const QString path = shared(QStringLiteral("gdelt2/aamend_spark-gdelt_events_v2_100rows.csv"));
    if (path.isEmpty())
        return;
    const QByteArray text = firstLines(path, 30);
    ImportFixture f;
    REQUIRE(detente::test::writeFile(f.tmp.path(QStringLiteral("small.csv")), text));
    REQUIRE(detente::test::writeFile(f.tmp.path(QStringLiteral("small.csv.gz")), gzip(text)));
    REQUIRE(detente::test::writeFile(f.tmp.path(QStringLiteral("small.zip")),
                                     zip(text, "small.export.CSV")));
    const ImportResult plain = f.import(f.tmp.path(QStringLiteral("small.csv")));
    REQUIRE(plain.fatal == QString());
    CHECK(plain.read == 30);

    ImportFixture g;
    const ImportResult gz = g.import(f.tmp.path(QStringLiteral("small.csv.gz")));
    REQUIRE(gz.fatal == QString());
    CHECK(gz.read == 30);
    CHECK(gz.inserted == plain.inserted);

    ImportFixture z;
    const ImportResult zr = z.import(f.tmp.path(QStringLiteral("small.zip")));
    REQUIRE(zr.fatal == QString());
    CHECK(zr.read == 30);
    CHECK(zr.inserted == plain.inserted);
    CHECK(QString::fromUtf8(eventsToJson(g.store.allEvents())) ==
          QString::fromUtf8(eventsToJson(z.store.allEvents())));

    // A truncated archive is fatal and writes nothing.
    const QByteArray cut = gzip(text).left(gzip(text).size() / 2);
    REQUIRE(detente::test::writeFile(f.tmp.path(QStringLiteral("cut.csv.gz")), cut));
    ImportFixture t;
    const ImportResult tr = t.import(f.tmp.path(QStringLiteral("cut.csv.gz")), ImportFormat::Gdelt);
    CHECK(tr.fatal.startsWith(QStringLiteral("the compressed data ends early in line ")));
    CHECK(tr.fatal.endsWith(QStringLiteral(": the file is truncated; nothing was written")));
    CHECK(t.store.eventCount() == 0);
}

TEST_CASE("a bad GDELT line is reported by number and skipped", "[io][gdelt]")
{
    const QString path = shared(QStringLiteral("gdelt2/aamend_spark-gdelt_events_v2_100rows.csv"));
    if (path.isEmpty())
        return;
    QList<QByteArray> lines = firstLines(path, 5).split('\n');
    lines[2] = lines[2].split('\t').mid(0, 12).join('\t');
    lines[3].replace(lines[3].indexOf('\t') + 1, 8, "2019x101");
    ImportFixture f;
    REQUIRE(detente::test::writeFile(f.tmp.path(QStringLiteral("bad.csv")), lines.join('\n')));
    const ImportResult r = f.import(f.tmp.path(QStringLiteral("bad.csv")));
    REQUIRE(r.fatal == QString());
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].text() == QStringLiteral("line 3: 12 columns, expected 57, 58 or 61"));
    CHECK(r.problems[1].text() ==
          QStringLiteral("line 4: SQLDATE \"2019x101\" is not a date (YYYYMMDD)"));
    CHECK(r.read == 3);
    CHECK(f.store.eventCount() == r.inserted);
}

TEST_CASE("a cancelled import leaves no row", "[io][gdelt]")
{
    const QString path = shared(QStringLiteral("gdelt2/20151027220000.export.CSV"));
    if (path.isEmpty())
        return;
    ImportFixture f;
    Importer importer(f.store);
    qint64 calls = 0, lastBytes = 0, total = 0;
    importer.setProgress([&](qint64 bytes, qint64 all) {
        ++calls;
        lastBytes = bytes;
        total = all;
        return false;
    });
    const ImportResult r = importer.importFile(path);
    CHECK(r.cancelled);
    CHECK(r.fatal == QStringLiteral("the import was cancelled; nothing was written"));
    CHECK(calls == 1);
    CHECK(lastBytes > 0);
    CHECK(lastBytes < total);
    CHECK(f.store.eventCount() == 0);
    CHECK(f.store.actors().isEmpty());
}

namespace {

/// A GDELT 2.0 row (61 columns) of its own id, day and article, between two countries.
QByteArray gdeltRow(qint64 id, const QByteArray &day, const QByteArray &url)
{
    QList<QByteArray> f(61);
    f[0] = QByteArray::number(id);
    f[1] = day;
    f[5] = f[7] = "USA";
    f[6] = "UNITED STATES";
    f[15] = f[17] = "CHN";
    f[16] = "CHINA";
    f[26] = "042";
    f[28] = "04";
    f[29] = "1";
    f[30] = "1.9";
    f[31] = "4";
    f[32] = "2";
    f[34] = "1.25";
    f[59] = "20191024143000";
    f[60] = url;
    return f.join('\t');
}

/// 5,000 lines: a blank line, three bad rows far apart and one row repeating the one before
/// (another id, the same event and article), so that problems, duplicates and the end of the
/// file come long after the importer's reading thread has run ahead.
QByteArray longGdeltFile()
{
    QByteArray file;
    for (int line = 1; line <= 5000; ++line) {
        QByteArray row = gdeltRow(100000 + line, "2019102" + QByteArray::number(line % 4),
                                  "https://example.org/" + QByteArray::number(line));
        if (line == 100)
            row.clear();
        else if (line == 700)
            row = row.split('\t').mid(0, 12).join('\t');
        else if (line == 2600)
            row.replace(row.indexOf('\t') + 1, 8, "2019x101");
        else if (line == 3001)
            row = gdeltRow(100000 + line, "2019102" + QByteArray::number(3000 % 4),
                           "https://example.org/3000");
        else if (line == 4999)
            row.replace("\t042\t", "\t04x\t");
        file += row + '\n';
    }
    return file;
}

} // namespace

TEST_CASE("a long import reports its lines in order and writes nothing when stopped",
          "[io][gdelt][import]")
{
    // Records are read on a thread of their own while the import writes the ones before:
    // what the import reports, and when it stops, must not show it.
    ImportFixture f;
    const QByteArray file = longGdeltFile();
    const QString path = f.tmp.path(QStringLiteral("long.export.CSV"));
    REQUIRE(detente::test::writeFile(path, file));
    auto lines = [](const ImportResult &r) {
        QStringList texts;
        for (const ImportProblem &p : r.problems)
            texts.append(p.text());
        return texts;
    };
    const QStringList problems = {
        QStringLiteral("line 700: 12 columns, expected 57, 58 or 61"),
        QStringLiteral("line 2600: SQLDATE \"2019x101\" is not a date (YYYYMMDD)"),
        QStringLiteral("line 4999: EventCode \"04x\" is not a CAMEO code")};

    SECTION("whole")
    {
        const ImportResult r = f.import(path);
        REQUIRE(r.fatal == QString());
        CHECK(lines(r) == problems);
        CHECK(r.problemCount == 3);
        CHECK(r.read == 4996);
        CHECK(r.duplicates == 1);
        CHECK(r.inserted == 4995);
        CHECK(f.store.eventCount() == 4995);
        CHECK(f.byKey(QStringLiteral("gdelt:105000")));
        CHECK_FALSE(f.byKey(QStringLiteral("gdelt:103001")));
    }
    SECTION("cancelled by its progress, with what was read so far")
    {
        Importer importer(f.store);
        QList<qint64> bytes;
        importer.setProgress([&](qint64 read, qint64 total) {
            CHECK(total == file.size());
            bytes.append(read);
            return bytes.size() < 2;
        });
        const ImportResult r = importer.importFile(path);
        CHECK(r.cancelled);
        CHECK(r.fatal == QStringLiteral("the import was cancelled; nothing was written"));
        CHECK(bytes.size() == 2);
        CHECK(std::is_sorted(bytes.begin(), bytes.end()));
        CHECK(bytes.first() > 0);
        CHECK(lines(r) == problems.mid(0, 1)); // line 700 was met; line 2600 was not yet
        CHECK(f.store.eventCount() == 0);
        CHECK(f.store.actors().isEmpty());
    }
    SECTION("cancelled from another thread while it runs")
    {
        Importer importer(f.store);
        std::atomic<int> calls = 0;
        std::atomic<bool> cancelled = false;
        // The other thread cancels while the import goes on; a later progress call waits for
        // it only so that the cancel surely lands before the file's end.
        std::thread other([&] {
            while (calls.load() < 2)
                std::this_thread::yield();
            importer.cancel();
            cancelled = true;
        });
        importer.setProgress([&](qint64, qint64) {
            if (++calls >= 4)
                for (int i = 0; i < 5000 && !cancelled.load(); ++i)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return true;
        });
        const ImportResult r = importer.importFile(path);
        other.join();
        CHECK(r.cancelled);
        CHECK(f.store.eventCount() == 0);
        CHECK(f.store.actors().isEmpty());
    }
    SECTION("failing when the compressed file ends early")
    {
        QByteArray gz = gzip(file);
        gz.truncate(gz.size() * 3 / 4);
        const QString truncated = f.tmp.path(QStringLiteral("long.export.CSV.gz"));
        REQUIRE(detente::test::writeFile(truncated, gz));
        const ImportResult r = f.import(truncated, ImportFormat::Gdelt);
        REQUIRE(r.fatal.startsWith(QStringLiteral("the compressed data ends early in line ")));
        const qint64 line = r.fatal.section(u' ', 7, 7).section(u':', 0, 0).toLongLong();
        CHECK(line > 1024);
        CHECK(line < 5000);
        QStringList before; // the problems of the lines before it, and only those
        for (const QString &p : problems)
            if (p.section(u' ', 1, 1).chopped(1).toLongLong() < line)
                before.append(p);
        CHECK(lines(r) == before);
        CHECK(f.store.eventCount() == 0);
        CHECK(f.store.actors().isEmpty());
    }
}

TEST_CASE("a file that is not what it claims writes nothing", "[io]")
{
    ImportFixture f;
    const QString text = f.tmp.path(QStringLiteral("notes.txt"));
    REQUIRE(detente::test::writeFile(text, "hello world\nsecond line\n"));
    ImportResult r = f.import(text, ImportFormat::Gdelt);
    CHECK(r.fatal ==
          QStringLiteral("line 1: not a GDELT event file (1 column, expected 57, 58 or 61)"));
    r = f.import(text);
    CHECK(r.fatal == QStringLiteral("not a file Detente can import: the first line is neither a "
                                    "GDELT record, an ICEWS or CSV header nor JSON"));
    const QString binary = f.tmp.path(QStringLiteral("image.png"));
    REQUIRE(detente::test::writeFile(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    r = f.import(binary);
    CHECK(r.fatal == QStringLiteral("not a text file (it holds binary data)"));
    r = f.import(binary, ImportFormat::Csv);
    CHECK(r.fatal == QStringLiteral("line 1: not UTF-8 text; save the file as UTF-8"));
    const QString gdelt = shared(QStringLiteral("gdelt2/aamend_spark-gdelt_events_v2_100rows.csv"));
    if (!gdelt.isEmpty()) {
        r = f.import(gdelt, ImportFormat::Csv);
        CHECK(r.fatal.startsWith(QStringLiteral("line 1: not an event CSV: the header has no")));
        r = f.import(gdelt, ImportFormat::Icews);
        CHECK(r.fatal ==
              QStringLiteral(
                  "line 1: not an ICEWS event file: the header has no \"Event ID\" column"));
    }
    CHECK(f.store.eventCount() == 0);
}

TEST_CASE("importing the same file twice counts duplicates", "[io][gdelt]")
{
    const QString path = shared(QStringLiteral("gdelt2/aamend_spark-gdelt_events_v2_100rows.csv"));
    if (path.isEmpty())
        return;
    ImportFixture f;
    const ImportResult first = f.import(path);
    REQUIRE(first.fatal == QString());
    CHECK(first.read == 100);
    const qint64 stored = f.store.eventCount();
    CHECK(stored == first.inserted);
    const ImportResult second = f.import(path);
    REQUIRE(second.fatal == QString());
    CHECK(second.read == 100);
    CHECK(second.inserted == 0);
    CHECK(second.duplicates == 100);
    CHECK(f.store.eventCount() == stored);
}

TEST_CASE("ICEWS events import with countries as actors", "[io][icews]")
{
    const QString path = shared(QStringLiteral("icews/events.2018.sample.tab"));
    if (path.isEmpty())
        return;
    ImportFixture f;
    CHECK(Importer::detectFormat(path) == ImportFormat::Icews);
    const ImportResult r = f.import(path);
    REQUIRE(r.fatal == QString());
    CHECK(r.problemCount == 0);
    CHECK(r.read == 3705);
    CHECK(r.inserted == 3705);
    CHECK(f.store.eventCount() == 3705);
    const auto e = f.byKey(QStringLiteral("icews:32889836"));
    REQUIRE(e);
    CHECK(e->date.firstDay() == QDate(2018, 6, 1));
    CHECK(e->sourceActor() == QStringLiteral("Bangladesh"));
    CHECK(e->targetActor() == QStringLiteral("Vietnam"));
    CHECK(e->cameoCode == QStringLiteral("040"));
    CHECK(e->goldstein == 1.0);
    CHECK(e->source.publisher == QStringLiteral("Vietnam News Agency Bulletin"));
    CHECK(e->summary.contains(QStringLiteral("Executive, Foreign Ministry, Government")));
}

TEST_CASE("CSV with BOM, quotes, newlines and vague dates", "[io][csv]")
{
    ImportFixture f;
    const QString path = QStringLiteral(DETENTE_TEST_DATA "/io/events.csv");
    CHECK(Importer::detectFormat(path) == ImportFormat::Csv);
    const ImportResult r = f.import(path);
    REQUIRE(r.fatal == QString());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].text() == QStringLiteral("line 10: start \"someday\" is not a date"));
    CHECK(r.read == 6);
    CHECK(r.inserted == 6);
    const QList<Event> all = f.store.allEvents();
    auto find = [&](const QString &title) {
        const auto it =
            std::find_if(all.begin(), all.end(), [&](const Event &e) { return e.title == title; });
        REQUIRE(it != all.end());
        return *it;
    };
    const Event warn = find(QStringLiteral("China warns \"Taiwan\", again"));
    CHECK(warn.quote == QStringLiteral("He said:\n\"stop\""));
    CHECK(warn.summary == QStringLiteral("Line one\nline two, with comma"));
    CHECK(warn.cameoCode == QStringLiteral("0231"));
    CHECK(warn.goldstein == -4.4);
    CHECK(warn.persons ==
          QList<EventPerson>{{QStringLiteral("Wang Wenbin"), QStringLiteral("China")}});
    CHECK(warn.targetActor() == QStringLiteral("Taiwan"));
    CHECK(warn.tags.size() == 2);
    CHECK(find(QStringLiteral("NATO summit")).date.precision() == Precision::Month);
    const Event spring = find(QStringLiteral("Spring offensive"));
    CHECK(spring.date.firstDay() == QDate(2023, 3, 1));
    CHECK(spring.date.precision() == Precision::PartOfYear);
    CHECK(find(QStringLiteral("Invasion weeks")).date.lastDay() == QDate(2022, 4, 30));
    const Event vague = find(QStringLiteral("Vague"));
    CHECK(vague.date.lastDay() == QDate(2023, 4, 30));
    CHECK(vague.date.phrase() == QString()); // the file has a (blank) date phrase column
    CHECK(find(QStringLiteral("Approx")).date.precision() == Precision::Year);
}

TEST_CASE("TimelineJS JSON imports headlines, groups and dates", "[io][timelinejs]")
{
    ImportFixture f;
    const QString path = QStringLiteral(DETENTE_TEST_DATA "/io/timeline.json");
    CHECK(Importer::detectFormat(path) == ImportFormat::TimelineJs);
    const ImportResult r = f.import(path);
    REQUIRE(r.fatal == QString());
    CHECK(r.inserted == 3);
    const QList<Event> all = f.store.allEvents();
    REQUIRE(all.size() == 3);
    CHECK(all[0].date.precision() == Precision::Year);
    CHECK(all[1].title == QStringLiteral("Invasion & response"));
    CHECK(all[1].summary == QStringLiteral("Russia invades Ukraine."));
    CHECK(all[1].sourceActor() == QStringLiteral("Russia"));
    CHECK(all[2].date.precision() == Precision::Span);
    CHECK(all[2].date.lastDay() == QDate(2023, 7, 12));
}

TEST_CASE("GDELT reading speed", "[.][iobench]")
{
    const QString dir = shared(QStringLiteral("gdelt2/oreillyross_GDELT_Downloader"));
    if (dir.isEmpty())
        return;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.CSV")});
    QElapsedTimer timer;
    timer.start();
    qint64 parsed = 0;
    for (const QString &name : names) {
        LineReader in;
        REQUIRE(in.open(dir + u'/' + name).isOk());
        GdeltReader reader;
        Event e;
        ImportProblem p;
        while (reader.next(in, &e, &p) != EventReader::Next::End)
            ++parsed;
    }
    WARN("parsed " << parsed << " GDELT rows in " << timer.elapsed() << " ms (no store)");
    ImportFixture f;
    timer.restart();
    qint64 rows = 0;
    for (const QString &name : names) {
        const ImportResult r = f.import(dir + u'/' + name, ImportFormat::Gdelt);
        REQUIRE(r.fatal == QString());
        rows += r.read;
    }
    WARN("imported " << rows << " rows in " << timer.elapsed() << " ms");
}
